// strconv (go1.23.5) beyond Itoa, with the allocations of its sources:
//  * Atoi / ParseInt / ParseBool / ParseFloat never allocate on success. A failure returns a
//    *NumError (48 bytes) holding stringslite.Clone(input) (make([]byte, len): one allocation
//    unless the input is empty). ParseInt's failures go through ParseUint's error first: a syntax
//    error is relabelled (Func) and its Num cloned again; a range error is dropped and a second
//    one made (atoi.go:197). Atoi takes ParseInt's path for inputs of 0 or >= 19 bytes.
//  * (*NumError).Error() allocates every time it is called: Quote(e.Num)'s buffer
//    (make([]byte, 0, 3*len/2), grown by appendQuotedWith's appends), the string of it when longer
//    than 32 bytes (it does not escape: a stack buffer otherwise), and the concatenation.
//  * FormatInt: 0..99 in base 10 come from a static table, else formatBits's string(a[i:]) (a
//    one-byte string is static too); AppendInt appends the digits in one append.
//  * FormatFloat: make([]byte, 0, max(prec+4, 24)) then genericFtoa's appends, then string(...);
//    Quote: make([]byte, 0, 3*len(s)/2), appendQuotedWith's appends, then string(...). Both are
//    inlined: the string is a site of the caller (a stack buffer up to 32 bytes if it does not escape).
//  * FormatBool never allocates.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { formatFloat, quote } from './format';
import type { Machine } from './heap';
import { tNumError } from './lib-std';
import { decodeRune } from './lib-misc';
import { appendString, type AllocSite } from './mem';
import { big, norm, type I64 } from './ops';
import { growslice } from '../slice';
import { EMPTY_STR, ErrorVal, GoPanicSignal, Iface, Slice, Str } from './values';

const args = (c: Compiler, e: A.Call): Ev[] => e.args.map((a) => c.expr(a));
const BYTE = { size: 1, hasPointers: false };

/** The append sizes appendQuotedWith(buf, s, '"', false, false) makes (quote.go:31, appendEscapedRune). */
function quoteChunks(s: string): number[] {
  const out = [1];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    const piece = quote(s.slice(i, i + w)).slice(1, -1);
    i += w;
    if (w === 1 && r === 0xfffd) out.push(2, 1, 1); // invalid byte: \xNN
    else if (piece.length === 1 || !piece.startsWith('\\')) out.push(piece.length); // printable (utf8.AppendRune: one append)
    else if (piece === '\\"' || piece === '\\\\') out.push(1, 1);
    else if (piece.startsWith('\\x')) out.push(2, 1, 1);
    else if (piece.startsWith('\\u')) out.push(2, 1, 1, 1, 1);
    else if (piece.startsWith('\\U')) out.push(2, 1, 1, 1, 1, 1, 1, 1, 1);
    else out.push(2); // \a \b \f \n \r \t \v
  }
  out.push(1);
  return out;
}

/** make([]byte, 0, cap) then appends of these sizes: the allocations (growslice on overflow). */
function bufferAppends(m: Machine, cap: number, chunks: number[], at: AllocSite): void {
  if (cap > 0) m.malloc(cap, true, at.site, at.line, 0, null, null);
  let len = 0;
  for (const n of chunks) {
    if (len + n > cap) {
      const g = growslice(len, cap, n, BYTE);
      if (g.capmem > 0) m.malloc(g.capmem, true, at.site, at.line, 0, null, null);
      cap = g.newcap;
    }
    len += n;
  }
}

/** strconv.Quote(s) (inlined quoteWith): the buffer, its growth, and the escaping string. */
function quoteAlloc(m: Machine, s: Str, heap: boolean, at: AllocSite): Str {
  const q = quote(s.s);
  bufferAppends(m, Math.floor((3 * s.s.length) / 2), quoteChunks(s.s), at);
  return resultString(m, q, heap, at);
}

