// Layer: a vertical rule at the memory map's step.
import type { Selection } from 'd3';
import type { Frame } from './frame';

export function drawCursor(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, step: number): void {
  g.selectAll('line.arl-cursor').data([step]).join('line').attr('class', 'arl-cursor')
    .attr('x1', (d) => f.px(d)).attr('x2', (d) => f.px(d)).attr('y1', f.margin.top).attr('y2', f.height - f.margin.bottom);
}
