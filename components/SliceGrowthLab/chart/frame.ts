// Geometry shared by the chart layers: size, margins and the two scales. No drawing here.

import { scaleLinear, scaleLog } from 'd3';

export interface Point {
  len: number;
  cap: number;
}

export interface ChartSeries {
  key: 'a' | 'b';
  /** For tooltips and the legend: "A: append one at a time". */
  name: string;
  /** Capacity as a step function of length, from capSteps(). */
  steps: Point[];
  /** One per reallocation: where it happened and the capacity it produced. */
  marks: { atLen: number; oldCap: number; newCap: number }[];
}

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  log: boolean;
  /** Length → x pixel; 0 sits on the left edge in log mode. */
  px: (len: number) => number;
  /** Capacity → y pixel. */
  py: (cap: number) => number;
  xTicks: number[];
  yTicks: number[];
  maxX: number;
  maxY: number;
}

/** Width the chart is laid out for when the container can't be measured (jsdom, first paint). */
export const FALLBACK_WIDTH = 640;

/** Height for a width; the CSS box (aspect-ratio 5/3, min-height 240px) computes the same. */
export const heightFor = (width: number): number => Math.max(240, Math.round(width * 0.6));

function powersOfTen(max: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= max; p *= 10) out.push(p);
  return out;
}

export function makeFrame(width: number, n: number, series: ChartSeries[], log: boolean): Frame {
  const height = heightFor(width);
  const margin = { top: 14, right: 18, bottom: 42, left: 58 };
  const maxX = Math.max(1, n);
  let maxY = maxX;
  for (const s of series) for (const p of s.steps) if (p.cap > maxY) maxY = p.cap;
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const range = { x: [margin.left, margin.left + innerW], y: [margin.top + innerH, margin.top] };
  if (log) {
    const x = scaleLog().domain([1, Math.max(10, maxX)]).range(range.x).clamp(true);
    const y = scaleLog().domain([1, Math.max(10, maxY)]).range(range.y).clamp(true);
    return {
      width, height, margin, log, maxX, maxY,
      px: (v) => x(Math.max(1, v)),
      py: (v) => y(Math.max(1, v)),
      xTicks: powersOfTen(x.domain()[1]),
      yTicks: powersOfTen(y.domain()[1]),
    };
  }
  const x = scaleLinear().domain([0, maxX]).range(range.x).nice();
  const y = scaleLinear().domain([0, maxY]).range(range.y).nice();
  return {
    width, height, margin, log, maxX, maxY,
    px: (v) => x(v),
    py: (v) => y(v),
    xTicks: x.ticks(Math.max(2, Math.floor(innerW / 90))),
    yTicks: y.ticks(Math.max(2, Math.floor(innerH / 50))),
  };
}
