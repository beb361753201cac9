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
      if (hi > len) panic(`range end index ${hi} out of range for slice of length ${len}`, null);
      if (lo > hi) panic(`slice index starts at ${lo} but ends at ${hi}`, null);
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
    if (hi > v.a.length) panic(`range end index ${hi} out of range for slice of length ${v.a.length}`, null);
    if (lo > hi) panic(`slice index starts at ${lo} but ends at ${hi}`, null);
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
