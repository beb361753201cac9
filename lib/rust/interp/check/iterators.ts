// Iterators: sources (`iter()`, `iter_mut()`, `into_iter()`, ranges, `chars()`, `bytes()`,
// `chunks(n)`, `windows(n)`), adaptors (map, filter, filter_map, enumerate, zip, chain, rev, take,
// skip, step_by, cloned, copied, flat_map) and consumers (sum, product, count, min, max,
// min_by_key, max_by_key, fold, any, all, position, find, last, nth, for_each, collect). An adaptor
// chain has the type `iterAd` with its item type; the runtime objects are in iter.ts.

import type { Expr } from '../ast';
import { T, fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, autoDerefCopy, isIntLike, isNumLike, newVar } from './checker';
import { ORD_TY } from './ordering';

declare module './checker' {
  interface Checker {
    iterMethod(e: Extract<Expr, { k: 'method' }>, rt: Ty, expected?: Ty): Ty | null;
    /** The item type of an iterator-like value (range, slice::Iter, adaptor), else null. */
    iterItem(t: Ty): Ty | null;
    /** The item type of an IntoIterator argument (`zip(&v)`, `chain(other.iter())`), recording how to iterate it. */
    intoIterItem(a: Expr): Ty;
    collectTarget(e: Extract<Expr, { k: 'method' }>, item: Ty, want: Ty): Ty;
    pendingCollects?: { e: Extract<Expr, { k: 'method' }>; item: Ty; v: Ty }[];
  }
}

const ADAPTORS = new Set(['map', 'filter', 'filter_map', 'enumerate', 'zip', 'chain', 'rev', 'take', 'skip', 'step_by', 'cloned', 'copied', 'flat_map']);
const CONSUMERS = new Set(['next', 'sum', 'product', 'count', 'min', 'max', 'min_by_key', 'max_by_key', 'min_by', 'max_by', 'fold', 'any', 'all', 'position', 'find', 'last', 'nth', 'for_each', 'collect']);

const ref = (e: Ty): Ty => ({ k: 'ref', mut: false, e });
const opt = (e: Ty): Ty => ({ k: 'Option', e });
const fnT = (params: Ty[], ret: Ty, trait: 'Fn' | 'FnMut' | 'FnOnce' = 'FnMut'): Ty => ({ k: 'fnTrait', trait, params, ret, dyn: false });

Checker.prototype.iterItem = function (this: Checker, t: Ty): Ty | null {
  t = prune(t);
  if (t.k === 'iterAd') return t.item;
  if (t.k === 'range') return t.e;
  if (t.k === 'iter') return t.enumerate ? { k: 'tuple', elems: [T.usize, ref(t.e)] } : ref(t.e);
  return null;
};

Checker.prototype.intoIterItem = function (this: Checker, a: Expr): Ty {
  const t = prune(this.expr(a));
  const it = this.iterItem(t);
  if (it) return it;
  if (t.k === 'ref') {
    const inner = prune(t.e);
    if (inner.k === 'Vec' || inner.k === 'array' || inner.k === 'slice') {
      (a as { intoIter?: string }).intoIter = 'slice';
      return { k: 'ref', mut: t.mut, e: inner.e };
    }
  }
  throw new CheckError(a, `\`${fmtTy(t)}\` is not an iterator`, undefined, 'E0277');
};

