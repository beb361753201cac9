// Number formatting for the playground's tables, captions and slider text.

/** 1234567 → "1,234,567" (en-US grouping without toLocaleString, whose first call loads ICU data: ~15 ms in a cold worker). */
export function fmtInt(v: number): string {
  const r = Math.round(v);
  if (!Number.isFinite(r)) return String(r);
  const digits = String(Math.abs(r));
  return (r < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/** "1.5 KiB", "512 B": compact, for annotations and captions. */
export function fmtBytes(b: number): string {
  const sign = b < 0 ? '−' : '';
  let v = Math.abs(b);
  if (v < 1024) return `${sign}${fmtInt(v)} B`;
  let u = -1;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${sign}${v >= 100 ? Math.round(v) : Number(v.toFixed(1))} ${UNITS[u]}`;
}

/** Virtual nanoseconds as ns, µs, ms or s. */
export function fmtTime(ns: number): string {
  if (ns < 1000) return `${Number(ns.toFixed(0))} ns`;
  if (ns < 1e6) return `${Number((ns / 1e3).toPrecision(3))} µs`;
  if (ns < 1e9) return `${Number((ns / 1e6).toPrecision(3))} ms`;
  return `${Number((ns / 1e9).toPrecision(3))} s`;
}

/** Signed difference with a real minus sign; bytes in the compact form. */
export function fmtDiff(d: number, bytes = false): string {
  if (d === 0) return '0';
  const body = bytes ? fmtBytes(Math.abs(d)) : fmtInt(Math.abs(d));
  return `${d > 0 ? '+' : '−'}${body}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${fmtInt(n)} ${n === 1 ? one : many}`;
