// Layer: the cap = len line. Capacity can never be below it, so steps touch it where the array is full.

import type { Selection } from 'd3';
import type { Frame } from './frame';

export function drawReference(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const start = f.log ? 1 : 0;
  const end = f.maxX;
  g.selectAll('line.sgl-ref')
    .data([0])
    .join('line')
    .attr('class', 'sgl-ref')
    .attr('x1', f.px(start))
    .attr('y1', f.py(start))
    .attr('x2', f.px(end))
    .attr('y2', f.py(end));
  g.selectAll('text.sgl-ref-label')
    .data([0])
    .join('text')
    .attr('class', 'sgl-ref-label')
    .attr('x', f.px(end) - 4)
    .attr('y', f.py(end) + 14)
    .attr('text-anchor', 'end')
    .text('cap = len');
}
