// Past a few thousand points the heap chart draws one band per pixel column instead: the lowest live
// heap and the highest heap in each, which is what the sawtooth looks like at that scale anyway.

import type { GoalStep, HeapPoint, HeapSeries, LabRun } from './run';

export const MAX_DRAWN_POINTS = 3000;

/** The series as points when few, else two points per bin (its start and end). */
export function aggregatePoints(s: HeapSeries, t0: number, t1: number, bins: number): { points: HeapPoint[]; aggregated: boolean } {
  if (s.length <= MAX_DRAWN_POINTS || !(t1 > t0) || bins < 1) {
    const points: HeapPoint[] = [];
    for (let i = 0; i < s.length; i++) points.push({ t: s.t[i], heap: s.heap[i], live: s.live[i], nonHeap: s.nonHeap[i] });
    return { points, aggregated: false };
  }
  const w = (t1 - t0) / bins;
  const out: HeapPoint[] = [];
  let i = 0;
  for (let b = 0; b < bins && i < s.length; b++) {
    const end = b === bins - 1 ? Infinity : t0 + (b + 1) * w;
    let heap = -Infinity;
    let live = Infinity;
    let nonHeap = 0;
    let n = 0;
    for (; i < s.length && s.t[i] <= end; i++, n++) {
      if (s.heap[i] > heap) heap = s.heap[i];
      if (s.live[i] < live) live = s.live[i];
      if (s.nonHeap[i] > nonHeap) nonHeap = s.nonHeap[i];
    }
    if (n === 0) continue;
    out.push({ t: t0 + b * w, heap, live, nonHeap }, { t: Math.min(t1, t0 + (b + 1) * w), heap, live, nonHeap });
  }
  return { points: out, aggregated: true };
}

/** Goal steps to draw: all of them when few, else the highest goal per bin. */
export function aggregateGoals(g: LabRun['goals'], t0: number, t1: number, bins: number, maxBytes = Infinity): GoalStep[] {
  const out: GoalStep[] = [];
  if (g.length <= MAX_DRAWN_POINTS || !(t1 > t0)) {
    for (let i = 0; i < g.length; i++) if (g.goal[i] <= maxBytes) out.push({ t0: g.t0[i], t1: g.t1[i], goal: g.goal[i] });
    return out;
  }
  const w = (t1 - t0) / bins;
  for (let i = 0; i < g.length; i++) {
    if (g.goal[i] > maxBytes) continue;
    const b = Math.min(bins - 1, Math.floor((g.t0[i] - t0) / w));
    const last = out[out.length - 1];
    const from = t0 + b * w;
    if (last && last.t0 === from) last.goal = Math.max(last.goal, g.goal[i]);
    else out.push({ t0: from, t1: Math.min(t1, from + w), goal: g.goal[i] });
  }
  return out;
}

/** Cycle starts merged per bin: one mark per bin that saw any, with how many it stands for. */
export function aggregateMarks(starts: ArrayLike<number>, t0: number, t1: number, bins: number, max = 400): { t: number; count: number }[] {
  const out: { t: number; count: number }[] = [];
  if (starts.length <= max || !(t1 > t0)) {
    for (let i = 0; i < starts.length; i++) out.push({ t: starts[i], count: 1 });
    return out;
  }
  const w = (t1 - t0) / bins;
  for (let i = 0; i < starts.length; i++) {
    const b = Math.min(bins - 1, Math.floor((starts[i] - t0) / w));
    const at = t0 + (b + 0.5) * w;
    const lastMark = out[out.length - 1];
    if (lastMark && lastMark.t === at) lastMark.count++;
    else out.push({ t: at, count: 1 });
  }
  return out;
}
