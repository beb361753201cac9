// What the worker sends back: the parsed log, the fit and the replays, trimmed to what the page draws
// (no ignored program output, which can be most of a big log). Pure, so tests call it directly.

import { analyzeGctrace, replay, type GctraceReport } from '@/lib/go/gctrace-import';
import type { GctraceCycle, GctraceLine } from '@/lib/go/gctrace-import';
import type { GctraceFit, ReplayError, ReplayResult, ReplaySettings } from '@/lib/go/gctrace-import';

/** Longest log accepted (characters): far past any real gctrace, short of a frozen tab. */
export const MAX_LOG_CHARS = 32 << 20;
/** Unparsed lines listed one by one; the rest are counted. */
export const MAX_UNPARSED_LISTED = 200;

export interface ReplayCurve {
  gcCycles: number;
  peakHeapBytes: number;
  gcCpuFraction: number;
  settings: ReplayResult['settings'];
  /** Per cycle: start time (s), heap at start, at end, marked (bytes). */
  cycles: { t: number; heapStart: number; heapEnd: number; heapMarked: number }[];
}

export interface GctraceAnalysis {
  cycles: GctraceCycle[];
  runtimeLines: number;
  ignoredLines: number;
  totalLines: number;
  unparsed: GctraceLine[];
  unparsedCount: number;
  fit: GctraceFit | null;
  observedReplay: ReplayError | null;
  observedCurve: ReplayCurve | null;
  whatif: ReplayCurve | null;
}

function curve(r: ReplayResult): ReplayCurve {
  return {
    gcCycles: r.gcCycles,
    peakHeapBytes: r.peakHeapBytes,
    gcCpuFraction: r.gcCpuFraction,
    settings: r.settings,
    cycles: r.cycles.map((c) => ({ t: c.startTime / 1e9, heapStart: c.heapStart, heapEnd: c.heapEnd, heapMarked: c.heapMarked })),
  };
}

export function analyzeForPage(text: string, whatif: ReplaySettings): GctraceAnalysis {
  if (text.length > MAX_LOG_CHARS) throw new Error(`the log is ${(text.length / 2 ** 20).toFixed(0)} MiB; at most ${MAX_LOG_CHARS / 2 ** 20} MiB are read`);
  const r: GctraceReport = analyzeGctrace(text, {});
  const observed = r.fit ? replay(r.fit) : null;
  const changed = whatif.gcPercent !== undefined || whatif.memoryLimit !== undefined || whatif.gomaxprocs !== undefined;
  return {
    cycles: r.parsed.cycles,
    runtimeLines: r.parsed.runtime.length,
    ignoredLines: r.parsed.ignored.length,
    totalLines: r.parsed.totalLines,
    unparsed: r.parsed.unparsed.slice(0, MAX_UNPARSED_LISTED),
    unparsedCount: r.parsed.unparsed.length,
    fit: r.fit,
    observedReplay: r.observedReplay,
    observedCurve: observed && curve(observed),
    whatif: r.fit && changed ? curve(replay(r.fit, whatif)) : null,
  };
}
