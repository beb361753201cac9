// Messages between the page and the run worker. A run comes back with the views the page needs
// already computed (live heap, buckets, GC indexes, line notes), so the main thread never loops
// over a million events; every typed array crosses as a transferred buffer.

import type { Diagnostic, RunResult } from '@/lib/runtime/result';
import type { HeapSeries } from './heap';
import type { LineNote } from './lines';
import type { HeapMap } from '@/lib/go/heapmap';
import type { Lang, Settings } from './settings';

export type WorkerRequest =
  | { id: number; type: 'run'; lang: Lang; source: string; settings: Settings }
  | { id: number; type: 'check'; lang: Lang; source: string }
  /** Run again with call stacks recorded and answer the run's profile file (pprof for Go, DHAT for Rust). */
  | { id: number; type: 'profile'; lang: Lang; source: string; settings: Settings }
  /** Run again and answer the Go heap's memory map when the run ended (spans and their slots). */
  | { id: number; type: 'heapMap'; lang: Lang; source: string; settings: Settings };

/**
 * Sent by the inline boot script, before the page's own scripts have loaded: run a share link's
 * programs. The worker reads the link itself and answers as if it had been sent a run of program A
 * with id LINK_A_ID, then of program B with LINK_B_ID; the page, once it has read the same link,
 * waits for those answers.
 */
export interface LinkRequest {
  type: 'link';
  hash: string;
}
export const LINK_A_ID = -1;
export const LINK_B_ID = -2;

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
  | { id: number; type: 'profile'; file: ProfileFile }
  | { id: number; type: 'heapMap'; map: HeapMap }
  | { id: number; type: 'error'; message: string }
  /** Sent once, unasked (id 0), when the worker's engine has loaded. */
  | { id: 0; type: 'ready' };

/** The most output shown: a print loop must not freeze the page rendering its text. */
export const OUTPUT_CAP = 64 * 1024;

/** A run's profile as a file the learner can download or open in the profile viewer. */
export interface ProfileFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** The run's allocations (objects and bytes), for the button's text. */
  allocs: number;
}
