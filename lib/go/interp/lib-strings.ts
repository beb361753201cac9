// strings and bytes functions (go1.23.5), with the allocations of their sources: Fields and
// Split make one slice of the result's length (the parts share the input), Join / Replace /
// ToUpper / ToLower grow a Builder once to the final length, Map grows one on the first change;
// searching and trimming never allocate. Strings are byte strings (one char per byte).

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { Builder, BuilderObj } from './lib-std';
import { decodeRune, encodeRune, isSpace, toLowerRune, toUpperRune, RUNE_ERROR } from './lib-misc';
import { appendString, bytesToString, makeSlice, roundupsizeNoscan, stringToBytes, type AllocSite } from './mem';
import { tByteSlice, tString } from './types';
import { EMPTY_STR, Fn, NIL_SLICE, Slice, Str } from './values';
import type { Machine } from './heap';

const args = (c: Compiler, e: A.Call): Ev[] => e.args.map((a) => c.expr(a));
const sub = (s: Str, from: number, to = s.s.length): Str => (from === 0 && to === s.s.length ? s : to <= from ? EMPTY_STR : new Str(s.s.slice(from, to), s.o, s.stack));
const bstr = (b: Slice): string => (b.d ? bytesToString(b.d, b.off, b.len) : '');
const subslice = (b: Slice, from: number, to: number, max = b.cap): Slice => new Slice(b.d, b.o, b.off + from, to - from, max - from);

/** A string built in a Builder grown once to n bytes (bytealg.MakeNoZero: the size class). */
export function builtString(m: Machine, s: string, n: number, at: AllocSite): Str {
  if (n <= 0) return s.length === 0 ? EMPTY_STR : new Str(s, null);
  const o = m.malloc(roundupsizeNoscan(n), true, at.site, at.line, 0, null, null);
  return s.length === 0 ? EMPTY_STR : new Str(s, o);
}

function count(s: string, sep: string): number {
  if (sep.length === 0) {
    let n = 0;
    for (let i = 0; i < s.length; n++) i += decodeRune(s, i)[1];
    return n + 1;
  }
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length)) n++;
  return n;
}

const asciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Field boundaries of Fields (unicode.IsSpace). */
function fieldSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeRune(s, i);
    const sp = r < 0x80 ? asciiSpace(r) : isSpace(r);
    if (sp) {
      if (start >= 0) spans.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
    i += w;
  }
  if (start >= 0) spans.push([start, s.length]);
  return spans;
}

/** genSplit's parts of s (sep non-empty), at most n (n < 0: all). */
function splitSpans(s: string, sep: string, n: number): [number, number][] {
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const out: [number, number][] = [];
  let start = 0;
  while (out.length < n - 1) {
    const m = s.indexOf(sep, start);
    if (m < 0) break;
    out.push([start, m]);
    start = m + sep.length;
  }
  out.push([start, s.length]);
  return out;
}

/** explode: one part per UTF-8 sequence, at most n. */
function explodeSpans(s: string, n: number): [number, number][] {
  const out: [number, number][] = [];
  let l = count(s, '') - 1;
  if (n > 0 && n < l) l = n;
  let i = 0;
  while (out.length < l - 1 && i < s.length) {
    const w = decodeRune(s, i)[1];
    out.push([i, i + w]);
    i += w;
  }
  if (l > 0 && i <= s.length) out.push([i, s.length]);
  return out;
}

function stringsOf(m: Machine, s: Str, spans: [number, number][], at: AllocSite): Slice {
  if (spans.length === 0) return makeSlice(m, tString, 0, 0, true, at);
  const a = makeSlice(m, tString, spans.length, spans.length, true, at);
  spans.forEach(([x, y], i) => ((a.d as Str[])[i] = sub(s, x, y)));
  return a;
}

/** strings.Map: the Builder grows on the first rune that changes (len(s)+UTFMax), then appends. */
function mapString(m: Machine, mapping: (r: number) => number, s: Str, at: AllocSite): Str {
  const str = s.s;
  for (let i = 0; i < str.length; ) {
    const [c, w] = decodeRune(str, i);
    const r = mapping(c);
    if (r === c && c !== RUNE_ERROR) {
      i += w;
      continue;
    }
    if (c === RUNE_ERROR && w !== 1 && r === c) {
      i += w;
      continue;
    }
    const b = new BuilderObj();
    Builder.Grow(m, b, str.length + 4, at);
    Builder.WriteString(m, b, new Str(str.slice(0, i), null), at);
    if (r >= 0) Builder.WriteString(m, b, new Str(encodeRune(r), null), at);
    for (let j = i + w; j < str.length; ) {
      const [c2, w2] = decodeRune(str, j);
      const r2 = mapping(c2);
      if (r2 >= 0) Builder.WriteString(m, b, new Str(encodeRune(r2), null), at);
      j += w2;
    }
    return Builder.String(b);
  }
  return s;
}

