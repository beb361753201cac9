// Mirrors go1.23.5 src/runtime/mgcpacer.go (gcControllerState), the assist/credit logic of mgcmark.go (gcAssistAlloc, gcFlushBgCredit) and the cycle bookkeeping of mgc.go (gcStart, gcMarkTermination, cpuStats).

import type { heapLiveAccount } from './mcache';
import type { GcCycleRecord } from './gctrace';
import { Col, CycleLog } from './cyclelog';
import { gcCPULimiterState } from './gclimit';

export const gcBackgroundUtilization = 0.25;
export const gcGoalUtilization = gcBackgroundUtilization;
export const gcOverAssistWork = 64 << 10;
export const defaultHeapMinimum = 4 << 20;
export const memoryLimitMinHeapGoalHeadroom = 1 << 20;
export const memoryLimitHeapGoalHeadroomPercent = 3;
export const triggerRatioDen = 64;
export const minTriggerRatioNum = 45; // ~0.7
export const maxTriggerRatioNum = 61; // ~0.95
/** mgc.go sweepMinHeapDistance. */
export const sweepMinHeapDistance = 1 << 20;
/** heapGoalInternal's minRunway. */
export const minRunway = 64 << 10;
/** math.MaxInt64 (GOMEMLIMIT=off) and ^uint64(0), as doubles: only ever compared, never printed. */
export const maxInt64 = 2 ** 63 - 1;
export const maxUint64 = 2 ** 64;

/**
 * Non-heap memory counted against GOMEMLIMIT (nonHeap = mappedReady - heapFree - heapAlloc: stacks,
 * GC metadata, work buffers, span tails) at GOMAXPROCS=1, mspans left out: 2.55-2.62 MiB in
 * runtime/metrics at 2 MiB live (tests/fixtures/calibration/go-nonheap.json, go1.23.5/amd64).
 */
export const defaultNonHeapMemory = Math.round(2.6 * 1024 * 1024);
/**
 * Non-heap memory each P past the first adds (its GC work buffers, mark worker stack, mcache):
 * go-nonheap.json counts 0.26-0.58 MiB more at GOMAXPROCS=2 and 0.54-1.13 MiB more at 4 (mspans left out).
 */
export const nonHeapPerP = Math.round(0.3 * 1024 * 1024);
/** sizeof(mspan) on go1.23 linux/amd64 (go/types over runtime's source): one per span, never returned (mheap_.spanalloc). */
export const mspanSize = 160;
/**
 * The default non-heap memory at `procs` Ps once the heap has reached `peakHeapLive`: one mspan
 * per 8 KiB page of it (most small size classes have one-page spans; go-nonheap.json's mspan
 * memory is within 11% of one per 8 KiB of HeapSys at GOMAXPROCS 1 and 2).
 */
export function defaultNonHeap(procs: number, peakHeapLive = 0): number {
  return defaultNonHeapMemory + (procs - 1) * nonHeapPerP + mspanSize * Math.floor(peakHeapLive / 8192);
}
/** Scannable data+bss of a small program (gcpacertrace "+153680 B" on go1.23.5/amd64; spec §2.1: ≈155 KB). */
export const defaultGlobalsScan = 153680;
/** Stack bytes scanned per cycle for one goroutine plus the runtime's (gcpacertrace: 13168–13528 B). */
export const defaultStackScan = 13528;
/**
 * Mark throughput, bytes of scan work (pointerful bytes) per ns of GC CPU, with the mutator
 * allocating 1 requested byte per ns: fitted to the GOMAXPROCS=1 medians of the GC grid
 * (tests/fixtures/calibration/go-gc-grid.json; the workload writes every byte it allocates).
 */
export const defaultMarkRate = 4;
/** STW sweep termination and mark termination, ns (gctrace shows 0.004–0.015 and 0.001–0.02 ms). */
export const defaultSweepTermNs = 10_000;
export const defaultMarkTermNs = 10_000;

export interface GcControllerConfig {
  /** GOGC; any negative value means off (-1). Default 100. */
  gcPercent?: number;
  /** GOMEMLIMIT in bytes; Infinity or maxInt64 = no limit (default). */
  memoryLimit?: number;
  gomaxprocs?: number;
  nonHeapMemory?: number;
  globalsScan?: number;
  stackScan?: number;
  markRate?: number;
  sweepTermNs?: number;
  markTermNs?: number;
  /** The GC CPU limiter (mgclimit.go); default on, as in the runtime. */
  cpuLimiter?: boolean;
}

