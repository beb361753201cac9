// Growth figures for lessons: how many backing arrays appending n elements one at a time allocates
// (Go's growslice of go1.23.5, Rust's RawVec of 1.95, via simulate.ts, both held to real runs by the
// go-growth and rust-growth calibration fixtures). Pure; components/ModelFigure/GrowthFigure.tsx
// renders it at build time.

import { elemFromType } from './elem-presets';
import { simulateGrowth, type Lang, type Strategy } from './simulate';

export type GrowthMeasure = 'allocations' | 'finalCap' | 'bytesAllocated';

/** Attribute strings, as MDX passes them: n="100000". */
export interface GrowthFigureSpec {
  lang: Lang;
  /** An element type (`int`, `u64`, `[]byte`): a preset or anything the type parsers read. */
  elem: string;
  n: string | number;
  strategy?: Strategy;
  measure: GrowthMeasure;
}

export const GROWTH_MEASURE_WHAT: Record<GrowthMeasure, string> = {
  allocations: 'backing arrays allocated, from the growth model',
  finalCap: 'final capacity, from the growth model',
  bytesAllocated: 'bytes of backing arrays allocated, from the growth model',
};

export function growthMeasure(spec: GrowthFigureSpec): number {
  const n = Number(spec.n);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`GrowthFigure: n="${spec.n}" is not a whole number`);
  const e = elemFromType(spec.lang, spec.elem);
  const r = simulateGrowth({ lang: spec.lang, elemSize: e.size, hasPointers: e.hasPointers, n, strategy: spec.strategy ?? 'append' });
  switch (spec.measure) {
    case 'allocations':
      return r.totals.allocations;
    case 'finalCap':
      return r.finalCap;
    case 'bytesAllocated':
      return r.totals.bytesAllocated;
  }
}