function caseASCII(m: Machine, s: Str, upper: boolean, at: AllocSite): Str {
  const str = s.s;
  let ascii = true;
  let change = false;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    if (ch >= 0x80) {
      ascii = false;
      break;
    }
    if (upper ? ch >= 97 && ch <= 122 : ch >= 65 && ch <= 90) change = true;
  }
  if (!ascii) return mapString(m, upper ? toUpperRune : toLowerRune, s, at);
  if (!change) return s;
  return builtString(m, upper ? str.toUpperCase() : str.toLowerCase(), str.length, at);
}

function trimSpaceSpan(s: string): [number, number] {
  let start = 0;
  while (start < s.length) {
    const [r, w] = decodeRune(s, start);
    if (!(r < 0x80 ? asciiSpace(r) : isSpace(r))) break;
    start += w;
  }
  let stop = s.length;
  while (stop > start) {
    // the last rune: back up over continuation bytes
    let k = stop - 1;
    while (k > start && (s.charCodeAt(k) & 0xc0) === 0x80 && stop - k < 4) k--;
    const [r, w] = decodeRune(s, k);
    const rr = k + w === stop ? r : RUNE_ERROR;
    if (!(rr < 0x80 ? asciiSpace(rr) : isSpace(rr))) break;
    stop = k + w === stop ? k : stop - 1;
  }
  return [start, stop];
}

function trimCutset(s: string, cutset: string): [number, number] {
  const set = new Set<number>();
  for (let i = 0; i < cutset.length; ) {
    const [r, w] = decodeRune(cutset, i);
    set.add(r);
    i += w;
  }
  let start = 0;
  while (start < s.length) {
    const [r, w] = decodeRune(s, start);
    if (!set.has(r)) break;
    start += w;
  }
  let stop = s.length;
  while (stop > start) {
    let k = stop - 1;
    while (k > start && (s.charCodeAt(k) & 0xc0) === 0x80 && stop - k < 4) k--;
    const [r, w] = decodeRune(s, k);
    if (k + w !== stop || !set.has(r)) break;
    stop = k;
  }
  return [start, stop];
}

function equalFold(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [r1, w1] = decodeRune(a, i);
    const [r2, w2] = decodeRune(b, j);
    if (r1 !== r2 && toLowerRune(r1) !== toLowerRune(r2) && toUpperRune(r1) !== toUpperRune(r2)) return false;
    i += w1;
    j += w2;
  }
  return i === a.length && j === b.length;
}

/** A library call's allocation site (always the heap: these allocations happen inside the library). */
const site = (c: Compiler, e: A.Call, what: string): AllocSite => c.std.at(c.line(e), what);

const s1 = (op: (s: Str) => unknown): LibImpl => (c, e) => {
  const [x] = args(c, e);
  return (f) => op(x(f) as Str);
};
const s2 = (op: (a: Str, b: Str) => unknown): LibImpl => (c, e) => {
  const [x, y] = args(c, e);
  return (f) => op(x(f) as Str, y(f) as Str);
};