export interface StartCycleOptions {
  /** runtime.GC() (gcTriggerCycle) rather than the heap trigger. */
  forced?: boolean;
  /** Heap scan work this cycle will really do (bytes reachable at the start). Default: lastHeapScan. */
  heapScanWork?: number;
  /** Ps running goroutines during mark; the others run idle mark workers. Default: all. */
  mutatorPs?: number;
  /**
   * Wall ns before the fractional worker gets a P held by a running goroutine: the scheduler only
   * runs it at a scheduling point, for a goroutine that never blocks sysmon's forcePreemptNS (10 ms).
   * Default 0 (the worker runs its share from the start).
   */
  fractionalDelayNs?: number;
  /**
   * Wall ns before the Ps without a goroutine join the mark: gcStart wakes a thread for an idle P
   * (wakep), and its worker runs once that thread is scheduled. Default 0 (at once). The GC grid's
   * host took a median 100 µs (go-gc-wake.json, runtime/trace).
   */
  idleWakeNs?: number;
  /**
   * trigger() as the caller computed it since the last change to what it depends on (the goal
   * inputs, heapMarked, runway; not heapLive): spares computing it again.
   */
  trigger?: number;
}

/** proc.go forcePreemptNS: sysmon preempts a goroutine that ran this long. */
export const forcePreemptNS = 10_000_000;

export const SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Scan work counts pointerful bytes, as the runtime does, but a whole object at once: scanobject stops at the last pointer word of an object, the model scans the pointerful object to its end; marking a pointer-free object costs nothing.',
  'The mcentral always hands out a fresh span: refill adds the whole span (tail waste included) to heapLive; partially free swept spans are never reused.',
  'Sweeping is instantaneous at mark termination: dead objects are freed (Frees, HeapAlloc) when the cycle ends, not lazily during the next cycle.',
  'Memory-limit goal: the runtime\'s non-heap memory is 2.6 MiB, plus 0.3 MiB for each P past the first, plus a 160-byte span record (mspan) for every 8 KiB of the heap\'s peak, as runtime/metrics measures it on go1.23.5 (2.55-2.62 MiB at one P and 2 MiB live, 0.26-0.58 MiB more at 2 Ps, span records within 11%). Other metadata that grows with the heap is left out (under 1.5% of the heap and 0.55 MiB in those runs). A non-heap size a workload states (each phase of the GC lab) is used as it is. Freed pages count as returned to the OS at once: the runtime\'s scavenger keeps mapped memory under the limit, so the goal comes out the same, but the free memory it returns only over time is not shown.',
  'Mark phase: workers scan at a fixed rate (markRate bytes per GC-CPU ns, 4 by default, fitted to the GOMAXPROCS=1 GC grid) while the mutator allocates at the rate its work sets (the interpreter\'s virtual time, or a workload\'s stated allocation rate); every P has a CPU of its own, so GOMAXPROCS larger than the host\'s CPUs (the grid\'s GOMAXPROCS=4 runs on 2 CPUs) marks faster in the model than in reality; the grid holds the model at GOMAXPROCS 1 and 2. An idle P joins a mark once its thread wakes (idleWakeNs, 0 by default: the lab\'s and the playground\'s idle Ps join at once). On the GC grid\'s host a real idle P\'s first worker started a median 100 µs after the mark began (runtime/trace, go-gc-wake.json), and the grid test gives the model that delay; at GOMAXPROCS=2, 2 MiB live and a 7 MiB limit the real idle worker did not run in 73-82 of 81-86 cycles, the assists and a fractional worker finishing the small mark first.',
  'At GOMAXPROCS=1 the fractional worker takes the P 10 ms after each mark starts (sysmon\'s forcePreemptNS); until then assists do the marking, as real gctrace shows (0 ms background CPU in short cycles). A real goroutine that never blocks is preempted every 20 ms (20.3 ms measured on go1.23.5), at times unrelated to the cycle\'s start; a 20 ms delay moves no GC grid median.',
  'cons/mark is measured with the runtime formula at mark termination and the max of the last 4 is used, as in mgcpacer.go; it varies only as much as the modelled work does (no scheduling noise), so the trigger drifts to 0.70-0.85 of the runway like real runs do on average but not cycle by cycle.',
  'Assists follow gcAssistAlloc (debt, 64 KiB over-assist, stealing background credit); a parked assist is repaid by the background workers while its P runs an idle worker. One goroutine carries all assist credit (gcAssistBytes); write barriers, stack growth and scheduling latency cost nothing.',
  'The GC CPU limiter (mgclimit.go) is a bucket of 1 CPU-second per P filled by STW pauses, assists and 25% background while marking, with idle time taken out; it is updated whenever the model advances (the runtime updates it at least every 10 ms) and only turns assists off (the runtime also stops the allocation-path scavenger).',
  'A memory limit 5 MiB over the live heap runs the GC back to back; there the model\'s cycle counts were within 15% of go1.23.5\'s in four of the GC grid\'s six such settings. In the other two: at 32 MiB live and GOMAXPROCS=1 the real cycles alternate between marks that allocate a few MB and marks that end before the program allocates anything, while the model\'s are all alike (18 cycles for 32, 44% too few); at 32 MiB live and GOMAXPROCS=2 the goal sits a fraction of a MiB over the marked heap, so a few hundred KiB of non-heap memory moves the count threefold (the model 905, 2.7 times the real median; 21 real runs 286-410; with the non-heap held at 2.85 or 3.1 MiB, 232 or 656).',
  'Periodic (2-minute) forced GCs are not modelled; isSweepDone() (used when GOGC or GOMEMLIMIT change between cycles) is true once heapLive is within 1 MiB of the trigger, where proportional sweeping would have finished.',
  'Workloads stated as rates (simulateGcPhases) allocate in steps of a quarter of the runway while marking, and the live heap changes continuously (surviving fraction of new bytes, exponential death of old ones), not object by object.',
  'Tiny objects in a ring are freed with their 16-byte block when every object in the block is dead.',
]);

