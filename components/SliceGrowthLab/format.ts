// Number formatting shared by the lab's table, totals and chart captions.

export const fmtInt = (v: number): string => v.toLocaleString('en-US');

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/** "1,536 B (1.5 KiB)": exact bytes first, the readable size after. */
export function fmtBytes(b: number): string {
  if (Math.abs(b) < 1024) return `${fmtInt(b)} B`;
  let v = Math.abs(b);
  let u = -1;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${fmtInt(b)} B (${v >= 100 ? Math.round(v) : Number(v.toFixed(1))} ${UNITS[u]})`;
}

/** Signed difference with a real minus sign. */
export function fmtDiff(d: number, bytes: boolean): string {
  if (d === 0) return '0';
  const body = bytes ? fmtBytes(Math.abs(d)) : fmtInt(Math.abs(d));
  return `${d > 0 ? '+' : '−'}${body}`;
}

/** B ÷ A as "×2.5"; "—" when A is 0 and B is not. */
export function fmtFactor(a: number, b: number): string {
  if (a === 0) return b === 0 ? '×1' : '—';
  const f = b / a;
  return `×${f >= 100 ? fmtInt(Math.round(f)) : Number(f.toPrecision(3))}`;
}

/** A capacity; Rust reports usize::MAX for zero-sized T (modelled as MAX_SAFE_INTEGER). */
export const fmtCap = (c: number): string => (c >= Number.MAX_SAFE_INTEGER ? 'usize::MAX' : fmtInt(c));
