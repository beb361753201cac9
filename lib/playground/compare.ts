// The compare table: A and B side by side on the numbers that matter, with B − A.

import type { RunStats } from '@/lib/runtime/result';
import { fmtBytes, fmtDiff, fmtInt } from './format';

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  diff: string;
}

const ROWS: { label: string; key: keyof RunStats; bytes: boolean }[] = [
  { label: 'Heap allocations', key: 'heapAllocs', bytes: false },
  { label: 'Heap bytes allocated', key: 'heapBytes', bytes: true },
  { label: 'Peak heap', key: 'peakHeapBytes', bytes: true },
  { label: 'GC cycles', key: 'gcCycles', bytes: false },
];

export function compareRows(a: RunStats, b: RunStats): CompareRow[] {
  return ROWS.map(({ label, key, bytes }) => {
    const f = bytes ? fmtBytes : fmtInt;
    return { label, a: f(a[key]), b: f(b[key]), diff: fmtDiff(b[key] - a[key], bytes) };
  });
}