/** The pacer and the mark-phase model. Quantities are bytes (integers) and ns (integers). */
export class gcControllerState implements heapLiveAccount {
  // configuration
  gcPercent = 100;
  memoryLimit = maxInt64;
  heapMinimum = defaultHeapMinimum;
  gomaxprocs: number;
  nonHeapMemory: number;
  markRate: number;
  sweepTermNs: number;
  markTermNs: number;

  // pacing state (mgcpacer.go names)
  runway = 0;
  consMark = 0;
  lastConsMark = new Float64Array(4);
  gcPercentHeapGoal = 0;
  sweepDistMinTrigger = 0;
  triggered = maxUint64;
  lastHeapGoal = 0;
  heapLive = 0;
  heapScan = 0;
  lastHeapScan = 0;
  lastStackScan = 0;
  maxStackScan: number;
  globalsScan: number;
  heapMarked = 0;
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  bgScanCredit = 0;
  assistTime = 0;
  dedicatedMarkTime = 0;
  fractionalMarkTime = 0;
  idleMarkTime = 0;
  markStartTime = 0;
  dedicatedMarkWorkersNeeded = 0;
  fractionalUtilizationGoal = 0;
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;
  totalAlloc = 0;
  totalFree = 0;
  heapFree = 0;

  // cycle state (mgc.go work.* and memstats)
  gcBlackenEnabled = false;
  numgc = 0;
  numforcedgc = 0;
  gcCpuFraction = 0;
  pauseTotalNs = 0;
  private cpuGCTotal = 0;
  private cpuGCIdle = 0;
  private cpuTotal = 0;
  private cpuLastAccum = 0;
  private userForced = false;
  private heap0 = 0;
  private triggerAtStart = 0;
  private tSweepTerm = 0;
  private tMark = 0;
  /** The one goroutine's gcAssistBytes. */
  gcAssistBytes = 0;
  // mark-phase model
  private markWorkTotal = 0;
  private scanWorkDone = 0;
  private markClock = 0;
  private markDoneAt = -1;
  private mutatorPs = 1;
  private minTriggerOut = 0;
  /** mgclimit.go's bucket; null when switched off by the config. */
  readonly limiter: gcCPULimiterState | null;
  private limiterLast = 0;
  private limiterAssistSeen = 0;
  private limiterIdleSeen = 0;
  private fractionalFrom = 0;
  private idleFrom = 0;
  /** nonHeapMemory is the default one, which grows with the heap's peak (its mspans). */
  readonly nonHeapDefault: boolean;
  private peakHeapLive = 0;

  constructor(cfg: GcControllerConfig = {}) {
    this.gomaxprocs = cfg.gomaxprocs ?? 1;
    if (!Number.isInteger(this.gomaxprocs) || this.gomaxprocs < 1) throw new RangeError(`bad GOMAXPROCS ${this.gomaxprocs}`);
    this.nonHeapDefault = cfg.nonHeapMemory === undefined;
    this.nonHeapMemory = cfg.nonHeapMemory ?? defaultNonHeap(this.gomaxprocs);
    this.globalsScan = cfg.globalsScan ?? defaultGlobalsScan;
    this.maxStackScan = cfg.stackScan ?? defaultStackScan;
    this.markRate = cfg.markRate ?? defaultMarkRate;
    this.sweepTermNs = cfg.sweepTermNs ?? defaultSweepTermNs;
    this.markTermNs = cfg.markTermNs ?? defaultMarkTermNs;
    this.limiter = cfg.cpuLimiter === false ? null : new gcCPULimiterState(this.gomaxprocs);
    // init(gcPercent, memoryLimit)
    this.setGCPercentInternal(cfg.gcPercent ?? 100);
    this.setMemoryLimitInternal(cfg.memoryLimit ?? maxInt64);
    this.commit(true); // No sweep phase in the first GC cycle.
  }

  get gcphase(): 'off' | 'mark' {
    return this.gcBlackenEnabled ? 'mark' : 'off';
  }

  /** setGCPercent (commit must follow). Returns the old value. */
  private setGCPercentInternal(n: number): number {
    const out = this.gcPercent;
    const v = n < 0 ? -1 : Math.floor(n);
    // defaultHeapMinimum * uint64(in) / 100; for -1 Go wraps around, and the value is never used.
    this.heapMinimum = v < 0 ? Math.floor((maxUint64 - defaultHeapMinimum) / 100) : Math.floor((defaultHeapMinimum * v) / 100);
    this.gcPercent = v;
    return out;
  }

