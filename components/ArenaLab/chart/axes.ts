// Layer: grid lines, ticks and axis titles.
import { format, type Selection } from 'd3';
import type { Frame } from './frame';

const bytes = format('.3~s');

export function drawAxes(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame): void {
  const left = f.margin.left;
  const right = f.width - f.margin.right;
  const bottom = f.height - f.margin.bottom;
  g.selectAll('line.sgl-gridline').data(f.yTicks).join('line').attr('class', 'sgl-gridline')
    .attr('x1', left).attr('x2', right).attr('y1', (d) => f.py(d)).attr('y2', (d) => f.py(d));
  g.selectAll('line.sgl-axis-line').data([[left, bottom, right, bottom], [left, f.margin.top, left, bottom]]).join('line').attr('class', 'sgl-axis-line')
    .attr('x1', (d) => d[0]).attr('y1', (d) => d[1]).attr('x2', (d) => d[2]).attr('y2', (d) => d[3]);
  g.selectAll('text.sgl-xtick').data(f.xTicks).join('text').attr('class', 'sgl-tick sgl-xtick')
    .attr('x', (d) => f.px(d)).attr('y', bottom + 16).attr('text-anchor', 'middle').text((d) => String(d + 1));
  g.selectAll('text.sgl-ytick').data(f.yTicks).join('text').attr('class', 'sgl-tick sgl-ytick')
    .attr('x', left - 6).attr('y', (d) => f.py(d)).attr('dy', '0.32em').attr('text-anchor', 'end').text((d) => `${bytes(d)}B`);
  g.selectAll('text.sgl-axis-title')
    .data([{ text: 'step (two per request: allocated, ended)', x: (left + right) / 2, y: f.height - 6, rotate: 0 }, { text: 'bytes held', x: -(f.margin.top + bottom) / 2, y: 14, rotate: -90 }])
    .join('text').attr('class', 'sgl-axis-title').attr('text-anchor', 'middle')
    .attr('transform', (d) => (d.rotate ? `rotate(${d.rotate})` : null)).attr('x', (d) => d.x).attr('y', (d) => d.y).text((d) => d.text);
}
