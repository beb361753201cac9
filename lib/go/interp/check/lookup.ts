// Field and method lookup through embedded fields (types2 lookup.go lookupFieldOrMethodImpl):
// a breadth-first search by embedding depth; the shallowest match wins, two matches at the same
// depth make the selector ambiguous. Promoted selections become explicit: the checker inserts the
// implicit field selections (`x.f` through an embedded B is `x.B.f`), as the compiler's IR does,
// so the compiler, the escape analysis and the inliner see ordinary field selections.

import type * as A from '../ast';
import { STD_METHODS, type StdMethod } from '../std';
import { underlying, type T } from '../types';
import { Checker, type FnInfo, type Info, type Operand } from './checker';

declare module './checker' {
  interface Checker {
    implicitSelections(e: A.Selector, x: Operand, path: EmbedStep[]): Operand;
  }
}

/** One implicit selection of an embedded field: its index and whether the field is a pointer. */
export interface EmbedStep {
  index: number;
  ptr: boolean;
}

export type Lookup =
  | { k: 'field'; path: EmbedStep[]; index: number; indirect: boolean }
  | { k: 'method'; path: EmbedStep[]; fn: FnInfo; indirect: boolean }
  | { k: 'stdmethod'; path: EmbedStep[]; m: StdMethod; indirect: boolean }
  /** A method of an embedded interface field (path non-empty): a call through that field. */
  | { k: 'imethod'; path: EmbedStep[]; indirect: boolean }
  | { k: 'ambiguous' };

interface Entry {
  typ: T;
  path: EmbedStep[];
  indirect: boolean;
  multiples: boolean;
}

/** Looks `name` up in t (a *T is dereferenced once), through embedded fields. */
export function lookupFieldOrMethod(info: Info, t: T, name: string): Lookup | null {
  let indirect = false;
  if (t.k === 'ptr') {
    t = t.elem;
    indirect = true;
  } else if (t.k !== 'named' && underlying(t).k === 'ptr') return null;
  let current: Entry[] = [{ typ: t, path: [], indirect, multiples: false }];
  const seen = new Set<T>();
  while (current.length > 0) {
    const next: Entry[] = [];
    let found: Lookup | null = null;
    let count = 0;
    for (const e of current) {
      let typ = e.typ;
      if (typ.k === 'named') {
        if (seen.has(typ)) continue;
        seen.add(typ);
        const fn = info.methods.get(typ)?.get(name);
        const sm = typ.std ? STD_METHODS.get(typ)?.[name] : undefined;
        if (fn || sm) {
          count += e.multiples ? 2 : 1;
          found = fn ? { k: 'method', path: e.path, fn, indirect: e.indirect } : { k: 'stdmethod', path: e.path, m: sm!, indirect: e.indirect };
          continue;
        }
        if (typ.std) continue; // the library's types: no fields to promote
        typ = typ.underlying;
      }
      if (typ.k === 'iface' && e.path.length > 0) {
        if (typ.methods.includes(name)) {
          count += e.multiples ? 2 : 1;
          found = { k: 'imethod', path: e.path, indirect: e.indirect };
        }
        continue;
      }
      if (typ.k !== 'struct') continue;
      typ.fields.forEach((f, i) => {
        if (f.name === name) {
          count += e.multiples ? 2 : 1;
          found = { k: 'field', path: e.path, index: i, indirect: e.indirect };
          return;
        }
        if (found === null && f.embedded) {
          const ptr = f.type.k === 'ptr';
          const base = ptr ? (f.type as { elem: T }).elem : f.type;
          next.push({ typ: base, path: [...e.path, { index: i, ptr }], indirect: e.indirect || ptr, multiples: e.multiples });
        }
      });
    }
    if (count > 1) return { k: 'ambiguous' };
    if (found) return found;
    // consolidateMultiples: a type reached twice at the same depth makes its members ambiguous.
    const byType = new Map<T, Entry>();
    const merged: Entry[] = [];
    for (const e of next) {
      const prev = byType.get(e.typ);
      if (prev) prev.multiples = true;
      else {
        byType.set(e.typ, e);
        merged.push(e);
      }
    }
    current = merged;
  }
  return null;
}

/**
 * The program's method `name` in the method set of t (value methods, pointer methods when t is a
 * pointer or the path goes through an embedded pointer), with the embedding path to its receiver.
 * `any` ignores the method-set rule (the method exists, maybe with a pointer receiver).
 */
export function findMethod(info: Info, t: T, name: string): { fn: FnInfo; path: EmbedStep[]; inSet: boolean } | null {
  const lk = lookupFieldOrMethod(info, t, name);
  if (!lk || lk.k !== 'method') return null;
  return { fn: lk.fn, path: lk.path, inSet: !lk.fn.recv!.ptr || lk.indirect };
}

Checker.prototype.implicitSelections = function (this: Checker, e: A.Selector, x: Operand, path: EmbedStep[]): Operand {
  let cur: A.Expr = e.x;
  let op = x;
  for (const st of path) {
    let t = op.type;
    let ptr = false;
    if (underlying(t).k === 'ptr') {
      t = (underlying(t) as { elem: T }).elem;
      ptr = true;
    }
    const u = underlying(t) as Extract<T, { k: 'struct' }>;
    const f = u.fields[st.index];
    const syn: A.Selector = { kind: 'Selector', id: this.file.nodeCount++, from: cur.from, to: cur.to, x: cur, sel: f.name, selFrom: cur.to, implicit: true };
    this.info.sels[syn.id] = { k: 'field', index: st.index, ptr, structType: u };
    this.info.types[syn.id] = f.type;
    op = { mode: op.mode === 'var' || ptr ? 'var' : 'value', type: f.type };
    cur = syn;
  }
  e.x = cur;
  return op;
};
