// Runs the growth model for each series, memoised on the inputs that matter, and shapes the chart data.

import { useMemo } from 'react';
import { CHUNKED, resolveElem, type LabState, type ResolvedElem, type SeriesState } from '@/lib/growth/lab-state';
import { capSteps, simulateGrowth, type GrowthResult, type GrowthSpec, type Lang } from '@/lib/growth/simulate';
import type { ChartSeries } from './chart/frame';
import { strategyLabel } from './labels';

export interface SeriesRun {
  key: 'a' | 'b';
  /** "append one at a time". */
  label: string;
  spec: GrowthSpec;
  result: GrowthResult | null;
  /** Why the model refused, if it did. */
  error: string | null;
  chart: ChartSeries | null;
}

/** Capacities this large are Rust's usize::MAX for zero-sized T. */
export const UNBOUNDED_CAP = Number.MAX_SAFE_INTEGER;

export function runSeries(key: 'a' | 'b', lang: Lang, elem: ResolvedElem, n: number, s: SeriesState): SeriesRun {
  const spec: GrowthSpec = {
    lang,
    elemSize: elem.size,
    hasPointers: elem.hasPointers,
    n,
    strategy: s.strategy,
    ...(CHUNKED.has(s.strategy) ? { chunk: s.chunk } : {}),
  };
  const label = strategyLabel(lang, s.strategy);
  try {
    const result = simulateGrowth(spec);
    // Zero-sized elements never allocate (Go: cap tracks len; Rust: usize::MAX): no step line to draw.
    const steps = elem.size === 0 ? [] : capSteps(result);
    const marks = result.reallocs.map((r) => ({ atLen: r.atLen, oldCap: r.oldCap, newCap: r.newCap }));
    const chart: ChartSeries = { key, name: `${key.toUpperCase()}: ${label}`, steps, marks };
    return { key, label, spec, result, error: null, chart };
  } catch (e) {
    return { key, label, spec, result: null, error: e instanceof Error ? e.message : String(e), chart: null };
  }
}

function useSeries(key: 'a' | 'b', lang: Lang, elem: ResolvedElem, n: number, s: SeriesState | null): SeriesRun | null {
  const strategy = s?.strategy;
  // The chunk only matters to chunked strategies; other chunk edits must not rerun the model.
  const chunk = s && CHUNKED.has(s.strategy) ? s.chunk : 0;
  const { size, hasPointers } = elem;
  return useMemo(
    () => (strategy ? runSeries(key, lang, { name: '', size, hasPointers }, n, { strategy, chunk: chunk || 1 }) : null),
    [key, lang, size, hasPointers, n, strategy, chunk],
  );
}

export function useGrowthRuns(lab: LabState): { elem: ResolvedElem; a: SeriesRun; b: SeriesRun | null } {
  const elem = useMemo(() => resolveElem(lab.lang, lab.elem), [lab.lang, lab.elem]);
  const a = useSeries('a', lab.lang, elem, lab.n, lab.a) as SeriesRun;
  const b = useSeries('b', lab.lang, elem, lab.n, lab.b);
  return { elem, a, b };
}
