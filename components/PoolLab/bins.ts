// The chart's bars: GC intervals grouped so there are never more than MAX_BARS. Pure.

import { TIER_GROUPS, type PoolInterval, type TierCounts, type TierGroup } from '@/lib/go/poolsim';

export const MAX_BARS = 40;

export interface TierBin {
  /** GC cycles started before the first and the last interval of the bin. */
  gcFrom: number;
  gcTo: number;
  reqFrom: number;
  reqTo: number;
  tiers: TierCounts;
  total: number;
}

export function binIntervals(intervals: readonly PoolInterval[], max = MAX_BARS): TierBin[] {
  const n = intervals.length;
  const bins = Math.min(n, max);
  const out: TierBin[] = [];
  for (let b = 0; b < bins; b++) {
    const lo = Math.floor((b * n) / bins);
    const hi = Math.floor(((b + 1) * n) / bins);
    const tiers = { private: 0, shared: 0, steal: 0, victim: 0, new: 0 } as TierCounts;
    for (let i = lo; i < hi; i++) for (const t of TIER_GROUPS) tiers[t] += intervals[i].tiers[t];
    const total = TIER_GROUPS.reduce((a, t) => a + tiers[t], 0);
    out.push({ gcFrom: intervals[lo].gc, gcTo: intervals[hi - 1].gc, reqFrom: intervals[lo].from, reqTo: intervals[hi - 1].to, tiers, total });
  }
  return out;
}

export const TIER_LABEL: Record<TierGroup, string> = {
  private: 'private slot',
  shared: 'own shared chain',
  steal: 'stolen from another P',
  victim: 'victim cache',
  new: 'missed: New',
};

export const binLabel = (b: TierBin): string => (b.gcFrom === b.gcTo ? `after ${b.gcFrom} GC${b.gcFrom === 1 ? '' : 's'}` : `after ${b.gcFrom}–${b.gcTo} GCs`);
