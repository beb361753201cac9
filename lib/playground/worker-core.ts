// What the run worker does with a request, given an engine. The worker file binds the real engine;
// tests pass a fake one. Pure apart from timing.

import type { Diagnostic, RunOptions, RunResult } from '@/lib/runtime/result';
import { gcEventIndexes, heapSeries, liveHeap } from './heap';
import { lineNotes } from './lines';
import { OUTPUT_CAP, type RunView, type WorkerRequest, type WorkerResponse } from './protocol';
import { toRunOptions, type Lang } from './settings';

export interface Engine {
  run(lang: Lang, source: string, opts: RunOptions): RunResult;
  check(lang: Lang, source: string): Diagnostic[];
}

function clip(s: string): [string, boolean] {
  return s.length > OUTPUT_CAP ? [`${s.slice(0, OUTPUT_CAP)}\n… (output cut at ${OUTPUT_CAP / 1024} kB)`, true] : [s, false];
}

export function buildView(result: RunResult, ms: number): RunView {
  const [stdout, c1] = clip(result.stdout);
  const [stderr, c2] = clip(result.stderr);
  const r = { ...result, stdout, stderr };
  const live = liveHeap(r.trace);
  return { result: r, live, heap: heapSeries(r.trace, live), gcIndex: gcEventIndexes(r.trace), lines: lineNotes(r.sites), ms, clipped: c1 || c2 };
}

/** Buffers to hand over rather than copy. */
export function transferables(v: RunView): ArrayBuffer[] {
  const t = v.result.trace;
  const arrays = [t.kind, t.time, t.line, t.a, t.b, t.c, v.live, v.heap.x, v.heap.max, v.heap.end, v.heap.lastEvent, v.gcIndex];
  const seen = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) seen.add(a.buffer);
  return [...seen];
}

export function handleRequest(req: WorkerRequest, engine: Engine, now: () => number = () => performance.now()): { res: WorkerResponse; transfer: ArrayBuffer[] } {
  try {
    if (req.type === 'check') return { res: { id: req.id, type: 'check', diagnostics: engine.check(req.lang, req.source) }, transfer: [] };
    const t0 = now();
    const result = engine.run(req.lang, req.source, toRunOptions(req.settings));
    const view = buildView(result, now() - t0);
    return { res: { id: req.id, type: 'run', view }, transfer: transferables(view) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { res: { id: req.id, type: 'error', message }, transfer: [] };
  }
}
