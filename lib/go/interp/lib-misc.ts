// math, unicode, unicode/utf8, runtime/debug and testing.AllocsPerRun (go1.23.5): none of the
// math/unicode/utf8 functions allocate; debug.SetGCPercent changes the pacer's GOGC for the rest
// of the run; testing.AllocsPerRun calls the program's closure and reads Mallocs around it.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { Fn, Slice, Str } from './values';

const args = (c: Compiler, e: A.Call): Ev[] => e.args.map((a) => c.expr(a));
const f1 = (op: (x: number) => number): LibImpl => (c, e) => {
  const [x] = args(c, e);
  return (f) => op(x(f) as number);
};
const f2 = (op: (x: number, y: number) => number): LibImpl => (c, e) => {
  const [x, y] = args(c, e);
  return (f) => op(x(f) as number, y(f) as number);
};

/** math.Min/Max: NaN and signed zeros as the real ones. */
function fmin(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}
function fmax(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

// ---- UTF-8 over the engine's byte strings (one char per byte) ----

export const RUNE_ERROR = 0xfffd;

/** utf8.DecodeRuneInString(s[i:]): the rune and its width (RuneError, 1 for invalid bytes). */
export function decodeRune(s: string, i: number): [number, number] {
  const n = s.length - i;
  if (n <= 0) return [RUNE_ERROR, 0];
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number) => {
    const b = s.charCodeAt(i + k);
    return k < n && b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? [RUNE_ERROR, 1] : [((b0 & 0x1f) << 6) | c1, 2];
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi) return [RUNE_ERROR, 1];
    const c2 = cont(2);
    return c2 < 0 ? [RUNE_ERROR, 1] : [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | c2, 3];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return [RUNE_ERROR, 1];
    const c2 = cont(2);
    const c3 = cont(3);
    return c2 < 0 || c3 < 0 ? [RUNE_ERROR, 1] : [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | (c2 << 6) | c3, 4];
  }
  return [RUNE_ERROR, 1];
}

/** The UTF-8 bytes of r as a byte string (invalid runes as U+FFFD). */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10ffff) return 4;
  return -1;
}

/** Runes of a byte string with their byte offsets (invalid bytes: RuneError of width 1). */
export function* runes(s: string): Generator<[number, number, number]> {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    yield [i, r, w];
    i += w;
  }
}

// ---- unicode (JS's Unicode tables agree with Go's for the letters learners use) ----

const isUpper = (r: number) => {
  if (r < 0x80) return r >= 65 && r <= 90;
  const ch = String.fromCodePoint(r);
  return /\p{Lu}/u.test(ch);
};
const isLower = (r: number) => (r < 0x80 ? r >= 97 && r <= 122 : /\p{Ll}/u.test(String.fromCodePoint(r)));
const isLetter = (r: number) => (r < 0x80 ? (r | 0x20) >= 97 && (r | 0x20) <= 122 : r <= 0x10ffff && /\p{L}/u.test(String.fromCodePoint(r)));
const isDigit = (r: number) => (r < 0x80 ? r >= 48 && r <= 57 : r <= 0x10ffff && /\p{Nd}/u.test(String.fromCodePoint(r)));
export const isSpace = (r: number): boolean => {
  if (r <= 0xff) return r === 32 || (r >= 9 && r <= 13) || r === 0x85 || r === 0xa0;
  return r <= 0x10ffff && /\p{White_Space}/u.test(String.fromCodePoint(r));
};
/** unicode.ToUpper / ToLower: the simple one-rune mapping. */
export function toUpperRune(r: number): number {
  if (r < 0x80) return r >= 97 && r <= 122 ? r - 32 : r;
  if (r > 0x10ffff || r < 0) return r;
  const u = String.fromCodePoint(r).toUpperCase();
  return [...u].length === 1 ? u.codePointAt(0)! : r;
}
export function toLowerRune(r: number): number {
  if (r < 0x80) return r >= 65 && r <= 90 ? r + 32 : r;
  if (r > 0x10ffff || r < 0) return r;
  const u = String.fromCodePoint(r).toLowerCase();
  return [...u].length === 1 ? u.codePointAt(0)! : r;
}

