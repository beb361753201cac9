// Fits a workload to parsed gctrace cycles: the live heap and roots, the allocation, and the GOGC and
// GOMEMLIMIT that explain the printed goals. The goal rules mirror go1.23.5 src/runtime/mgcpacer.go
// (commit: heapMarked + (heapMarked + stacks + globals) * GOGC/100, at least heapMinimum =
// 4 MiB * GOGC/100; memoryLimitHeapGoal: limit - nonHeap - max(3%, 1 MiB), at least heapMarked).

import { defaultGlobalsScan, defaultHeapMinimum, defaultNonHeap, defaultStackScan, forcePreemptNS } from '../pacer';
import type { GctraceCycle } from './parse';
import { REPLAY_OBJECT_SIZE, replay } from './replay';

const MiB = 2 ** 20;
/** A printed MB figure m stands for [m, m+1) MiB: its middle. */
const mid = (bytes: number): number => bytes + MiB / 2;

export interface GctraceFit {
  cycles: number;
  forcedCycles: number;
  procs: number;
  /** Time of the last cycle's start, s since the program started. */
  durationSeconds: number;
  /** heapMarked after each cycle (the MB figure's middle): the live heap over time. */
  liveHeap: { atSeconds: number; bytes: number }[];
  /** Median over the second half of the cycles of heapMarked less what was allocated (black) while marking: the steady live heap the replay keeps. */
  liveBytes: number;
  /** Scannable roots per cycle (printed MB, or the small-program defaults when they print 0). */
  stacksBytes: number;
  globalsBytes: number;
  /** Bytes allocated: growth before the first cycle, between cycles and during marking, plus half a cycle's after the last. */
  allocBytesTotal: number;
  allocBytesPerSecond: number;
  /** Mutator allocation speed and mark speed in the model's units (bytes per ns of mutator / scan-work bytes per ns of a marking CPU). */
  allocRate: number;
  markRate: number;
  /** GOGC and GOMEMLIMIT implied by the goals (null: no limit needed to explain them). */
  gcPercent: number | 'off';
  memoryLimit: number | null;
  /** Mean error of the goals predicted with these settings against the printed ones, as a fraction. */
  goalError: number;
  /** Largest heapEnd printed (MB-rounded down) and the GC CPU share the last line printed. */
  observedPeakHeap: number;
  observedCpuPercent: number;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

/** The goal of cycle i under (gcPercent, limit), from the previous cycle's marked heap. */
function predictGoal(markedPrev: number, roots: number, gcPercent: number, limitGoal: number): number {
  let goal = Infinity;
  if (gcPercent >= 0) goal = Math.max(markedPrev + ((markedPrev + roots) * gcPercent) / 100, (defaultHeapMinimum * gcPercent) / 100);
  if (limitGoal < goal) goal = Math.max(limitGoal, markedPrev);
  // heapGoalInternal's triggered + minRunway is left out: it would let any goal explain a cycle
  // that started far above it, which the trigger (below the goal) rules out.
  return goal;
}

/** memoryLimitHeapGoal for a limit with a given non-heap share. */
export function memoryLimitGoal(limit: number, nonHeap: number): number {
  const g = limit - nonHeap;
  if (g <= 0) return 0;
  const headroom = Math.max(Math.floor(g / 100) * 3, MiB);
  return g < 2 * headroom ? headroom : g - headroom;
}

/**
 * Each cycle's memory-limit goal under `limit`, with the default non-heap memory at `procs` Ps and
 * the heap's peak before the cycle (its mspans).
 */
export function limitGoals(cs: GctraceCycle[], limit: number, procs: number): Float64Array {
  const out = new Float64Array(cs.length);
  let peak = 0;
  for (let i = 0; i < cs.length; i++) {
    out[i] = memoryLimitGoal(limit, defaultNonHeap(procs, peak));
    peak = Math.max(peak, mid(cs[i].heapStart), mid(cs[i].heapEnd));
  }
  return out;
}

export function goalError(cs: GctraceCycle[], roots: number, gcPercent: number, goals: Float64Array | null): number {
  let err = 0;
  for (let i = 0; i < cs.length; i++) {
    const prev = i === 0 ? 0 : mid(cs[i - 1].heapMarked);
    const pred = predictGoal(prev, roots, gcPercent, goals === null ? Infinity : goals[i]);
    const obs = mid(cs[i].goal);
    // Within the MB rounding counts as exact.
    err += Math.max(0, Math.abs(pred - obs) - MiB / 2) / obs;
  }
  return cs.length ? err / cs.length : 0;
}

/** Candidate GOGC values: 5 to 2000 on a 2% grid, with the round ones. */
const GOGC_GRID: number[] = (() => {
  const s = new Set<number>([10, 20, 25, 50, 75, 100, 150, 200, 300, 400, 500, 800, 1000]);
  for (let g = 5; g <= 2000; g *= 1.02) s.add(Math.round(g));
  return [...s].sort((a, b) => a - b);
})();
const roundness = (g: number): number => (g < 0 ? 5 : g % 100 === 0 ? 4 : g % 50 === 0 ? 3 : g % 25 === 0 ? 2 : g % 5 === 0 ? 1 : 0);

function fitSettings(cs: GctraceCycle[], roots: number, procs: number): { gcPercent: number | 'off'; memoryLimit: number | null; goalError: number } {
  const best = (limit: number | null) => {
    const lg = limit === null ? null : limitGoals(cs, limit, procs);
    let err = Infinity;
    let gc: number = -1;
    const errs = new Map<number, number>();
    for (const g of [-1, ...GOGC_GRID]) {
      if (g < 0 && limit === null) continue; // GOGC=off with no limit never collects
      const e = goalError(cs, roots, g, lg);
      errs.set(g, e);
      if (e < err) {
        err = e;
        gc = g;
      }
    }
    // Among the settings as good as the best (within 0.2%), the roundest GOGC (off first).
    for (const [g, e] of errs) if (e <= err + 0.002 && roundness(g) > roundness(gc)) gc = g;
    return { gc, err: errs.get(gc)! };
  };
  const none = best(null);
  let pick = { gcPercent: none.gc as number | 'off', memoryLimit: null as number | null, goalError: none.err };
  // A limit explains goals that stay flat while the live heap grows: candidates from the printed goals.
  const goals = [...new Set(cs.map((c) => c.goal))].sort((a, b) => b - a).slice(0, 12);
  const peak = cs.reduce((m, c) => Math.max(m, mid(c.heapStart), mid(c.heapEnd)), 0);
  for (const g of goals) {
    const limit = Math.round(mid(g) / 0.97 + defaultNonHeap(procs, peak));
    const r = best(limit);
    // Only when it explains the goals clearly better than GOGC alone.
    if (r.err < pick.goalError * 0.5 && pick.goalError - r.err > 0.001) pick = { gcPercent: r.gc < 0 ? 'off' : r.gc, memoryLimit: limit, goalError: r.err };
  }
  if (pick.gcPercent !== 'off' && (pick.gcPercent as number) < 0) pick.gcPercent = 'off';
  return pick;
}

/**
 * CPUs marking while one goroutine runs, as the model schedules them: dedicated and fractional
 * workers for 25% of GOMAXPROCS (mgcpacer.go startCycle), idle workers on the Ps left over.
 */
export function markWorkerCpus(procs: number): number {
  const goal = procs * 0.25;
  let dedicated = Math.trunc(goal + 0.5);
  let fractional = 0;
  const err = dedicated / goal - 1;
  if (err < -0.3 || err > 0.3) {
    if (dedicated > goal) dedicated--;
    fractional = (goal - dedicated) / procs;
  }
  const idlePs = Math.max(0, procs - dedicated - 1);
  return dedicated + fractional * (procs - dedicated) + (1 - fractional) * idlePs;
}

/** Scan work of the replay's model per cycle: the ring's backing array (24 B a slot) and the model's roots. */
export function replayScanWork(liveBytes: number): number {
  return 24 * Math.max(1, Math.floor(liveBytes / REPLAY_OBJECT_SIZE)) + defaultStackScan + defaultGlobalsScan;
}

/** Estimates the workload behind a log's cycles (at least one cycle; throws on none). */
export function fitWorkload(cycles: GctraceCycle[]): GctraceFit {
  if (cycles.length === 0) throw new RangeError('no GC cycles to fit');
  const cs = cycles;
  const last = cs[cs.length - 1];
  const stacksBytes = cs.some((c) => (c.stacks ?? 0) > 0) ? median(cs.map((c) => mid(c.stacks ?? 0))) : defaultStackScan;
  const globalsBytes = cs.some((c) => (c.globals ?? 0) > 0) ? median(cs.map((c) => mid(c.globals ?? 0))) : defaultGlobalsScan;
  const roots = stacksBytes + globalsBytes;

  const half = cs.slice(cs.length >> 1);
  const liveBytes = median(half.map((c) => mid(c.heapMarked) - Math.max(0, c.heapEnd - c.heapStart)));

  // Allocation: heapLive goes from the previous marked heap to heapStart before a cycle and from
  // heapStart to heapEnd while it marks.
  const perCycle = cs.map((c, i) => mid(c.heapEnd) - (i === 0 ? 0 : mid(cs[i - 1].heapMarked)));
  const grown = perCycle.reduce((a, b) => a + Math.max(0, b), 0);
  const typical = median(perCycle.filter((b) => b > 0));
  const allocBytesTotal = Math.round(grown + typical / 2);
  const span = last.atSeconds - cs[0].atSeconds;
  const allocBytesPerSecond = span > 0 ? (grown - Math.max(0, perCycle[0])) / span : cs[0].atSeconds > 0 ? perCycle[0] / cs[0].atSeconds : 0;

  // Mark speed, chosen so that the model's mark phase lasts as long as the printed concurrent-mark
  // wall time: what the mutator allocates meanwhile (black, and the overshoot) sets the next goal.
  // The work is what the replay's model scans (pointerful bytes: the ring's backing array, and the
  // roots), not the marked heap. At GOMAXPROCS=1 the model's worker gets the P only after sysmon's
  // 10 ms preemption (assists mark before it), so a cycle tells the worker's speed only from the
  // wall time past that; at GOMAXPROCS>1 the workers mark from the start. Printed CPU times are
  // far below wall × worker CPUs (the real workers waited for a CPU), so they are not used.
  const scanWork = replayScanWork(Math.max(REPLAY_OBJECT_SIZE, liveBytes));
  const cpus = markWorkerCpus(last.procs);
  const delay = last.procs === 1 ? forcePreemptNS : 0;
  const rates: number[] = [];
  const wallRates: number[] = [];
  for (const c of cs) {
    if (c.clockMarkUs <= 0 || c.forced) continue;
    const wall = c.clockMarkUs * 1e3;
    wallRates.push(scanWork / (wall * cpus));
    if (wall > delay) rates.push(scanWork / ((wall - delay) * cpus));
  }
  // Most marks ended before the preemption (assists did the work): the whole wall time tells the
  // speed, and the few that outlasted it (a worker that ran late) are outliers, not the rule.
  if (rates.length * 2 <= wallRates.length) rates.splice(0, rates.length, ...wallRates);
  const settings = fitSettings(cs, roots, last.procs);
  const fit: GctraceFit = {
    cycles: cs.length,
    forcedCycles: cs.filter((c) => c.forced).length,
    procs: last.procs,
    durationSeconds: last.atSeconds,
    liveHeap: cs.map((c) => ({ atSeconds: c.atSeconds, bytes: mid(c.heapMarked) })),
    liveBytes,
    stacksBytes,
    globalsBytes,
    allocBytesTotal,
    allocBytesPerSecond,
    allocRate: allocBytesPerSecond / 1e9,
    markRate: median(rates),
    ...settings,
    observedPeakHeap: Math.max(...cs.map((c) => c.heapEnd)),
    observedCpuPercent: last.cpuPercent,
  };
  fit.markRate = refineMarkRate(fit, median(cs.filter((c) => !c.forced && c.clockMarkUs > 0).map((c) => c.clockMarkUs * 1e3)));
  return fit;
}

/**
 * The estimate above treats the workers as marking for the whole wall time; in the model, assists
 * mark part of it while the mutator runs, so the modelled mark lasts longer or shorter. A few
 * replays scale the speed until the modelled median mark lasts as long as the printed one (within 5%).
 */
function refineMarkRate(fit: GctraceFit, observedNs: number): number {
  let rate = fit.markRate;
  if (!(rate > 0) || !(observedNs > 0)) return rate;
  // The first MARK_FIT_CYCLES cycles' worth of allocation tells the median: a long log costs no more.
  const perCycle = fit.allocBytesTotal / Math.max(1, fit.cycles);
  const allocBytesTotal = Math.min(fit.allocBytesTotal, fit.liveBytes + MARK_FIT_CYCLES * perCycle);
  for (let i = 0; i < MARK_FIT_STEPS; i++) {
    const marks = replay({ ...fit, allocBytesTotal, markRate: rate }).cycles.map((c) => c.markTermTime - c.markTime);
    const ratio = median(marks) / observedNs;
    if (!(ratio > 0) || Math.abs(ratio - 1) <= 0.05) break;
    rate *= ratio;
  }
  return rate;
}
const MARK_FIT_STEPS = 5;
const MARK_FIT_CYCLES = 60;
