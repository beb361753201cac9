// Vec methods that reorder or thin out the elements in place: sort (driftsort's scratch buffer),
// sort_unstable, dedup, reverse, swap.

import type { Expr } from './ast';
import type { Compiler } from './compile';
import { RVec } from './machine';
import { compareOrd, ordFn } from './rmap';
import { layoutOf, type Ty } from './ty';
import type { E } from './values';

/**
 * slice::sort (Rust 1.95, core/src/slice/sort/stable): len ≤ 20 is an insertion sort (no allocation);
 * otherwise driftsort needs a scratch of max(len - len / 2, min(len, 8_000_000 / size_of T), 48)
 * elements, taken from a 4 KiB stack buffer when it fits, else a Vec allocated and freed around the sort.
 */
export function sortScratchBytes(len: number, size: number): number {
  if (len <= 20 || size === 0) return 0;
  const maxFull = Math.floor(8_000_000 / size);
  const allocLen = Math.max(len - Math.floor(len / 2), Math.min(len, maxFull), 48);
  if (allocLen * size <= 4096) return 0;
  return allocLen * size;
}

export function vecReorder(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, args: E[], elemT: Ty): E {
  const m = cx.m;
  const id = e.builtin!;
  const panic = cx.panicAt(e.nameSpan);
  switch (id) {
    case 'vec.sort':
    case 'vec.sort_unstable': {
      const ord = ordFn(elemT);
      const size = layoutOf(elemT).size;
      const stable = id === 'vec.sort';
      return (f) => {
        const v = recv(f) as RVec;
        const bytes = stable ? sortScratchBytes(v.a.length, size) : 0;
        const sid = bytes ? m.alloc(bytes, `sort: driftsort scratch (${bytes / size} elements)`) : 0;
        const keyed = v.a.map((x) => [ord(x), x] as const);
        keyed.sort((x, y) => compareOrd(x[0], y[0]));
        for (let i = 0; i < keyed.length; i++) v.a[i] = keyed[i][1];
        m.steps += v.a.length;
        if (sid) m.free(sid, bytes);
        return null;
      };
    }
    case 'vec.dedup': {
      const ord = ordFn(elemT);
      const d = cx.drop(elemT);
      return (f) => {
        const v = recv(f) as RVec;
        const out: unknown[] = [];
        for (const x of v.a) {
          if (out.length && compareOrd(ord(out[out.length - 1]), ord(x)) === 0) {
            if (d) d(x);
          } else out.push(x);
        }
        v.a = out;
        v.m.len = out.length;
        return null;
      };
    }
    case 'vec.reverse':
      return (f) => {
        (recv(f) as RVec).a.reverse();
        return null;
      };
    case 'vec.swap':
      return (f) => {
        const a = (recv(f) as RVec).a;
        const i = args[0](f) as number;
        const j = args[1](f) as number;
        const bad = typeof i !== 'number' || i >= a.length ? i : typeof j !== 'number' || j >= a.length ? j : -1;
        if (bad !== -1) panic(`index out of bounds: the len is ${a.length} but the index is ${bad}`, ['index out of bounds: the len is ', String(a.length), ' but the index is ', String(bad)]);
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        return null;
      };
  }
  throw new Error(`vec method ${id}`);
}