/** string(buf) of an inlined body: static for one byte, a 32-byte stack buffer when it does not escape. */
function resultString(m: Machine, s: string, heap: boolean, at: AllocSite): Str {
  if (s.length <= 1) return new Str(s, null);
  if (!heap && s.length <= 32) return new Str(s, null, true);
  return new Str(s, m.malloc(s.length, true, at.site, at.line, 0, null, null));
}

/** stringslite.Clone: make([]byte, len(s)) and a copy (nothing for ""). */
function clone(m: Machine, s: string, at: AllocSite): Str {
  if (s.length === 0) return EMPTY_STR;
  return new Str(s, m.malloc(s.length, true, at.site, at.line, 0, null, null));
}

class NumErr {
  constructor(
    public fn: string,
    public num: Str,
    public err: string,
  ) {}
}

/** &NumError{fn, stringslite.Clone(str), err}: the clone, then the 48-byte object (on the stack only in ParseBool, inlined, when its error does not escape). */
function numError(m: Machine, fn: string, str: string, err: string, at: AllocSite, heap = true): NumErr {
  const num = clone(m, str, at);
  if (heap) m.malloc(48, false, at.site, at.line, 0, null, null);
  else m.stackAlloc(48, at.site, at.line);
  return new NumErr(fn, num, err);
}

/** The error value the program sees; Error() allocates Quote's buffer, maybe its string, and the concatenation. */
function numErrorValue(m: Machine, e: NumErr, errAt: AllocSite): Iface {
  const q = quote(e.num.s);
  const msg = `strconv.${e.fn}: parsing ${q}: ${e.err}`;
  const onError = () => {
    bufferAppends(m, Math.floor((3 * e.num.s.length) / 2), quoteChunks(e.num.s), errAt);
    if (q.length > 32) m.malloc(q.length, true, errAt.site, errAt.line, 0, null, null);
    m.malloc(msg.length, true, errAt.site, errAt.line, 0, null, null);
  };
  // The NumError object itself was allocated by numError (ParseInt may have replaced its Num).
  const ev = new ErrorVal(msg, null, tNumError, onError);
  return new Iface({ k: 'ptr', elem: tNumError }, ev, null);
}

const lower = (c: number) => c | 0x20;

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && [98, 111, 120].includes(lower(s.charCodeAt(1)))) {
    i = 2;
    saw = '0';
    hex = lower(s.charCodeAt(1)) === 120;
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (hex && lower(c) >= 97 && lower(c) <= 102)) {
      saw = '0';
      continue;
    }
    if (s[i] === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const MAX_U64 = (1n << 64n) - 1n;

/** ParseUint (atoi.go:73). */
function parseUint(m: Machine, s: string, base: number, bitSize: number, at: AllocSite): [bigint, NumErr | null] {
  const fn = 'ParseUint';
  if (s === '') return [0n, numError(m, fn, s, 'invalid syntax', at)];
  const base0 = base === 0;
  const s0 = s;
  if (base >= 2 && base <= 36) {
    /* ok */
  } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const l1 = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (l1 === 98) [base, s] = [2, s.slice(2)];
      else if (l1 === 111) [base, s] = [8, s.slice(2)];
      else if (l1 === 120) [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  } else {
    const e = numError(m, fn, s0, `invalid base ${base}`, at);
    m.malloc(`invalid base ${base}`.length, true, at.site, at.line, 0, null, null);
    m.malloc(16, false, at.site, at.line, 0, null, null);
    return [0n, e];
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) {
    const e = numError(m, fn, s0, `invalid bit size ${bitSize}`, at);
    m.malloc(`invalid bit size ${bitSize}`.length, true, at.site, at.line, 0, null, null);
    m.malloc(16, false, at.site, at.line, 0, null, null);
    return [0n, e];
  }
  const b = BigInt(base);
  const cutoff = MAX_U64 / b + 1n;
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 95 && base0) {
      underscores = true;
      continue;
    } else if (c >= 48 && c <= 57) d = c - 48;
    else if (lower(c) >= 97 && lower(c) <= 122) d = lower(c) - 97 + 10;
    else return [0n, numError(m, fn, s0, 'invalid syntax', at)];
    if (d >= base) return [0n, numError(m, fn, s0, 'invalid syntax', at)];
    if (n >= cutoff) return [maxVal, numError(m, fn, s0, 'value out of range', at)];
    n *= b;
    const n1 = (n + BigInt(d)) & MAX_U64;
    if (n1 < n || n1 > maxVal) return [maxVal, numError(m, fn, s0, 'value out of range', at)];
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return [0n, numError(m, fn, s0, 'invalid syntax', at)];
  return [n, null];
}

