// Mirrors go1.23.5 src/runtime/mgc.go (gcStart, gcMarkTermination ordering) driving the models of malloc.go, mcache.go, mgcpacer.go and sync/pool.go.

import { mheap, type MemStats } from './mheap';
import { forcePreemptNS, gcControllerState, type GcControllerConfig, type StartCycleOptions } from './pacer';
import { PoolRuntime } from './pool';
import type { GcCycleRecord } from './gctrace';

/**
 * A heap, its pacer and the sync.Pool registry, wired together as in the runtime.
 *
 * Protocol for an interpreter (virtual time `now` in ns), as mallocgc and the GC do it:
 *   if (ctl.gcBlackenEnabled) now += ctl.gcAssistAlloc(size, now);   // deductAssistCredit
 *   const r = heap.mallocgc(size, noscan, p);
 *   if (r.shouldhelpgc && ctl.shouldStartGC()) now = gcStart(rt, now, { heapScanWork: reachableBytes });
 *   while marking: ctl.advanceMark(now); once ctl.markDoneTime() >= 0:
 *     const rec = gcMarkTermination(rt, reachableBytesAtStart, now); now = rec.endTime;
 *     then heap.free(...) every object that was unreachable when the cycle started (sweep).
 *   runtime.GC(): gcStart(rt, now, { forced: true }), mark to completion, terminate, sweep.
 * A goroutine runs at ctl.mutatorUtilization() of its P's speed while marking.
 */
export interface GoRuntime {
  heap: mheap;
  gcController: gcControllerState;
  pools: PoolRuntime;
}

export function newGoRuntime(cfg: GcControllerConfig = {}): GoRuntime {
  const gcController = new gcControllerState(cfg);
  return { gcController, heap: new mheap(gcController.gomaxprocs, gcController), pools: new PoolRuntime(gcController.gomaxprocs) };
}

/** runtime.GOMAXPROCS(n) between cycles: controller, mcaches and the pools' P count. */
export function setGOMAXPROCS(rt: GoRuntime, n: number): void {
  if (rt.gcController.gcBlackenEnabled) throw new Error('GOMAXPROCS changes wait for the GC cycle to end');
  rt.heap.setGOMAXPROCS(n);
  rt.gcController.setGOMAXPROCS(n);
  rt.pools.gomaxprocs = n;
}

/**
 * gcStart at `now`: clearpools (poolCleanup), start the controller's cycle, allocate black.
 * Returns the time the world restarts (concurrent mark begins).
 */
export function gcStart(rt: GoRuntime, now: number, opts: StartCycleOptions = {}): number {
  rt.pools.poolCleanup();
  const tMark = rt.gcController.startCycle(now, opts);
  rt.heap.gcStart();
  return tMark;
}

/**
 * Mark termination at `now`: `reachableBytes` = bytes marked by tracing (reachable at the cycle
 * start); objects allocated black during the cycle are added from the heap's count. The caller
 * then frees (rt.heap.free) every object that was unreachable when the cycle started.
 */
export function gcMarkTermination(rt: GoRuntime, reachableBytes: number, now: number): GcCycleRecord {
  const marked = reachableBytes + rt.heap.bytesMarkedBlack;
  const rec = rt.gcController.endCycle(marked, now); // endCycle, resetLive, commit
  rt.heap.gcMarkTermination(); // forEachP(prepareForSweep): stale spans flushed, tiny blocks dropped
  return rec;
}

export interface GcWorkloadParams {
  gcPercent: number;
  /** GOMEMLIMIT bytes (default: none). */
  memoryLimit?: number;
  gomaxprocs?: number;
  /** Bytes kept live in the ring (ring length = floor(liveBytes / objectSize)). */
  liveBytes: number;
  /** Bytes requested in total, ring fill included. */
  allocBytesTotal: number;
  objectSize: number;
  /** Pointer-free objects (default true, like []byte). */
  noscan?: boolean;
  /** Mutator allocation speed, requested bytes per ns of mutator CPU (default 1). */
  allocRate?: number;
  markRate?: number;
  nonHeapMemory?: number;
  /** ns before an idle P's thread wakes to join a mark (StartCycleOptions.idleWakeNs; default 0). */
  idleWakeNs?: number;
  /** The GC CPU limiter (default on). */
  cpuLimiter?: boolean;
  /** Safety stop (default 1e6 cycles). */
  maxCycles?: number;
}

export interface GcWorkloadResult {
  cycles: GcCycleRecord[];
  numGC: number;
  /** Largest heapLive (what gctrace's H1 shows) and largest HeapAlloc seen. */
  peakHeapLive: number;
  peakHeapAlloc: number;
  gcCpuFraction: number;
  /** Virtual wall time of the run, ns. */
  elapsedNs: number;
  memStats: MemStats;
  /** Final goal and trigger. */
  heapGoal: number;
  trigger: number;
  /** The GC CPU limiter: the cycle it last turned on in (0: never) and the GC CPU it cut, ns. */
  limiterLastEnabledCycle: number;
  limiterOverflowNs: number;
}

/**
 * The GC lab workload on GOMAXPROCS Ps with one goroutine: `ring := make([][]T, n)` (pointerful,
 * 24 B a slot), then `ring[i%n] = make([]T, objectSize)` until allocBytesTotal bytes were requested.
 */
