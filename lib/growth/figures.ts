// Figures of the growth model for lessons: a Go slice or a Rust Vec/String grown from empty
// (lib/growth/simulate.ts: go1.23.5 growslice, rustc 1.95 raw_vec), and one number of that run:
// the capacity or bytes of its k-th allocation, or its totals. Pure; a bad spec throws at build time.

import { mallocHeaderSize, minSizeForMallocHeader } from '../go/msize';
import { _MaxSmallSize, _NumSizeClasses, _PageShift } from '../go/sizeclasses';
import { growslice } from '../go/slice';
import { grow_amortized } from '../rust/raw_vec';
import { elemFromType } from './elem-presets';
import { simulateGrowth, strategiesFor, type Lang, type Strategy } from './simulate';

export type GrowthMeasure = 'newCap' | 'newBytes' | 'allocations' | 'bytesAllocated' | 'finalCap' | 'growCap' | 'growBytes';
/** Go's allocator constants the growth model uses (go1.23.5 sizeclasses.go, msize.go); no lang, type or n needed. */
export type GoSizeConstant = 'goSizeClasses' | 'goMaxSmallBytes' | 'goMaxSmallKiB' | 'goPageKiB' | 'goMallocHeaderBytes' | 'goMinSizeForHeader';

const GO_CONSTANTS: Record<GoSizeConstant, number> = {
  goSizeClasses: _NumSizeClasses - 1, // class 0 is not a size
  goMaxSmallBytes: _MaxSmallSize,
  goMaxSmallKiB: _MaxSmallSize / 1024,
  goPageKiB: (1 << _PageShift) / 1024,
  goMallocHeaderBytes: mallocHeaderSize,
  goMinSizeForHeader: minSizeForMallocHeader,
};

export interface GrowthFigureSpec {
  lang?: Lang;
  /** The element type, or the collection: `int`, `[]*int`, `u8`, `Vec<String>`. */
  type?: string;
  /** Elements added in all. MDX attributes arrive as strings. */
  n?: number | string;
  /** How they are added (default `append`: one at a time, Go append or Rust push). */
  strategy?: Strategy;
  chunk?: number | string;
  /** For growCap and growBytes: one append (push) to a full slice (Vec) of this capacity, e.g. after make([]T, 0, from). */
  from?: number | string;
  /** For newCap and newBytes: which allocation, 1 for the first. */
  step?: number | string;
  measure: GrowthMeasure | GoSizeConstant;
}

const int = (v: number | string | undefined, what: string, dflt?: number): number => {
  const x = v === undefined ? dflt : Number(v);
  if (x === undefined || !Number.isInteger(x) || x < 0) throw new Error(`GrowthFigure: ${what} must be a whole number, got ${String(v)}`);
  return x;
};

export function growthMeasure(spec: GrowthFigureSpec): number {
  if (spec.measure in GO_CONSTANTS) return GO_CONSTANTS[spec.measure as GoSizeConstant];
  if (!spec.lang || spec.type === undefined) throw new Error(`GrowthFigure: ${spec.measure} needs lang and type`);
  if (spec.measure === 'growCap' || spec.measure === 'growBytes') {
    const { size, hasPointers } = elemFromType(spec.lang, spec.type);
    const from = int(spec.from, 'from');
    if (spec.lang === 'go') {
      const g = growslice(from, from, 1, { size, hasPointers });
      return spec.measure === 'growCap' ? g.newcap : g.allocBytes;
    }
    const cap = grow_amortized(from, from, 1, size);
    return spec.measure === 'growCap' ? cap : cap * size;
  }
  const strategy = spec.strategy ?? 'append';
  if (!strategiesFor(spec.lang).includes(strategy)) throw new Error(`GrowthFigure: no strategy "${strategy}" for ${spec.lang}`);
  const elem = elemFromType(spec.lang, spec.type);
  const r = simulateGrowth({ lang: spec.lang, elemSize: elem.size, hasPointers: elem.hasPointers, n: int(spec.n, 'n'), strategy, chunk: spec.chunk === undefined ? undefined : int(spec.chunk, 'chunk') });
  if (spec.measure === 'allocations') return r.totals.allocations;
  if (spec.measure === 'bytesAllocated') return r.totals.bytesAllocated;
  if (spec.measure === 'finalCap') return r.finalCap;
  const step = int(spec.step, 'step', 1);
  const a = r.reallocs[step - 1];
  if (!a || r.omittedReallocs) throw new Error(`GrowthFigure: ${spec.type} × ${String(spec.n)} (${strategy}) has no allocation ${step}`);
  return spec.measure === 'newCap' ? a.newCap : a.newBytes;
}

export const GROWTH_MEASURE_WHAT: Record<GrowthMeasure | GoSizeConstant, string> = {
  newCap: 'capacity after that allocation, from the growth model',
  newBytes: 'bytes of that allocation, from the growth model',
  allocations: 'allocations while growing, from the growth model',
  bytesAllocated: 'bytes allocated while growing, from the growth model',
  finalCap: 'final capacity, from the growth model',
  growCap: 'capacity after one append to a full slice, from the growth model',
  growBytes: 'bytes the allocator hands out for that growth (its size class), from the growth model',
  goSizeClasses: 'size classes of Go’s allocator',
  goMaxSmallBytes: 'bytes: the largest size class',
  goMaxSmallKiB: 'KiB: the largest size class',
  goPageKiB: 'KiB per page of Go’s heap',
  goMallocHeaderBytes: 'bytes of malloc header',
  goMinSizeForHeader: 'bytes: objects above this size with pointers carry a header',
};
