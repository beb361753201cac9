// What the run worker does with a request, given an engine. The worker file binds the real engine;
// tests pass a fake one. Pure apart from timing.

import type { Diagnostic, RunOptions, RunResult } from '@/lib/runtime/result';
import { gcEventIndexes, heapSeries, liveHeap } from './heap';
import { lineNotes } from './lines';
import { LINK_A_ID, LINK_B_ID, OUTPUT_CAP, type LinkRequest, type ProfileFile, type RunView, type WorkerRequest, type WorkerResponse } from './protocol';
import { decodeShare } from './share';
import { exportDhat } from '@/lib/profile/export-dhat';
import { exportPprof } from '@/lib/profile/export-pprof';
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
    if (req.type === 'profile') {
      const file = profileFile(req.lang, engine.run(req.lang, req.source, { ...toRunOptions(req.settings), stacks: true }));
      return { res: { id: req.id, type: 'profile', file }, transfer: [file.bytes.buffer as ArrayBuffer] };
    }
    if (req.type === 'heapMap') {
      if (req.lang !== 'go') throw new Error('a memory map needs Go’s size-class spans; Rust’s allocator is not modelled page by page');
      const map = engine.run(req.lang, req.source, { ...toRunOptions(req.settings), heapMap: true }).heapMap;
      if (!map) throw new Error('the run ended before its heap could be mapped');
      return { res: { id: req.id, type: 'heapMap', map }, transfer: [] };
    }
    const t0 = now();
    const result = engine.run(req.lang, req.source, toRunOptions(req.settings));
    const view = buildView(result, now() - t0);
    return { res: { id: req.id, type: 'run', view }, transfer: transferables(view) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { res: { id: req.id, type: 'error', message }, transfer: [] };
  }
}

/** The run's profile file: Go's pprof heap profile (gzipped proto), Rust's DHAT JSON. */
export function profileFile(lang: Lang, result: RunResult): ProfileFile {
  const allocs = result.stats.heapAllocs;
  const ap = result.allocProfile;
  if (!ap) throw new Error('the run recorded no call stacks');
  if (lang === 'go') return { name: 'heap.pb.gz', mime: 'application/gzip', bytes: exportPprof(ap), allocs };
  return { name: 'dhat-heap.json', mime: 'application/json', bytes: new TextEncoder().encode(exportDhat(ap)), allocs };
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest | LinkRequest>) => void) | null;
  postMessage(m: unknown, t?: Transferable[]): void;
}

/** The link's programs as run requests (A, then B), or none when the link is not this worker's to run. */
export async function linkRuns(hash: string, lang: Lang): Promise<WorkerRequest[]> {
  const r = await decodeShare(hash);
  if (!r.ok || r.payload.a.lang !== lang) return [];
  const { a, b } = r.payload;
  const runs: WorkerRequest[] = [{ id: LINK_A_ID, type: 'run', lang, source: a.code, settings: a.settings }];
  if (b) runs.push({ id: LINK_B_ID, type: 'run', lang, source: b.code, settings: b.settings });
  return runs;
}

/** Binds a language's engine to the worker's messages, then says it is ready. */
export function serveEngine(scope: WorkerScope, lang: Lang, engine: Engine): void {
  const answer = (req: WorkerRequest) => {
    const { res, transfer } = handleRequest(req, engine);
    scope.postMessage(res, transfer);
  };
  // Requests wait behind a link being read, so answers keep the order of the requests.
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (e) => {
    const req = e.data;
    queue = queue.then(async () => {
      if (req.type === 'link') for (const run of await linkRuns(req.hash, lang)) answer(run);
      else answer(req);
    });
  };
  scope.postMessage({ id: 0, type: 'ready' } satisfies WorkerResponse);
}
