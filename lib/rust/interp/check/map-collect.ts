// Maps and sets built from and taken apart into iterators: `collect()` into HashMap/HashSet/BTreeMap/
// BTreeSet, `HashMap::from_iter`, `into_iter()` / `for (k, v) in map` by value, `drain`, `retain`,
// `extend`, and `entry(k).or_insert_with(f)` (std's FromIterator / IntoIterator / Extend impls).

import type { Expr } from '../ast';
import { fmtTy, isSetKind, prune, T, type Ty } from '../ty';
import { CheckError, Checker, type MethodSig } from './checker';
import { chainOps, IN_PLACE_OPS, rootSrc, rootVecElem } from './iterators';

type MapTy = Extract<Ty, { k: 'Map' }>;

declare module './checker' {
  interface Checker {
    mapCollectTarget(e: Extract<Expr, { k: 'method' }>, item: Ty, w: MapTy): Ty;
    mapIterSig(t: MapTy, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    mapFromIter(e: Extract<Expr, { k: 'call' }>, t: MapTy): Ty;
    mapInto(a: Expr): boolean;
  }
}

const ref = (e: Ty, mut = false): Ty => ({ k: 'ref', mut, e });
const fnT = (params: Ty[], ret: Ty, trait: 'FnMut' | 'FnOnce'): Ty => ({ k: 'fnTrait', trait, params, ret, dyn: false });
/** What a map's IntoIterator / FromIterator items are: (K, V), or K for a set. */
export const mapItem = (t: MapTy): Ty => (isSetKind(t.kind) ? t.key : { k: 'tuple', elems: [t.key, t.val] });

Checker.prototype.mapCollectTarget = function (this: Checker, e: Extract<Expr, { k: 'method' }>, item: Ty, w: MapTy): Ty {
  if (!this.tryUnify(mapItem(w), item)) {
    const label = `value of type \`${fmtTy(w)}\` cannot be built from \`std::iter::Iterator<Item=${fmtTy(item)}>\``;
    throw new CheckError(e.nameSpan, `a value of type \`${fmtTy(w)}\` cannot be built from an iterator over elements of type \`${fmtTy(item)}\``, [{ from: e.nameSpan.from, message: label }], 'E0277');
  }
  this.requireMapKey(w, e);
  if ((w.kind === 'BTreeMap' || w.kind === 'BTreeSet') && rootSrc(e.recv) === 'vec_into_iter') {
    // BTreeMap::from_iter collects into a Vec first: std's in-place collect (layouts compared in iter.ts)
    const ops = chainOps(e.recv);
    if (!ops.every((o) => IN_PLACE_OPS.has(o))) throw new CheckError(e.nameSpan, `\`into_iter()\` followed by \`${ops.find((o) => !IN_PLACE_OPS.has(o))}\` and collected into a ${w.kind} is not modelled (std may collect it in place): collect from \`iter()\` instead`);
    (e as { inPlaceSrc?: Ty }).inPlaceSrc = rootVecElem(e.recv);
  }
  (e as { collectInto?: string }).collectInto = 'Map';
  return w;
};

/** The argument of `extend` / `from_iter`: a Vec (moved), a map of the same kind (moved) or an iterator; its item type. */
function iterArg(cx: Checker, a: Expr, kind: string): Ty {
  const at = prune(cx.expr(a));
  if (at.k === 'Vec') {
    (a as { mapArg?: string }).mapArg = 'vec';
    return at.e;
  }
  if (at.k === 'Map' && at.kind === kind) {
    (a as { mapArg?: string }).mapArg = 'map';
    return mapItem(at);
  }
  const item = cx.iterItem(at);
  if (!item) throw new CheckError(a, `\`${fmtTy(at)}\` is not an iterator`, undefined, 'E0277');
  (a as { mapArg?: string }).mapArg = 'iter';
  return item;
}

Checker.prototype.mapFromIter = function (this: Checker, e: Extract<Expr, { k: 'call' }>, t: MapTy): Ty {
  if (e.args.length !== 1) throw new CheckError(e, `this function takes 1 argument but ${e.args.length} arguments were supplied`, undefined, 'E0061');
  const item = iterArg(this, e.args[0], t.kind);
  if (!this.tryUnify(mapItem(t), item)) throw new CheckError(e.args[0], `a value of type \`${fmtTy(t)}\` cannot be built from an iterator over elements of type \`${fmtTy(item)}\``, undefined, 'E0277');
  this.requireMapKey(t, e);
  return t;
};

Checker.prototype.mapIterSig = function (this: Checker, t: MapTy, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const set = isSetKind(t.kind);
  const hash = t.kind === 'HashMap' || t.kind === 'HashSet';
  const item = mapItem(t);
  switch (e.name) {
    case 'into_iter':
      (e as { iterOp?: string }).iterOp = 'map_into_iter';
      return { id: 'iter.src', self: 'value', params: [], ret: { k: 'iterAd', item, name: 'map_into_iter' } };
    case 'into_keys':
    case 'into_values':
      if (set) return null;
      (e as { iterOp?: string }).iterOp = `map_${e.name}`;
      return { id: 'iter.src', self: 'value', params: [], ret: { k: 'iterAd', item: e.name === 'into_keys' ? t.key : t.val, name: 'map_into_iter' } };
    case 'drain':
      if (!hash) return null;
      (e as { iterOp?: string }).iterOp = 'map_drain';
      return { id: 'iter.src', self: 'mut', params: [], ret: { k: 'iterAd', item, name: 'map_drain' } };
    case 'retain':
      return { id: 'map.retain', self: 'mut', params: [fnT(set ? [ref(t.key)] : [ref(t.key), ref(t.val, true)], T.bool, 'FnMut')], ret: T.unit };
    case 'extend': {
      if (e.args.length !== 1) return null;
      const item2 = iterArg(this, e.args[0], t.kind);
      if (!this.tryUnify(item, item2)) throw new CheckError(e.args[0], `type mismatch resolving \`<${fmtTy(prune(e.args[0].ty!))} as IntoIterator>::Item == ${fmtTy(item)}\``, undefined, 'E0271');
      this.requireMapKey(t, e.recv);
      return { id: 'map.extend', self: 'mut', params: [prune(e.args[0].ty!)], ret: T.unit, checked: true };
    }
  }
  return null;
};

/** `for x in map` (a local holding a map, by value): becomes `map.into_iter()`. */
Checker.prototype.mapInto = function (this: Checker, a: Expr): boolean {
  if (a.k !== 'name') return false;
  const d = this.lookup(a.name);
  const t = d?.ty ? prune(d.ty) : null;
  if (!t || t.k !== 'Map') return false;
  const recv = { ...a };
  for (const k of Object.keys(a)) delete (a as unknown as Record<string, unknown>)[k];
  Object.assign(a, { k: 'method', implicitInto: true, recv, name: 'into_iter', args: [], nameSpan: { from: recv.from, to: recv.to }, from: recv.from, to: recv.to });
  return true;
};
