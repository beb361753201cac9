// Geometry shared by the heap chart's layers: size, margins, the two scales, and what is drawn at
// this width (aggregated past a few thousand points). No drawing here.

import { scaleLinear } from 'd3';
import { aggregateGoals, aggregateMarks, aggregatePoints } from '@/lib/gclab/aggregate';
import { MiB, type GoalStep, type HeapPoint, type LabRun } from '@/lib/gclab/run';

export const FALLBACK_WIDTH = 640;
export const heightFor = (width: number): number => Math.max(240, Math.round(width * 0.55));

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  x: (t: number) => number;
  y: (bytes: number) => number;
  xTicks: number[];
  yTicks: number[];
  maxBytes: number;
  /** A's heap, drawn (maybe aggregated). */
  points: HeapPoint[];
  aggregated: boolean;
  goals: GoalStep[];
  marks: { t: number; count: number }[];
  /** The limit of A (and B when it differs), bytes, if it fits on the chart. */
  limits: { which: 'a' | 'b'; bytes: number }[];
  /** Limits too high to draw. */
  offChart: { which: 'a' | 'b'; bytes: number }[];
  /** B's total memory (heap + non-heap), aggregated the same way. */
  b: HeapPoint[] | null;
}

export function makeFrame(width: number, a: LabRun, b: LabRun | null): Frame {
  const height = heightFor(width);
  const margin = { top: 16, right: 16, bottom: 42, left: 64 };
  const innerW = Math.max(10, width - margin.left - margin.right);
  const end = Math.max(a.endSeconds, b?.endSeconds ?? 0, 1e-3);
  const bins = Math.max(1, Math.floor(innerW));
  const aggA = aggregatePoints(a.series, 0, end, bins);
  const aggB = b ? aggregatePoints(b.series, 0, end, bins) : null;
  const peak = Math.max(a.result.peakMemory, b?.result.peakMemory ?? 0, 1 * MiB);
  const limits: Frame['limits'] = [];
  const offChart: Frame['offChart'] = [];
  for (const r of [a, b]) {
    if (!r || r.memoryLimit === null) continue;
    const which = r === a ? 'a' : 'b';
    if (which === 'b' && r.memoryLimit === a.memoryLimit) continue;
    (r.memoryLimit <= peak * 2 ? limits : offChart).push({ which, bytes: r.memoryLimit });
  }
  const maxBytes = Math.max(peak, ...limits.map((l) => l.bytes)) * 1.08;
  const x = scaleLinear().domain([0, end]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, maxBytes / MiB]).range([height - margin.bottom, margin.top]).nice();
  return {
    width,
    height,
    margin,
    x: (t) => x(t),
    y: (bytes) => y(bytes / MiB),
    xTicks: x.ticks(Math.max(2, Math.floor(innerW / 80))),
    yTicks: y.ticks(6).map((m) => m * MiB),
    maxBytes,
    points: aggA.points,
    aggregated: aggA.aggregated,
    goals: aggregateGoals(a.goals, 0, end, bins, maxBytes),
    marks: aggregateMarks(a.cycleStarts, 0, end, bins),
    limits,
    offChart,
    b: aggB ? aggB.points : null,
  };
}
