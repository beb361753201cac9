// Runs the GC lab's workload under one setting on the pacer model (lib/go/gcphases.ts, the same
// model the playground's heap and the gctrace replay use) and turns the cycles into what the chart,
// the readouts and the table show. Pure: the lab re-runs it on every slider move.

import { simulateGcPhases, type GcPhase, type GcPhasesResult } from '../go/gcphases';
import type { GcCycleRecord } from '../go/gctrace';
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

export interface GoalStep {
  t0: number;
  t1: number;
  goal: number;
}

export interface LabRun {
  settings: GcSettings;
  result: GcPhasesResult;
  cycles: GcCycleRecord[];
  points: HeapPoint[];
  goals: GoalStep[];
  /** Start of each cycle, s. */
  cycleStarts: number[];
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
  return { settings: s, result, memoryLimit, truncated: result.numGC >= MAX_LAB_CYCLES, ...shape(state, result) };
}

/** Non-heap bytes at time t (s): the phase's figure. */
function nonHeapAt(state: GcLabState, ends: number[], t: number): number {
  for (let i = 0; i < ends.length; i++) if (t <= ends[i]) return state.phases[i].nonHeapMiB * MiB;
  return (state.phases[state.phases.length - 1]?.nonHeapMiB ?? 0) * MiB;
}

function shape(state: GcLabState, r: GcPhasesResult) {
  const ends = r.phaseEnds.map((e) => e.t / 1e9);
  const points: HeapPoint[] = [];
  const cycleStarts: number[] = [];
  const goals: GoalStep[] = [];
  let live = Math.round(state.liveMiB * MiB);
  const push = (t: number, heap: number) => points.push({ t, heap, live: Math.min(live, heap), nonHeap: nonHeapAt(state, ends, t) });
  push(0, live);
  let pe = 0;
  let goalFrom = 0;
  // Phase ends that fall before time t, drawn where they are (the allocation rate may change there).
  const phaseEndsBefore = (t: number) => {
    for (; pe < r.phaseEnds.length && r.phaseEnds[pe].t / 1e9 < t; pe++) if (!r.phaseEnds[pe].marking) push(r.phaseEnds[pe].t / 1e9, r.phaseEnds[pe].heapLive);
  };
  for (const c of r.cycles) {
    const t0 = c.startTime / 1e9;
    phaseEndsBefore(t0);
    cycleStarts.push(t0);
    push(t0, c.heapStart);
    push(c.markTermTime / 1e9, c.heapEnd);
    goals.push({ t0: goalFrom, t1: c.endTime / 1e9, goal: c.goal });
    const t1 = c.endTime / 1e9;
    push(t1, c.heapEnd);
    live = c.heapMarked;
    push(t1, c.heapMarked);
    goalFrom = t1;
  }
  phaseEndsBefore(Infinity);
  const endSeconds = Math.max(r.elapsedNs / 1e9, points[points.length - 1].t);
  const last = r.cycles[r.cycles.length - 1];
  // With no cycle at all the goal was never computed here: nothing is drawn (GOGC=off, no limit).
  if (last && endSeconds > goalFrom) goals.push({ t0: goalFrom, t1: endSeconds, goal: last.nextGoal });
  return { cycles: r.cycles, points, goals: goals.filter((g) => g.goal < NO_GOAL), cycleStarts, endSeconds };
}

/** Goals at or above this are "none" (GOGC=off without a limit computes maxUint64). */
const NO_GOAL = 2 ** 53;

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