Checker.prototype.iterMethod = function (this: Checker, e: Extract<Expr, { k: 'method' }>, rt: Ty, expected?: Ty): Ty | null {
  const name = e.name;
  const t = ADAPTORS.has(name) || CONSUMERS.has(name) ? this.asUserIter(e.recv, prune(rt), name) : prune(rt);
  // sources on collections (through references)
  if (name === 'iter_mut' || name === 'chars' || name === 'bytes' || name === 'chunks' || name === 'windows' || name === 'into_iter' || name === 'char_indices') {
    let s = t;
    let viaRef: boolean | null = null;
    while (s.k === 'ref' || s.k === 'Box') {
      if (s.k === 'ref') viaRef = viaRef === null ? s.mut : viaRef && s.mut;
      s = prune(s.e);
    }
    const seq = s.k === 'Vec' || s.k === 'array' || s.k === 'slice';
    const strish = s.k === 'String' || s.k === 'str';
    let item: Ty | null = null;
    let src = '';
    if (name === 'iter_mut' && seq) {
      if (viaRef === false) throw new CheckError(e.recv, `cannot borrow \`*${e.recv.k === 'name' ? e.recv.name : '_'}\` as mutable, as it is behind a \`&\` reference`, undefined, 'E0596');
      if (viaRef === null) this.checkMutPlace(e.recv, 'borrow');
      item = { k: 'ref', mut: true, e: (s as { e: Ty }).e };
      src = 'iter_mut';
    } else if ((name === 'chunks' || name === 'windows') && seq) {
      if (e.args.length !== 1) throw new CheckError(e, `this method takes 1 argument but ${e.args.length} arguments were supplied`);
      this.coerceTo(e.args[0], T.usize);
      item = ref({ k: 'slice', e: (s as { e: Ty }).e });
      src = name;
    } else if (name === 'chars' && strish) {
      item = T.char;
      src = 'chars';
    } else if (name === 'char_indices' && strish) {
      item = { k: 'tuple', elems: [T.usize, T.char] };
      src = 'char_indices';
    } else if (name === 'bytes' && strish) {
      item = T.int('u8');
      src = 'bytes';
    } else if (name === 'into_iter') {
      if (t.k === 'Vec') {
        item = t.e;
        src = 'vec_into_iter';
      } else if (t.k === 'ref' && seq) {
        item = { k: 'ref', mut: t.mut, e: (s as { e: Ty }).e };
        src = t.mut ? 'iter_mut' : 'iter';
      } else if (t.k === 'range' || t.k === 'iterAd' || t.k === 'iter') {
        (e as { iterOp?: string }).iterOp = 'identity';
        e.builtin = 'iter.op';
        return t;
      } else if (t.k === 'array') {
        item = t.e;
        src = 'array_into_iter';
      }
    }
    if (!item) return null;
    if (e.args.length && name !== 'chunks' && name !== 'windows') throw new CheckError(e, `this method takes 0 arguments but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
    e.builtin = 'iter.src';
    (e as { iterOp?: string }).iterOp = src;
    return { k: 'iterAd', item, name: src };
  }
  const strSrc = this.strIterSource(e, t); // split, lines, split_whitespace (check/strs.ts)
  if (strSrc) return strSrc;
  const item = this.iterItem(t);
  if (!item) return null;
  if (!ADAPTORS.has(name) && !CONSUMERS.has(name)) return null;
  // slice::Iter keeps its own enumerate (for loops over `v.iter().enumerate()` use it) and len
  if (t.k === 'iter' && name === 'enumerate' && !t.enumerate) return null;
  e.builtin = 'iter.op';
  (e as { iterOp?: string }).iterOp = name;
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e.nameSpan, `this method takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  };
  const ad = (it: Ty): Ty => ({ k: 'iterAd', item: it, name });
  /** Checks a closure argument against `impl FnMut(params) -> ret` and returns its return type. */
  const closureArg = (a: Expr, params: Ty[], ret: Ty = newVar(), trait: 'Fn' | 'FnMut' | 'FnOnce' = 'FnMut'): Ty => {
    if (a.k !== 'closure') {
      const at = this.expr(a);
      const sig = this.callableSig(at);
      if (!sig) throw new CheckError(a, `expected a closure, found \`${fmtTy(at)}\``, undefined, 'E0277');
      this.unifyCallable(fnT(params, ret, trait), at);
      return ret;
    }
    this.coerceTo(a, fnT(params, ret, trait));
    return ret;
  };
  switch (name) {
    case 'map': {
      argc(1);
      return ad(closureArg(e.args[0], [item]));
    }
    case 'filter':
      argc(1);
      closureArg(e.args[0], [ref(item)], T.bool);
      return ad(item);
    case 'filter_map': {
      argc(1);
      const u = newVar();
      closureArg(e.args[0], [item], opt(u));
      return ad(u);
    }
    case 'flat_map': {
      argc(1);
      const r = closureArg(e.args[0], [item]);
      const inner = this.iterItem(r);
      if (inner) return ad(inner);
      const rp = prune(r);
      if (rp.k === 'Vec') {
        (e as { flatVec?: boolean }).flatVec = true;
        return ad(rp.e);
      }
      throw new CheckError(e.args[0], `\`${fmtTy(r)}\` is not an iterator`, undefined, 'E0277');
    }
    case 'enumerate':
      argc(0);
      return ad({ k: 'tuple', elems: [T.usize, item] });
    case 'zip': {
      argc(1);
      const other = this.intoIterItem(e.args[0]);
      return ad({ k: 'tuple', elems: [item, other] });
    }
    case 'chain': {
      argc(1);
      const other = this.intoIterItem(e.args[0]);
      if (!this.tryUnify(item, other)) throw new CheckError(e.args[0], `type mismatch resolving \`<… as IntoIterator>::Item == ${fmtTy(item)}\`: expected \`${fmtTy(item)}\`, found \`${fmtTy(other)}\``, undefined, 'E0271');
      return ad(item);
    }
    case 'rev':
      argc(0);
      return ad(item);
    case 'take':
    case 'skip':
    case 'step_by':
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return ad(item);
    case 'cloned':
    case 'copied': {
      argc(0);
      const ip = prune(item);
      if (ip.k !== 'ref') throw new CheckError(e.nameSpan, `expected an iterator over references, found items of type \`${fmtTy(item)}\``, undefined, 'E0271');
      if (name === 'copied' && !isCopy(ip.e)) throw new CheckError(e.nameSpan, `the trait bound \`${fmtTy(ip.e)}: Copy\` is not satisfied`, undefined, 'E0277');
      if (name === 'cloned') this.requireClone(ip.e, e);
      return ad(ip.e);
    }
    // ---- consumers
    case 'sum':
    case 'product': {
      argc(0);
      const targ = e.targs && e.targs[0] ? this.type(e.targs[0]) : null;
      const el = autoDerefCopy(item);
      const out = targ ?? (expected && prune(expected).k !== 'var' ? expected : el);
      if (!this.tryUnify(out, el)) throw new CheckError(e, `a value of type \`${fmtTy(out)}\` cannot be made by ${name === 'sum' ? 'summing' : 'multiplying'} an iterator over elements of type \`${fmtTy(item)}\``, undefined, 'E0277');
      if (prune(out).k === 'var' && (prune(out) as { kind: string }).kind === 'any') throw new CheckError(e.nameSpan, 'type annotations needed', undefined, 'E0283');
      if (!isNumLike(prune(out))) throw new CheckError(e, `a value of type \`${fmtTy(out)}\` cannot be made by summing an iterator over elements of type \`${fmtTy(item)}\``, undefined, 'E0277');
      return out;
    }
    case 'count':
      argc(0);
      return T.usize;
    case 'last':
      argc(0);
      return opt(item);
    case 'next':
      // `s.chars().next()`, `it.next()` on an adaptor stored in a `let mut` (its state is the object);
      // a stored range or slice::Iter, and a vec::IntoIter that would be left undropped, are not modelled
      argc(0);
      if (e.recv.k !== 'method' && t.k !== 'iterAd') return null;
      if (rootSrc(e.recv) === 'vec_into_iter' || rootSrc(e.recv) === 'array_into_iter') return null;
      if (e.recv.k === 'name') this.checkMutPlace(e.recv, 'borrow');
      (e as { iterOp?: string }).iterOp = 'nth';
      return opt(item);
    case 'nth':
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return opt(item);
    case 'min':
    case 'max': {
      argc(0);
      const ip = autoDerefCopyAll(item);
      if (!isIntLike(ip) && ip.k !== 'char' && ip.k !== 'bool' && ip.k !== 'String' && ip.k !== 'str' && ip.k !== 'tuple' && !(ip.k === 'struct' && ip.s.traits?.has('Ord'))) throw new CheckError(e.nameSpan, `the trait bound \`${fmtTy(item)}: Ord\` is not satisfied`, undefined, 'E0277');
      return opt(item);
    }
    case 'min_by_key':
    case 'max_by_key': {
      argc(1);
      const k = closureArg(e.args[0], [ref(item)]);
      const kp = autoDerefCopyAll(k);
      if (!isIntLike(kp) && kp.k !== 'char' && kp.k !== 'bool' && kp.k !== 'var') throw new CheckError(e.args[0], `the trait bound \`${fmtTy(k)}: Ord\` is not satisfied`, undefined, 'E0277');
      return opt(item);
    }
    case 'min_by':
    case 'max_by': // core::iter: compare(&acc, &next); check/ordering.ts
      argc(1);
      closureArg(e.args[0], [ref(item), ref(item)], ORD_TY);
      return opt(item);
    case 'fold': {
      argc(2);
      const acc = this.expr(e.args[0], expected);
      closureArg(e.args[1], [acc, item], acc);
      return acc;
    }
    case 'any':
    case 'all':
      argc(1);
      closureArg(e.args[0], [item], T.bool);
      return T.bool;
    case 'position':
      argc(1);
      closureArg(e.args[0], [item], T.bool);
      return opt(T.usize);
    case 'find':
      argc(1);
      closureArg(e.args[0], [ref(item)], T.bool);
      return opt(item);
    case 'for_each':
      argc(1);
      closureArg(e.args[0], [item], T.unit);
      return T.unit;
    case 'collect': {
      argc(0);
      const targ = e.targs && e.targs[0] ? this.type(e.targs[0]) : null;
      const ex = expected ? prune(expected) : null;
      const want = targ ?? (ex && ex.k !== 'var' ? ex : null);
      if (!want) {
        // the target may be known later (a closure's return type unified by an outer collect)
        const v = ex ?? newVar();
        (this.pendingCollects ??= []).push({ e, item, v });
        return v;
      }
      return this.collectTarget(e, item, want);
    }
  }
  return null;
};

/** Checks a collect's target type (Vec<T> or String) against the item type. */
Checker.prototype.collectTarget = function (this: Checker, e: Extract<Expr, { k: 'method' }>, item: Ty, want: Ty): Ty {
  const w = prune(want);
  if (w.k === 'Vec') {
    if (!this.tryUnify(w.e, item)) throw new CheckError(e.nameSpan, `a value of type \`${fmtTy(want)}\` cannot be built from an iterator over elements of type \`${fmtTy(item)}\``, undefined, 'E0277');
    if (rootSrc(e.recv) === 'vec_into_iter') {
      // std's in-place collect (the layouts are compared in iter.ts); other adaptors over a vec::IntoIter are refused
      const ops = chainOps(e.recv);
      if (!ops.every((o) => IN_PLACE_OPS.has(o))) throw new CheckError(e.nameSpan, `\`into_iter()\` followed by \`${ops.find((o) => !IN_PLACE_OPS.has(o))}\` and collected into a Vec is not modelled (std may collect it in place): collect from \`iter()\` instead`);
      (e as { inPlaceSrc?: Ty }).inPlaceSrc = rootVecElem(e.recv);
    }
    (e as { collectInto?: string }).collectInto = 'Vec';
    return w;
  }
  if (w.k === 'String') {
    const ip = prune(item);
    const ok = ip.k === 'char' || ip.k === 'String' || (ip.k === 'ref' && (prune(ip.e).k === 'str' || prune(ip.e).k === 'char'));
    if (!ok) throw new CheckError(e.nameSpan, `a value of type \`String\` cannot be built from an iterator over elements of type \`${fmtTy(item)}\``, undefined, 'E0277');
    (e as { collectInto?: string }).collectInto = ip.k === 'char' || (ip.k === 'ref' && prune(ip.e).k === 'char') ? 'StringChars' : ip.k === 'String' ? 'StringStrings' : 'StringStrs';
    return w;
  }
  if (w.k === 'Map') return this.mapCollectTarget(e, item, w); // check/map-collect.ts
  throw new CheckError(e.nameSpan, `collecting into \`${fmtTy(want)}\` is not supported (Vec and String are)`);
};

// collects whose target was not known where they were checked: resolved at the end of the function
const baseFnBody = Checker.prototype.fnBody;
Checker.prototype.fnBody = function (this: Checker, f) {
  this.pendingCollects = [];
  baseFnBody.call(this, f);
  const pending = this.pendingCollects;
  this.pendingCollects = undefined;
  for (const p of pending) {
    try {
      const w = prune(p.v);
      if (w.k === 'var') throw new CheckError(p.e.nameSpan, 'type annotations needed', [{ from: p.e.nameSpan.from, message: 'help: consider specifying the generic argument: `collect::<Vec<_>>()`' }], 'E0283');
      this.collectTarget(p.e, p.item, w);
    } catch (err) {
      if (!(err instanceof CheckError)) throw err;
      this.report(err);
    }
  }
};

function autoDerefCopyAll(t: Ty): Ty {
  t = prune(t);
  while (t.k === 'ref') t = prune(t.e);
  return t;
}

/** The source of an adaptor chain (`iter`, `vec_into_iter`, …). */
export function rootSrc(e: Expr): string | null {
  let cur = e;
  while (cur.k === 'method' && cur.builtin === 'iter.op') cur = cur.recv;
  if (cur.k === 'method' && cur.builtin === 'iter.src') return (cur as { iterOp?: string }).iterOp ?? null;
  return null;
}

export const IN_PLACE_OPS = new Set(['map', 'filter', 'filter_map', 'enumerate', 'take', 'skip']);

export function chainOps(e: Expr): string[] {
  const ops: string[] = [];
  let cur = e;
  while (cur.k === 'method' && cur.builtin === 'iter.op') {
    ops.push((cur as { iterOp?: string }).iterOp ?? '');
    cur = cur.recv;
  }
  return ops;
}

export function rootVecElem(e: Expr): Ty {
  let cur = e;
  while (cur.k === 'method' && cur.builtin === 'iter.op') cur = cur.recv;
  const t = prune((cur as Extract<Expr, { k: 'method' }>).recv.ty!);
  return (t as { e: Ty }).e;
}
