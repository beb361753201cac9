'use client';
// The heap over time for A (filled) and B (a line) on one time axis, each GC cycle marked, the
// heap goal drawn, and the scrubber's position. React owns the <svg> and one <g> per layer.

import { select } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { FALLBACK_WIDTH, makeFrame, type Series } from './frame';
import { drawAxes, drawCursor, drawGc, drawGoal, drawHeap } from './layers';
import { useWidth } from '@/components/hooks/useWidth';

export function HeapChart({ series, cursorX, label }: { series: Series[]; cursorX: number | null; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const axes = useRef<SVGGElement>(null);
  const gc = useRef<SVGGElement>(null);
  const heap = useRef<SVGGElement>(null);
  const goal = useRef<SVGGElement>(null);
  const cursor = useRef<SVGGElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box, FALLBACK_WIDTH);
  const frame = useMemo(() => makeFrame(width, series), [width, series]);

  useEffect(() => {
    if (axes.current) drawAxes(select(axes.current), frame);
  }, [frame]);
  useEffect(() => {
    if (gc.current) drawGc(select(gc.current), frame, series);
    if (heap.current) drawHeap(select(heap.current), frame, series);
    if (goal.current) drawGoal(select(goal.current), frame, series);
    // A draw counter, so a benchmark can tell when a new run's chart is on screen.
    if (svg.current) svg.current.dataset.drawn = String(Number(svg.current.dataset.drawn ?? 0) + 1);
  }, [frame, series]);
  useEffect(() => {
    if (cursor.current) drawCursor(select(cursor.current), frame, cursorX);
  }, [frame, cursorX]);

  return (
    <div className="pg-chart" ref={box}>
      <svg ref={svg} viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label} preserveAspectRatio="none">
        <g ref={axes} className="pg-layer-axes" />
        <g ref={gc} className="pg-layer-gc" />
        <g ref={heap} className="pg-layer-heap" />
        <g ref={goal} className="pg-layer-goal" />
        <g ref={cursor} className="pg-layer-cursor" />
      </svg>
    </div>
  );
}
