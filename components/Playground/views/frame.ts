// Geometry of the heap chart: one time axis shared by A and B, bytes up the side. No drawing here.

import { scaleLinear } from 'd3';
import type { RunView } from '@/lib/playground/protocol';

export interface Series {
  key: 'a' | 'b';
  view: RunView;
}

export interface GcMark {
  n: number;
  x0: number;
  x1: number;
  /** The goal in force while the heap grew towards this cycle. */
  goal: number;
  /** Where that goal applied from (the previous cycle's end, or the start). */
  goalFrom: number;
  forced: boolean;
}

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  px: (x: number) => number;
  py: (bytes: number) => number;
  xTicks: number[];
  yTicks: number[];
  xKind: 'time' | 'event';
  maxX: number;
}

export const FALLBACK_WIDTH = 720;
export const CHART_HEIGHT = 280;

/** GC cycles on the chart's x axis (time, or event index when the trace has no time). */
export function gcMarks(v: RunView): GcMark[] {
  const t = v.result.trace;
  const byTime = v.heap.xKind === 'time';
  const marks: GcMark[] = [];
  let prevEnd = v.heap.x0;
  t.gc.forEach((g, k) => {
    const start = byTime ? g.startTime : (v.gcIndex[k] ?? 0);
    const end = byTime ? Math.max(g.endTime, g.startTime) : start;
    marks.push({ n: g.n, x0: start, x1: end, goal: g.goal, goalFrom: prevEnd, forced: g.forced });
    prevEnd = end;
  });
  return marks;
}

export function makeFrame(width: number, series: Series[]): Frame {
  const height = CHART_HEIGHT;
  const margin = { top: 12, right: 16, bottom: 40, left: 64 };
  const xKind = series.every((s) => s.view.heap.xKind === 'time') ? 'time' : 'event';
  let maxX = 1;
  let maxY = 1;
  for (const s of series) {
    const h = s.view.heap;
    maxX = Math.max(maxX, xKind === 'time' ? h.x1 : s.view.result.trace.length);
    maxY = Math.max(maxY, h.peak);
    for (const g of s.view.result.trace.gc) maxY = Math.max(maxY, g.goal);
  }
  const x = scaleLinear().domain([0, maxX]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, maxY]).range([height - margin.bottom, margin.top]).nice();
  return {
    width,
    height,
    margin,
    xKind,
    maxX,
    px: (v) => x(v),
    py: (v) => y(v),
    xTicks: x.ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 100))),
    yTicks: y.ticks(5),
  };
}