export function simulateGcWorkload(p: GcWorkloadParams): GcWorkloadResult {
  const objectSize = p.objectSize;
  if (!(Number.isInteger(objectSize) && objectSize > 0)) throw new RangeError(`bad objectSize ${objectSize}`);
  const noscan = p.noscan ?? true;
  const allocRate = p.allocRate ?? 1;
  const maxCycles = p.maxCycles ?? 1e6;
  const rt = newGoRuntime({
    gcPercent: p.gcPercent,
    memoryLimit: p.memoryLimit,
    gomaxprocs: p.gomaxprocs ?? 1,
    markRate: p.markRate,
    nonHeapMemory: p.nonHeapMemory,
    cpuLimiter: p.cpuLimiter,
  });
  const { heap, gcController: ctl } = rt;
  const n = Math.max(1, Math.floor(p.liveBytes / objectSize));
  const total = Math.floor(p.allocBytesTotal / objectSize);
  const cycles: GcCycleRecord[] = [];
  const tinyMode = noscan && objectSize < 16;
  let now = 0;
  let marking = false;
  let peakHeapLive = 0;
  let peakHeapAlloc = 0;

  // Slot bookkeeping: one object = one slot of `slotBytes`; tiny objects share 16-byte blocks
  // (class 2), which the uniform object size fills in allocation order.
  let slotClass = tinyMode ? 2 : 0;
  let slotBytes = tinyMode ? 16 : 0;
  let liveBytes = 0; // bytes of reachable slots (ring backbone included)
  let markBase = 0; // reachable bytes when the current cycle started
  let garbagePre = 0; // dead slots unmarked by the current (or next) cycle: freed at its termination
  let garbageDuring = 0; // slots dropped during mark: marked now, freed by the next cycle
  const ringBlock = tinyMode ? new Float64Array(n) : null;

  const tryStart = (shouldhelpgc: boolean) => {
    if (!shouldhelpgc || marking || cycles.length >= maxCycles || !ctl.shouldStartGC()) return;
    markBase = liveBytes;
    // Scan work: pointerful bytes only (the ring's backing array; every slot if the objects hold pointers).
    const scanWork = noscan ? backboneBytes : liveBytes;
    now = gcStart(rt, now, { heapScanWork: scanWork, mutatorPs: 1, fractionalDelayNs: ctl.gomaxprocs === 1 ? forcePreemptNS : 0, idleWakeNs: p.idleWakeNs });
    marking = true;
  };
  const sweep = () => {
    // Slots that were dead before this cycle started are unmarked: free them now.
    for (let k = 0; k < garbagePre; k++) heap.free(slotClass, slotBytes);
    garbagePre = garbageDuring;
    garbageDuring = 0;
  };
  const terminate = () => {
    cycles.push(gcMarkTermination(rt, markBase, now));
    now = cycles[cycles.length - 1].endTime;
    marking = false;
    sweep();
  };

  // The ring's backing array: live for the whole run.
  const backbone = heap.mallocgc(24 * n, false);
  const backboneBytes = backbone.objBytes;
  liveBytes += backbone.objBytes;
  tryStart(backbone.shouldhelpgc);

  const cost = objectSize / allocRate;
  for (let i = 0; i < total; i++) {
    if (marking) {
      now += ctl.gcAssistAlloc(objectSize, now);
      now += cost / ctl.mutatorUtilization(now);
    } else {
      now += cost;
    }
    const r = heap.mallocgc(objectSize, noscan);
    // mallocgc charges the assist for the slot's internal fragmentation afterwards.
    if (marking && r.objBytes > 0) ctl.gcAssistBytes -= r.objBytes - objectSize;
    if (!tinyMode) {
      if (slotBytes === 0) {
        slotBytes = r.objBytes;
        slotClass = r.sizeclass;
      }
      liveBytes += slotBytes;
    } else if (r.objBytes > 0) {
      liveBytes += 16; // a new tiny block
    }
    tryStart(r.shouldhelpgc);
    // ring[i%n] = new object: the old one (if any) becomes garbage. A tiny block dies with the
    // last of its objects, i.e. when the next object in allocation order lives in another block.
    const k = i % n;
    if (i >= n) {
      const dies = !tinyMode || (n > 1 ? ringBlock![(k + 1) % n] : r.tinyBlock) !== ringBlock![k];
      if (dies) {
        liveBytes -= slotBytes;
        if (marking) garbageDuring++;
        else garbagePre++;
      }
    }
    if (tinyMode) ringBlock![k] = r.tinyBlock;
    if (ctl.heapLive > peakHeapLive) peakHeapLive = ctl.heapLive;
    if (ctl.heapAlloc > peakHeapAlloc) peakHeapAlloc = ctl.heapAlloc;
    if (marking) {
      ctl.advanceMark(now);
      if (ctl.markDoneTime() >= 0) terminate();
    }
  }
  // A cycle still marking when the allocation ends is not counted: the program exits before its
  // mark termination, so gctrace never prints it and NumGC never counts it (the GC grid's real runs
  // agree: GOGC=off with a 22 MiB limit and 8 MiB live gave 6 cycles in 20 of 21 runs at GOMAXPROCS=1, 7 in one;
  // finishing the last cycle made 7).
  if (marking) ctl.advanceMark(now);
  return {
    cycles,
    numGC: cycles.length,
    peakHeapLive,
    peakHeapAlloc,
    gcCpuFraction: ctl.gcCpuFraction,
    elapsedNs: now,
    memStats: heap.readMemStats(false),
    heapGoal: ctl.heapGoal(),
    trigger: ctl.trigger(),
    limiterLastEnabledCycle: ctl.limiter?.lastEnabledCycle ?? 0,
    limiterOverflowNs: ctl.limiter?.overflow ?? 0,
  };
}

// The rate-stated workloads (the GC lab's phases) run on the same pacer, cycle by cycle.
export { simulateGcPhases, type GcPhase, type GcPhasesParams, type GcPhasesResult } from './gcphases';
