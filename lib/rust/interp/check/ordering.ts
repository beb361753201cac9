// std::cmp::Ordering (core/src/cmp.rs): a fieldless std enum Less/Equal/Greater; `cmp`/`partial_cmp` on the
// ordered types; Ordering's then/then_with/reverse/is_*; the comparator-taking sorts of core/src/slice/mod.rs
// (sort_by, sort_by_key, sort_unstable_by, sort_unstable_by_key, binary_search_by). Runtime: ../std-ordering.ts.

import type { Expr } from '../ast';
import { T, fmtTy, isCopy, prune, stdStruct, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar, type MethodSig, type SelfMode } from './checker';
import { resultTy } from './enums';

declare module './checker' {
  interface Checker {
    orderingMethodSig(t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
  }
}

export const ORDERING: StructInfo = stdStruct({
  name: 'Ordering',
  kind: 'named',
  fields: [],
  copy: true,
  variants: [
    { name: 'Less', kind: 'unit', fields: [] },
    { name: 'Equal', kind: 'unit', fields: [] },
    { name: 'Greater', kind: 'unit', fields: [] },
  ],
  generic: 'Ordering',
});
export const ORD_TY: Ty = { k: 'struct', s: ORDERING };
/** `use std::cmp::Ordering;` is recorded as this import (the atomics' Ordering is `Ordering`). */
export const CMP_ORDERING = 'cmp::Ordering';

const ref = (e: Ty): Ty => ({ k: 'ref', mut: false, e });
const fnT = (params: Ty[], ret: Ty, trait: 'FnMut' | 'FnOnce'): Ty => ({ k: 'fnTrait', trait, params, ret, dyn: false });
const sig = (id: string, self: SelfMode, params: Ty[], ret: Ty): MethodSig => ({ id, self, params, ret });

/** Ord: integers, char, bool, strings, Ordering, tuples of these, the program's types deriving Ord. */
export function ordered(t: Ty, partial = false): boolean {
  const p = prune(t);
  if (p.k === 'int' || p.k === 'char' || p.k === 'bool' || p.k === 'String' || p.k === 'str' || p.k === 'unit') return true;
  if (p.k === 'var') return p.kind === 'int' || (partial && p.kind === 'float');
  if (p.k === 'float') return partial;
  if (p.k === 'ref') return ordered(p.e, partial);
  if (p.k === 'tuple') return p.elems.every((x) => ordered(x, partial));
  if (p.k === 'struct') return p.s === ORDERING || p.s.generic === 'Reverse' ? true : !!p.s.traits?.has(partial ? 'PartialOrd' : 'Ord');
  return false;
}

Checker.prototype.orderingMethodSig = function (this: Checker, t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const m = e.name;
  if (t.k === 'struct' && t.s === ORDERING) {
    switch (m) {
      case 'then': return sig('std.ord.then', 'value', [ORD_TY], ORD_TY);
      case 'then_with': return sig('std.ord.then_with', 'value', [fnT([], ORD_TY, 'FnOnce')], ORD_TY);
      case 'reverse': return sig('std.ord.reverse', 'value', [], ORD_TY);
      case 'is_lt': case 'is_le': case 'is_gt': case 'is_ge': case 'is_eq': case 'is_ne':
        return sig(`std.ord.${m}`, 'value', [], T.bool);
    }
  }
  if (m === 'cmp' || m === 'partial_cmp') {
    // `a.0.cmp(b.0)` on `&str`: str's Ord (self: &str) is found before autoref; other refs deref further
    const self = t.k === 'ref' && prune(t.e).k === 'str' ? prune(t.e) : t.k === 'ref' ? null : t;
    if (!self || !ordered(self, m === 'partial_cmp')) return null;
    return sig(`std.ord.${m}`, 'ref', [ref(self)], m === 'cmp' ? ORD_TY : { k: 'Option', e: ORD_TY });
  }
  if (t.k !== 'Vec' && t.k !== 'slice' && t.k !== 'array') return null;
  const el = t.e;
  switch (m) {
    case 'sort_by': case 'sort_unstable_by':
      return sig(`std.ord.${m}`, 'mut', [fnT([ref(el), ref(el)], ORD_TY, 'FnMut')], T.unit);
    case 'binary_search_by':
      return sig('std.ord.binary_search_by', 'ref', [fnT([ref(el)], ORD_TY, 'FnMut')], resultTy(T.usize, T.usize));
    case 'sort_by_key': case 'sort_unstable_by_key': {
      if (e.args.length !== 1) return null;
      const k = newVar();
      this.coerceTo(e.args[0], fnT([ref(el)], k, 'FnMut'));
      if (!ordered(k)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(k)}: Ord\` is not satisfied`, undefined, 'E0277');
      // the key is computed on every comparison; an allocating key would allocate per comparison (not modelled)
      if (!isCopy(k) && prune(k).k !== 'ref') throw new CheckError(e.args[0], `a \`${m}\` key of type \`${fmtTy(k)}\` is not in the playground's subset (it is rebuilt on every comparison); use \`sort_by\` comparing references, or \`sort_by_cached_key\` in real code`);
      (e as { keyTy?: Ty }).keyTy = k;
      const s = sig(`std.ord.${m}`, 'mut', [fnT([ref(el)], k, 'FnMut')], T.unit);
      return { ...s, checked: true };
    }
  }
  return null;
};
