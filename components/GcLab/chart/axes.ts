// Layer: grid lines, ticks and axis titles.

import { format, type Selection } from 'd3';
import { MiB } from '@/lib/gclab/run';
import type { Frame } from './frame';

const tickS = format('~g');
const tickMiB = format('~s');

export function drawAxes(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const left = f.margin.left;
  const right = f.width - f.margin.right;
  const top = f.margin.top;
  const bottom = f.height - f.margin.bottom;
  g.selectAll('line.gcl-grid')
    .data(f.yTicks)
    .join('line')
    .attr('class', 'gcl-grid')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', (d) => f.y(d))
    .attr('y2', (d) => f.y(d));
  g.selectAll('line.gcl-axis')
    .data([
      [left, bottom, right, bottom],
      [left, top, left, bottom],
    ])
    .join('line')
    .attr('class', 'gcl-axis')
    .attr('x1', (d) => d[0])
    .attr('y1', (d) => d[1])
    .attr('x2', (d) => d[2])
    .attr('y2', (d) => d[3]);
  g.selectAll('text.gcl-xtick')
    .data(f.xTicks)
    .join('text')
    .attr('class', 'gcl-tick gcl-xtick')
    .attr('x', (d) => f.x(d))
    .attr('y', bottom + 16)
    .attr('text-anchor', 'middle')
    .text((d) => tickS(d));
  g.selectAll('text.gcl-ytick')
    .data(f.yTicks)
    .join('text')
    .attr('class', 'gcl-tick gcl-ytick')
    .attr('x', left - 6)
    .attr('y', (d) => f.y(d))
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((d) => tickMiB(d / MiB));
  g.selectAll('text.gcl-axis-title')
    .data([
      { text: 'time (s)', x: (left + right) / 2, y: f.height - 6, rotate: 0 },
      { text: 'memory (MiB)', x: -(top + bottom) / 2, y: 14, rotate: -90 },
    ])
    .join('text')
    .attr('class', 'gcl-axis-title')
    .attr('text-anchor', 'middle')
    .attr('transform', (d) => (d.rotate ? `rotate(${d.rotate})` : null))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => d.text);
}
