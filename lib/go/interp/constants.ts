// Constant values of the checker and how go/constant prints them in messages.
import { formatFloat, quote } from './format';

/** A float constant past float64's range keeps its literal (`raw`), so messages can print it as go/constant does. */
export type ConstVal = { k: 'int'; v: bigint } | { k: 'float'; v: number; raw?: string } | { k: 'string'; v: string } | { k: 'bool'; v: boolean };

/** A decimal literal beyond float64 in %.6g form ("1e400" → "1e+400"), as go/constant prints it. */
export function bigFloatString(raw: string): string {
  const m = /^([0-9_]*)(?:\.([0-9_]*))?(?:[eE]([+-]?[0-9_]+))?$/.exec(raw);
  if (!m) return raw;
  const intPart = m[1].replace(/_/g, '');
  const frac = (m[2] ?? '').replace(/_/g, '');
  let digits = (intPart + frac).replace(/^0+/, '');
  const lead = (intPart + frac).length - digits.length;
  let exp = Number((m[3] ?? '0').replace(/_/g, '')) + intPart.length - 1 - lead;
  if (!digits) return '0';
  // Round to 6 significant digits, half away from zero on the decimal digits (exact).
  if (digits.length > 6) {
    const up = digits[6] >= '5';
    let kept = digits.slice(0, 6);
    if (up) {
      const n = (BigInt(kept) + 1n).toString();
      if (n.length > 6) exp++;
      kept = n.slice(0, 6);
    }
    digits = kept;
  }
  digits = digits.replace(/0+$/, '') || '0';
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

export function constToNumber(v: ConstVal): number {
  if (v.k === 'int') return Number(v.v);
  if (v.k === 'float') return v.v;
  if (v.k === 'bool') return v.v ? 1 : 0;
  return 0;
}

/** A constant's value as go/constant prints it (floats %.6g, strings quoted and cut at 72 runes). */
export function constString(v: ConstVal): string {
  if (v.k === 'int') return v.v.toString();
  if (v.k === 'bool') return String(v.v);
  if (v.k === 'float') {
    if (!Number.isFinite(v.v) && v.raw) return bigFloatString(v.raw);
    const s = formatFloat(v.v, 'g', 6);
    return !Number.isInteger(v.v) && !s.includes('.') ? formatFloat(v.v, 'g', -1) : s;
  }
  const q = new TextDecoder().decode(Uint8Array.from(quote(v.v), (c) => c.charCodeAt(0)));
  const runes = [...q];
  return runes.length > 72 ? runes.slice(0, 69).join('') + '...' : q;
}
