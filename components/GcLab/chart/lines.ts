// Layer: the heap goal (dashed steps), the memory limits (dash-dot, labelled) and B's total memory.

import { line, type Selection } from 'd3';
import type { HeapPoint } from '@/lib/gclab/run';
import type { Frame } from './frame';

export function drawLines(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const left = f.margin.left;
  const right = f.width - f.margin.right;
  g.selectAll('path.gcl-goal')
    .data(f.goals.length ? [f.goals] : [])
    .join('path')
    .attr('class', 'gcl-goal')
    .attr('d', (gs) => gs.map((s) => `M${f.x(s.t0)},${f.y(s.goal)}H${f.x(s.t1)}`).join(''));
  g.selectAll('line.gcl-limit')
    .data(f.limits)
    .join('line')
    .attr('class', (d) => `gcl-limit gcl-s-${d.which}`)
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', (d) => f.y(d.bytes))
    .attr('y2', (d) => f.y(d.bytes));
  g.selectAll('text.gcl-limit-label')
    .data(f.limits)
    .join('text')
    .attr('class', 'gcl-limit-label')
    .attr('x', right - 4)
    .attr('y', (d) => f.y(d.bytes) - 4)
    .attr('text-anchor', 'end')
    .text((d) => `GOMEMLIMIT ${d.which.toUpperCase()}`);
  g.selectAll('path.gcl-b')
    .data(f.b ? [f.b] : [])
    .join('path')
    .attr('class', 'gcl-b')
    .attr('d', (pts) =>
      line<HeapPoint>()
        .x((p) => f.x(p.t))
        .y((p) => f.y(p.heap + p.nonHeap))(pts),
    );
}

/** Layer: a tick under the plot for each cycle start of A (merged per pixel column when many). */
export function drawCycleMarks(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const bottom = f.height - f.margin.bottom;
  g.selectAll('line.gcl-cycle')
    .data(f.marks)
    .join('line')
    .attr('class', 'gcl-cycle')
    .attr('x1', (d) => f.x(d.t))
    .attr('x2', (d) => f.x(d.t))
    .attr('y1', bottom - 7)
    .attr('y2', bottom);
}
