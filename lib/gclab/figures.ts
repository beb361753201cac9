// Figures the GC model determines, for lessons: a preset or a lab link's query, settings A or B, and a
// measure. Pure: the lesson components (components/ModelFigure) render them at build time, tests check them.

import { defaultHeapMinimum } from '../go/pacer';
import { findPreset } from './presets';
import { MiB, runLab, summarize, type LabRun } from './run';
import type { GcLabState } from './state';
import { parseGcLabState } from './url-state';

export type GcMeasure = 'cycles' | 'peakMemoryMiB' | 'peakHeapMiB' | 'gcCpuPercent' | 'firstGoalMiB' | 'lastGoalMiB' | 'heapMinimumMiB' | GcInput;
/**
 * The workload and settings a preset states, so prose can name them without typing them: its live heap,
 * its GOMEMLIMIT (settings A or B), its first phase's allocation rate, the MiB allocated over all phases,
 * and the back-of-envelope goal and runway of the formula `live + live × GOGC/100` (roots left out).
 */
export type GcInput = 'liveMiB' | 'memLimitMiB' | 'allocMiBps' | 'allocatedMiB' | 'runwayMiB' | 'naiveGoalMiB';

export interface GcFigureSpec {
  /** A preset of the GC lab… */
  preset?: string;
  /** …or a lab link's query string (read strictly: any unreadable field fails the build). */
  q?: string;
  /** Settings A (default) or B. */
  which?: 'a' | 'b';
  measure: GcMeasure;
}

export const GC_MEASURE_WHAT: Record<GcMeasure, string> = {
  cycles: 'GC cycles',
  peakMemoryMiB: 'peak memory, heap and non-heap, in MiB',
  peakHeapMiB: 'peak heap in MiB',
  gcCpuPercent: 'share of CPU time spent on GC, per cent',
  firstGoalMiB: 'heap goal of the first cycle, in MiB',
  lastGoalMiB: 'heap goal after the last cycle, in MiB',
  heapMinimumMiB: 'the pacer’s heap goal floor at GOGC=100 (defaultHeapMinimum), in MiB',
  liveMiB: 'live heap of the workload, in MiB',
  memLimitMiB: 'GOMEMLIMIT, in MiB',
  allocMiBps: 'allocation rate of the first phase, MiB/s',
  allocatedMiB: 'MiB allocated over all phases',
  runwayMiB: 'live heap × GOGC/100, in MiB',
  naiveGoalMiB: 'live heap + live heap × GOGC/100, in MiB',
};

export function gcStateOf(spec: GcFigureSpec): GcLabState {
  if (spec.q !== undefined) {
    const { state, errors } = parseGcLabState(spec.q);
    if (errors.length) throw new Error(`GcFigure q="${spec.q}": ${errors.join('; ')}`);
    return state;
  }
  const p = findPreset(spec.preset ?? '');
  if (!p) throw new Error(`GcFigure: no GC lab preset "${spec.preset}"`);
  return p.state;
}

function gcInput(spec: GcFigureSpec): number | null {
  const inputs: readonly string[] = ['liveMiB', 'memLimitMiB', 'allocMiBps', 'allocatedMiB', 'runwayMiB', 'naiveGoalMiB'];
  if (!inputs.includes(spec.measure)) return null;
  const st = gcStateOf(spec);
  const set = spec.which === 'b' ? st.b : st.a;
  if (!set) throw new Error(`GcFigure: ${spec.preset ?? spec.q} has no settings B`);
  const runway = set.gogc === 'off' ? NaN : (st.liveMiB * set.gogc) / 100;
  switch (spec.measure as GcInput) {
    case 'liveMiB':
      return st.liveMiB;
    case 'memLimitMiB':
      if (set.memLimitMiB === null) throw new Error(`GcFigure: ${spec.preset ?? spec.q} sets no memory limit`);
      return set.memLimitMiB;
    case 'allocMiBps':
      return st.phases[0].allocMiBps;
    case 'allocatedMiB':
      return st.phases.reduce((t, p) => t + p.allocMiBps * p.seconds, 0);
    case 'runwayMiB':
      return runway;
    case 'naiveGoalMiB':
      return st.liveMiB + runway;
  }
}

/** The figure's value, unrounded. */
export function gcMeasure(spec: GcFigureSpec): number {
  // A constant of the pacer: no lab run needed.
  if (spec.measure === 'heapMinimumMiB') return defaultHeapMinimum / MiB;
  const input = gcInput(spec);
  if (input !== null) return input;
  const runs = runLab(gcStateOf(spec));
  const run: LabRun | null = spec.which === 'b' ? runs.b : runs.a;
  if (!run) throw new Error(`GcFigure: ${spec.preset ?? spec.q} has no settings B`);
  const s = summarize(run);
  switch (spec.measure) {
    case 'cycles':
      return s.cycles;
    case 'peakMemoryMiB':
      return s.peakMemory / MiB;
    case 'peakHeapMiB':
      return s.peakHeap / MiB;
    case 'gcCpuPercent':
      return s.gcCpuFraction * 100;
    case 'firstGoalMiB':
      return (run.log.length ? run.log.get(0).goal : NaN) / MiB;
    case 'lastGoalMiB':
      return (run.log.length ? run.log.get(run.log.length - 1).nextGoal : NaN) / MiB;
    default:
      throw new Error(`GcFigure: unknown measure "${String(spec.measure)}"`);
  }
}

/** Whole numbers for counts, one decimal otherwise. */
export function fmtGcMeasure(measure: GcMeasure, v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: measure === 'cycles' ? 0 : 1 });
}
