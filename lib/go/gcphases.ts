// A workload stated as rates (the GC lab's phases), run cycle by cycle on the pacer of
// lib/go/pacer.ts (mgcpacer.go, mgcmark.go assists, mgclimit.go): no objects, only byte counts, so
// 10 000 cycles take a few milliseconds. The object-level twin is gcsim.ts simulateGcWorkload.

import { forcePreemptNS, gcControllerState, maxInt64, type GcControllerConfig, type StartCycleOptions } from './pacer';
import { Col, CycleLog } from './cyclelog';
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
  /** The cycles as rows (compact; log.get(i) builds one record). */
  log: CycleLog;
  /** Every cycle as a record, built on first read. */
  readonly cycles: GcCycleRecord[];
  numGC: number;
  /** Largest heapLive reached (gctrace's H1 peak), and largest heapLive + non-heap memory. */
  peakHeapLive: number;
  peakMemory: number;
  gcCpuFraction: number;
  elapsedNs: number;
  limiterLastEnabledCycle: number;
  /** Where each phase ended: time, heapLive and whether a cycle was marking (for drawing). */
  phaseEnds: { t: number; heapLive: number; marking: boolean }[];
}

/** Runs `p.phases` one after another; a cycle running when the last phase ends is finished. */
export function simulateGcPhases(p: GcPhasesParams): GcPhasesResult {
  return new PhaseRun(p).run(p);
}

/** The run's state as fields (not closure variables): numbers stay unboxed in V8. */
class PhaseRun {
  readonly ctl: gcControllerState;
  readonly log = new CycleLog();
  readonly mutatorPs: number;
  readonly maxCycles: number;
  readonly fractionalDelayNs: number;
  stepBytes: number;
  live: number;
  now = 0;
  peakHeapLive: number;
  peakMemory: number;
  marking = false;
  readonly phaseEnds: { t: number; heapLive: number; marking: boolean }[] = [];
  markBase = 0;
  black = 0;
  /** The last cycle's nextTrigger (-1: none yet, or a phase changed what the trigger reads). */
  nextTrigger = -1;
  /** startCycle's options, one object for the run. */
  readonly startOpts: StartCycleOptions;

  constructor(p: GcPhasesParams) {
    const ctl = (this.ctl = new gcControllerState(p));
    this.mutatorPs = Math.max(1, Math.min(p.mutatorPs ?? 1, ctl.gomaxprocs));
    this.stepBytes = p.markStepBytes ?? 64 << 10;
    this.maxCycles = p.maxCycles ?? 1e6;
    this.fractionalDelayNs = ctl.gomaxprocs === 1 ? forcePreemptNS : 0;
    this.startOpts = { heapScanWork: 0, mutatorPs: this.mutatorPs, fractionalDelayNs: this.fractionalDelayNs, trigger: undefined };
    this.live = p.initialLiveBytes ?? 0;
    ctl.heapLive = this.live;
    ctl.totalAlloc = this.live;
    this.peakHeapLive = this.live;
    this.peakMemory = this.live + ctl.nonHeapMemory;
  }

  allocate(bytes: number, survive: number, scan: number): void {
    const ctl = this.ctl;
    ctl.update(bytes, bytes * scan);
    ctl.totalAlloc += bytes;
    this.live += bytes * survive;
    if (this.marking) this.black += bytes;
    if (ctl.heapLive > this.peakHeapLive) this.peakHeapLive = ctl.heapLive;
    const mem = ctl.heapLive + ctl.nonHeapMemory;
    if (mem > this.peakMemory) this.peakMemory = mem;
  }

  age(dt: number, deathRate: number): void {
    if (deathRate > 0) this.live *= Math.exp((-deathRate * dt) / 1e9);
  }

  terminate(at: number): void {
    const ctl = this.ctl;
    const heapAlloc = ctl.heapAlloc;
    const marked = Math.round(Math.min(this.markBase + this.black, heapAlloc));
    const i = ctl.finishCycle(marked, at, this.log);
    this.nextTrigger = this.log.at(i, Col.nextTrigger);
    // Sweep: everything not marked is freed (HeapAlloc falls to the marked bytes).
    ctl.totalFree += Math.max(0, heapAlloc - marked);
    this.now = Math.max(this.now, this.log.at(i, Col.endTime));
    this.marking = false;
  }

