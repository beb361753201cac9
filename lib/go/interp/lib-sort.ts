// sort and slices (go1.23.5). sort.Slice / SliceStable box the slice (the caller's `any`
// conversion) and build reflectlite.Swapper's closure: 32 B for 8-byte, string or pointer
// elements, else a scratch element (unsafe_New) plus a 48 B closure; nothing for lengths 0 and 1.
// Sorting calls the program's less synchronously. The slices helpers never allocate, except
// Grow (append(s[:cap(s)], make([]E, n)...)).
// Simplification: elements are ordered by insertion sort (Go's pdqsort does that up to 12
// elements); for longer slices equal elements of an unstable sort may end in another order.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { appendSlice, appendValues, copyIntoFn, growSlice, isAggregate, type AllocSite } from './mem';
import { equalFn } from './compile-expr';
import { isString, layout, underlying, type T } from './types';
import { Fn, Iface, Slice, Str } from './values';
import type { Machine } from './heap';

const args = (c: Compiler, e: A.Call): Ev[] => e.args.map((a) => c.expr(a));

function swap(s: Slice, i: number, j: number): void {
  const d = s.d as unknown[];
  const t = d[s.off + i];
  d[s.off + i] = d[s.off + j];
  d[s.off + j] = t;
}

/** insertionSort_func: stable, with the caller's less on the live slice. */
function insertionSort(n: number, less: (i: number, j: number) => boolean, sw: (i: number, j: number) => void): void {
  for (let i = 1; i < n; i++) for (let j = i; j > 0 && less(j, j - 1); j--) sw(j, j - 1);
}

/** reflectlite.Swapper's allocations for a slice of elem (length >= 2). */
function swapperAllocs(m: Machine, elem: T, at: AllocSite): void {
  const lay = layout(elem);
  const fast = lay.ptr ? lay.size === 8 || isString(elem) : [1, 2, 4, 8].includes(lay.size);
  if (!fast) {
    if (lay.size > 0) m.malloc(lay.size, !lay.ptr, at.site, at.line, 0, null, null); // tmp := unsafe_New(typ)
    m.malloc(40, false, at.site, at.line, 0, null, null); // closure over s, size, typ, tmp
  } else m.malloc(32, false, at.site, at.line, 0, null, null); // closure over a copy of the slice header
}

