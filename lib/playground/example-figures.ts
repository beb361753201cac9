// Figures of a playground example's run, for lessons: the example's program A or B run on the same
// engine the playground uses, with the example's settings, at build time. An unknown example throws.

import { runProgram } from '../runtime/run';
import { loadExamples } from './load-examples';
import { DEFAULT_SETTINGS, toRunOptions } from './settings';

export type RunMeasure = 'heapAllocs' | 'heapBytes' | 'peakHeapBytes' | 'gcCycles';

export interface RunFigureSpec {
  example: string;
  /** Program A (default) or B, the example's compare program or compare settings. */
  side?: 'a' | 'b';
  measure: RunMeasure;
}

const cache = new Map<string, number>();

export function runMeasure(spec: RunFigureSpec): number {
  const key = `${spec.example}/${spec.side ?? 'a'}/${spec.measure}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const e = loadExamples().find((x) => x.id === spec.example);
  if (!e) throw new Error(`RunFigure: no playground example "${spec.example}"`);
  const b = spec.side === 'b';
  if (b && e.compareCode === undefined && !e.compareSettings) throw new Error(`RunFigure: example "${spec.example}" has no program or settings B`);
  const code = b && e.compareCode !== undefined ? e.compareCode : e.code;
  const settings = { ...DEFAULT_SETTINGS, ...e.settings, ...(b ? e.compareSettings : {}) };
  const r = runProgram(e.lang, code, toRunOptions(settings));
  if (r.exitCode !== 0) throw new Error(`RunFigure: example "${spec.example}" (${b ? 'B' : 'A'}) exited ${r.exitCode}`);
  const v = r.stats[spec.measure];
  cache.set(key, v);
  return v;
}

export const RUN_MEASURE_WHAT: Record<RunMeasure, string> = {
  heapAllocs: 'heap allocations in the simulated run',
  heapBytes: 'bytes allocated in the simulated run',
  peakHeapBytes: 'peak live heap in bytes',
  gcCycles: 'GC cycles in the simulated run',
};
