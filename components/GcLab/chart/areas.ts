// Layer: A's memory stacked as live (solid), new since the last cycle (hatched) and non-heap (dotted).

import { area, type Selection } from 'd3';
import type { HeapPoint } from '@/lib/gclab/run';
import type { Frame } from './frame';

export function drawAreas(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, patternBase: string): void {
  const layers: { cls: string; fill: string; lo: (p: HeapPoint) => number; hi: (p: HeapPoint) => number }[] = [
    { cls: 'gcl-area-live', fill: 'var(--gcl-live)', lo: () => 0, hi: (p) => p.live },
    { cls: 'gcl-area-new', fill: `url(#${patternBase}-new)`, lo: (p) => p.live, hi: (p) => p.heap },
    { cls: 'gcl-area-nonheap', fill: `url(#${patternBase}-nonheap)`, lo: (p) => p.heap, hi: (p) => p.heap + p.nonHeap },
  ];
  g.selectAll('path.gcl-area')
    .data(layers)
    .join('path')
    .attr('class', (d) => `gcl-area ${d.cls}`)
    .attr('fill', (d) => d.fill)
    .attr('d', (d) =>
      area<HeapPoint>()
        .x((p) => f.x(p.t))
        .y0((p) => f.y(d.lo(p)))
        .y1((p) => f.y(d.hi(p)))(f.points),
    );
}