  private setMemoryLimitInternal(n: number): number {
    const out = this.memoryLimit;
    if (n >= 0) this.memoryLimit = n >= maxInt64 ? maxInt64 : Math.floor(n);
    return out;
  }

  /** debug.SetGCPercent: set, then commit(isSweepDone()). */
  setGCPercent(n: number): number {
    const out = this.setGCPercentInternal(n);
    this.commit(this.isSweepDone());
    if (this.gcBlackenEnabled) this.revise();
    return out;
  }

  /** debug.SetMemoryLimit: negative reads without setting. */
  setMemoryLimit(n: number): number {
    const out = this.setMemoryLimitInternal(n);
    this.commit(this.isSweepDone());
    if (this.gcBlackenEnabled) this.revise();
    return out;
  }

  /** See SIMPLIFICATIONS: sweeping is done once heapLive is within 1 MiB of the trigger. */
  isSweepDone(): boolean {
    if (this.gcBlackenEnabled) return true; // gcStart finished the previous sweep
    return this.heapLive + sweepMinHeapDistance >= this.trigger();
  }

  /** commit: gcPercent goal (with heapMinimum), sweep-distance floor and runway. */
  commit(isSweepDone: boolean): void {
    this.sweepDistMinTrigger = isSweepDone ? 0 : this.heapLive + sweepMinHeapDistance;
    let goal = maxUint64;
    if (this.gcPercent >= 0) {
      goal = this.heapMarked + Math.floor(((this.heapMarked + this.lastStackScan + this.globalsScan) * this.gcPercent) / 100);
    }
    if (goal < this.heapMinimum) goal = this.heapMinimum;
    this.gcPercentHeapGoal = goal;
    this.runway = Math.trunc(
      ((this.consMark * (1 - gcGoalUtilization)) / gcGoalUtilization) * (this.lastHeapScan + this.lastStackScan + this.globalsScan),
    );
  }

  heapGoal(): number {
    return this.heapGoalInternal();
  }

  /** heapGoalInternal; the minTrigger it also returns is left in this.minTriggerOut. */
  heapGoalInternal(): number {
    let goal = this.gcPercentHeapGoal;
    let minTrigger = 0;
    const newGoal = this.memoryLimitHeapGoal();
    if (newGoal < goal) {
      goal = newGoal;
    } else {
      const sweepDistTrigger = this.sweepDistMinTrigger;
      if (sweepDistTrigger > goal) goal = sweepDistTrigger;
      minTrigger = sweepDistTrigger;
      if (this.triggered !== maxUint64 && goal < this.triggered + minRunway) goal = this.triggered + minRunway;
    }
    this.minTriggerOut = minTrigger;
    return goal;
  }

  /** HeapAlloc as the controller sees it (totalAlloc - totalFree, flushed at span granularity). */
  get heapAlloc(): number {
    return this.totalAlloc - this.totalFree;
  }

  /** mappedReady under the model: nonHeap + heapFree + heapAlloc. */
  get mappedReady(): number {
    return this.nonHeapMemory + this.heapFree + this.heapAlloc;
  }

  memoryLimitHeapGoal(): number {
    const memoryLimit = this.memoryLimit;
    // No limit: overage is 0 and the goal depends on nonHeap alone (the lab asks for it ~9 times a cycle).
    if (memoryLimit === maxInt64 && this.nonHeapMemory === this.noLimitNonHeap) {
      return this.noLimitGoal < this.heapMarked ? this.heapMarked : this.noLimitGoal;
    }
    if (memoryLimit === maxInt64 && this.mappedReady <= memoryLimit) {
      this.noLimitNonHeap = this.nonHeapMemory;
      this.noLimitGoal = this.memoryLimitHeapGoalInternal(memoryLimit, 0);
      return this.noLimitGoal < this.heapMarked ? this.heapMarked : this.noLimitGoal;
    }
    return this.memoryLimitHeapGoalInternal(memoryLimit);
  }
  private noLimitNonHeap = -1;
  private noLimitGoal = 0;

  /** memoryLimitHeapGoal itself; `marked` is the floor (heapMarked). */
  private memoryLimitHeapGoalInternal(memoryLimit: number, marked = this.heapMarked): number {
    const mappedReady = this.mappedReady;
    const nonHeapMemory = mappedReady - this.heapFree - this.heapAlloc;
    const overage = mappedReady > memoryLimit ? mappedReady - memoryLimit : 0;
    if (nonHeapMemory + overage >= memoryLimit) return this.heapMarked;
    let goal = memoryLimit - (nonHeapMemory + overage);
    let headroom = Math.floor(goal / 100) * memoryLimitHeapGoalHeadroomPercent;
    if (headroom < memoryLimitMinHeapGoalHeadroom) headroom = memoryLimitMinHeapGoalHeadroom;
    if (goal < headroom || goal - headroom < headroom) goal = headroom;
    else goal = goal - headroom;
    if (goal < marked) goal = marked;
    return goal;
  }