const cmpValues = (a: unknown, b: unknown): number => {
  if (a instanceof Str) return a.s < (b as Str).s ? -1 : a.s > (b as Str).s ? 1 : 0;
  const x = a as number;
  const y = b as number;
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  if (Number.isNaN(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
};
const at = (s: Slice, i: number): unknown => (s.d as unknown[])[s.off + i];

export function sortOrdered(s: Slice): void {
  if (s.len < 2) return;
  insertionSort(s.len, (i, j) => cmpValues(at(s, i), at(s, j)) < 0, (i, j) => swap(s, i, j));
}

function sortSlice(c: Compiler, e: A.Call): Ev {
  const [x, lessEv] = args(c, e);
  const line = c.line(e);
  const site = c.std.at(line, "sort.Slice: reflectlite.Swapper's closure (and a scratch element for other sizes)");
  return (f) => {
    const iv = x(f) as Iface | null;
    if (iv === null || underlying(iv.t).k !== 'slice') return c.panicAt(line, `reflect: call of Swapper on ${iv === null ? 'zero Value' : underlying(iv.t).k} Value`);
    const s = iv.v as Slice;
    const less = lessEv(f) as Fn | null;
    if (s.len < 2) return undefined;
    swapperAllocs(c.m, (underlying(iv.t) as { elem: T }).elem, site);
    if (less === null) return c.panicAt(line, 'runtime error: invalid memory address or nil pointer dereference', true);
    insertionSort(s.len, (i, j) => less.call([i, j]) as boolean, (i, j) => swap(s, i, j));
    return undefined;
  };
}

const sliceOf = (c: Compiler, e: A.Call): Ev => c.expr(e.args[0]);

export const SORT_IMPLS: Record<string, LibImpl> = {
  'sort.Slice': sortSlice,
  'sort.SliceStable': sortSlice,
  'sort.Ints': (c, e) => {
    const s = sliceOf(c, e);
    return (f) => sortOrdered(s(f) as Slice);
  },
  'sort.Strings': (c, e) => {
    const s = sliceOf(c, e);
    return (f) => sortOrdered(s(f) as Slice);
  },
  'sort.Search': (c, e) => {
    const [n, pred] = args(c, e);
    return (f) => {
      const p = pred(f) as Fn;
      let i = 0;
      let j = n(f) as number;
      while (i < j) {
        const h = Math.floor((i + j) / 2);
        if (!(p.call([h]) as boolean)) i = h + 1;
        else j = h;
      }
      return i;
    };
  },
  'slices.Sort': (c, e) => {
    const s = sliceOf(c, e);
    return (f) => sortOrdered(s(f) as Slice);
  },
  'slices.SortFunc': (c, e) => {
    const [sv, cmpEv] = args(c, e);
    return (f) => {
      const s = sv(f) as Slice;
      const cmp = cmpEv(f) as Fn;
      if (s.len < 2) return undefined;
      insertionSort(s.len, (i, j) => (cmp.call([at(s, i), at(s, j)]) as number) < 0, (i, j) => swap(s, i, j));
      return undefined;
    };
  },
  'slices.Contains': (c, e) => {
    const [sv, v] = args(c, e);
    return (f) => indexOf(sv(f) as Slice, v(f)) >= 0;
  },
  'slices.Index': (c, e) => {
    const [sv, v] = args(c, e);
    return (f) => indexOf(sv(f) as Slice, v(f));
  },
  'slices.Min': (c, e) => minMax(c, e, -1, 'slices.Min: empty list'),
  'slices.Max': (c, e) => minMax(c, e, 1, 'slices.Max: empty list'),
  'slices.Reverse': (c, e) => {
    const sv = sliceOf(c, e);
    return (f) => {
      const s = sv(f) as Slice;
      for (let i = 0, j = s.len - 1; i < j; i++, j--) swap(s, i, j);
      return undefined;
    };
  },
  'slices.BinarySearch': (c, e) => {
    const [sv, tv] = args(c, e);
    return (f) => {
      const s = sv(f) as Slice;
      const t = tv(f);
      let i = 0;
      let j = s.len;
      while (i < j) {
        const h = Math.floor((i + j) / 2);
        if (cmpValues(at(s, h), t) < 0) i = h + 1;
        else j = h;
      }
      return [i, i < s.len && cmpValues(at(s, i), t) === 0];
    };
  },
  'slices.Clip': (c, e) => {
    const sv = sliceOf(c, e);
    return (f) => {
      const s = sv(f) as Slice;
      return new Slice(s.d, s.o, s.off, s.len, s.len);
    };
  },
  // append(s[:0:0], s...): nil stays nil, an empty slice is returned as s[:0:0], the rest is copied
  // into a new array whose capacity growslice rounds up to a size class.
  'slices.Clone': (c, e) => {
    const sv = sliceOf(c, e);
    const elem = (underlying(c.typeOf(e.args[0])) as { elem: T }).elem;
    const site = c.std.at(c.line(e), 'slices.Clone: append(s[:0:0], s...) copies into a new backing array');
    return (f) => {
      const s = sv(f) as Slice;
      return appendSlice(c.m, new Slice(s.d, s.o, s.off, 0, 0), s, elem, site);
    };
  },
  'slices.Equal': (c, e) => {
    const [av, bv] = args(c, e);
    const eq = equalFn((underlying(c.typeOf(e.args[0])) as { elem: T }).elem, c, c.line(e));
    return (f) => {
      const a = av(f) as Slice;
      const b = bv(f) as Slice;
      if (a.len !== b.len) return false;
      for (let i = 0; i < a.len; i++) if (!eq(at(a, i), at(b, i))) return false;
      return true;
    };
  },
  // slices/slices.go Insert: append(s, v...) at the end; past cap, append(s[:i], make(S, n+m-i)...)
  // (one growslice from cap(s), so the size class rounds the new capacity); else shift in place.
  'slices.Insert': (c, e) => {
    const sv = c.expr(e.args[0]);
    const iv = c.expr(e.args[1]);
    const elem = (underlying(c.typeOf(e.args[0])) as { elem: T }).elem;
    const vals = e.ellipsis ? null : e.args.slice(2).map((a) => c.valueForStore(a, elem));
    const spread = e.ellipsis ? c.expr(e.args[2]) : null;
    const line = c.line(e);
    const site = c.std.at(line, 'slices.Insert: append(s[:i], make(S, n+m-i)...) grows the backing array once');
    return (f) => {
      const s = sv(f) as Slice;
      const i = iv(f) as number;
      const vs: unknown[] = spread ? sliceValues(spread(f) as Slice) : vals!.map((v) => v(f));
      if (i < 0 || i > s.len) return c.panicAt(line, `runtime error: slice bounds out of range [${i}:${s.len}]`, true);
      const m = vs.length;
      if (m === 0) return s;
      const n = s.len;
      if (i === n) return appendValues(c.m, s, vs, elem, site);
      // Struct and array elements live in their slots: copy into them (from the end, as memmove does).
      const put = isAggregate(elem) ? ((cp) => (d: unknown[], k: number, v: unknown) => cp(d[k], v))(copyIntoFn(elem)) : (d: unknown[], k: number, v: unknown) => void (d[k] = v);
      let dst = s;
      if (n + m > s.cap) dst = growSlice(c.m, new Slice(s.d, s.o, s.off, i, s.cap), n + m - i, elem, site);
      const d = dst.d as unknown[];
      const src = s.d as unknown[];
      for (let k = n - 1; k >= i; k--) put(d, dst.off + k + m, src[s.off + k]);
      vs.forEach((v, k) => put(d, dst.off + i + k, v));
      return new Slice(dst.d, dst.o, dst.off, n + m, dst.cap);
    };
  },
  'slices.Grow': (c, e) => {
    const [sv, nv] = args(c, e);
    const line = c.line(e);
    const elem = (underlying(c.typeOf(e.args[0])) as { elem: T }).elem;
    const site = c.std.at(line, 'slices.Grow: append(s[:cap(s)], make([]E, n)...) grows the backing array once');
    return (f) => {
      const s = sv(f) as Slice;
      let n = nv(f) as number;
      if (n < 0) return c.panicAt(line, 'cannot be negative');
      n -= s.cap - s.len;
      if (n <= 0) return s;
      const full = new Slice(s.d, s.o, s.off, s.cap, s.cap);
      const g = growSlice(c.m, full, n, elem, site);
      return new Slice(g.d, g.o, g.off, s.len, g.cap);
    };
  },
};

/** The elements of s, in order. */
function sliceValues(s: Slice): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < s.len; i++) out.push(at(s, i));
  return out;
}

function indexOf(s: Slice, v: unknown): number {
  for (let i = 0; i < s.len; i++) if (cmpValues(at(s, i), v) === 0 && (typeof v !== 'number' || !Number.isNaN(v))) return i;
  return -1;
}

function minMax(c: Compiler, e: A.Call, sign: number, msg: string): Ev {
  const sv = sliceOf(c, e);
  const line = c.line(e);
  return (f) => {
    const s = sv(f) as Slice;
    if (s.len === 0) return c.panicAt(line, msg);
    let best = at(s, 0);
    for (let i = 1; i < s.len; i++) {
      const v = at(s, i);
      if (typeof v === 'number' && Number.isNaN(v)) return v;
      if (cmpValues(v, best) * sign > 0) best = v;
    }
    return best;
  };
}


