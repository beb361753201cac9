// Runs the GC lab's workload under one setting on the pacer model (lib/go/gcphases.ts, the same
// model the playground's heap and the gctrace replay use) and turns the cycles into what the chart,
// the readouts and the table show. Pure: the lab re-runs it on every slider move.

import { simulateGcPhases, type GcPhase, type GcPhasesResult } from '../go/gcphases';
import { Col, type CycleLog } from '../go/cyclelog';
import type { GcLabState, GcSettings, PhaseSpec } from './state';

export const MiB = 2 ** 20;
/** The lab stops a run here and says so: enough for any chart, and 10 000 cycles cost a few ms. */
export const MAX_LAB_CYCLES = 20_000;

/** One point of the heap over time: heapLive, the part of it that was marked live at the last cycle, and non-heap memory (bytes; t in s). */
export interface HeapPoint {
  t: number;
  heap: number;
  live: number;
  nonHeap: number;
}

/** The same points as columns (10 000 cycles make 40 000 of them). */
export interface HeapSeries {
  length: number;
  t: Float64Array;
  heap: Float64Array;
  live: Float64Array;
  nonHeap: Float64Array;
}

export interface GoalStep {
  t0: number;
  t1: number;
  goal: number;
}

export interface LabRun {
  settings: GcSettings;
  result: GcPhasesResult;
  /** The cycles, compact: log.get(i) is cycle i's record. */
  log: CycleLog;
  series: HeapSeries;
  /** The goal in force from t0 to t1 (s), one step per cycle and one after the last. */
  goals: { length: number; t0: Float64Array; t1: Float64Array; goal: Float64Array };
  /** Start of each cycle, s. */
  cycleStarts: Float64Array;
  endSeconds: number;
  /** Bytes; null without a limit. */
  memoryLimit: number | null;
  /** The run hit MAX_LAB_CYCLES and stopped early. */
  truncated: boolean;
}

export function phasesFor(state: GcLabState, s: GcSettings): { phases: GcPhase[]; mutatorPs: number } {
  const mutatorPs = Math.min(state.goroutines, s.gomaxprocs);
  const phases = state.phases.map((p: PhaseSpec) => ({
    durationNs: Math.round(p.seconds * 1e9),
    // Stated for the whole program; the model's rate is per running goroutine.
    allocRate: (p.allocMiBps * MiB) / 1e9 / state.goroutines,
    survivingFraction: p.survivePct / 100,
    deathRate: p.deathPctPerSec / 100,
    scanFraction: p.scanPct / 100,
    nonHeapBytes: Math.round(p.nonHeapMiB * MiB),
  }));
  return { phases, mutatorPs };
}

export function runSettings(state: GcLabState, s: GcSettings): LabRun {
  const { phases, mutatorPs } = phasesFor(state, s);
  const memoryLimit = s.memLimitMiB === null ? null : s.memLimitMiB * MiB;
  const result = simulateGcPhases({
    phases,
    mutatorPs,
    gcPercent: s.gogc === 'off' ? -1 : s.gogc,
    memoryLimit: memoryLimit ?? undefined,
    gomaxprocs: s.gomaxprocs,
    nonHeapMemory: phases[0]?.nonHeapBytes,
    initialLiveBytes: Math.round(state.liveMiB * MiB),
    maxCycles: MAX_LAB_CYCLES,
  });
  return { settings: s, result, log: result.log, memoryLimit, truncated: result.numGC >= MAX_LAB_CYCLES, ...shape(state, result) };
}

/** Goals at or above this are "none" (GOGC=off without a limit computes maxUint64). */
const NO_GOAL = 2 ** 53;

function shape(state: GcLabState, r: GcPhasesResult) {
  const log = r.log;
  const n = log.length;
  const ends = r.phaseEnds.map((e) => e.t / 1e9);
  const nonHeapOf = state.phases.map((p) => p.nonHeapMiB * MiB);
  const cap = 4 * n + r.phaseEnds.length + 1;
  const series: HeapSeries = { length: 0, t: new Float64Array(cap), heap: new Float64Array(cap), live: new Float64Array(cap), nonHeap: new Float64Array(cap) };
  let phase = 0;
  let live = Math.round(state.liveMiB * MiB);
  const push = (t: number, heap: number) => {
    const k = series.length++;
    while (phase < ends.length - 1 && t > ends[phase]) phase++;
    series.t[k] = t;
    series.heap[k] = heap;
    series.live[k] = Math.min(live, heap);
    series.nonHeap[k] = nonHeapOf[phase] ?? 0;
  };
  push(0, live);
  let pe = 0;
  // Phase ends that fall before time t, drawn where they are (the allocation rate may change there).
  const phaseEndsBefore = (t: number) => {
    for (; pe < r.phaseEnds.length && r.phaseEnds[pe].t / 1e9 < t; pe++) if (!r.phaseEnds[pe].marking) push(r.phaseEnds[pe].t / 1e9, r.phaseEnds[pe].heapLive);
  };
  const goals = { length: 0, t0: new Float64Array(n + 1), t1: new Float64Array(n + 1), goal: new Float64Array(n + 1) };
  const addGoal = (t0: number, t1: number, g: number) => {
    if (g >= NO_GOAL) return;
    goals.t0[goals.length] = t0;
    goals.t1[goals.length] = t1;
    goals.goal[goals.length++] = g;
  };
  const cycleStarts = new Float64Array(n);
  let goalFrom = 0;
  for (let i = 0; i < n; i++) {
    const t0 = log.at(i, Col.startTime) / 1e9;
    const t1 = log.at(i, Col.endTime) / 1e9;
    const heapEnd = log.at(i, Col.heapEnd);
    phaseEndsBefore(t0);
    cycleStarts[i] = t0;
    push(t0, log.at(i, Col.heapStart));
    push(log.at(i, Col.markTermTime) / 1e9, heapEnd);
    addGoal(goalFrom, t1, log.at(i, Col.goal));
    push(t1, heapEnd);
    live = log.at(i, Col.heapMarked);
    push(t1, live);
    goalFrom = t1;
  }
  phaseEndsBefore(Infinity);
  const endSeconds = Math.max(r.elapsedNs / 1e9, series.t[series.length - 1]);
  // With no cycle at all the goal was never computed here: nothing is drawn (GOGC=off, no limit).
  if (n > 0 && endSeconds > goalFrom) addGoal(goalFrom, endSeconds, log.at(n - 1, Col.nextGoal));
  return { series, goals, cycleStarts, endSeconds };
}

export interface LabSummary {
  cycles: number;
  peakMemory: number;
  peakHeap: number;
  gcCpuFraction: number;
}

export const summarize = (run: LabRun): LabSummary => ({
  cycles: run.result.numGC,
  peakMemory: run.result.peakMemory,
  peakHeap: run.result.peakHeapLive,
  gcCpuFraction: run.result.gcCpuFraction,
});

export interface LabRuns {
  a: LabRun;
  b: LabRun | null;
}

export function runLab(state: GcLabState): LabRuns {
  return { a: runSettings(state, state.a), b: state.b ? runSettings(state, state.b) : null };
}