/** ParseInt (atoi.go:197). */
function parseInt(m: Machine, s: string, base: number, bitSize: number, at: AllocSite): [bigint, NumErr | null] {
  const fn = 'ParseInt';
  if (s === '') return [0n, numError(m, fn, s, 'invalid syntax', at)];
  const s0 = s;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const [un, err] = parseUint(m, s, base, bitSize, at);
  if (err && err.err !== 'value out of range') {
    err.fn = fn;
    err.num = clone(m, s0, at);
    return [0n, err];
  }
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) return [cutoff - 1n, numError(m, fn, s0, 'value out of range', at)];
  if (neg && un > cutoff) return [-cutoff, numError(m, fn, s0, 'value out of range', at)];
  return [neg ? -un : un, null];
}

/** Atoi (atoi.go:242): the fast path below 19 bytes, else ParseInt(s, 10, 0) relabelled. */
function atoi(m: Machine, s: string, at: AllocSite): [bigint, NumErr | null] {
  if (s.length > 0 && s.length < 19) {
    let t = s;
    if (s[0] === '-' || s[0] === '+') {
      t = s.slice(1);
      if (t.length < 1) return [0n, numError(m, 'Atoi', s, 'invalid syntax', at)];
    }
    let n = 0n;
    for (let i = 0; i < t.length; i++) {
      const ch = t.charCodeAt(i) - 48;
      if (ch < 0 || ch > 9) return [0n, numError(m, 'Atoi', s, 'invalid syntax', at)];
      n = n * 10n + BigInt(ch);
    }
    return [s[0] === '-' ? -n : n, null];
  }
  const [v, err] = parseInt(m, s, 10, 0, at);
  if (err) err.fn = 'Atoi';
  return [v, err];
}

/** ParseFloat's syntax (atof.go readFloat, special): decimal and hex mantissas, underscores between digits, inf/infinity/nan. */
const DEC_RE = /^[+-]?(?:[\d_]*\d[\d_]*\.?[\d_]*|[\d_]*\.[\d_]*\d[\d_]*)(?:[eE][+-]?[\d_]*\d[\d_]*)?$/;
const HEX_RE = /^([+-]?)0[xX]([\da-fA-F_]*)(?:\.([\da-fA-F_]*))?[pP]([+-]?[\d_]*\d[\d_]*)$/;
const SPECIAL_RE = /^(?:[+-]?(?:inf|infinity)|nan)$/i;

/** The value of s (NaN for bad syntax, flagged by ok). JS's decimal parse is correctly rounded, as Go's. */
function floatValue(s: string): { ok: boolean; v: number } {
  if (SPECIAL_RE.test(s)) return { ok: true, v: /nan/i.test(s) ? NaN : s[0] === '-' ? -Infinity : Infinity };
  if (s.includes('_') && !underscoreOK(s)) return { ok: false, v: 0 };
  const t = s.replace(/_/g, '');
  if (DEC_RE.test(s) && !/^[+-]?0[xX]/.test(s)) return { ok: true, v: Number(t) };
  const h = HEX_RE.exec(t);
  if (h && (h[2] + (h[3] ?? '')).length > 0) {
    // mantissa × 2^(exp − 4·fraction digits) (rounded once when the mantissa fits 53 bits)
    const mant = BigInt('0x' + (h[2] + (h[3] ?? '') || '0'));
    const v = Number(mant) * 2 ** (Number(h[4]) - 4 * (h[3] ?? '').length);
    return { ok: true, v: h[1] === '-' ? -v : v };
  }
  return { ok: false, v: 0 };
}

