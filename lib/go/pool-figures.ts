// Figures the pool models determine, for lessons: a preset of the pool lab (its state is pure data in
// components/PoolLab/state.ts), with or without the pool, and a measure. Computed at build time by
// components/ModelFigure/PoolFigure.tsx; an unknown preset throws.

import { PRESETS, workerWorkloadOf, workloadOf } from '../poollab/state';
import { defaultMinStack } from '../rust/threads';
import { comparePoolWorkload } from './poolsim';
import { simulateWorkerPool } from './workerpool';

export type PoolMeasure = 'mallocs' | 'totalAllocKiB' | 'numGC' | 'news' | 'boxes' | 'victim' | 'steal' | 'peakHeapKiB' | 'bufferKiB';
/** Constants of the models, no preset needed: std::thread's default stack (lib/rust/threads.ts). */
export type PoolConstant = 'rustThreadStackMiB';
export type WorkerMeasure = 'peakGoroutines' | 'peakHandling' | 'peakLiveHeapKiB' | 'mallocs';

export interface PoolFigureSpec {
  /** Required except for a PoolConstant. */
  preset?: string;
  /** With the pool (default) or without it; for worker measures, bounded (default) or unbounded. */
  side?: 'pool' | 'none' | 'bounded' | 'unbounded';
  measure: PoolMeasure | WorkerMeasure | PoolConstant;
}

export function poolMeasure(spec: PoolFigureSpec): number {
  if (spec.measure === 'rustThreadStackMiB') return defaultMinStack / (1 << 20);
  const p = PRESETS.find((x) => x.id === spec.preset);
  if (!p) throw new Error(`PoolFigure: no pool lab preset "${spec.preset}"`);
  // The workload's buffer size, as the preset states it.
  if (spec.measure === 'bufferKiB') return p.state.size / 1024;
  if (spec.side === 'bounded' || spec.side === 'unbounded') {
    const r = simulateWorkerPool(workerWorkloadOf(p.state), spec.side);
    switch (spec.measure) {
      case 'peakGoroutines':
        return r.peakGoroutines;
      case 'peakHandling':
        return r.peakHandling;
      case 'peakLiveHeapKiB':
        return r.peakLiveHeap / 1024;
      case 'mallocs':
        return r.mallocs;
      default:
        throw new Error(`PoolFigure: ${spec.measure} is not a worker-pool measure`);
    }
  }
  const c = comparePoolWorkload(workloadOf(p.state));
  const r = spec.side === 'none' ? c.none : c.pool;
  switch (spec.measure) {
    case 'mallocs':
      return r.mallocs;
    case 'totalAllocKiB':
      return r.totalAlloc / 1024;
    case 'numGC':
      return r.numGC;
    case 'news':
      return r.news;
    case 'boxes':
      return r.boxes;
    case 'victim':
      return r.tiers.victim;
    case 'steal':
      return r.tiers.steal;
    case 'peakHeapKiB':
      return r.peakHeapLive / 1024;
    default:
      throw new Error(`PoolFigure: ${spec.measure} is not a sync.Pool measure`);
  }
}

export const fmtPoolMeasure = (m: string, v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: /KiB$/.test(m) ? 1 : 0 });

export const POOL_MEASURE_WHAT: Record<PoolMeasure | WorkerMeasure | PoolConstant, string> = {
  mallocs: 'heap allocations (runtime.MemStats.Mallocs)',
  totalAllocKiB: 'KiB allocated',
  numGC: 'GC cycles',
  news: 'calls to Pool.New',
  boxes: 'boxes made by Put',
  victim: 'Gets served from the victim cache',
  steal: 'Gets stolen from another P',
  peakHeapKiB: 'peak live heap in KiB',
  peakGoroutines: 'goroutines alive at the peak',
  peakHandling: 'requests handled at once at the peak',
  peakLiveHeapKiB: 'peak live heap in KiB',
  bufferKiB: 'KiB per buffer in the workload',
  rustThreadStackMiB: 'MiB of stack std::thread maps per thread by default',
};
