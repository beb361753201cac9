// Figures the arena models determine, for lessons: a preset of the arena lab or its link's query, and a
// measure. Pure: components/ModelFigure renders them at build time; an unreadable spec throws.

import { simulateArena } from './simulate';
import { parseWorkload, PRESETS, type ArenaWorkload } from './workload';

export type ArenaMeasure =
  | 'arenaAllocations'
  | 'gpaAllocations'
  | 'arenaPeakKiB'
  | 'gpaPeakKiB'
  | 'arenaWasteKiB'
  | 'gpaWasteKiB'
  | 'arenaBytesKiB'
  | 'gpaBytesKiB'
  | 'bypassed';

export interface ArenaFigureSpec {
  preset?: string;
  q?: string;
  measure: ArenaMeasure;
}

export function arenaWorkloadOf(spec: ArenaFigureSpec): ArenaWorkload {
  if (spec.q !== undefined) {
    const { workload, errors } = parseWorkload(spec.q);
    if (errors.length) throw new Error(`ArenaFigure q="${spec.q}": ${errors.join('; ')}`);
    return workload;
  }
  const p = PRESETS.find((x) => x.id === spec.preset);
  if (!p) throw new Error(`ArenaFigure: no arena lab preset "${spec.preset}"`);
  return p.workload;
}

export function arenaMeasure(spec: ArenaFigureSpec): number {
  const r = simulateArena(arenaWorkloadOf(spec));
  const kib = (b: number) => b / 1024;
  switch (spec.measure) {
    case 'arenaAllocations':
      return r.arena.allocations;
    case 'gpaAllocations':
      return r.gpa.allocations;
    case 'arenaPeakKiB':
      return kib(r.arena.peak);
    case 'gpaPeakKiB':
      return kib(r.gpa.peak);
    case 'arenaWasteKiB':
      return kib(r.arena.wasteAtPeak);
    case 'gpaWasteKiB':
      return kib(r.gpa.wasteAtPeak);
    case 'arenaBytesKiB':
      return kib(r.arena.bytes);
    case 'gpaBytesKiB':
      return kib(r.gpa.bytes);
    case 'bypassed':
      return r.bypassed;
  }
}

export const ARENA_MEASURE_WHAT: Record<ArenaMeasure, string> = {
  arenaAllocations: 'calls into the allocator with the arena',
  gpaAllocations: 'calls into the allocator without it',
  arenaPeakKiB: 'peak KiB held with the arena',
  gpaPeakKiB: 'peak KiB held without it',
  arenaWasteKiB: 'KiB held but not live at the arena’s peak',
  gpaWasteKiB: 'KiB held but not live at the general-purpose peak',
  arenaBytesKiB: 'KiB asked of the allocator with the arena',
  gpaBytesKiB: 'KiB asked of the allocator without it',
  bypassed: 'allocations sent past the arena',
};

/** Counts whole, KiB with one decimal. */
export const fmtArenaMeasure = (m: ArenaMeasure, v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: /KiB$/.test(m) ? 1 : 0 });