export const STRINGS_IMPLS: Record<string, LibImpl> = {
  'strings.Contains': s2((a, b) => a.s.includes(b.s)),
  'strings.ContainsRune': (c, e) => {
    const [x, r] = args(c, e);
    return (f) => {
      const rv = r(f) as number;
      const s = (x(f) as Str).s;
      if (rv === RUNE_ERROR) {
        for (let i = 0; i < s.length; ) {
          const [q, w] = decodeRune(s, i);
          if (q === RUNE_ERROR) return true;
          i += w;
        }
        return false;
      }
      return rv >= 0 && rv <= 0x10ffff && s.includes(encodeRune(rv));
    };
  },
  'strings.Index': s2((a, b) => a.s.indexOf(b.s)),
  'strings.IndexByte': (c, e) => {
    const [x, b] = args(c, e);
    return (f) => (x(f) as Str).s.indexOf(String.fromCharCode(b(f) as number));
  },
  'strings.LastIndex': s2((a, b) => a.s.lastIndexOf(b.s)),
  'strings.HasPrefix': s2((a, b) => a.s.startsWith(b.s)),
  'strings.HasSuffix': s2((a, b) => a.s.endsWith(b.s)),
  'strings.Count': s2((a, b) => count(a.s, b.s)),
  'strings.EqualFold': s2((a, b) => equalFold(a.s, b.s)),
  'strings.TrimSpace': s1((s) => sub(s, ...trimSpaceSpan(s.s))),
  'strings.Trim': s2((s, cut) => (s.s === '' || cut.s === '' ? s : sub(s, ...trimCutset(s.s, cut.s)))),
  'strings.TrimPrefix': s2((s, p) => (s.s.startsWith(p.s) ? sub(s, p.s.length) : s)),
  'strings.TrimSuffix': s2((s, p) => (s.s.endsWith(p.s) ? sub(s, 0, s.s.length - p.s.length) : s)),
  'strings.Cut': s2((s, sep) => {
    const i = s.s.indexOf(sep.s);
    if (i >= 0) return [sub(s, 0, i), sub(s, i + sep.s.length), true];
    return [s, EMPTY_STR, false];
  }),
  'strings.Fields': (c, e) => {
    const [x] = args(c, e);
    const at = site(c, e, 'strings.Fields: make([]string, n) for the fields (they share the input)');
    return (f) => {
      const s = x(f) as Str;
      return stringsOf(c.m, s, fieldSpans(s.s), at);
    };
  },
  'strings.Split': (c, e) => {
    const [x, sep] = args(c, e);
    const at = site(c, e, 'strings.Split: make([]string, n) for the parts (they share the input)');
    return (f) => splitString(c.m, x(f) as Str, (sep(f) as Str).s, -1, at);
  },
  'strings.SplitN': (c, e) => {
    const [x, sep, n] = args(c, e);
    const at = site(c, e, 'strings.SplitN: make([]string, n) for the parts (they share the input)');
    return (f) => splitString(c.m, x(f) as Str, (sep(f) as Str).s, n(f) as number, at);
  },
  'strings.Join': (c, e) => {
    const [xs, sep] = args(c, e);
    const at = site(c, e, 'strings.Join: one Builder grown to the final length');
    return (f) => {
      const a = xs(f) as Slice;
      const sp = (sep(f) as Str).s;
      const elems = a.d ? (a.d as Str[]).slice(a.off, a.off + a.len) : [];
      if (elems.length === 0) return EMPTY_STR;
      if (elems.length === 1) return elems[0];
      const out = elems.map((x) => x.s).join(sp);
      return builtString(c.m, out, out.length, at);
    };
  },
  'strings.ToUpper': (c, e) => {
    const [x] = args(c, e);
    const at = site(c, e, 'strings.ToUpper: a Builder grown to len(s) (nothing when nothing changes)');
    return (f) => caseASCII(c.m, x(f) as Str, true, at);
  },
  'strings.ToLower': (c, e) => {
    const [x] = args(c, e);
    const at = site(c, e, 'strings.ToLower: a Builder grown to len(s) (nothing when nothing changes)');
    return (f) => caseASCII(c.m, x(f) as Str, false, at);
  },
  'strings.Map': (c, e) => {
    const [fn, x] = args(c, e);
    const at = site(c, e, 'strings.Map: a Builder grown to len(s)+4 at the first rune that changes');
    return (f) => {
      const mf = fn(f) as Fn | null;
      const s = x(f) as Str;
      if (mf === null) {
        if (s.s.length === 0) return s;
        return c.panicAt(c.line(e), 'runtime error: invalid memory address or nil pointer dereference', true);
      }
      return mapString(c.m, (r) => mf.call([r]) as number, s, at);
    };
  },
  'strings.Replace': (c, e) => {
    const [x, o, n, k] = args(c, e);
    const at = site(c, e, 'strings.Replace: one Builder grown to the final length (nothing when nothing is replaced)');
    return (f) => replace(c.m, x(f) as Str, (o(f) as Str).s, (n(f) as Str).s, k(f) as number, at);
  },
  'strings.ReplaceAll': (c, e) => {
    const [x, o, n] = args(c, e);
    const at = site(c, e, 'strings.ReplaceAll: one Builder grown to the final length (nothing when nothing is replaced)');
    return (f) => replace(c.m, x(f) as Str, (o(f) as Str).s, (n(f) as Str).s, -1, at);
  },

  // ---- bytes ----
  'bytes.Equal': (c, e) => {
    const [x, y] = args(c, e);
    return (f) => bstr(x(f) as Slice) === bstr(y(f) as Slice);
  },
  'bytes.Contains': (c, e) => {
    const [x, y] = args(c, e);
    return (f) => bstr(x(f) as Slice).includes(bstr(y(f) as Slice));
  },
  'bytes.Index': (c, e) => {
    const [x, y] = args(c, e);
    return (f) => bstr(x(f) as Slice).indexOf(bstr(y(f) as Slice));
  },
  'bytes.HasPrefix': (c, e) => {
    const [x, y] = args(c, e);
    return (f) => bstr(x(f) as Slice).startsWith(bstr(y(f) as Slice));
  },
  'bytes.TrimSpace': (c, e) => {
    const [x] = args(c, e);
    return (f) => {
      const b = x(f) as Slice;
      const [i, j] = trimSpaceSpan(bstr(b));
      if (i === j) return NIL_SLICE;
      return subslice(b, i, j);
    };
  },
  'bytes.Fields': (c, e) => {
    const [x] = args(c, e);
    const at = site(c, e, 'bytes.Fields: make([][]byte, n) for the fields (they share the input)');
    return (f) => {
      const b = x(f) as Slice;
      const spans = fieldSpans(bstr(b));
      const a = makeSlice(c.m, tByteSlice, spans.length, spans.length, true, at);
      spans.forEach(([i, j], k) => ((a.d as Slice[])[k] = subslice(b, i, j, j)));
      return a;
    };
  },
  'bytes.Split': (c, e) => {
    const [x, sep] = args(c, e);
    const at = site(c, e, 'bytes.Split: make([][]byte, n) for the parts (they share the input)');
    return (f) => {
      const b = x(f) as Slice;
      const sp = bstr(sep(f) as Slice);
      const spans = sp === '' ? explodeSpans(bstr(b), -1) : splitSpans(bstr(b), sp, -1);
      const a = makeSlice(c.m, tByteSlice, spans.length, spans.length, true, at);
      spans.forEach(([i, j], k) => ((a.d as Slice[])[k] = k === spans.length - 1 && sp !== '' ? subslice(b, i, j) : subslice(b, i, j, j)));
      return a;
    };
  },
  'bytes.Join': (c, e) => {
    const [xs, sep] = args(c, e);
    const at = site(c, e, 'bytes.Join: one allocation of the result');
    return (f) => {
      const a = xs(f) as Slice;
      const parts = a.d ? (a.d as Slice[]).slice(a.off, a.off + a.len).map(bstr) : [];
      if (parts.length === 0) return new Slice(new Uint8Array(0), null, 0, 0, 0);
      const out = parts.join(bstr(sep(f) as Slice));
      if (parts.length === 1) return appendString(c.m, NIL_SLICE, out, at); // append([]byte(nil), s[0]...)
      return freshBytes(c.m, out, out.length, at);
    };
  },
  'bytes.ToUpper': (c, e) => {
    const [x] = args(c, e);
    const at = site(c, e, 'bytes.ToUpper: a new slice for the result (a copy when nothing changes)');
    return (f) => {
      const b = x(f) as Slice;
      const s = bstr(b);
      if ([...s].some((ch) => ch.charCodeAt(0) >= 0x80)) {
        const r = mapString(c.m, toUpperRune, new Str(s, null), at);
        return appendString(c.m, NIL_SLICE, r.s, at);
      }
      if (!/[a-z]/.test(s)) return appendString(c.m, new Slice(new Uint8Array(0), null, 0, 0, 0), s, at);
      return freshBytes(c.m, s.toUpperCase(), s.length, at);
    };
  },
};

