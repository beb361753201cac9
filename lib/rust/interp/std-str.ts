// Run-time side of check/strs.ts: str searching/trimming/splitting, `parse` (core::num's
// from_str_radix and dec2flt's accepted syntax, with IntErrorKind / FloatErrorKind), char
// classification, integer checked/saturating/overflowing arithmetic. Nothing here allocates except
// `to_uppercase`/`to_lowercase` (alloc/src/str.rs: String::with_capacity(self.len()) and pushes).

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import { utf8Len } from './format';
import { big, maxOf, minOf, norm, wrapTo, type Int } from './int';
import { DONE, type RIter } from './iter';
import { Place, RSome, RString, type Machine } from './machine';
import { applyVec, newString, pushChunks, strHolder } from './std';
import { intBits, isSigned, prune, type IntName, type Ty } from './ty';
import type { E, F } from './values';

type Panic = (message: string, chunks: string[] | null, at?: string) => never;

export function strOf(v: unknown): string {
  while (v instanceof Place) v = v.o[v.k];
  return typeof v === 'string' ? v : (v as RString).s;
}

/** A pattern value: a char (code point) or a string. */
const patStr = (p: unknown): string => (typeof p === 'number' ? String.fromCodePoint(p) : strOf(p));
const ASCII = /^[\x00-\x7f]*$/;
/** The UTF-8 byte offset of a JS string index. */
const byteAt = (s: string, i: number): number => (ASCII.test(s) ? i : utf8Len(s.slice(0, i)));
const some = (v: unknown) => new RSome(v);
const WS = /^[\s\u0085]+/u;
const WS_END = /[\s\u0085]+$/u;

function splitPieces(op: string, s: string, pat: string | null): string[] {
  switch (op) {
    case 'str.split_whitespace':
      return s.split(/[\s\u0085]+/u).filter((x) => x.length > 0);
    case 'str.lines': {
      if (s === '') return [];
      const parts = s.split('\n');
      if (parts[parts.length - 1] === '') parts.pop();
      return parts.map((x) => (x.endsWith('\r') ? x.slice(0, -1) : x));
    }
    default: {
      const parts = pat === '' ? ['', ...[...s], ''] : s.split(pat!);
      if (op === 'str.split_terminator' && parts.length && parts[parts.length - 1] === '') parts.pop();
      if (op === 'str.rsplit') parts.reverse();
      return parts;
    }
  }
}

/** Split, SplitWhitespace, Lines: std's size_hint is (0, None) for all of them (no TrustedLen). */
export function strIter(op: string, s: string, pat: unknown): RIter {
  const a = splitPieces(op, s, pat === undefined ? null : patStr(pat));
  let i = 0;
  let j = a.length;
  return {
    next: () => (i < j ? a[i++] : DONE),
    back: () => (j > i ? a[--j] : DONE),
    hint: () => (i < j ? [0, null] : [0, op === 'str.split_whitespace' || op === 'str.lines' ? null : 0]),
    trusted: false,
    tra: false,
  };
}

function trimMatches(s: string, p: string, start: boolean, end: boolean): string {
  if (!p) return s;
  if (start) while (s.startsWith(p)) s = s.slice(p.length);
  if (end) while (s.endsWith(p)) s = s.slice(0, s.length - p.length);
  return s;
}

// ---- parse

function parseInt(name: IntName, s: string): unknown {
  const err = (k: number) => [1, [[k]]];
  if (s === '') return err(0);
  const signed = isSigned(name);
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (s.length === 1) return err(1);
    if (s[0] === '-') {
      if (!signed) return err(1);
      neg = true;
    }
    i = 1;
  }
  const lo = big(minOf(name));
  const hi = big(maxOf(name));
  let v = 0n;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return err(1);
    v = v * 10n + BigInt(neg ? -c : c);
    if (v > hi) return err(2);
    if (v < lo) return err(3);
  }
  return [0, norm(v)];
}

const FLOAT = /^[+-]?(inf|infinity|nan|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)$/i;

function parseFloat(f32: boolean, s: string): unknown {
  if (s === '') return [1, [[0]]];
  if (!FLOAT.test(s)) return [1, [[1]]];
  const low = s.toLowerCase().replace(/^\+/, '');
  const v = low.endsWith('nan') ? NaN : low.endsWith('inf') || low.endsWith('infinity') ? (low[0] === '-' ? -Infinity : Infinity) : Number(low);
  return [0, f32 ? Math.fround(v) : v];
}

