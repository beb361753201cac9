// A workload stated as rates (the GC lab's phases), run cycle by cycle on the pacer of
// lib/go/pacer.ts (mgcpacer.go, mgcmark.go assists, mgclimit.go): no objects, only byte counts, so
// 10 000 cycles take a few milliseconds. The object-level twin is gcsim.ts simulateGcWorkload.

import { forcePreemptNS, gcControllerState, type GcControllerConfig } from './pacer';
import type { GcCycleRecord } from './gctrace';

export interface GcPhase {
  /** Wall time of the phase, ns (Infinity: until allocBytes are allocated). */
  durationNs: number;
  /** Or: the phase ends once it allocated this many bytes. */
  allocBytes?: number;
  /** Bytes allocated per ns of mutator CPU. */
  allocRate: number;
  /** Share of newly allocated bytes that survive (join the old data). Default 0. */
  survivingFraction?: number;
  /** Share of the old data that dies per second. Default 0. */
  deathRate?: number;
  /** Pointerful share of the live heap: scan work per live byte. Default 1. */
  scanFraction?: number;
  /** Non-heap memory counted against GOMEMLIMIT during the phase (default: the config's). */
  nonHeapBytes?: number;
}

export interface GcPhasesParams extends GcControllerConfig {
  phases: GcPhase[];
  /** Live bytes when the run starts (default 0). */
  initialLiveBytes?: number;
  /** Goroutines running at once (Ps the mutator uses; default 1). */
  mutatorPs?: number;
  /**
   * Mutator bytes per step while marking (assists are paid per step): default a quarter of the
   * runway left at the cycle start, at least gcOverAssistWork's 64 KiB.
   */
  markStepBytes?: number;
  /** Safety stop (default 1e6 cycles). */
  maxCycles?: number;
}

export interface GcPhasesResult {
  cycles: GcCycleRecord[];
  numGC: number;
  /** Largest heapLive reached (gctrace's H1 peak), and largest heapLive + non-heap memory. */
  peakHeapLive: number;
  peakMemory: number;
  gcCpuFraction: number;
  elapsedNs: number;
  limiterLastEnabledCycle: number;
}

/** Runs `p.phases` one after another; a cycle running when the last phase ends is finished. */
export function simulateGcPhases(p: GcPhasesParams): GcPhasesResult {
  const ctl = new gcControllerState(p);
  const mutatorPs = Math.max(1, Math.min(p.mutatorPs ?? 1, ctl.gomaxprocs));
  let stepBytes = p.markStepBytes ?? 64 << 10;
  const maxCycles = p.maxCycles ?? 1e6;
  const fractionalDelayNs = ctl.gomaxprocs === 1 ? forcePreemptNS : 0;
  const cycles: GcCycleRecord[] = [];
  let live = p.initialLiveBytes ?? 0;
  ctl.heapLive = live;
  ctl.totalAlloc = live;
  let now = 0;
  let peakHeapLive = live;
  let peakMemory = live + ctl.nonHeapMemory;
  let marking = false;
  let markBase = 0;
  let black = 0;

  const allocate = (bytes: number, survive: number, scan: number) => {
    ctl.update(bytes, bytes * scan);
    ctl.totalAlloc += bytes;
    live += bytes * survive;
    if (marking) black += bytes;
    if (ctl.heapLive > peakHeapLive) peakHeapLive = ctl.heapLive;
    const mem = ctl.heapLive + ctl.nonHeapMemory;
    if (mem > peakMemory) peakMemory = mem;
  };
  const age = (dt: number, deathRate: number) => {
    if (deathRate > 0) live *= Math.exp((-deathRate * dt) / 1e9);
  };
  const terminate = (at: number) => {
    const heapAlloc = ctl.heapAlloc;
    const rec = ctl.endCycle(Math.round(Math.min(markBase + black, heapAlloc)), at);
    // Sweep: everything not marked is freed (HeapAlloc falls to the marked bytes).
    ctl.totalFree += Math.max(0, heapAlloc - rec.heapMarked);
    cycles.push(rec);
    now = Math.max(now, rec.endTime);
    marking = false;
  };

  for (const ph of p.phases) {
    const tEnd = now + ph.durationNs;
    let bytesLeft = ph.allocBytes ?? Infinity;
    const rate = ph.allocRate * mutatorPs;
    const survive = ph.survivingFraction ?? 0;
    const death = ph.deathRate ?? 0;
    const scan = ph.scanFraction ?? 1;
    if (ph.nonHeapBytes !== undefined) ctl.nonHeapMemory = ph.nonHeapBytes;
    if (!(rate > 0)) {
      if (Number.isFinite(tEnd)) {
        if (marking) terminate(now);
        age(tEnd - now, death);
        now = Math.max(now, tEnd);
      }
      continue;
    }
    while (now < tEnd && bytesLeft > 0) {
      if (!marking) {
        const gap = Math.max(0, ctl.trigger() - ctl.heapLive);
        const room = Math.min((tEnd - now) * rate, bytesLeft);
        if (gap >= room || cycles.length >= maxCycles) {
          allocate(room, survive, scan);
          bytesLeft -= room;
          age(room / rate, death);
          now += room / rate;
          break;
        }
        allocate(gap, survive, scan);
        bytesLeft -= gap;
        age(gap / rate, death);
        now += gap / rate;
        markBase = Math.min(live, ctl.heapLive);
        black = 0;
        now = ctl.startCycle(now, { heapScanWork: markBase * scan, mutatorPs, fractionalDelayNs });
        if (p.markStepBytes === undefined) stepBytes = Math.max(64 << 10, (ctl.heapGoal() - ctl.heapLive) / 4);
        marking = true;
        continue;
      }
      // Marking: the mutator allocates in steps, paying assists; the workers run beside it.
      const step = Math.min(stepBytes, bytesLeft);
      now += ctl.gcAssistAlloc(step, now);
      if (ctl.markDoneTime() >= 0) {
        terminate(now);
        continue;
      }
      const dt = step / (rate * ctl.mutatorUtilization(now));
      allocate(step, survive, scan);
      bytesLeft -= step;
      age(dt, death);
      now += dt;
      ctl.advanceMark(now);
      if (ctl.markDoneTime() >= 0) terminate(now);
    }
  }
  if (marking) {
    now += Math.ceil(ctl.markWorkRemaining() / ctl.markRate) + 1;
    ctl.advanceMark(now);
    terminate(now);
  }
  return {
    cycles,
    numGC: cycles.length,
    peakHeapLive,
    peakMemory,
    gcCpuFraction: ctl.gcCpuFraction,
    elapsedNs: now,
    limiterLastEnabledCycle: ctl.limiter?.lastEnabledCycle ?? 0,
  };
}