function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    if (r === RUNE_ERROR && w === 1) return false;
    i += w;
  }
  return true;
}

export const MISC_IMPLS: Record<string, LibImpl> = {
  'math.Sqrt': f1(Math.sqrt),
  'math.Floor': f1(Math.floor),
  'math.Ceil': f1(Math.ceil),
  'math.Abs': f1(Math.abs),
  'math.Pow': f2((x, y) => (x === 1 || y === 0 ? 1 : Math.pow(x, y))),
  'math.Log2': f1(Math.log2),
  'math.Inf': f1((s) => (s >= 0 ? Infinity : -Infinity)),
  'math.Min': f2(fmin),
  'math.Max': f2(fmax),
  'unicode.IsUpper': f1((r) => Number(isUpper(r))),
  'unicode.IsLower': f1((r) => Number(isLower(r))),
  'unicode.IsLetter': f1((r) => Number(isLetter(r))),
  'unicode.IsDigit': f1((r) => Number(isDigit(r))),
  'unicode.IsSpace': f1((r) => Number(isSpace(r))),
  'unicode.ToUpper': f1(toUpperRune),
  'unicode.ToLower': f1(toLowerRune),
  'utf8.RuneLen': f1(runeLen),
  'utf8.RuneCountInString': (c, e) => {
    const [s] = args(c, e);
    return (f) => {
      const str = (s(f) as Str).s;
      let n = 0;
      for (let i = 0; i < str.length; n++) i += decodeRune(str, i)[1];
      return n;
    };
  },
  'utf8.ValidString': (c, e) => {
    const [s] = args(c, e);
    return (f) => validString((s(f) as Str).s);
  },
  'utf8.DecodeRuneInString': (c, e) => {
    const [s] = args(c, e);
    return (f) => decodeRune((s(f) as Str).s, 0);
  },
  'utf8.EncodeRune': (c, e) => {
    const [p, r] = args(c, e);
    const line = c.line(e);
    return (f) => {
      const sl = p(f) as Slice;
      const b = encodeRune(r(f) as number);
      if (sl.len < b.length) c.panicAt(line, `runtime error: index out of range [${b.length - 1}] with length ${sl.len}`);
      for (let i = 0; i < b.length; i++) (sl.d as Uint8Array)[sl.off + i] = b.charCodeAt(i);
      return b.length;
    };
  },
  'debug.SetGCPercent': (c, e) => {
    const [x] = args(c, e);
    const m = c.m;
    return (f) => {
      const n = x(f) as number;
      const old = m.go.gcController.setGCPercent(n);
      // "If we just disabled GC, wait for any concurrent GC mark to finish."
      if (n < 0 && m.marking) m.gcTerminate();
      return old;
    };
  },
  'debug.SetMemoryLimit': (c, e) => {
    const [x] = args(c, e);
    const m = c.m;
    return (f) => m.go.gcController.setMemoryLimit(Number(x(f) as number | bigint));
  },
  'debug.FreeOSMemory': (c) => {
    const m = c.m;
    return () => {
      m.forcedGC();
      return undefined;
    };
  },
  'testing.AllocsPerRun': (c, e) => {
    const [runs, fv] = args(c, e);
    const line = c.line(e);
    const m = c.m;
    return (f) => {
      const n = runs(f) as number;
      const fn = fv(f) as Fn | null;
      if (fn === null) return c.panicAt(line, 'runtime error: invalid memory address or nil pointer dereference', true);
      // testing/allocs.go: GOMAXPROCS(1) (already 1), warm-up call, then ReadMemStats around the runs.
      fn.call([]);
      const before = m.go.heap.readMemStats(true).Mallocs;
      for (let i = 0; i < n; i++) fn.call([]);
      const after = m.go.heap.readMemStats(true).Mallocs;
      return Math.floor((after - before) / n);
    };
  },
};

