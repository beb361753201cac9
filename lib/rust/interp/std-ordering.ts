// The runtime of check/ordering.ts: Ordering values are fieldless enum values `[0 | 1 | 2]` (Less, Equal,
// Greater); cmp/partial_cmp; the comparator sorts. Sorts mirror Rust 1.95 core/src/slice/sort: up to 20
// elements both stable::sort and unstable::sort run insertion_sort_shift_left (so a comparator's calls are
// std's, in order); above that driftsort's result is the stable order (compare calls are not replayed) and
// its scratch Vec is std's (sortScratchBytes); sort_unstable* never allocates.

import type { Expr } from './ast';
import type { Compiler } from './compile';
import type { RClosure } from './compile-closure';
import { Place, RSome, RVec } from './machine';
import { compareOrd, ordFn } from './rmap';
import { sortScratchBytes } from './std-vec';
import { layoutOf, prune, type Ty } from './ty';
import type { E } from './values';

const call = (c: unknown, args: unknown[]): unknown => (c as RClosure).run(c as RClosure, args);
const val = (v: unknown): unknown => {
  while (v instanceof Place) v = v.o[v.k];
  return v;
};
const idx = (o: unknown): number => (val(o) as number[])[0];
const ORD = [[0], [1], [2]];
const ordOf = (c: number): unknown[] => [...ORD[c < 0 ? 0 : c > 0 ? 2 : 1]];

/** insertion_sort_shift_left(v, 1, is_less): insert_tail compares the new element with its predecessors. */
function insertionSort(a: unknown[], isLess: (x: unknown, y: unknown) => boolean): void {
  for (let i = 1; i < a.length; i++) {
    const tmp = a[i];
    if (!isLess(tmp, a[i - 1])) continue;
    let hole = i;
    for (;;) {
      a[hole] = a[hole - 1];
      hole--;
      if (hole === 0 || !isLess(tmp, a[hole - 1])) break;
    }
    a[hole] = tmp;
  }
}

export function compileOrdering(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, args: E[], st: Ty): E | null {
  const m = cx.m;
  const id = e.builtin!;
  const a0 = args[0];
  switch (id) {
    case 'std.ord.cmp':
    case 'std.ord.partial_cmp': {
      const ord = ordFn(st);
      const partial = id === 'std.ord.partial_cmp';
      return (f) => {
        const x = ord(val(recv(f)));
        const y = ord(val(a0(f)));
        if (partial && ((typeof x === 'number' && Number.isNaN(x)) || (typeof y === 'number' && Number.isNaN(y)))) return null;
        const o = ordOf(compareOrd(x, y));
        return partial ? new RSome(o) : o;
      };
    }
    case 'std.ord.then':
      return (f) => {
        const o = val(recv(f));
        const next = a0(f);
        return idx(o) === 1 ? next : o;
      };
    case 'std.ord.then_with':
      return (f) => {
        const o = val(recv(f));
        const g = a0(f);
        return idx(o) === 1 ? call(g, []) : o;
      };
    case 'std.ord.reverse':
      return (f) => [2 - idx(recv(f))];
    case 'std.ord.is_lt': return (f) => idx(recv(f)) === 0;
    case 'std.ord.is_le': return (f) => idx(recv(f)) !== 2;
    case 'std.ord.is_eq': return (f) => idx(recv(f)) === 1;
    case 'std.ord.is_ne': return (f) => idx(recv(f)) !== 1;
    case 'std.ord.is_gt': return (f) => idx(recv(f)) === 2;
    case 'std.ord.is_ge': return (f) => idx(recv(f)) !== 0;
    case 'std.ord.sort_by':
    case 'std.ord.sort_unstable_by':
    case 'std.ord.sort_by_key':
    case 'std.ord.sort_unstable_by_key': {
      const elemT = (prune(st) as { e: Ty }).e;
      const size = layoutOf(elemT).size;
      const stable = !id.includes('unstable');
      const keyed = id.endsWith('_key');
      const kord = keyed ? ordFn((e as { keyTy?: Ty }).keyTy!) : null;
      return (f) => {
        const v = val(recv(f));
        const a = v instanceof RVec ? v.a : (v as unknown[]);
        const g = a0(f);
        // sort_by: is_less = compare(a, b) == Less; sort_by_key: f(a).lt(&f(b)) (the key of a first)
        const cmp = kord ? (x: unknown, y: unknown) => compareOrd(kord(call(g, [x])), kord(call(g, [y]))) : (x: unknown, y: unknown) => idx(call(g, [x, y])) - 1;
        if (a.length < 2) return null;
        if (a.length <= 20) {
          insertionSort(a, (x, y) => cmp(x, y) < 0);
          return null;
        }
        const bytes = stable ? sortScratchBytes(a.length, size) : 0;
        const sid = bytes ? m.alloc(bytes, `sort: driftsort scratch (${bytes / size} elements)`) : 0;
        const sorted = a.slice().sort(cmp); // Array.prototype.sort is stable
        for (let i = 0; i < a.length; i++) a[i] = sorted[i];
        m.steps += a.length;
        if (sid) m.free(sid, bytes);
        return null;
      };
    }
    case 'std.ord.binary_search_by':
      // core::slice::binary_search_by (Rust 1.95): halve `size` keeping `base`, one compare at the end
      return (f) => {
        const v = val(recv(f));
        const a = v instanceof RVec ? v.a : (v as unknown[]);
        const g = a0(f);
        let size = a.length;
        if (size === 0) return [1, 0];
        let base = 0;
        while (size > 1) {
          const half = size >> 1;
          const mid = base + half;
          if (idx(call(g, [a[mid]])) !== 2) base = mid;
          size -= half;
        }
        const c = idx(call(g, [a[base]]));
        return c === 1 ? [0, base] : [1, base + (c === 0 ? 1 : 0)];
      };
  }
  return null;
}
