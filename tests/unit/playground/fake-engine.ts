// A tiny stand-in for the simulated runtimes, for tests only (the app always uses the real ones).
// Each line containing `alloc(N)` allocates N bytes at that line; `free` frees the oldest object;
// `gc` runs a GC cycle that frees everything; `forever` exhausts the step budget; a line with
// `syntax error` yields a diagnostic at the column of "error"; `print(x)` prints x.

import type { Diagnostic, RunOptions, RunResult, Site } from '@/lib/runtime/result';
import { Ev, TraceBuilder } from '@/lib/runtime/trace';
import type { Engine } from '@/lib/playground/worker-core';

export function fakeCheck(source: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  source.split('\n').forEach((l, i) => {
    const c = l.indexOf('syntax error');
    if (c >= 0) out.push({ line: i + 1, column: c + 8, endLine: i + 1, endColumn: c + 13, message: 'expected expression', severity: 'error' });
  });
  return out;
}

export function fakeRun(source: string, opts: RunOptions = {}): RunResult {
  const tb = new TraceBuilder(opts.eventBudget ?? 10_000);
  const diagnostics = fakeCheck(source);
  const sites = new Map<number, Site>();
  const live: { id: number; bytes: number }[] = [];
  let t = 0;
  let id = 0;
  let stdout = '';
  let gcN = 0;
  let heap = 0;
  let peak = 0;
  let allocs = 0;
  let bytes = 0;
  let budget: RunResult['budget'];
  if (diagnostics.length) {
    return { stdout: '', stderr: diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'), exitCode: 1, diagnostics, stats: stats(0, 0, 0, 0), gc: [], sites: [], trace: tb.finish() };
  }
  const lines = source.split('\n');
  for (let i = 0; i < lines.length && !budget; i++) {
    const line = i + 1;
    const l = lines[i];
    const m = /alloc\((\d+)\)/.exec(l);
    if (m) {
      const n = Number(m[1]);
      tb.push(Ev.Alloc, (t += 100), line, n, ++id, line);
      live.push({ id, bytes: n });
      heap += n;
      allocs++;
      bytes += n;
      peak = Math.max(peak, heap);
      const s = sites.get(line) ?? { line, kind: 'heap', count: 0, bytes: 0, reason: 'escapes to heap' };
      s.count++;
      s.bytes += n;
      sites.set(line, s);
    }
    if (/\bfree\b/.test(l) && live.length) {
      const o = live.shift()!;
      tb.push(Ev.Free, (t += 100), line, o.bytes, o.id);
      heap -= o.bytes;
    }
    if (/\bgc\b/.test(l)) {
      gcN++;
      const start = (t += 100);
      const heapStart = heap;
      tb.push(Ev.GcStart, start, line, 0, gcN);
      for (const o of live.splice(0)) tb.push(Ev.Free, (t += 10), line, o.bytes, o.id);
      heap = 0;
      tb.push(Ev.GcEnd, (t += 100), line, 0, gcN);
      tb.gc.push({ n: gcN, forced: true, startTime: start, endTime: t, heapStart, heapEnd: 0, heapMarked: 0, goal: 4 << 20, trigger: 0 });
    }
    const p = /print\((.*)\)/.exec(l);
    if (p) stdout += `${p[1]}\n`;
    if (/forever/.test(l)) budget = { kind: 'steps', message: `The program used its step budget (${opts.stepBudget ?? 0} steps) and was stopped.` };
  }
  const trace = tb.finish();
  return {
    stdout,
    stderr: '',
    exitCode: budget ? 3 : 0,
    diagnostics: [],
    stats: stats(allocs, bytes, peak, gcN),
    gc: trace.gc.map((g) => ({ n: g.n, heapStart: g.heapStart, heapEnd: g.heapEnd, heapMarked: g.heapMarked, goal: g.goal })),
    sites: [...sites.values()],
    trace,
    ...(budget ? { budget } : {}),
  };
}

function stats(heapAllocs: number, heapBytes: number, peakHeapBytes: number, gcCycles: number) {
  return { heapAllocs, heapBytes, frees: 0, peakHeapBytes, stackAllocs: 0, gcCycles, gcCpuFraction: 0 };
}

export const fakeEngine: Engine = { run: (_lang, src, opts) => fakeRun(src, opts), check: (_lang, src) => fakeCheck(src) };
