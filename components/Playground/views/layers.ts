// The heap chart's layers, each drawn by d3 into its own <g>: axes, heap, GC cycles, goal, cursor.

import { area, curveStepAfter, line, type Selection } from 'd3';
import { fmtBytes, fmtInt, fmtTime } from '@/lib/playground/format';
import { gcMarks, type Frame, type Series } from './frame';

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawAxes(g: G, f: Frame): void {
  const left = f.margin.left;
  const right = f.width - f.margin.right;
  const bottom = f.height - f.margin.bottom;
  const fx = (v: number) => (f.xKind === 'time' ? fmtTime(v) : fmtInt(v));
  g.selectAll('line.pg-gridline')
    .data(f.yTicks)
    .join('line')
    .attr('class', 'pg-gridline')
    .attr('x1', left)
    .attr('x2', right)
    .attr('y1', (d) => f.py(d))
    .attr('y2', (d) => f.py(d));
  g.selectAll('line.pg-axis-line')
    .data([[left, bottom, right, bottom]])
    .join('line')
    .attr('class', 'pg-axis-line')
    .attr('x1', (d) => d[0])
    .attr('y1', (d) => d[1])
    .attr('x2', (d) => d[2])
    .attr('y2', (d) => d[3]);
  g.selectAll('text.pg-xtick')
    .data(f.xTicks)
    .join('text')
    .attr('class', 'pg-tick pg-xtick')
    .attr('x', (d) => f.px(d))
    .attr('y', bottom + 16)
    .attr('text-anchor', 'middle')
    .text(fx);
  g.selectAll('text.pg-ytick')
    .data(f.yTicks)
    .join('text')
    .attr('class', 'pg-tick pg-ytick')
    .attr('x', left - 6)
    .attr('y', (d) => f.py(d))
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((d) => fmtBytes(d));
  g.selectAll('text.pg-axis-title')
    .data([f.xKind === 'time' ? 'virtual time' : 'event number'])
    .join('text')
    .attr('class', 'pg-axis-title')
    .attr('x', (left + right) / 2)
    .attr('y', f.height - 4)
    .attr('text-anchor', 'middle')
    .text((d) => d);
}

/** x of a bucket: time, or (when the axis counts events) its last event's index. */
const bucketX = (f: Frame, s: Series, i: number) => (f.xKind === 'time' ? s.view.heap.x[i] : s.view.heap.lastEvent[i]);

export function drawHeap(g: G, f: Frame, series: Series[]): void {
  const base = f.py(0);
  g.selectAll<SVGPathElement, Series>('path.pg-heap')
    .data(series, (d) => d.key)
    .join('path')
    .attr('class', (d) => `pg-heap pg-s-${d.key}`)
    .attr('d', (s) => {
      const idx = Array.from({ length: s.view.heap.x.length }, (_, i) => i);
      const shape = s.key === 'a' ? area<number>().y0(base).y1((i) => f.py(s.view.heap.max[i])) : line<number>().y((i) => f.py(s.view.heap.max[i]));
      return shape.x((i) => f.px(bucketX(f, s, i))).curve(curveStepAfter)(idx) ?? '';
    });
}

export function drawGc(g: G, f: Frame, series: Series[]): void {
  const top = f.margin.top;
  const h = f.height - f.margin.bottom - top;
  const marks = series.flatMap((s) => gcMarks(s.view).map((m) => ({ ...m, key: s.key })));
  g.selectAll('rect.pg-gc')
    .data(marks)
    .join((enter) => {
      const r = enter.append('rect');
      r.append('title');
      return r;
    })
    .attr('class', (d) => `pg-gc pg-s-${d.key}`)
    .attr('x', (d) => f.px(d.x0))
    .attr('width', (d) => Math.max(1.5, f.px(d.x1) - f.px(d.x0)))
    .attr('y', (d) => (d.key === 'a' ? top : top + h - 10))
    .attr('height', (d) => (d.key === 'a' ? h : 10))
    .select('title')
    .text((d) => `${d.key.toUpperCase()}: GC cycle ${d.n}${d.forced ? ' (forced)' : ''}, goal ${fmtBytes(d.goal)}`);
}

export function drawGoal(g: G, f: Frame, series: Series[]): void {
  const segs = series.flatMap((s) => gcMarks(s.view).map((m) => ({ key: s.key, x0: m.goalFrom, x1: m.x0, goal: m.goal })));
  g.selectAll('line.pg-goal')
    .data(segs)
    .join('line')
    .attr('class', (d) => `pg-goal pg-s-${d.key}`)
    .attr('x1', (d) => f.px(d.x0))
    .attr('x2', (d) => f.px(d.x1))
    .attr('y1', (d) => f.py(d.goal))
    .attr('y2', (d) => f.py(d.goal));
}

export function drawCursor(g: G, f: Frame, x: number | null): void {
  g.selectAll('line.pg-cursor')
    .data(x === null ? [] : [x])
    .join('line')
    .attr('class', 'pg-cursor')
    .attr('x1', (d) => f.px(d))
    .attr('x2', (d) => f.px(d))
    .attr('y1', f.margin.top)
    .attr('y2', f.height - f.margin.bottom);
}
