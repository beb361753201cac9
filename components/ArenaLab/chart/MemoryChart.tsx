'use client';
// React owns the <svg> and one <g> per layer; d3 draws inside each layer from an effect.
import { select } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { ArenaStep } from '@/lib/arena/simulate';
import { useWidth } from '@/components/hooks/useWidth';
import { drawAxes } from './axes';
import { drawCursor } from './cursor';
import { FALLBACK_WIDTH, makeFrame } from './frame';
import { drawLines } from './lines';

export function MemoryChart({ steps, step, label }: { steps: ArenaStep[]; step: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const axes = useRef<SVGGElement>(null);
  const lines = useRef<SVGGElement>(null);
  const cursor = useRef<SVGGElement>(null);
  const width = useWidth(box, FALLBACK_WIDTH);
  const frame = useMemo(() => makeFrame(width, steps), [width, steps]);
  useEffect(() => {
    if (axes.current) drawAxes(select(axes.current), frame);
  }, [frame]);
  useEffect(() => {
    if (lines.current) drawLines(select(lines.current), frame, steps);
  }, [frame, steps]);
  useEffect(() => {
    if (cursor.current) drawCursor(select(cursor.current), frame, step);
  }, [frame, step]);
  return (
    <div className="arl-chart" ref={box}>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <g ref={axes} />
        <g ref={cursor} />
        <g ref={lines} />
      </svg>
    </div>
  );
}