  run(p: GcPhasesParams): GcPhasesResult {
    const ctl = this.ctl;
    const log = this.log;
    let records: GcCycleRecord[] | undefined;
    for (const ph of p.phases) {
      const tEnd = this.now + ph.durationNs;
      let bytesLeft = ph.allocBytes ?? Infinity;
      const rate = ph.allocRate * this.mutatorPs;
      const survive = ph.survivingFraction ?? 0;
      const death = ph.deathRate ?? 0;
      const scan = ph.scanFraction ?? 1;
      if (ph.nonHeapBytes !== undefined) {
        ctl.nonHeapMemory = ph.nonHeapBytes;
        this.nextTrigger = -1;
      }
      if (!(rate > 0)) {
        if (Number.isFinite(tEnd)) {
          if (this.marking) this.terminate(this.now);
          this.age(tEnd - this.now, death);
          this.now = Math.max(this.now, tEnd);
        }
        this.phaseEnds.push({ t: this.now, heapLive: ctl.heapLive, marking: this.marking });
        continue;
      }
      while (this.now < tEnd && bytesLeft > 0) {
        if (!this.marking) {
          // Without a memory limit the trigger does not move with HeapAlloc: the last cycle's record
          // already holds it (finishCycle computed it), and allocating up to it changes nothing it reads.
          const noLimit = ctl.memoryLimit === maxInt64;
          const trigger = noLimit && this.nextTrigger >= 0 ? this.nextTrigger : ctl.trigger();
          const gap = Math.max(0, Math.ceil(trigger - ctl.heapLive));
          const room = Math.min(Math.floor((tEnd - this.now) * rate), bytesLeft);
          if (gap >= room || this.log.length >= this.maxCycles) {
            // Bytes are whole: a phase that ends on time drops the last fraction of a byte.
            const byTime = room < bytesLeft;
            this.allocate(room, survive, scan);
            bytesLeft -= room;
            this.age(room / rate, death);
            this.now = byTime ? Math.max(this.now, tEnd) : this.now + room / rate;
            break;
          }
          this.allocate(gap, survive, scan);
          bytesLeft -= gap;
          this.age(gap / rate, death);
          this.now += gap / rate;
          this.markBase = Math.round(Math.min(this.live, ctl.heapLive));
          this.black = 0;
          const o = this.startOpts;
          o.heapScanWork = this.markBase * scan;
          o.trigger = noLimit ? trigger : undefined;
          this.now = ctl.startCycle(this.now, o);
          if (p.markStepBytes === undefined) this.stepBytes = Math.max(64 << 10, Math.round((ctl.heapGoal() - ctl.heapLive) / 4));
          this.marking = true;
          continue;
        }
        // Marking: the mutator allocates in steps, paying assists; the workers run beside it.
        const step = Math.min(this.stepBytes, bytesLeft);
        this.now += ctl.gcAssistAlloc(step, this.now);
        if (ctl.markDoneTime() >= 0) {
          this.terminate(this.now);
          continue;
        }
        const dt = step / (rate * ctl.mutatorUtilization(this.now));
        this.allocate(step, survive, scan);
        bytesLeft -= step;
        this.age(dt, death);
        this.now += dt;
        ctl.advanceMark(this.now);
        if (ctl.markDoneTime() >= 0) this.terminate(this.now);
      }
      this.phaseEnds.push({ t: this.now, heapLive: ctl.heapLive, marking: this.marking });
    }
    if (this.marking) {
      this.now += Math.ceil(ctl.markWorkRemaining() / ctl.markRate) + 1;
      ctl.advanceMark(this.now);
      this.terminate(this.now);
    }
    return {
      log: this.log,
      get cycles() {
        return (records ??= log.toArray());
      },
      numGC: this.log.length,
      peakHeapLive: this.peakHeapLive,
      peakMemory: this.peakMemory,
      gcCpuFraction: ctl.gcCpuFraction,
      elapsedNs: this.now,
      limiterLastEnabledCycle: ctl.limiter?.lastEnabledCycle ?? 0,
      phaseEnds: this.phaseEnds,
    };
  }
}
