// Drop glue: what dropping a value of a type does to the heap, in Rust's order. Vec/VecDeque drop
// their elements first (front to back), then free the buffer; Box drops its contents then frees
// itself; structs run their `impl Drop` (if any) and then drop their fields in declaration order,
// tuples their elements in order; Bump frees its chunks (newest first) without running drops of what
// it holds.

import { enumDropGlue } from './compile-enum';
import type { Machine } from './machine';
import { RBox, RBump, RDyn, RString, RSome, RVec } from './machine';
import { needsDrop, prune, type Ty } from './ty';
import { mapDropGlue } from './std-map';
import { RCell, RGuard, RRc } from './rrc';
import { syncDrop } from './std-sync';

export type DropFn = (v: unknown) => void;

const noop: DropFn = () => {};

export function dropGlue(t: Ty, m: Machine): DropFn {
  t = prune(t);
  if (!needsDrop(t)) return noop;
  switch (t.k) {
    case 'String':
      return (v) => {
        const s = v as RString;
        if (s.id) {
          m.free(s.id, s.m.cap);
          s.id = 0;
        }
      };
    case 'Vec':
    case 'VecDeque': {
      const inner = needsDrop(t.e) ? dropGlue(t.e, m) : null;
      return (v) => {
        const x = v as RVec;
        if (inner) for (let i = 0; i < x.a.length; i++) if (x.a[i] !== undefined) inner(x.a[i]);
        if (x.id) {
          m.free(x.id, x.m.cap * x.m.elemSize);
          x.id = 0;
        }
      };
    }
    case 'Box': {
      const inner = lazyDrop(t.e, m);
      return (v) => {
        const b = v as RBox;
        if (b.v !== undefined) inner(b.v);
        if (b.id) {
          m.free(b.id, b.size);
          b.id = 0;
        }
      };
    }
    case 'Option': {
      const inner = dropGlue(t.e, m);
      return (v) => {
        if (v instanceof RSome && v.v !== undefined) inner(v.v);
      };
    }
    case 'array': {
      const inner = dropGlue(t.e, m);
      return (v) => {
        const a = v as unknown[];
        for (let i = 0; i < a.length; i++) if (a[i] !== undefined) inner(a[i]);
      };
    }
    case 'struct':
      if (t.s.variants) return enumDropGlue(t.s, m, (ft) => lazyDrop(ft, m));
    // falls through
    case 'tuple': {
      const tys = t.k === 'struct' ? t.s.fields.map((f) => f.ty) : t.elems;
      const fields = tys.map((ft) => (needsDrop(ft) ? dropGlue(ft, m) : null));
      const fieldsDrop = (a: unknown[]) => {
        for (let i = 0; i < fields.length; i++) {
          const d = fields[i];
          if (d && a[i] !== undefined) d(a[i]);
        }
      };
      // `impl Drop`: the struct's own drop(&mut self) runs first, then its fields are dropped
      if (t.k === 'struct' && t.s.drop) {
        const s = t.s;
        return (v) => {
          m.userDrop(s, v);
          fieldsDrop(v as unknown[]);
        };
      }
      return (v) => fieldsDrop(v as unknown[]);
    }
    case 'Rc': {
      // strong count down; the last handle drops the value, then frees the RcBox (no Weak handles)
      const inner = lazyDrop(t.e, m);
      return (v) => {
        const b = (v as RRc).b;
        if (--b.strong > 0) return;
        if (b.v !== undefined) inner(b.v);
        b.v = undefined;
        if (b.weak === 0) m.free(b.id, b.size); // else the last Weak frees the box (std-sync.ts)
      };
    }
    case 'RefCell':
    case 'Cell': {
      const inner = dropGlue(t.e, m);
      return (v) => {
        const c = v as RCell;
        if (c.a[0] !== undefined) inner(c.a[0]);
      };
    }
    case 'Weak':
    case 'JoinHandle':
    case 'Chan':
      return syncDrop(t, m);
    case 'Wrap':
      return dropGlue(t.e, m);
    case 'Guard':
      // dropping a Ref / RefMut ends its borrow
      return (v) => {
        const g = v as RGuard;
        if (g.mut) g.c.b = 0;
        else g.c.b--;
      };
    case 'Map':
      return mapDropGlue(t, m, (x) => (needsDrop(x) ? dropGlue(x, m) : null));
    case 'Bump':
      return (v) => {
        (v as RBump).b.drop();
      };
    case 'dyn':
      // through the vtable: the concrete type's drop glue
      return (v) => {
        const d = v as RDyn;
        if (d.vt.drop) d.vt.drop(d.v);
      };
    case 'iterAd':
      // a Drain or vec::IntoIter dropped unconsumed (`v.drain(..2);`): its `fin` drops what is left
      return (v) => {
        (v as { fin?: () => void } | undefined)?.fin?.();
      };
    case 'closure':
    case 'fnTrait':
      // a closure's by-value captures (compile-closure.ts)
      return (v) => {
        const c = v as { dropEnv: ((c: unknown) => void) | null } | undefined;
        if (c && c.dropEnv) c.dropEnv(c);
      };
    default:
      return noop;
  }
}

/** Lazily built drop glue, cached per type object (recursive structs through Box). */
export function lazyDrop(t: Ty, m: Machine): DropFn {
  let f: DropFn | null = null;
  return (v) => {
    if (!f) f = dropGlue(t, m);
    f(v);
  };
}
