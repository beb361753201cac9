// Runs a request stream through goroutines on goworld.ts (proc.go's scheduler, chan.go's channels, sema.go's
// WaitGroup of go1.23.5): a bounded pool of N workers fed by a buffered channel of capacity C beside a goroutine
// per request. Reports goroutines alive, queue length and live heap over scheduler steps.

import { goWorld, type GoFn, type Op } from './goworld';
import { mallocBlockSize } from './msize';
import { sizeofG, type g } from './proc';
import { WaitGroup } from './sema';
import type { hchan } from './chan';

/** runtime/stack.go fixedStack on linux: a new goroutine's first stack (Go 1.19+ may start larger, from the average scanned stack). */
export const startingStackSize = 2048;

export type WorkerPoolKind = 'bounded' | 'unbounded';

export interface WorkerPoolWorkload {
  requests: number;
  /** Buffers a request holds while it is handled. */
  perReq: number;
  size: number;
  /** Bounded pool: N worker goroutines and the channel's capacity C. */
  workers: number;
  capacity: number;
  /** A handler's work: this many runtime.Gosched() calls while it holds its buffers. */
  work: number;
  /** The producer's runtime.Gosched() calls between two requests (0: as fast as it can). */
  gap: number;
}

export interface WorkerPoolSample {
  step: number;
  goroutines: number;
  queue: number;
  /** Request buffers held plus g structs allocated (g structs are never freed). */
  liveHeap: number;
}

export interface WorkerPoolResult {
  kind: WorkerPoolKind;
  samples: WorkerPoolSample[];
  peakGoroutines: number;
  peakQueue: number;
  peakLiveHeap: number;
  /** Goroutine stacks at their starting size at the peak: not heap (MemStats.StackInuse). */
  peakStackBytes: number;
  steps: number;
  /** Most requests being handled at once (holding their buffers). */
  peakHandling: number;
  /** Runtime allocations (g, allgs, sudog, hchan, buffer) and the request buffers. */
  mallocs: number;
  totalAlloc: number;
}

export const WORKERPOOL_LIMITS = { requests: [1, 5000], workers: [1, 256], capacity: [0, 1024], work: [0, 50], gap: [0, 50], steps: 2_000_000 } as const;

const MAX_SAMPLES = 400;
const intElem = { size: 8, hasPointers: false };

class sampledWorld extends goWorld {
  heldBytes = 0;
  handling = 0;
  peakHandling = 0;
  ch: hchan | null = null;
  readonly raw: WorkerPoolSample[] = [];
  protected override enter(gp: g): void {
    void gp;
    let alive = 0;
    for (const x of this.sched.allgs) if (!x.system && x.status !== 'dead') alive++;
    const gBytes = this.sched.allgs.length * mallocBlockSize(sizeofG, false);
    this.raw.push({ step: this.steps, goroutines: alive, queue: this.ch?.qcount ?? 0, liveHeap: this.heldBytes + gBytes });
  }
}

/** Keeps at most MAX_SAMPLES points, each the largest values of its bucket (peaks survive). */
function downsample(raw: WorkerPoolSample[]): WorkerPoolSample[] {
  if (raw.length <= MAX_SAMPLES) return raw;
  const out: WorkerPoolSample[] = [];
  for (let b = 0; b < MAX_SAMPLES; b++) {
    const lo = Math.floor((b * raw.length) / MAX_SAMPLES);
    const hi = Math.floor(((b + 1) * raw.length) / MAX_SAMPLES);
    const s = { ...raw[lo] };
    for (let i = lo + 1; i < hi; i++) {
      s.goroutines = Math.max(s.goroutines, raw[i].goroutines);
      s.queue = Math.max(s.queue, raw[i].queue);
      s.liveHeap = Math.max(s.liveHeap, raw[i].liveHeap);
    }
    out.push(s);
  }
  return out;
}

