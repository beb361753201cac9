// Vec::drain(range) at run time (alloc/src/vec/drain.rs, rustc 1.95): the range's elements leave the
// Vec at once (its buffer and capacity stay); the Drain yields them (TrustedLen, double-ended) and
// drops the ones not taken when it is dropped. A collect of it allocates with_capacity(len) once.

import type { Expr } from './ast';
import type { Compiler } from './compile';
import { DONE, charsIter, type RIter } from './iter';
import { RString, RVec } from './machine';
import { needsDrop, type Ty } from './ty';
import type { E } from './values';

export function drainIter(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, el: Ty): E {
  const range = cx.expr(e.args[0]);
  const panic = cx.panicAt(e.nameSpan);
  const de = needsDrop(el) ? cx.drop(el) : null;
  if ((e as { iterOp?: string }).iterOp === 'drain_str') {
    // String::drain: the bytes leave the String at once; the Drain is a Chars over them
    return (f) => {
      const s = recv(f) as RString;
      const [lo0, hi0, inc] = range(f) as [number, number | null, boolean];
      const len = s.m.len;
      const lo = Number(lo0);
      const hi = hi0 === null ? len : Number(hi0) + (inc ? 1 : 0);
      checkRange(panic, lo, hi, len);
      const bytes = new TextEncoder().encode(s.s);
      const dec = new TextDecoder('utf-8', { fatal: true });
      let mid = '';
      try {
        mid = dec.decode(bytes.slice(lo, hi));
        s.s = dec.decode(bytes.slice(0, lo)) + dec.decode(bytes.slice(hi));
      } catch {
        panic('assertion failed: self.is_char_boundary(start)', null);
      }
      s.m.vec.len = len - (hi - lo);
      return charsIter(mid, false);
    };
  }
  return (f) => {
    const v = recv(f) as RVec;
    const [lo0, hi0, inc] = range(f) as [number, number | null, boolean];
    const lo = Number(lo0);
    const hi = hi0 === null ? v.a.length : Number(hi0) + (inc ? 1 : 0);
    checkRange(panic, lo, hi, v.a.length);
    const a = v.a.splice(lo, hi - lo);
    v.m.len = v.a.length;
    return drainOf(a, de);
  };
}

function drainOf(a: unknown[], de: ((x: unknown) => void) | null): RIter {
  let i = 0;
  let j = a.length;
  let done = false;
  return {
    next: () => (i < j ? a[i++] : DONE),
    back: () => (j > i ? a[--j] : DONE),
    hint: () => [j - i, j - i],
    trusted: true,
    tra: false,
    fin: () => {
      if (done) return;
      done = true;
      if (de) for (let k = i; k < j; k++) if (a[k] !== undefined) de(a[k]);
      i = j;
    },
  };
}

/** Where core::slice::index::range panics (rustc 1.95's library sources; not #[track_caller]). */
const INDEX_RS = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs';

function checkRange(panic: (message: string, chunks: string[] | null, at?: string) => never, lo: number, hi: number, len: number): void {
  if (hi > len) panic(`range end index ${hi} out of range for slice of length ${len}`, ['range end index ', String(hi), ' out of range for slice of length ', String(len)], `${INDEX_RS}:1020:51`);
  if (lo > len) panic(`range start index ${lo} out of range for slice of length ${len}`, ['range start index ', String(lo), ' out of range for slice of length ', String(len)], `${INDEX_RS}:1031:55`);
  if (lo > hi) panic(`slice index starts at ${lo} but ends at ${hi}`, ['slice index starts at ', String(lo), ' but ends at ', String(hi)], `${INDEX_RS}:1031:55`);
}
