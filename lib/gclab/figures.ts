// Figures the GC model determines, for lessons: a preset or a lab link's query, settings A or B, and a
// measure. Pure: the lesson components (components/ModelFigure) render them at build time, tests check them.

import { defaultHeapMinimum } from '../go/pacer';
import { findPreset } from './presets';
import { MiB, runLab, summarize, type LabRun } from './run';
import type { GcLabState } from './state';
import { parseGcLabState } from './url-state';

export type GcMeasure = 'cycles' | 'peakMemoryMiB' | 'peakHeapMiB' | 'gcCpuPercent' | 'firstGoalMiB' | 'lastGoalMiB' | 'heapMinimumMiB';

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

/** The figure's value, unrounded. */
export function gcMeasure(spec: GcFigureSpec): number {
  // A constant of the pacer: no lab run needed.
  if (spec.measure === 'heapMinimumMiB') return defaultHeapMinimum / MiB;
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
  }
}

/** Whole numbers for counts, one decimal otherwise. */
export function fmtGcMeasure(measure: GcMeasure, v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: measure === 'cycles' ? 0 : 1 });
}
