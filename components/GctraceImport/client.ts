'use client';
// One worker for the page, the newest request wins, and a time budget: a log that takes too long has
// its worker terminated (the tab stays responsive) and gets a message.
import type { ReplaySettings } from '@/lib/go/gctrace-import';
import type { GctraceAnalysis } from './analyze';
import type { AnalyzeRequest, AnalyzeResponse } from './gctrace.worker';

export const ANALYZE_BUDGET_MS = 15_000;

let worker: Worker | null = null;
let next = 1;
let pending: { id: number; resolve: (r: GctraceAnalysis) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> } | null = null;

function settle(fn: (p: NonNullable<typeof pending>) => void) {
  const p = pending;
  pending = null;
  if (!p) return;
  clearTimeout(p.timer);
  fn(p);
}

function get(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./gctrace.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<AnalyzeResponse>) => {
    if (!pending || e.data.id !== pending.id) return;
    const d = e.data;
    settle((p) => (d.ok ? p.resolve(d.result) : p.reject(new Error(d.message))));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    stop('the gctrace reader stopped unexpectedly');
  };
  return worker;
}

function stop(message: string) {
  worker?.terminate();
  worker = null;
  settle((p) => p.reject(new Error(message)));
}

/** Analyses `text`; a newer call supersedes an older one (whose promise then never settles). */
export function analyzeInWorker(text: string, whatif: ReplaySettings): Promise<GctraceAnalysis> {
  if (pending) {
    // The worker may be busy with the old log: start afresh rather than queue behind it.
    clearTimeout(pending.timer);
    pending = null;
    worker?.terminate();
    worker = null;
  }
  const id = next++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => stop(`reading the log took longer than ${ANALYZE_BUDGET_MS / 1000} s and was stopped`), ANALYZE_BUDGET_MS);
    pending = { id, resolve, reject, timer };
    get().postMessage({ id, text, whatif } satisfies AnalyzeRequest);
  });
}
