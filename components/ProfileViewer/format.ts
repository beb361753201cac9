import type { SampleType } from '@/lib/profile/model';

const nf = new Intl.NumberFormat('en-US');

/** A value in its sample type's unit: bytes with a binary suffix, counts as plain integers. */
export function fmtValue(v: number, t: SampleType): string {
  if (t.unit === 'bytes') {
    const a = Math.abs(v);
    if (a >= 2 ** 30) return `${(v / 2 ** 30).toFixed(2)} GiB`;
    if (a >= 2 ** 20) return `${(v / 2 ** 20).toFixed(2)} MiB`;
    if (a >= 2 ** 10) return `${(v / 2 ** 10).toFixed(1)} KiB`;
    return `${nf.format(v)} B`;
  }
  return nf.format(v);
}

export const pct = (v: number, total: number) => (total ? `${((100 * v) / total).toFixed(2)}%` : '—');

/** A file path shortened to its last two parts, for tables. */
export const shortFile = (f: string) => f.split('/').slice(-2).join('/');
