// Layer: one step line per series, capacity held flat until the next reallocation.

import { curveStepAfter, line, type Selection } from 'd3';
import type { ChartSeries, Frame, Point } from './frame';

/**
 * Keeps the first and last point of each pixel column. Capacity only changes at reallocations,
 * so with many of them per pixel the dropped ones can't be seen anyway; the path stays small.
 */
export function thinSteps(points: Point[], px: (len: number) => number): Point[] {
  if (points.length < 2000) return points;
  const out: Point[] = [];
  let col = NaN;
  let last: Point | null = null;
  for (const p of points) {
    const c = Math.round(px(p.len));
    if (c !== col) {
      if (last && out[out.length - 1] !== last) out.push(last);
      out.push(p);
      col = c;
      last = null;
    } else last = p;
  }
  if (last) out.push(last);
  return out;
}

/** The points to draw: the steps, held until len reaches the end of the x axis. */
export function stepPoints(s: ChartSeries, maxX: number): Point[] {
  const pts = s.steps.slice();
  const tail = pts[pts.length - 1];
  if (tail && tail.len < maxX) pts.push({ len: maxX, cap: tail.cap });
  return pts;
}

export function drawSteps(g: Selection<SVGGElement, unknown, null, undefined>, f: Frame, series: ChartSeries[]): void {
  const path = line<Point>()
    .x((p) => f.px(p.len))
    .y((p) => f.py(p.cap))
    .curve(curveStepAfter);
  g.selectAll('path.sgl-steps')
    .data(
      series.filter((s) => s.steps.length > 0),
      (d) => (d as ChartSeries).key,
    )
    .join('path')
    .attr('class', (d) => `sgl-steps sgl-s-${d.key}`)
    .attr('data-series', (d) => d.key)
    .attr('d', (d) => path(thinSteps(stepPoints(d, f.maxX), f.px)) ?? '');
}