/** ParseFloat (atof.go:695): one &NumError for bad syntax (also after a valid prefix) or out of range (±Inf returned). */
function parseFloat(m: Machine, s: string, bitSize: number, at: AllocSite): [number, NumErr | null] {
  const fn = 'ParseFloat';
  const { ok, v: v0 } = floatValue(s);
  if (!ok) return [0, numError(m, fn, s, 'invalid syntax', at)];
  const v = bitSize === 32 ? Math.fround(v0) : v0;
  if (!Number.isFinite(v) && !Number.isNaN(v) && !/inf/i.test(s)) return [v, numError(m, fn, s, 'value out of range', at)];
  return [v, null];
}

const SMALLS = 100;
/** FormatInt's digits (itoa.go:25): static below 100 in base 10 and for one-byte results. */
function formatInt(m: Machine, i: I64, base: number, at: AllocSite): Str {
  if (base < 2 || base > 36) throw new GoPanicSignal('strconv: illegal AppendInt/FormatInt base');
  const v = big(i);
  if (v >= 0n && v < BigInt(SMALLS) && base === 10) return new Str(v.toString(), null);
  const s = v.toString(base);
  if (s.length <= 1) return new Str(s, null);
  return new Str(s, m.malloc(s.length, true, at.site, at.line, 0, null, null));
}

/**
 * The appends genericFtoa makes (ftoa.go fmtE / fmtF), read off its output: the digits it has
 * (trailing zeros trimmed) go in one append, padding zeros, '.', 'e' and signs one at a time,
 * the exponent in one; NaN and ±Inf in one.
 */
