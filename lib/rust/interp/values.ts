// Value helpers shared by the compiler and the builtins: copies of Copy aggregates, auto-deref,
// defaults (std::mem::take) and in-place replacement through `&mut`.

import { StringModel, VecModel } from '../vec';
import { Place, RBox, RBump, RString, RVec } from './machine';
import { isCopy, prune, sizeOf, type Ty } from './ty';
import { RGuard, RRc } from './rrc';

export type F = unknown[];
export type E = (f: F) => unknown;

/** Types whose `&`/`&mut` is represented by the JS object itself (mutated in place). */
export function isObjectKind(t: Ty): boolean {
  const k = prune(t).k;
  return k === 'String' || k === 'Vec' || k === 'VecDeque' || k === 'Box' || k === 'struct' || k === 'tuple' || k === 'Bump' || k === 'Map' || k === 'Rc' || k === 'RefCell' || k === 'Cell' || k === 'Guard' || k === 'array' || k === 'slice' || k === 'Formatter' || k === 'dyn';
}

/** A function copying a value of a Copy type (aggregates are arrays and must not alias). */
export function copier(t: Ty): ((v: unknown) => unknown) | null {
  t = prune(t);
  if (t.k === 'struct' && t.s.copy && t.s.variants) {
    const vs = t.s.variants.map((x) => x.fields.map((fd) => copier(fd.ty)));
    return (v) => {
      const a = (v as unknown[]).slice();
      const cs = vs[a[0] as number];
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (c) a[i + 1] = c(a[i + 1]);
      }
      return a;
    };
  }
  if (t.k === 'struct' && t.s.copy) {
    const fs = t.s.fields.map((f) => copier(f.ty));
    return (v) => {
      const a = (v as unknown[]).slice();
      for (let i = 0; i < fs.length; i++) {
        const c = fs[i];
        if (c) a[i] = c(a[i]);
      }
      return a;
    };
  }
  if (t.k === 'tuple' && isCopy(t)) {
    const cs = t.elems.map(copier);
    return (v) => {
      const a = (v as unknown[]).slice();
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (c) a[i] = c(a[i]);
      }
      return a;
    };
  }
  if (t.k === 'array' && isCopy(t)) {
    const c = copier(t.e);
    return c ? (v) => (v as unknown[]).map(c) : (v) => (v as unknown[]).slice();
  }
  return null;
}

/** Reads through a reference value of type `&T`/`&mut T`. */
export function derefFn(refTy: Ty): (v: unknown) => unknown {
  const r = prune(refTy) as Extract<Ty, { k: 'ref' }>;
  if (!r.mut || isObjectKind(r.e)) return (v) => v;
  return (v) => {
    const p = v as Place;
    return p.o[p.k];
  };
}

/** Strips references and boxes down to the value a method or field works on. */
export function autoDeref(t: Ty): { get: (v: unknown) => unknown; ty: Ty; identity: boolean } {
  t = prune(t);
  const steps: ((v: unknown) => unknown)[] = [];
  for (;;) {
    if (t.k === 'ref') {
      if (t.mut && !isObjectKind(t.e)) steps.push(derefFn(t));
      t = prune(t.e);
    } else if (t.k === 'Box') {
      steps.push((v) => (v as RBox).v);
      t = prune(t.e);
    } else if (t.k === 'Rc') {
      steps.push((v) => (v as RRc).b.v);
      t = prune(t.e);
    } else if (t.k === 'Guard') {
      steps.push((v) => (v as RGuard).c.a[0]);
      t = prune(t.e);
    } else break;
  }
  if (steps.length === 0) return { get: (v) => v, ty: t, identity: true };
  if (steps.length === 1) return { get: steps[0], ty: t, identity: false };
  return {
    get: (v) => {
      for (const s of steps) v = s(v);
      return v;
    },
    ty: t,
    identity: false,
  };
}

export function elemSize(t: Ty): number {
  return sizeOf(t);
}

/** Default::default() for std::mem::take. */
export function defaultOf(t: Ty): unknown {
  t = prune(t);
  switch (t.k) {
    case 'String':
      return new RString('', new StringModel(), 0);
    case 'Vec':
    case 'VecDeque':
      return new RVec([], new VecModel(elemSize(t.e)), 0);
    case 'Option':
      return null;
    case 'int':
      return 0;
    case 'float':
      return 0;
    case 'bool':
      return false;
    default:
      throw new Error(`no default for ${t.k}`);
  }
}

/** Moves the contents of object `from` into object `to` (a fresh shell or an existing one). */
export function transplant(to: unknown, from: unknown): void {
  if (to instanceof RString) {
    const f = from as RString;
    to.s = f.s;
    to.m = f.m;
    to.id = f.id;
  } else if (to instanceof RVec) {
    const f = from as RVec;
    to.a = f.a;
    to.m = f.m;
    to.id = f.id;
  } else if (to instanceof RBox) {
    const f = from as RBox;
    to.v = f.v;
    to.id = f.id;
    to.size = f.size;
  } else if (to instanceof RBump) {
    to.b = (from as RBump).b;
  } else if (Array.isArray(to)) {
    const f = from as unknown[];
    to.length = f.length;
    for (let i = 0; i < f.length; i++) to[i] = f[i];
  }
}

/** A fresh object holding `v`'s contents (for mem::take / replace of an object behind &mut). */
export function shellOf(v: unknown): unknown {
  if (v instanceof RString) return new RString(v.s, v.m, v.id);
  if (v instanceof RVec) return new RVec(v.a, v.m, v.id);
  if (v instanceof RBox) return new RBox(v.v, v.id, v.size);
  if (v instanceof RBump) return new RBump(v.b);
  if (Array.isArray(v)) return v.slice();
  return v;
}