// ---- chars

const isAsciiPunct = (c: number) => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
const CHAR_PRED: Record<string, (c: number) => boolean> = {
  is_alphabetic: (c) => /\p{Alphabetic}/u.test(String.fromCodePoint(c)),
  is_numeric: (c) => /\p{N}/u.test(String.fromCodePoint(c)),
  is_alphanumeric: (c) => /[\p{Alphabetic}\p{N}]/u.test(String.fromCodePoint(c)),
  is_whitespace: (c) => /\p{White_Space}/u.test(String.fromCodePoint(c)),
  is_uppercase: (c) => /\p{Uppercase}/u.test(String.fromCodePoint(c)),
  is_lowercase: (c) => /\p{Lowercase}/u.test(String.fromCodePoint(c)),
  is_control: (c) => /\p{Cc}/u.test(String.fromCodePoint(c)),
  is_ascii: (c) => c < 128,
  is_ascii_digit: (c) => c >= 48 && c <= 57,
  is_ascii_alphabetic: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  is_ascii_alphanumeric: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  is_ascii_uppercase: (c) => c >= 65 && c <= 90,
  is_ascii_lowercase: (c) => c >= 97 && c <= 122,
  is_ascii_whitespace: (c) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13,
  is_ascii_punctuation: isAsciiPunct,
  is_ascii_hexdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};
const asciiUp = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);
const asciiLow = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

function toDigit(c: number, radix: number, panic: Panic): unknown {
  if (radix < 2 || radix > 36) panic('to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive', null);
  const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
  return d < radix ? some(d) : null;
}

/** A builtin method of check/strs.ts, or null for the ids std.ts handles. */
export function compileStrMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, id: string, st: Ty, recv: E, args: E[], panic: Panic): E | null {
  const a0 = args[0];
  const a1 = args[1];
  const dot = id.indexOf('.');
  const group = id.slice(0, dot);
  const name = id.slice(dot + 1);
  if (group === 'char' || group === 'u8') {
    const pred = CHAR_PRED[name];
    if (pred) return (f) => pred(recv(f) as number);
    switch (name) {
      case 'to_ascii_uppercase':
        return (f) => asciiUp(recv(f) as number);
      case 'to_ascii_lowercase':
        return (f) => asciiLow(recv(f) as number);
      case 'to_digit':
        return (f) => toDigit(recv(f) as number, Number(a0(f)), panic);
      case 'eq_ignore_ascii_case':
        return (f) => asciiLow(recv(f) as number) === asciiLow(a0(f) as number);
    }
    return null;
  }
  if (group === 'int') return intExt(name, (prune(st) as { name: IntName }).name, recv, a0, a1, panic);
  if (group !== 'str') return null;
  const s = (f: F) => strOf(recv(f));
  const p = (f: F) => patStr(a0(f));
  switch (name) {
    case 'trim':
      return (f) => s(f).replace(WS, '').replace(WS_END, '');
    case 'trim_start':
      return (f) => s(f).replace(WS, '');
    case 'trim_end':
      return (f) => s(f).replace(WS_END, '');
    case 'trim_matches':
      return (f) => trimMatches(s(f), p(f), true, true);
    case 'starts_with':
      return (f) => s(f).startsWith(p(f));
    case 'ends_with':
      return (f) => s(f).endsWith(p(f));
    case 'contains':
      return (f) => s(f).includes(p(f));
    case 'find':
    case 'rfind':
      return (f) => {
        const x = s(f);
        const i = name === 'find' ? x.indexOf(p(f)) : x.lastIndexOf(p(f));
        return i < 0 ? null : some(byteAt(x, i));
      };
    case 'split_once':
    case 'rsplit_once':
      return (f) => {
        const x = s(f);
        const q = p(f);
        const i = name === 'split_once' ? x.indexOf(q) : x.lastIndexOf(q);
        return i < 0 ? null : some([x.slice(0, i), x.slice(i + q.length)]);
      };
    case 'strip_prefix':
      return (f) => {
        const x = s(f);
        const q = p(f);
        return x.startsWith(q) ? some(x.slice(q.length)) : null;
      };
    case 'strip_suffix':
      return (f) => {
        const x = s(f);
        const q = p(f);
        return x.endsWith(q) ? some(x.slice(0, x.length - q.length)) : null;
      };
    case 'eq_ignore_ascii_case':
      return (f) => {
        const x = s(f);
        const y = strOf(a0(f));
        return x.length === y.length && x.replace(/[A-Z]/g, (c) => c.toLowerCase()) === y.replace(/[A-Z]/g, (c) => c.toLowerCase());
      };
    case 'as_bytes':
      return (f) => [...new TextEncoder().encode(s(f))];
    case 'is_char_boundary':
      return (f) => {
        const b = new TextEncoder().encode(s(f));
        const i = Number(a0(f));
        return i === 0 || i === b.length || (i < b.length && (b[i] & 0xc0) !== 0x80);
      };
    case 'replace':
      return replaceFn(cx.m, s, p, (f) => strOf(a1(f)), panic);
    case 'repeat':
      return (f) => {
        const x = s(f);
        const n = Number(a0(f));
        const len = utf8Len(x) * n;
        if (len > Number.MAX_SAFE_INTEGER || !Number.isSafeInteger(len)) panic('capacity overflow', null);
        return newString(cx.m, x.repeat(n), len, `str::repeat (capacity ${len})`);
      };
    case 'to_uppercase':
    case 'to_lowercase':
    case 'to_ascii_uppercase':
    case 'to_ascii_lowercase':
      return caseMap(cx.m, name, s);
    case 'parse': {
      const target = prune((prune(tyOf(e)) as Extract<Ty, { k: 'struct' }>).s.targs![0]);
      if (target.k === 'int') {
        const n = target.name;
        return (f) => parseInt(n, s(f));
      }
      const f32 = target.k === 'float' && target.name === 'f32';
      return (f) => parseFloat(f32, s(f));
    }
  }
  return null;
}

