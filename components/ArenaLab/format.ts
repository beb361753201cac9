// Number formatting for the arena lab (same style as the slice lab: exact bytes, then a readable size).
export { fmtBytes, fmtInt } from '@/components/SliceGrowthLab/format';

/** "3.2%" of a whole; "0%" when the whole is 0. */
export function fmtShare(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  const p = (part / whole) * 100;
  return `${p >= 10 ? Math.round(p) : Number(p.toFixed(1))}%`;
}

export function stepName(request: number, phase: 'alloc' | 'end'): string {
  return `request ${request + 1}, ${phase === 'alloc' ? 'after its allocations' : 'after it ends'}`;
}
