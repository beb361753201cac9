// Layer: axes, grid lines and axis titles.

import { format, type Selection } from 'd3';
import type { Frame } from './frame';

const tick = format('~s');

export function drawAxes(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const left = f.margin.left;
  const right = f.width - f.margin.right;
  const top = f.margin.top;
  const bottom = f.height - f.margin.bottom;

  g.selectAll('line.sgl-gridline')
    .data(f.yTicks)
    .join('line')
    .attr('class', 'sgl-gridline')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', (d) => f.py(d))
    .attr('y2', (d) => f.py(d));

  g.selectAll('line.sgl-axis-line')
    .data([
      [left, bottom, right, bottom],
      [left, top, left, bottom],
    ])
    .join('line')
    .attr('class', 'sgl-axis-line')
    .attr('x1', (d) => d[0])
    .attr('y1', (d) => d[1])
    .attr('x2', (d) => d[2])
    .attr('y2', (d) => d[3]);

  g.selectAll('text.sgl-xtick')
    .data(f.xTicks)
    .join('text')
    .attr('class', 'sgl-tick sgl-xtick')
    .attr('x', (d) => f.px(d))
    .attr('y', bottom + 16)
    .attr('text-anchor', 'middle')
    .text((d) => tick(d));

  g.selectAll('text.sgl-ytick')
    .data(f.yTicks)
    .join('text')
    .attr('class', 'sgl-tick sgl-ytick')
    .attr('x', left - 6)
    .attr('y', (d) => f.py(d))
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((d) => tick(d));

  const scaleNote = f.log ? ' (log scale)' : '';
  g.selectAll('text.sgl-axis-title')
    .data([
      { text: `length (elements)${scaleNote}`, x: (left + right) / 2, y: f.height - 6, rotate: 0 },
      { text: `capacity (elements)${scaleNote}`, x: -(top + bottom) / 2, y: 14, rotate: -90 },
    ])
    .join('text')
    .attr('class', 'sgl-axis-title')
    .attr('text-anchor', 'middle')
    .attr('transform', (d) => (d.rotate ? `rotate(${d.rotate})` : null))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => d.text);
}