/**
 * str::replace (alloc/src/str.rs): one ASCII byte for one ASCII byte maps the bytes into a Vec of exactly
 * len; otherwise `String::with_capacity(len if the replacement is not shorter than the pattern, else 0)`
 * and one push_str per piece and per replacement.
 */
function replaceFn(m: Machine, s: (f: F) => string, p: (f: F) => string, to: (f: F) => string, panic: Panic): E {
  return (f) => {
    const x = s(f);
    const from = p(f);
    const t = to(f);
    const fromLen = utf8Len(from);
    const toLen = utf8Len(t);
    const pieces = from === '' ? ['', ...[...x], ''] : x.split(from);
    const result = pieces.join(t);
    if (fromLen === 1 && toLen === 1 && from.charCodeAt(0) < 128 && t.charCodeAt(0) < 128) return newString(m, result, utf8Len(x), 'str::replace (one byte for one byte: capacity = len)');
    const out = newString(m, '', fromLen <= toLen ? utf8Len(x) : 0, 'str::replace (String::with_capacity)');
    const chunks: string[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0) chunks.push(t);
      chunks.push(piece);
    });
    pushChunks(m, out, chunks, 'str::replace', panic);
    return out;
  };
}

/** str::to_lowercase / to_uppercase: `String::with_capacity(self.len())`, then pushes (growing past len doubles). */
function caseMap(m: Machine, name: string, s: (f: F) => string): E {
  const map = name === 'to_uppercase' ? (x: string) => x.toUpperCase() : name === 'to_lowercase' ? (x: string) => x.toLowerCase() : name === 'to_ascii_uppercase' ? (x: string) => x.replace(/[a-z]/g, (c) => c.toUpperCase()) : (x: string) => x.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const reason = `str::${name} (capacity = len)`;
  return (f) => {
    const x = s(f);
    const y = map(x);
    const n = utf8Len(x);
    const out = newString(m, y, n, reason);
    const need = utf8Len(y);
    if (need > n) {
      // the pushes past the initial capacity reserve as String::push does (amortized doubling)
      const v = out.m.vec;
      v.len = n;
      const ev = v.reserve(need - n);
      v.len = need;
      if (ev) applyVec(m, strHolder(out), ev, `String growth (${name})`);
    }
    return out;
  };
}

// ---- integers (core/src/num/{int,uint}_macros.rs)