export function checkWorkerPool(w: WorkerPoolWorkload, kind: WorkerPoolKind): void {
  const keys = kind === 'bounded' ? (['requests', 'workers', 'capacity', 'work', 'gap'] as const) : (['requests', 'work', 'gap'] as const);
  for (const k of keys) {
    const [lo, hi] = WORKERPOOL_LIMITS[k];
    if (!Number.isInteger(w[k]) || w[k] < lo || w[k] > hi) throw new RangeError(`${k} must be a whole number from ${lo} to ${hi}`);
  }
}

/** GOMAXPROCS 1: the order the runtime's one P runs goroutines in (runnext, local queue, global queue). */
export function simulateWorkerPool(w: WorkerPoolWorkload, kind: WorkerPoolKind): WorkerPoolResult {
  checkWorkerPool(w, kind);
  if (!(Number.isInteger(w.perReq) && w.perReq >= 1 && w.perReq <= 64 && Number.isInteger(w.size) && w.size >= 16 && w.size <= 1 << 20)) {
    throw new RangeError('perReq must be 1 to 64 and size 16 to 1 MiB');
  }
  const world = new sampledWorld({ gomaxprocs: 1 });
  const bufBytes = w.perReq * mallocBlockSize(w.size, true);
  let bufMallocs = 0;
  const wg = new WaitGroup();

  function* handle(): Generator<Op, void, unknown> {
    world.heldBytes += bufBytes;
    bufMallocs += w.perReq;
    world.peakHandling = Math.max(world.peakHandling, ++world.handling);
    for (let i = 0; i < w.work; i++) yield { op: 'gosched' };
    world.heldBytes -= bufBytes;
    world.handling--;
  }
  const worker: GoFn = function* (ch: hchan) {
    for (;;) {
      const r = (yield { op: 'recv', c: ch }) as { ok: boolean };
      if (!r.ok) break;
      yield* handle();
    }
    yield { op: 'wgDone', wg };
  };
  const perRequest: GoFn = function* () {
    yield* handle();
    yield { op: 'wgDone', wg };
  };
  const main: GoFn = function* () {
    if (kind === 'bounded') {
      const ch = (yield { op: 'make', elem: intElem, size: w.capacity }) as hchan;
      world.ch = ch;
      yield { op: 'wgAdd', wg, n: w.workers };
      for (let i = 0; i < w.workers; i++) yield { op: 'go', fn: worker, args: [ch] };
      for (let r = 0; r < w.requests; r++) {
        yield { op: 'send', c: ch, v: r };
        for (let i = 0; i < w.gap; i++) yield { op: 'gosched' };
      }
      yield { op: 'close', c: ch };
    } else {
      for (let r = 0; r < w.requests; r++) {
        yield { op: 'wgAdd', wg, n: 1 };
        yield { op: 'go', fn: perRequest };
        for (let i = 0; i < w.gap; i++) yield { op: 'gosched' };
      }
    }
    yield { op: 'wgWait', wg };
  };
  const res = world.run(main, WORKERPOOL_LIMITS.steps);
  if (res.fatal || res.panic) throw new Error((res.fatal ?? res.panic)!.join('\n'));
  const raw = world.raw;
  const peak = (f: (s: WorkerPoolSample) => number) => raw.reduce((m, s) => Math.max(m, f(s)), 0);
  const peakGoroutines = peak((s) => s.goroutines);
  return {
    kind,
    samples: downsample(raw),
    peakGoroutines,
    peakQueue: peak((s) => s.queue),
    peakLiveHeap: peak((s) => s.liveHeap),
    peakStackBytes: peakGoroutines * startingStackSize,
    peakHandling: world.peakHandling,
    steps: res.steps,
    mallocs: world.mallocs + bufMallocs,
    totalAlloc: world.totalAlloc + bufMallocs * mallocBlockSize(w.size, true),
  };
}

export const WORKERPOOL_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'One P (GOMAXPROCS 1); time is scheduler steps, and a handler’s work is runtime.Gosched() calls while it holds its buffers.',
  'Goroutine stacks are counted at their 2 KiB starting size; they are not heap (MemStats.StackInuse), and Go 1.19+ may start them larger from the average stack it scanned.',
  'g structs stay in allgs for ever (the runtime reuses dead ones, never frees them); they are counted as live heap.',
]);