function ftoaChunks(s: string): number[] {
  if (/NaN|Inf/.test(s)) return [s.length];
  const out: number[] = [];
  let i = 0;
  if (s[0] === '-') {
    out.push(1);
    i = 1;
  }
  const ones = (n: number) => {
    for (let k = 0; k < n; k++) out.push(1);
  };
  const ePos = s.indexOf('e');
  if (ePos >= 0) {
    out.push(1); // the first digit
    if (s[i + 1] === '.') {
      out.push(1);
      const frac = s.slice(i + 2, ePos);
      const t = frac.replace(/0+$/, '').length;
      if (t > 0) out.push(t);
      ones(frac.length - t);
    }
    out.push(1, 1, s.length - ePos - 2); // 'e', the exponent's sign, its digits
    return out;
  }
  const dot = s.indexOf('.', i);
  const intPart = s.slice(i, dot < 0 ? s.length : dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (intPart === '0') out.push(1);
  else {
    const m = /[1-9]/.test(frac) ? intPart.length : intPart.replace(/0+$/, '').length;
    out.push(m);
    ones(intPart.length - m);
  }
  if (dot >= 0) {
    out.push(1);
    ones(frac.length);
  }
  return out;
}

/** FormatFloat: genericFtoa's appends into make([]byte, 0, max(prec+4, 24)), then string(...). */
function formatFloatAlloc(m: Machine, v: number, fmt: string, prec: number, bitSize: number, heap: boolean, at: AllocSite): Str {
  const s = formatFloat(bitSize === 32 ? Math.fround(v) : v, fmt, prec, bitSize);
  bufferAppends(m, Math.max(prec + 4, 24), ftoaChunks(s), at);
  return resultString(m, s, heap, at);
}

const errOrNil = (m: Machine, e: NumErr | null, errAt: AllocSite): Iface | null => (e ? numErrorValue(m, e, errAt) : null);
const toInt = (v: bigint): I64 => norm(v);

export const STRCONV_IMPLS: Record<string, LibImpl> = {
  'strconv.Atoi': (c, e) => {
    const [x] = args(c, e);
    const line = c.line(e);
    const at = c.std.at(line, 'strconv.Atoi: a failure returns &NumError{fn, stringslite.Clone(s), err}');
    const errAt = c.std.at(line, "strconv.Atoi: (*NumError).Error(): Quote's buffer and the concatenation");
    return (f) => {
      const [v, err] = atoi(c.m, (x(f) as Str).s, at);
      return [toInt(v), errOrNil(c.m, err, errAt)];
    };
  },
  'strconv.ParseInt': (c, e) => {
    const [x, b, bs] = args(c, e);
    const line = c.line(e);
    const at = c.std.at(line, 'strconv.ParseInt: a failure returns &NumError{fn, stringslite.Clone(s), err} (after ParseUint\'s own)');
    const errAt = c.std.at(line, "strconv.ParseInt: (*NumError).Error(): Quote's buffer and the concatenation");
    return (f) => {
      const [v, err] = parseInt(c.m, (x(f) as Str).s, Number(b(f)), Number(bs(f)), at);
      return [toInt(v), errOrNil(c.m, err, errAt)];
    };
  },
  'strconv.ParseBool': (c, e) => {
    const [x] = args(c, e);
    const line = c.line(e);
    const heap = c.siteHeap(e.id);
    const at = c.std.at(line, 'strconv.ParseBool: a failure returns &NumError{fn, stringslite.Clone(s), err}');
    const errAt = c.std.at(line, "strconv.ParseBool: (*NumError).Error(): Quote's buffer and the concatenation");
    return (f) => {
      const s = (x(f) as Str).s;
      if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(s)) return [true, null];
      if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(s)) return [false, null];
      return [false, errOrNil(c.m, numError(c.m, 'ParseBool', s, 'invalid syntax', at, heap), errAt)];
    };
  },
  'strconv.ParseFloat': (c, e) => {
    const [x, bs] = args(c, e);
    const line = c.line(e);
    const at = c.std.at(line, 'strconv.ParseFloat: a failure returns &NumError{fn, stringslite.Clone(s), err}');
    const errAt = c.std.at(line, "strconv.ParseFloat: (*NumError).Error(): Quote's buffer and the concatenation");
    return (f) => {
      const [v, err] = parseFloat(c.m, (x(f) as Str).s, Number(bs(f)), at);
      return [v, errOrNil(c.m, err, errAt)];
    };
  },
  'strconv.FormatInt': (c, e) => {
    const [x, b] = args(c, e);
    const at = c.std.at(c.line(e), 'strconv.FormatInt: the digits (0..99 in base 10 and one-digit results are static)');
    return (f) => formatInt(c.m, x(f) as I64, Number(b(f)), at);
  },
  'strconv.FormatBool': (c, e) => {
    const [x] = args(c, e);
    return (f) => new Str(x(f) ? 'true' : 'false', null);
  },
  'strconv.FormatFloat': (c, e) => {
    const [x, fm, p, bs] = args(c, e);
    const at = c.std.at(c.line(e), 'strconv.FormatFloat: make([]byte, 0, max(prec+4, 24)) (grown by genericFtoa if needed) and string(...)');
    const heap = c.siteHeap(e.id);
    return (f) => formatFloatAlloc(c.m, x(f) as number, String.fromCharCode(Number(fm(f))), Number(p(f)), Number(bs(f)), heap, at);
  },
  'strconv.AppendInt': (c, e) => {
    const [d, x, b] = args(c, e);
    const at = c.std.at(c.line(e), 'strconv.AppendInt: append(dst, digits...) grows dst when full');
    return (f) => {
      const base = Number(b(f));
      if (base < 2 || base > 36) throw new GoPanicSignal('strconv: illegal AppendInt/FormatInt base');
      return appendString(c.m, d(f) as Slice, big(x(f) as I64).toString(base), at);
    };
  },
  'strconv.Quote': (c, e) => {
    const [x] = args(c, e);
    const at = c.std.at(c.line(e), 'strconv.Quote: make([]byte, 0, 3*len(s)/2), its growth, and string(...)');
    const heap = c.siteHeap(e.id);
    return (f) => quoteAlloc(c.m, x(f) as Str, heap, at);
  },
};