function intExt(name: string, t: IntName, recv: E, a0: E, a1: E, panic: Panic): E | null {
  const lo = big(minOf(t));
  const hi = big(maxOf(t));
  const fits = (v: bigint) => v >= lo && v <= hi;
  const out = (v: bigint): Int => norm(v);
  const bin = (g: (a: bigint, b: bigint) => unknown): E => (f) => g(big(recv(f) as Int), big(a0(f) as Int));
  const un = (g: (a: bigint) => unknown): E => (f) => g(big(recv(f) as Int));
  const checked = (op: (a: bigint, b: bigint) => bigint | null) => bin((a, b) => {
    const v = op(a, b);
    return v === null || !fits(v) ? null : some(out(v));
  });
  const sat = (v: bigint) => out(v < lo ? lo : v > hi ? hi : v);
  const ow = (v: bigint) => [wrapTo(t, norm(v)), !fits(v)];
  const bits = BigInt(intBits(t));
  const pow = (a: bigint, b: bigint) => a ** b;
  const divZero = (what: string) => panic(`attempt to calculate the ${what} with a divisor of zero`, null);
  switch (name) {
    case 'checked_add': return checked((a, b) => a + b);
    case 'checked_sub': return checked((a, b) => a - b);
    case 'checked_mul': return checked((a, b) => a * b);
    case 'checked_div': return checked((a, b) => (b === 0n ? null : a / b));
    case 'checked_rem': return checked((a, b) => (b === 0n || (a === lo && b === -1n && lo < 0n) ? null : a % b));
    case 'checked_pow': return checked(pow);
    case 'saturating_add': return bin((a, b) => sat(a + b));
    case 'saturating_sub': return bin((a, b) => sat(a - b));
    case 'saturating_mul': return bin((a, b) => sat(a * b));
    case 'saturating_pow': return bin((a, b) => sat(pow(a, b)));
    case 'overflowing_add': return bin((a, b) => ow(a + b));
    case 'overflowing_sub': return bin((a, b) => ow(a - b));
    case 'overflowing_mul': return bin((a, b) => ow(a * b));
    case 'wrapping_neg': return un((a) => wrapTo(t, norm(-a)));
    case 'wrapping_abs': return un((a) => wrapTo(t, norm(a < 0n ? -a : a)));
    case 'wrapping_pow': return bin((a, b) => wrapTo(t, norm(pow(a, b))));
    case 'rem_euclid':
    case 'div_euclid':
      return bin((a, b) => {
        if (b === 0n) divZero(name === 'rem_euclid' ? 'remainder' : 'quotient');
        let r = a % b;
        if (r < 0n) r += b < 0n ? -b : b;
        if (name === 'rem_euclid') return out(r);
        return wrapTo(t, norm((a - r) / b));
      });
    case 'signum': return un((a) => (a > 0n ? 1 : a < 0n ? -1 : 0));
    case 'is_positive': return un((a) => a > 0n);
    case 'is_negative': return un((a) => a < 0n);
    case 'abs_diff': return bin((a, b) => out(a > b ? a - b : b - a));
    case 'unsigned_abs': return un((a) => out(a < 0n ? -a : a));
    case 'leading_zeros':
    case 'trailing_zeros':
    case 'count_zeros':
      return un((a) => {
        const u = BigInt.asUintN(Number(bits), a);
        if (name === 'count_zeros') return Number(bits) - u.toString(2).replace(/0/g, '').length;
        if (u === 0n) return Number(bits);
        const str = u.toString(2);
        return name === 'leading_zeros' ? Number(bits) - str.length : str.length - 1 - str.lastIndexOf('1');
      });
    case 'clamp':
      return (f) => {
        const a = big(recv(f) as Int);
        const mn = big(a0(f) as Int);
        const mx = big(a1(f) as Int);
        if (mn > mx) panic(`assertion failed: min <= max`, null);
        return out(a < mn ? mn : a > mx ? mx : a);
      };
  }
  return null;
}

/** `char::from(u8)`, `char::from_u32(n)`, `char::from_digit(d, radix)`. */
export function compileCharCall(e: Extract<Expr, { k: 'call' }>, args: E[], panic: Panic): E | null {
  const a0 = args[0];
  switch (e.builtin) {
    case 'char::from':
      return (f) => Number(a0(f));
    case 'char::from_u32':
      return (f) => {
        const n = Number(a0(f));
        return n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? null : some(n);
      };
    case 'char::from_digit':
      return (f) => {
        const d = Number(a0(f));
        const r = Number(args[1](f));
        if (r > 36) panic('from_digit: radix is too high (maximum 36)', null);
        return d < r ? some(d < 10 ? 48 + d : 87 + d) : null;
      };
  }
  return null;
}
