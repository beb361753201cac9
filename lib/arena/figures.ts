// Figures the arena models determine, for lessons: a preset of the arena lab or its link's query, and a
// measure. Pure: components/ModelFigure renders them at build time; an unreadable spec throws.

import { userArenaChunkBytes, userArenaChunkMaxAllocBytes } from '../go/arena';
import { BumpModel, MALLOC_OVERHEAD } from '../rust/bump';
import { simulateArena } from './simulate';
import { objectSize, parseWorkload, PRESETS, type ArenaWorkload } from './workload';

export type ArenaMeasure =
  | 'arenaAllocations'
  | 'gpaAllocations'
  | 'arenaPeakKiB'
  | 'gpaPeakKiB'
  | 'arenaWasteKiB'
  | 'gpaWasteKiB'
  | 'arenaBytesKiB'
  | 'gpaBytesKiB'
  | 'bypassed'
  | 'objectBytes'
  // The models' own sizes, no preset needed: bumpalo's chunk `chunk` (1 = the first) as allocated,
  // the malloc overhead bumpalo leaves room for, Go's arena chunk and its largest in-arena allocation.
  | 'bumpChunkBytes'
  | 'bumpMallocOverhead'
  | 'goChunkMiB'
  | 'goMaxAllocMiB';

export interface ArenaFigureSpec {
  preset?: string;
  q?: string;
  measure: ArenaMeasure;
  /** bumpChunkBytes: which chunk, 1 for the first (an MDX attribute, so a string). */
  chunk?: string | number;
}

/** Size of bumpalo's k-th chunk allocation (footer included) for a Bump::new() filled with small objects. */
function bumpChunkBytes(k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > 20) throw new Error(`ArenaFigure: chunk must be 1 to 20, got ${k}`);
  const b = new BumpModel();
  while (b.chunks.length < k) b.allocLayout(8, 8);
  return b.chunks[k - 1].size;
}

const MiB = 1 << 20;

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
  switch (spec.measure) {
    case 'bumpChunkBytes':
      return bumpChunkBytes(Number(spec.chunk ?? 1));
    case 'bumpMallocOverhead':
      return MALLOC_OVERHEAD;
    case 'goChunkMiB':
      return userArenaChunkBytes / MiB;
    case 'goMaxAllocMiB':
      return userArenaChunkMaxAllocBytes / MiB;
    case 'objectBytes':
      return objectSize(arenaWorkloadOf(spec));
  }
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
  objectBytes: 'bytes per object in the workload',
  bumpChunkBytes: 'bytes of that bumpalo chunk',
  bumpMallocOverhead: 'bytes bumpalo leaves for malloc’s own header',
  goChunkMiB: 'MiB per Go arena chunk',
  goMaxAllocMiB: 'MiB: the largest allocation a Go arena holds',
};

/** Counts whole, KiB with one decimal. */
export const fmtArenaMeasure = (m: ArenaMeasure, v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: /KiB$/.test(m) ? 1 : 0 });
