// Messages between the page and the run worker. A run comes back with the views the page needs
// already computed (live heap, buckets, GC indexes, line notes), so the main thread never loops
// over a million events; every typed array crosses as a transferred buffer.

import type { Diagnostic, RunResult } from '@/lib/runtime/result';
import type { HeapSeries } from './heap';
import type { LineNote } from './lines';
import type { Lang, Settings } from './settings';

export type WorkerRequest =
  | { id: number; type: 'run'; lang: Lang; source: string; settings: Settings }
  | { id: number; type: 'check'; lang: Lang; source: string };

export interface RunView {
  result: RunResult;
  /** Live heap bytes after each trace event. */
  live: Float64Array;
  heap: HeapSeries;
  /** Trace indexes of the GcStart events. */
  gcIndex: Int32Array;
  lines: LineNote[];
  /** Wall-clock milliseconds the engine took. */
  ms: number;
  /** stdout/stderr were cut to OUTPUT_CAP characters. */
  clipped: boolean;
}

export type WorkerResponse =
  | { id: number; type: 'run'; view: RunView }
  | { id: number; type: 'check'; diagnostics: Diagnostic[] }
  | { id: number; type: 'error'; message: string };

/** The most output shown: a print loop must not freeze the page rendering its text. */
export const OUTPUT_CAP = 64 * 1024;
