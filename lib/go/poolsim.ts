// Mirrors go1.23.5 src/sync/pool.go (pinSlow's allocations, poolCleanup at gcStart), src/sync/poolqueue.go
// (poolChain.pushHead's allocations) and src/runtime/iface.go (convTslice) over the heap and pacer of gcsim.ts.
// A request workload run with and without a sync.Pool: where each Get was served, what was allocated, GC cycles.

import { forcePreemptNS } from './pacer';
import { gcMarkTermination, gcStart, newGoRuntime } from './gcsim';
import { SyncPool, type PoolTier } from './pool';

/** sync.poolLocal: poolLocalInternal (32 B) padded to 128 bytes (one per P, make([]poolLocal, GOMAXPROCS)). */
export const sizeofPoolLocal = 128;
/** sync.poolChainElt: poolDequeue{headTail uint64; vals []eface} (32 B) + next, prev pointers. */
export const sizeofPoolChainElt = 48;
/** sync.eface: one slot of a poolDequeue's vals. */
export const sizeofEface = 16;
/** A slice header: what runtime.convTslice boxes on Put of a []byte, and what new([]byte) holds. */
export const sizeofSliceHeader = 24;
/** allPools = append(nil, p): one pointer. */
export const sizeofAllPoolsSlot = 8;

export type PutMode = 'pointer' | 'value';

export interface PoolWorkload {
  gomaxprocs: number;
  requests: number;
  /** Buffers each request Gets and Puts back. */
  perReq: number;
  /** Bytes per buffer (make([]byte, size)). */
  size: number;
  /** GOGC; negative = off. */
  gcPercent: number;
  /** runtime.GC() after every `forcedEvery` requests (0 = never). */
  forcedEvery: number;
  /** Put a *[]byte (no allocation) or the []byte itself (boxed by convTslice on every Put). */
  mode: PutMode;
}

/** How the lab groups tiers: the two victim tiers are one. */
export type TierGroup = 'private' | 'shared' | 'steal' | 'victim' | 'new';
export const TIER_GROUPS: readonly TierGroup[] = ['private', 'shared', 'steal', 'victim', 'new'];
export const tierGroup = (t: PoolTier): TierGroup => (t === 'victimPrivate' || t === 'victimShared' ? 'victim' : t === 'nil' ? 'new' : t);

export type TierCounts = Record<TierGroup, number>;
const zeroCounts = (): TierCounts => ({ private: 0, shared: 0, steal: 0, victim: 0, new: 0 });

/** The Gets between two GC starts (pool cleanups). */
export interface PoolInterval {
  /** GC cycles started before this interval. */
  gc: number;
  /** First and last request (1-based) with a Get in it. */
  from: number;
  to: number;
  tiers: TierCounts;
}

export interface PoolSample {
  request: number;
  totalAlloc: number;
  numGC: number;
  heapLive: number;
}

export interface PoolSimResult {
  withPool: boolean;
  /** runtime.MemStats deltas of the run. */
  mallocs: number;
  totalAlloc: number;
  numGC: number;
  /** Pool.New calls (0 without the pool). */
  news: number;
  tiers: TierCounts;
  /** convTslice boxes made by Put in value mode. */
  boxes: number;
  /** Allocations of the pool itself: per-P arrays, chain dequeues, allPools. */
  poolOverheadAllocs: number;
  intervals: PoolInterval[];
  samples: PoolSample[];
  peakHeapLive: number;
}

export const POOLSIM_LIMITS = { gomaxprocs: [1, 8], requests: [1, 200_000], perReq: [1, 64], size: [16, 1 << 20], gets: 1_000_000 } as const;

export function checkPoolWorkload(w: PoolWorkload): void {
  const int = (name: keyof typeof POOLSIM_LIMITS, v: number) => {
    const lim = POOLSIM_LIMITS[name] as readonly [number, number];
    if (!Number.isInteger(v) || v < lim[0] || v > lim[1]) throw new RangeError(`${name} must be a whole number from ${lim[0]} to ${lim[1]}`);
  };
  int('gomaxprocs', w.gomaxprocs);
  int('requests', w.requests);
  int('perReq', w.perReq);
  int('size', w.size);
  if (w.requests * w.perReq > POOLSIM_LIMITS.gets) throw new RangeError(`requests × objects per request must be at most ${POOLSIM_LIMITS.gets}`);
  if (!Number.isInteger(w.forcedEvery) || w.forcedEvery < 0) throw new RangeError('forcedEvery must be a whole number ≥ 0');
  if (w.gcPercent < 0 && w.forcedEvery === 0) return; // no GC at all: allowed
}

