'use client';
// React owns the <svg>, its patterns and one <g> per layer; d3 draws inside each layer from an effect.

import { select } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { useWidth } from '@/components/hooks/useWidth';
import type { LabRun } from '@/lib/gclab/run';
import { drawAreas } from './areas';
import { drawAxes } from './axes';
import { FALLBACK_WIDTH, makeFrame, type Frame } from './frame';
import { drawCycleMarks, drawLines } from './lines';

export function HeapChart({ a, b, label, patternBase }: { a: LabRun; b: LabRun | null; label: string; patternBase: string }) {
  const box = useRef<HTMLDivElement>(null);
  const axes = useRef<SVGGElement>(null);
  const areas = useRef<SVGGElement>(null);
  const lines = useRef<SVGGElement>(null);
  const marks = useRef<SVGGElement>(null);
  const width = useWidth(box, FALLBACK_WIDTH);
  const frame: Frame = useMemo(() => makeFrame(width, a, b), [width, a, b]);
  useEffect(() => {
    if (axes.current) drawAxes(select(axes.current), frame);
  }, [frame]);
  useEffect(() => {
    if (areas.current) drawAreas(select(areas.current), frame, patternBase);
  }, [frame, patternBase]);
  useEffect(() => {
    if (lines.current) drawLines(select(lines.current), frame);
  }, [frame]);
  useEffect(() => {
    if (marks.current) drawCycleMarks(select(marks.current), frame);
  }, [frame]);
  return (
    <div className="gcl-chart" ref={box}>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id={`${patternBase}-new`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="gcl-pat-new-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="gcl-pat-new" />
          </pattern>
          <pattern id={`${patternBase}-nonheap`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="gcl-pat-nonheap-bg" />
            <circle cx="3" cy="3" r="1.2" className="gcl-pat-nonheap" />
          </pattern>
        </defs>
        <g ref={axes} />
        <g ref={areas} />
        <g ref={lines} />
        <g ref={marks} />
      </svg>
      {frame.aggregated && <p className="lab-note-small">Too many cycles to draw one by one: each pixel column shows the lowest live heap and the highest heap in it.</p>}
      {frame.offChart.map((l) => (
        <p key={l.which} className="lab-note-small">
          GOMEMLIMIT {l.which.toUpperCase()} ({Math.round(l.bytes / 2 ** 20).toLocaleString('en-US')} MiB) is more than twice the peak and is not drawn.
        </p>
      ))}
    </div>
  );
}