/** bytealg.MakeNoZero(n)[:n:n] filled with s. */
function freshBytes(m: Machine, s: string, n: number, at: AllocSite): Slice {
  if (n === 0) return new Slice(new Uint8Array(0), null, 0, 0, 0);
  const cap = roundupsizeNoscan(n);
  const d = new Uint8Array(cap);
  stringToBytes(s, d, 0);
  const o = m.malloc(cap, true, at.site, at.line, 0, d, null);
  return new Slice(d, o, 0, n, n);
}

function splitString(m: Machine, s: Str, sep: string, n: number, at: AllocSite): Slice {
  if (n === 0) return NIL_SLICE;
  if (sep === '') return stringsOf(m, s, explodeSpans(s.s, n), at);
  return stringsOf(m, s, splitSpans(s.s, sep, n), at);
}

function replace(m: Machine, s: Str, old: string, nw: string, n: number, at: AllocSite): Str {
  if (old === nw || n === 0) return s;
  const k = count(s.s, old);
  if (k === 0) return s;
  if (n < 0 || k < n) n = k;
  let out = '';
  let start = 0;
  const str = s.s;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += decodeRune(str, start)[1];
    } else j += str.slice(start).indexOf(old);
    out += str.slice(start, j) + nw;
    start = j + old.length;
  }
  out += str.slice(start);
  return builtString(m, out, str.length + n * (nw.length - old.length), at);
}

