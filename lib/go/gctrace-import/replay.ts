// Replays a fitted gctrace workload through the GC model (lib/go/gcsim.ts's ring workload on the
// pacer of lib/go/pacer.ts) under the observed or other GOGC / GOMEMLIMIT / GOMAXPROCS settings.

import { simulateGcWorkload, type GcWorkloadResult } from '../gcsim';
import type { GcCycleRecord } from '../gctrace';
import type { GctraceFit } from './fit';

export interface ReplaySettings {
  gcPercent?: number | 'off';
  /** Bytes; null = no limit. */
  memoryLimit?: number | null;
  gomaxprocs?: number;
}

export interface ReplayResult {
  settings: { gcPercent: number | 'off'; memoryLimit: number | null; gomaxprocs: number };
  /** Heap-triggered cycles of the model plus the log's forced ones (runtime.GC() runs whatever the settings). */
  gcCycles: number;
  /** Largest heapLive (gctrace's H1) the model reached. */
  peakHeapBytes: number;
  gcCpuFraction: number;
  /** The model's cycles, for drawing beside the observed ones. */
  cycles: GcCycleRecord[];
}

export const REPLAY_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'The workload is a ring: the fitted steady live heap is filled first, then every allocation replaces the oldest object; a live heap that changes over time is replayed at its steady size.',
  'Objects are 8 KiB and pointer-free: the model’s scan work is the ring’s backing array (24 B a slot) and its default roots, whatever the log printed for stacks and globals.',
  'runtime.GC() cycles of the log are added to the count as they were; they do not reset the modelled pacing.',
  'Allocation after the last printed cycle is unknown: half a typical cycle is assumed.',
  'Heap figures of the log are whole MB rounded down; the fit uses the middle of each MB.',
  'The mark speed is fitted (a few replays) so that the modelled median mark lasts as long as the printed concurrent-mark wall time; it absorbs the real workers’ waits for a CPU, so it can be far from a real scan speed. The allocation speed is the heap growth between cycles over their timestamps.',
  'The non-heap memory under a memory limit is the model’s default (2.6 MiB, 0.3 MiB more for each P past the first, and an mspan for every 8 KiB of the peak heap), so a limit found in the log can be off by what the process really held outside the heap.',
  'Every cycle is alike: a real log’s odd cycle (a mark that waited 20 ms for its worker and overshot) is not replayed, so a peak set by one such cycle is missed (gogc50-p1: 29.5 MB for 38). The marked heap includes what was allocated during the mark, so at GOGC 400 the replay’s longer marks raise its goals (130 MB peak for 104).',
]);

export const REPLAY_OBJECT_SIZE = 8192;

const settingsOf = (fit: GctraceFit, s: ReplaySettings) => ({
  gcPercent: s.gcPercent ?? fit.gcPercent,
  memoryLimit: s.memoryLimit === undefined ? fit.memoryLimit : s.memoryLimit,
  gomaxprocs: s.gomaxprocs ?? fit.procs,
});

/** Runs the fitted workload under `settings` (default: the settings the fit found in the log). */
export function replay(fit: GctraceFit, settings: ReplaySettings = {}): ReplayResult {
  const s = settingsOf(fit, settings);
  const r: GcWorkloadResult = simulateGcWorkload({
    gcPercent: s.gcPercent === 'off' ? -1 : s.gcPercent,
    memoryLimit: s.memoryLimit ?? undefined,
    gomaxprocs: s.gomaxprocs,
    liveBytes: Math.max(REPLAY_OBJECT_SIZE, fit.liveBytes),
    allocBytesTotal: Math.max(fit.liveBytes, fit.allocBytesTotal),
    objectSize: REPLAY_OBJECT_SIZE,
    allocRate: fit.allocRate > 0 ? fit.allocRate : undefined,
    markRate: fit.markRate > 0 ? fit.markRate : undefined,
    maxCycles: 100_000,
  });
  return {
    settings: s,
    gcCycles: r.numGC + fit.forcedCycles,
    peakHeapBytes: r.peakHeapLive,
    gcCpuFraction: r.gcCpuFraction,
    cycles: r.cycles,
  };
}

export interface ReplayError {
  observed: { cycles: number; peakHeapBytes: number };
  predicted: { cycles: number; peakHeapBytes: number };
  /** (predicted - observed) / observed. */
  cyclesError: number;
  peakHeapError: number;
}

/** The replay under the observed settings against the log itself (peak heap: the printed MB's middle). */
export function replayError(fit: GctraceFit, observed: ReplayResult = replay(fit)): ReplayError {
  const obsPeak = fit.observedPeakHeap + 2 ** 19;
  return {
    observed: { cycles: fit.cycles, peakHeapBytes: obsPeak },
    predicted: { cycles: observed.gcCycles, peakHeapBytes: observed.peakHeapBytes },
    cyclesError: (observed.gcCycles - fit.cycles) / fit.cycles,
    peakHeapError: (observed.peakHeapBytes - obsPeak) / obsPeak,
  };
}