  /** trigger(): the heapLive value at which a GC starts; the goal is left in this.lastTriggerGoal. */
  lastTriggerGoal = 0;
  trigger(): number {
    const goal = this.heapGoalInternal();
    let minTrigger = this.minTriggerOut;
    this.lastTriggerGoal = goal;
    const marked = this.heapMarked;
    if (marked >= goal) return goal;
    if (minTrigger < marked) minTrigger = marked;
    const triggerLowerBound = Math.floor((goal - marked) / triggerRatioDen) * minTriggerRatioNum + marked;
    if (minTrigger < triggerLowerBound) minTrigger = triggerLowerBound;
    let maxTrigger = Math.floor((goal - marked) / triggerRatioDen) * maxTriggerRatioNum + marked;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) maxTrigger = goal - defaultHeapMinimum;
    maxTrigger = Math.max(maxTrigger, minTrigger);
    let trigger = this.runway > goal ? minTrigger : goal - this.runway;
    trigger = Math.max(trigger, minTrigger);
    trigger = Math.min(trigger, maxTrigger);
    return trigger;
  }

  /** gcTrigger{kind: gcTriggerHeap}.test(). */
  shouldStartGC(heapLive: number = this.heapLive): boolean {
    if (this.gcBlackenEnabled) return false;
    return heapLive >= this.trigger();
  }

  update(dHeapLive: number, dHeapScan: number): void {
    if (dHeapLive !== 0) {
      this.heapLive += dHeapLive;
      if (this.heapLive > this.peakHeapLive) this.notePeak();
    }
    if (!this.gcBlackenEnabled) {
      if (dHeapScan !== 0) this.heapScan += dHeapScan;
    } else {
      this.revise();
    }
  }

  // ---- cycle ----------------------------------------------------------------------------------

  /**
   * gcStart + startCycle: the cycle begins at `now` (sweep termination STW of sweepTermNs; the
   * mutator resumes at `now + sweepTermNs`, returned). Pools must be cleaned by the caller.
   */
  startCycle(now: number, opts: StartCycleOptions = {}): number {
    if (this.gcBlackenEnabled) throw new Error('startCycle: a cycle is already running');
    const procs = this.gomaxprocs;
    this.limiterUpdate(now);
    this.triggerAtStart = opts.trigger ?? this.trigger();
    this.userForced = opts.forced ?? false;
    this.heap0 = this.heapLive;
    this.tSweepTerm = now;
    this.tMark = now + this.sweepTermNs;
    this.heapScanWork = this.stackScanWork = this.globalsScanWork = 0;
    this.bgScanCredit = 0;
    this.assistTime = this.dedicatedMarkTime = this.fractionalMarkTime = this.idleMarkTime = 0;
    this.markStartTime = now;
    this.triggered = this.heapLive;
    const totalUtilizationGoal = procs * gcBackgroundUtilization;
    let dedicated = Math.trunc(totalUtilizationGoal + 0.5);
    const utilError = dedicated / totalUtilizationGoal - 1;
    const maxUtilError = 0.3;
    if (utilError < -maxUtilError || utilError > maxUtilError) {
      if (dedicated > totalUtilizationGoal) dedicated--;
      this.fractionalUtilizationGoal = (totalUtilizationGoal - dedicated) / procs;
    } else {
      this.fractionalUtilizationGoal = 0;
    }
    this.dedicatedMarkWorkersNeeded = dedicated;
    this.mutatorPs = Math.max(1, Math.min(opts.mutatorPs ?? procs, procs - dedicated));
    this.gcAssistBytes = 0;
    this.scanWorkDone = 0;
    this.markWorkTotal = Math.max(0, opts.heapScanWork ?? this.lastHeapScan) + this.maxStackScan + this.globalsScan;
    // startGCTransition/finishGCTransition: the STW pause counts as GC time on every P.
    if (this.limiter) {
      if (this.limiter.nprocs !== procs) this.limiter.resetCapacity(procs, this.numgc);
      this.limiter.accumulate(0, this.sweepTermNs * procs, this.numgc);
      this.limiterLast = this.tMark;
      this.limiterAssistSeen = this.limiterIdleSeen = 0;
    }
    this.markClock = this.tMark;
    this.fractionalFrom = this.tMark + Math.max(0, opts.fractionalDelayNs ?? 0);
    this.idleFrom = this.tMark + Math.max(0, opts.idleWakeNs ?? 0);
    this.markDoneAt = -1;
    this.gcBlackenEnabled = true;
    this.revise();
    return this.tMark;
  }

  /** CPUs (per wall ns) of dedicated, fractional and idle marking while goroutines run. */
  private workerCpus(at: number = this.fractionalFrom): { dedicated: number; fractional: number; idle: number } {
    const procs = this.gomaxprocs;
    const d = this.dedicatedMarkWorkersNeeded;
    const f = at < this.fractionalFrom ? 0 : this.fractionalUtilizationGoal;
    const idlePs = Math.max(0, procs - d - this.mutatorPs);
    // Until their threads wake, the idle Ps run no worker: fractional only where goroutines run.
    const awake = at >= this.idleFrom;
    workerCpusOut.dedicated = d;
    workerCpusOut.fractional = f * (awake ? procs - d : Math.min(this.mutatorPs, procs - d));
    workerCpusOut.idle = awake ? (1 - f) * idlePs : 0;
    return workerCpusOut;
  }

  /** Share of wall time a running goroutine gets during mark (1 - fractional goal). */
  mutatorUtilization(now: number = this.fractionalFrom): number {
    return this.gcBlackenEnabled && now >= this.fractionalFrom ? 1 - this.fractionalUtilizationGoal : 1;
  }

  /** Remaining scan work (bytes) of the modelled mark phase. */
  markWorkRemaining(): number {
    return this.markWorkTotal - this.scanWorkDone;
  }

  /** Wall time at which the background workers (and assists) finished the mark work, or -1. */
  markDoneTime(): number {
    return this.markDoneAt;
  }

  /** Advances the mark to `edge` if it falls before `now`; true (clock at `now`) if the work ran out by then. */
  private markEndedBy(edge: number, now: number): boolean {
    if (!(this.markClock < edge && now > edge)) return false;
    this.advanceMark(edge);
    if (this.markDoneAt < 0) return false;
    this.markClock = now;
    return true;
  }

  /** Background mark workers run from the last update until `now` (gcFlushBgCredit into bgScanCredit). */
  advanceMark(now: number): void {
    if (!this.gcBlackenEnabled || now <= this.markClock) return;
    // The worker CPUs change at fractionalFrom and idleFrom: advance to each in turn.
    if (this.markEndedBy(this.fractionalFrom, now) || this.markEndedBy(this.idleFrom, now)) return;
    const w = this.workerCpus(this.markClock);
    if (w.dedicated + w.fractional + w.idle === 0) {
      this.markClock = now;
      return;
    }
    const cpus = w.dedicated + w.fractional + w.idle;
    let dt = now - this.markClock;
    const remaining = this.markWorkTotal - this.scanWorkDone;
    if (remaining <= 0) {
      this.markClock = now;
      return;
    }
    const work = cpus * this.markRate * dt;
    let done = work;
    if (work >= remaining) {
      done = remaining;
      dt = remaining / (cpus * this.markRate);
      this.markDoneAt = this.markClock + dt;
    }
    this.scanWorkDone += done;
    this.bgScanCredit += done;
    this.dedicatedMarkTime += w.dedicated * dt;
    this.fractionalMarkTime += w.fractional * dt;
    this.idleMarkTime += w.idle * dt;
    this.markClock = now;
    this.limiterUpdate(now);
  }

  /**
   * gcCPULimiter.update up to `now`: assist time and 25% of the window are GC time while marking;
   * idle mark workers and Ps without goroutines are idle time.
   */
  limiterUpdate(now: number): void {
    const l = this.limiter;
    if (!l || now <= this.limiterLast) return;
    const procs = this.gomaxprocs;
    const total = (now - this.limiterLast) * procs;
    let gc = 0;
    let idle: number;
    if (this.gcBlackenEnabled) {
      gc = this.assistTime - this.limiterAssistSeen + total * gcBackgroundUtilization;
      idle = this.idleMarkTime - this.limiterIdleSeen;
      this.limiterAssistSeen = this.assistTime;
      this.limiterIdleSeen = this.idleMarkTime;
    } else {
      idle = (now - this.limiterLast) * Math.max(0, procs - this.mutatorPs);
    }
    l.update(total, gc, idle, this.numgc);
    this.limiterLast = now;
  }

  /** gcCPULimiter.limiting(): assists are off. */
  limiting(): boolean {
    return this.limiter !== null && this.limiter.enabled;
  }

  /**
   * deductAssistCredit + gcAssistAlloc for an allocation of `bytes` at `now`. Returns the ns the
   * goroutine spends assisting or parked (the caller advances its clock by that much).
   */
  gcAssistAlloc(bytes: number, now: number): number {
    if (!this.gcBlackenEnabled) return 0;
    this.advanceMark(now);
    this.gcAssistBytes -= bytes;
    if (this.gcAssistBytes >= 0) return 0;
    // The limiter is on: no assist, the debt stays and the heap may overshoot the goal.
    if (this.limiting()) return 0;
    let debtBytes = -this.gcAssistBytes;
    let scanWork = Math.trunc(this.assistWorkPerByte * debtBytes);
    if (scanWork < gcOverAssistWork) {
      scanWork = gcOverAssistWork;
      debtBytes = Math.trunc(this.assistBytesPerWork * scanWork);
    }
    if (this.bgScanCredit > 0) {
      let stolen: number;
      if (this.bgScanCredit < scanWork) {
        stolen = this.bgScanCredit;
        this.gcAssistBytes += 1 + Math.trunc(this.assistBytesPerWork * stolen);
      } else {
        stolen = scanWork;
        this.gcAssistBytes += debtBytes;
      }
      this.bgScanCredit -= stolen;
      scanWork -= stolen;
      if (scanWork === 0) return 0;
    }
    // gcAssistAlloc1: drain up to scanWork of real work.
    const remaining = this.markWorkTotal - this.scanWorkDone;
    const workDone = Math.min(scanWork, Math.max(0, remaining));
    const t = workDone / this.markRate;
    this.scanWorkDone += workDone;
    this.assistTime += t;
    this.gcAssistBytes += 1 + Math.trunc(this.assistBytesPerWork * workDone);
    if (workDone > 0 && this.scanWorkDone >= this.markWorkTotal && this.markDoneAt < 0) this.markDoneAt = now + t;
    let stall = t;
    this.markClock = Math.max(this.markClock, now); // background keeps running beside the assist
    this.advanceMark(now + t);
    if (this.gcAssistBytes < 0 && this.markDoneAt < 0) {
      // gcParkAssist: wait for background credit; the parked goroutine's P runs an idle worker.
      const need = Math.ceil(-this.gcAssistBytes * this.assistWorkPerByte);
      const w = Math.min(need, this.markWorkTotal - this.scanWorkDone);
      const wk = this.workerCpus(Math.max(this.fractionalFrom, now + t));
      const cpusParked = wk.dedicated + wk.fractional + wk.idle + (1 - this.fractionalUtilizationGoal);
      const wait = w / (cpusParked * this.markRate);
      this.scanWorkDone += w;
      this.dedicatedMarkTime += wk.dedicated * wait;
      this.fractionalMarkTime += wk.fractional * wait;
      this.idleMarkTime += (wk.idle + 1 - this.fractionalUtilizationGoal) * wait;
      this.gcAssistBytes = 0;
      this.markClock = now + t + wait;
      if (this.scanWorkDone >= this.markWorkTotal) this.markDoneAt = this.markClock;
      stall += wait;
    }
    return stall;
  }

  /** revise: the assist ratio for the rest of the cycle. */
  revise(): void {
    let gcPercent = this.gcPercent;
    if (gcPercent < 0) gcPercent = 100000;
    const live = this.heapLive;
    const scan = this.heapScan;
    const work = this.scanWorkDone;
    let heapGoal = this.heapGoal();
    let scanWorkExpected = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    const maxScanWork = scan + this.maxStackScan + this.globalsScan;
    if (work > scanWorkExpected) {
      let extHeapGoal = Math.trunc(((heapGoal - this.triggered) / scanWorkExpected) * maxScanWork) + this.triggered;
      scanWorkExpected = maxScanWork;
      const hardGoal = Math.trunc((1.0 + gcPercent / 100.0) * heapGoal);
      if (extHeapGoal > hardGoal) extHeapGoal = hardGoal;
      heapGoal = extHeapGoal;
    }
    if (live > heapGoal) {
      const maxOvershoot = 1.1;
      heapGoal = Math.trunc(heapGoal * maxOvershoot);
      scanWorkExpected = maxScanWork;
    }
    let scanWorkRemaining = scanWorkExpected - work;
    if (scanWorkRemaining < 1000) scanWorkRemaining = 1000;
    let heapRemaining = heapGoal - live;
    if (heapRemaining <= 0) heapRemaining = 1;
    this.assistWorkPerByte = scanWorkRemaining / heapRemaining;
    this.assistBytesPerWork = heapRemaining / scanWorkRemaining;
  }

  /** Go's gcControllerState.endCycle: cons/mark from this cycle (returned; null when skipped). */
  private endCycleInternal(now: number): number | null {
    this.lastHeapGoal = this.heapGoal();
    const procs = this.gomaxprocs;
    const assistDuration = now - this.markStartTime;
    let utilization = gcBackgroundUtilization;
    if (assistDuration > 0) utilization += this.assistTime / (assistDuration * procs);
    if (this.heapLive <= this.triggered) return null;
    let idleUtilization = 0;
    if (assistDuration > 0) idleUtilization = this.idleMarkTime / (assistDuration * procs);
    const scanWork = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    const currentConsMark = ((this.heapLive - this.triggered) * (utilization + idleUtilization)) / (scanWork * (1 - utilization));
    // The max of this and the last 4 measurements; then oldest out, newest in (the runtime's
    // lastConsMark array, shifted by hand: copyWithin costs more than the rest of the cycle's end).
    const last = this.lastConsMark;
    const l0 = last[0];
    const l1 = last[1];
    const l2 = last[2];
    const l3 = last[3];
    let m = currentConsMark;
    if (l0 > m) m = l0;
    if (l1 > m) m = l1;
    if (l2 > m) m = l2;
    if (l3 > m) m = l3;
    this.consMark = m;
    last[0] = l1;
    last[1] = l2;
    last[2] = l3;
    last[3] = currentConsMark;
    return currentConsMark;
  }

  /** A new peak of heapLive: the default non-heap memory counts its spans' mspans. */
  private notePeak(): void {
    this.peakHeapLive = this.heapLive;
    if (this.nonHeapDefault) this.nonHeapMemory = defaultNonHeap(this.gomaxprocs, this.peakHeapLive);
  }

  /** runtime.GOMAXPROCS(n) between cycles, for the controller: a default non-heap follows the P count. */
  setGOMAXPROCS(n: number): void {
    this.gomaxprocs = n;
    if (this.nonHeapDefault) this.nonHeapMemory = defaultNonHeap(n, this.peakHeapLive);
  }

  /** resetLive at mark termination. */
  private resetLive(bytesMarked: number): void {
    this.heapMarked = bytesMarked;
    this.heapLive = bytesMarked;
    this.heapScan = this.heapScanWork;
    this.lastHeapScan = this.heapScanWork;
    this.lastStackScan = this.stackScanWork;
    this.triggered = maxUint64;
  }

  /**
   * gcMarkDone + gcMarkTermination at `now` (the moment marking finished): cons/mark, heapLive :=
   * heapMarked, commit, CPU stats, numgc. `markedBytes` = bytes marked live, allocate-black
   * objects included. The world restarts at record.endTime = now + markTermNs.
   */
  /** A one-row log for endCycle's record. */
  private lastCycle: CycleLog | null = null;

  endCycle(markedBytes: number, now: number): GcCycleRecord {
    const log = (this.lastCycle ??= new CycleLog());
    log.clear();
    this.finishCycle(markedBytes, now, log);
    return log.get(0);
  }

  /**
   * endCycle writing its record as a row of `log` (no object per cycle: gcphases.ts runs 10 000
   * cycles on every slider move). Returns the row's index.
   */
  finishCycle(markedBytes: number, now: number, log: CycleLog): number {
    if (!this.gcBlackenEnabled) throw new Error('endCycle: no cycle is running');
    if (!(markedBytes >= 0)) throw new RangeError(`endCycle: bad markedBytes ${markedBytes}`);
    this.advanceMark(now);
    if (this.scanWorkDone < this.markWorkTotal) this.scanWorkDone = this.markWorkTotal; // see SIMPLIFICATIONS
    this.stackScanWork = Math.min(this.maxStackScan, this.scanWorkDone);
    this.globalsScanWork = Math.min(this.globalsScan, this.scanWorkDone - this.stackScanWork);
    this.heapScanWork = this.scanWorkDone - this.stackScanWork - this.globalsScanWork;
    const procs = this.gomaxprocs;
    const o = log.add();
    const r = log.rows;
    r[o + Col.markTermTime] = now;
    r[o + Col.heapEnd] = this.heapLive;
    r[o + Col.triggered] = this.triggered;
    r[o + Col.consMark] = this.consMark;
    r[o + Col.runway] = this.runway;
    const measured = this.endCycleInternal(now);
    this.limiterUpdate(now);
    this.gcBlackenEnabled = false;
    if (this.limiter) {
      this.limiter.accumulate(0, this.markTermNs * procs, this.numgc);
      this.limiterLast = now + this.markTermNs;
    }
    this.resetLive(markedBytes);
    this.commit(false);
    const tEnd = now + this.markTermNs;
    // cpuStats.accumulate
    const pause = (this.sweepTermNs + this.markTermNs) * procs;
    const bg = this.dedicatedMarkTime + this.fractionalMarkTime;
    this.cpuGCTotal += pause + this.assistTime + bg + this.idleMarkTime;
    this.cpuGCIdle += this.idleMarkTime;
    this.cpuTotal += (tEnd - this.cpuLastAccum) * procs;
    this.cpuLastAccum = tEnd;
    this.gcCpuFraction = this.cpuTotal > 0 ? (this.cpuGCTotal - this.cpuGCIdle) / this.cpuTotal : 0;
    this.pauseTotalNs += this.sweepTermNs + this.markTermNs;
    if (this.userForced) this.numforcedgc++;
    this.numgc++;
    r[o + Col.n] = this.numgc;
    r[o + Col.startTime] = this.tSweepTerm;
    r[o + Col.markTime] = this.tMark;
    r[o + Col.endTime] = tEnd;
    r[o + Col.heapStart] = this.heap0;
    r[o + Col.heapMarked] = markedBytes;
    r[o + Col.goal] = this.lastHeapGoal;
    r[o + Col.trigger] = this.triggerAtStart;
    r[o + Col.forced] = this.userForced ? 1 : 0;
    r[o + Col.procs] = procs;
    r[o + Col.stackScan] = this.lastStackScan;
    r[o + Col.globalsScan] = this.globalsScan;
    r[o + Col.cpuSweepTerm] = this.sweepTermNs * procs;
    r[o + Col.cpuAssist] = this.assistTime;
    r[o + Col.cpuBackground] = bg;
    r[o + Col.cpuIdle] = this.idleMarkTime;
    r[o + Col.cpuMarkTerm] = this.markTermNs * procs;
    r[o + Col.gcCpuFraction] = this.gcCpuFraction;
    r[o + Col.measuredConsMark] = measured === null ? NaN : measured;
    // trigger() computes the goal on the way and leaves it in lastTriggerGoal.
    r[o + Col.nextTrigger] = this.trigger();
    r[o + Col.nextGoal] = this.lastTriggerGoal;
    return log.length - 1;
  }
}

const workerCpusOut = { dedicated: 0, fractional: 0, idle: 0 };
