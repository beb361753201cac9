// Past a few thousand points the heap chart draws one band per pixel column instead: the lowest live
// heap and the highest heap in each, which is what the sawtooth looks like at that scale anyway.

import type { HeapPoint } from './run';

export const MAX_DRAWN_POINTS = 3000;

/** `points` sorted by t; returns them as they are when few, else two points per bin (its start and end). */
export function aggregatePoints(points: HeapPoint[], t0: number, t1: number, bins: number): { points: HeapPoint[]; aggregated: boolean } {
  if (points.length <= MAX_DRAWN_POINTS || !(t1 > t0) || bins < 1) return { points, aggregated: false };
  const w = (t1 - t0) / bins;
  const out: HeapPoint[] = [];
  let i = 0;
  for (let b = 0; b < bins && i < points.length; b++) {
    const end = b === bins - 1 ? Infinity : t0 + (b + 1) * w;
    let heap = -Infinity;
    let live = Infinity;
    let nonHeap = 0;
    let n = 0;
    for (; i < points.length && points[i].t <= end; i++, n++) {
      const p = points[i];
      if (p.heap > heap) heap = p.heap;
      if (p.live < live) live = p.live;
      if (p.nonHeap > nonHeap) nonHeap = p.nonHeap;
    }
    if (n === 0) continue;
    out.push({ t: t0 + b * w, heap, live, nonHeap }, { t: Math.min(t1, t0 + (b + 1) * w), heap, live, nonHeap });
  }
  return { points: out, aggregated: true };
}

/** Cycle starts merged per bin: one mark per bin that saw any, with how many it stands for. */
export function aggregateMarks(starts: number[], t0: number, t1: number, bins: number, max = 400): { t: number; count: number }[] {
  if (starts.length <= max || !(t1 > t0)) return starts.map((t) => ({ t, count: 1 }));
  const w = (t1 - t0) / bins;
  const out: { t: number; count: number }[] = [];
  for (const t of starts) {
    const b = Math.min(bins - 1, Math.floor((t - t0) / w));
    const at = t0 + (b + 0.5) * w;
    const lastMark = out[out.length - 1];
    if (lastMark && lastMark.t === at) lastMark.count++;
    else out.push({ t: at, count: 1 });
  }
  return out;
}