interface HeapObj {
  sc: number;
  bytes: number;
}
interface Item {
  buf: HeapObj;
  /** Pointer mode: the new([]byte) the pool holds. */
  hdr: HeapObj | null;
  /** Value mode: the convTslice box the pool holds (null once taken out). */
  box: HeapObj | null;
}

const SAMPLES = 200;

/**
 * One run of the workload: request r (1-based) runs on P (r-1) mod GOMAXPROCS, Gets `perReq`
 * buffers (or makes them without the pool), writes them, and Puts them back in the same order.
 * Mutator speed 1 byte/ns, as gcsim.ts. A runtime.GC() before the run, as the calibration does.
 */
export function simulatePoolWorkload(w: PoolWorkload, withPool: boolean): PoolSimResult {
  checkPoolWorkload(w);
  const rt = newGoRuntime({ gcPercent: w.gcPercent, gomaxprocs: w.gomaxprocs });
  const { heap, gcController: ctl } = rt;
  let now = 0;
  let marking = false;
  let live = 0;
  let liveScan = 0;
  let markBase = 0;
  let deadPre: HeapObj[] = []; // unreachable before the next cycle starts: freed at its termination
  let deadDuring: HeapObj[] = []; // dropped while marking: marked, freed by the cycle after
  let mallocs = 0;
  let totalAlloc = 0;
  let numGC = 0;
  let peakHeapLive = 0;
  let pid = 0;

  let news = 0;
  let boxes = 0;
  let overhead = 0;
  const tiers = zeroCounts();
  const intervals: PoolInterval[] = [];
  let cur: PoolInterval | null = null;
  let request = 0;

  const pool = new SyncPool<Item>(rt.pools);
  let genNow: HeapObj[] = []; // pinSlow/pushHead allocations of the primary cache
  let genVictim: HeapObj[] = []; // ... of the victim cache

  const die = (o: HeapObj | null) => {
    if (o === null) return;
    live -= o.bytes;
    (marking ? deadDuring : deadPre).push(o);
  };
  const sweep = () => {
    for (const o of deadPre) heap.free(o.sc, o.bytes);
    deadPre = deadDuring;
    deadDuring = [];
  };
  const terminate = () => {
    const rec = gcMarkTermination(rt, markBase, now);
    now = rec.endTime;
    marking = false;
    sweep();
  };
  const startCycle = (forced: boolean) => {
    if (withPool) {
      // poolCleanup drops the victim cache: its objects and the pool's own arrays become garbage before marking.
      const snap = pool.snapshot();
      for (const l of snap.victim) {
        if (l.private) dropItem(l.private);
        for (const it of l.shared) dropItem(it);
      }
      for (const o of genVictim) die(o);
      genVictim = genNow;
      genNow = [];
    }
    markBase = live;
    const opts = forced
      ? { forced: true, heapScanWork: liveScan }
      : { heapScanWork: liveScan, mutatorPs: 1, fractionalDelayNs: w.gomaxprocs === 1 ? forcePreemptNS : 0 };
    now = gcStart(rt, now, opts);
    marking = true;
    numGC++;
    cur = null;
  };
  const finishMark = () => {
    now += Math.ceil(ctl.markWorkRemaining() / ctl.markRate) + 1;
    ctl.advanceMark(now);
    terminate();
  };
  const alloc = (size: number, noscan: boolean): HeapObj => {
    if (marking) {
      now += ctl.gcAssistAlloc(size, now);
      now += size / ctl.mutatorUtilization(now);
    } else now += size;
    const r = heap.mallocgc(size, noscan, pid);
    if (marking && r.objBytes > 0) ctl.gcAssistBytes -= r.objBytes - size;
    const o: HeapObj = { sc: r.sizeclass, bytes: r.objBytes };
    mallocs++;
    totalAlloc += r.objBytes;
    live += r.objBytes;
    if (!noscan) liveScan += r.objBytes;
    if (r.shouldhelpgc && !marking && ctl.shouldStartGC()) startCycle(false);
    if (ctl.heapLive > peakHeapLive) peakHeapLive = ctl.heapLive;
    if (marking) {
      ctl.advanceMark(now);
      if (ctl.markDoneTime() >= 0) terminate();
    }
    return o;
  };
  const dieScan = (o: HeapObj | null) => {
    if (o !== null) liveScan -= o.bytes;
    die(o);
  };
  function dropItem(it: Item) {
    die(it.buf);
    dieScan(it.hdr);
    dieScan(it.box);
  }
  const runtimeGC = () => {
    if (marking) finishMark(); // gcWaitOnMark: the cycle under way finishes first
    startCycle(true);
    finishMark();
  };

  /** pin → pinSlow when this P has no poolLocal yet: allPools append, make([]poolLocal, GOMAXPROCS). */
  const pin = () => {
    if (pid < pool.localSize) return;
    if (pool.local === null) genNow.push(alloc(sizeofAllPoolsSlot, false));
    genNow.push(alloc(sizeofPoolLocal * w.gomaxprocs, false));
    overhead += pool.local === null ? 2 : 1;
    pool.pinSlow(pid);
  };
  const newItem = (): Item => {
    news++;
    const buf = alloc(w.size, true);
    const ptr = alloc(sizeofSliceHeader, false); // &b (pointer mode) or convTslice (value mode)
    return w.mode === 'pointer' ? { buf, hdr: ptr, box: null } : { buf, hdr: null, box: ptr };
  };
  const get = (): Item => {
    pin();
    const g = pool.Get(pid);
    const it = g.tier === 'new' || g.tier === 'nil' ? newItem() : g.x!;
    const t = tierGroup(g.tier);
    tiers[t]++;
    if (cur === null) {
      cur = { gc: numGC, from: request, to: request, tiers: zeroCounts() };
      intervals.push(cur);
    }
    cur.to = request;
    cur.tiers[t]++;
    // .([]byte) copies the slice header out of its box: the box is garbage now.
    if (it.box !== null) {
      dieScan(it.box);
      it.box = null;
    }
    return it;
  };
  const put = (it: Item) => {
    if (w.mode === 'value') {
      it.box = alloc(sizeofSliceHeader, false);
      boxes++;
    }
    pin();
    const chain = pool.local![pid].shared;
    const head = chain.head;
    pool.Put(it, pid);
    if (chain.head !== head) {
      // pushHead made a new poolChainElt and its vals array.
      genNow.push(alloc(sizeofPoolChainElt, false), alloc(sizeofEface * chain.head!.d.vals.length, false));
      overhead += 2;
    }
  };

  // The calibration's warm-up runtime.GC(): its cycle is not counted.
  runtimeGC();
  numGC = 0;
  mallocs = 0;
  totalAlloc = 0;

  const every = Math.max(1, Math.floor(w.requests / SAMPLES));
  const samples: PoolSample[] = [{ request: 0, totalAlloc: 0, numGC: 0, heapLive: ctl.heapLive }];
  const held: Item[] = [];
  const heldBufs: HeapObj[] = [];
  for (request = 1; request <= w.requests; request++) {
    pid = (request - 1) % w.gomaxprocs;
    if (withPool) {
      for (let j = 0; j < w.perReq; j++) held.push(get());
      for (const it of held) put(it);
      held.length = 0;
    } else {
      for (let j = 0; j < w.perReq; j++) heldBufs.push(alloc(w.size, true));
      for (const b of heldBufs) die(b);
      heldBufs.length = 0;
    }
    if (w.forcedEvery > 0 && request % w.forcedEvery === 0) runtimeGC();
    if (request % every === 0 || request === w.requests) samples.push({ request, totalAlloc, numGC, heapLive: ctl.heapLive });
  }
  return { withPool, mallocs, totalAlloc, numGC, news, tiers, boxes, poolOverheadAllocs: overhead, intervals, samples, peakHeapLive };
}

export interface PoolComparison {
  pool: PoolSimResult;
  none: PoolSimResult;
}

export function comparePoolWorkload(w: PoolWorkload): PoolComparison {
  return { pool: simulatePoolWorkload(w, true), none: simulatePoolWorkload(w, false) };
}

export const POOLSIM_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Requests run one after another; request r runs on P (r−1) mod GOMAXPROCS. A real goroutine moves between Ps and several run at once, so with GOMAXPROCS above 1 real counts vary from run to run; the calibration is GOMAXPROCS 1.',
  'A pool dequeue dropped from its chain by popTail stays counted as live until its cache is dropped at the second GC.',
  'The real runtime now and then makes one 16-byte allocation of its own during a run; it is not modelled.',
  'The mutator allocates at 1 byte per ns and does nothing else; pacer-triggered cycles follow the pacer model (gcsim.ts), not a real clock.',
]);
