// More of std's methods (types only; the runtime is ../std-methods.ts): Vec/slice `get`, `retain`,
// `drain`, `split_off`, `extend`, `append`, `fill`, `binary_search`, `split_at`, `concat`, `join`,
// `repeat`; String/str `insert`, `insert_str`, `remove`, `retain`, `split_off`, `into_bytes`,
// `replace`, `replacen`, `repeat`, `to_uppercase`, `to_lowercase`; the closure-taking methods of
// Option and Result (core/src/option.rs, core/src/result.rs signatures).

import type { Expr, Span } from '../ast';
import { T, fmtTy, isCopy, prune, stdStruct, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar, type MethodSig, type SelfMode } from './checker';
import { resultTy } from './enums';

declare module './checker' {
  interface Checker {
    stdMethodSig(t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    stdCall(e: Extract<Expr, { k: 'call' }>, name: string): Ty | null;
    convertCall(e: Extract<Expr, { k: 'call' }>, name: string): Ty;
    /** coerceTo with the context rustc labels on a mismatch (the `let`'s type, the called function) */
    coerceIn(e: Expr, expected: Ty, label: { from: number; message: string }): void;
    refGapError(expected: Ty, actual: Ty, span: Span): false;
    mismatchLabel?: { from: number; message: string };
  }
  interface MethodSig {
    /** the arguments were checked by the signature's builder */
    checked?: boolean;
  }
}

const ref = (e: Ty): Ty => ({ k: 'ref', mut: false, e });
const opt = (e: Ty): Ty => ({ k: 'Option', e });
const fnOnce = (params: Ty[], ret: Ty, trait: 'FnMut' | 'FnOnce' = 'FnOnce'): Ty => ({ k: 'fnTrait', trait, params, ret, dyn: false });
const sig = (id: string, self: SelfMode, params: Ty[], ret: Ty): MethodSig => ({ id, self, params, ret });

Checker.prototype.stdMethodSig = function (this: Checker, t: Ty, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const m = e.name;
  const U = T.usize;
  if (t.k === 'Vec' && t.heap) return heapSig(this, t, e);
  if (t.k === 'Vec' || t.k === 'slice' || t.k === 'array') {
    const el = t.e;
    const vec = t.k === 'Vec';
    switch (m) {
      case 'get': return sig('std.slice.get', 'ref', [U], opt(ref(el)));
      case 'first': return sig('slice.first', 'ref', [], opt(ref(el)));
      case 'last': return sig('slice.last', 'ref', [], opt(ref(el)));
      case 'fill': return vec || t.k === 'array' ? sig('std.slice.fill', 'mut', [el], T.unit) : null;
      case 'binary_search': return sig('std.slice.binary_search', 'ref', [ref(el)], resultTy(U, U));
      case 'split_at': return sig('std.slice.split_at', 'ref', [U], { k: 'tuple', elems: [ref({ k: 'slice', e: el }), ref({ k: 'slice', e: el })] });
      case 'to_vec': this.requireClone(el, e); return sig('slice.to_vec', 'ref', [], { k: 'Vec', e: el });
      case 'repeat': return isCopy(el) ? sig('std.slice.repeat', 'ref', [U], { k: 'Vec', e: el }) : null;
      case 'is_sorted': return sig('std.slice.is_sorted', 'ref', [], T.bool);
      case 'concat': case 'join': {
        const ep = prune(el);
        const strs = ep.k === 'String' || (ep.k === 'ref' && prune(ep.e).k === 'str');
        if (strs) return sig(`std.strs.${m}`, 'ref', m === 'join' ? [T.refStr] : [], T.String);
        if (ep.k === 'Vec' && isCopy(ep.e)) return sig(`std.vecs.${m}`, 'ref', m === 'join' ? [ref(ep.e)] : [], { k: 'Vec', e: ep.e });
        return null;
      }
    }
    if (!vec) return null;
    switch (m) {
      case 'retain': return sig('std.vec.retain', 'mut', [fnOnce([ref(el)], T.bool, 'FnMut')], T.unit);
      case 'retain_mut': return sig('std.vec.retain_mut', 'mut', [fnOnce([{ k: 'ref', mut: true, e: el }], T.bool, 'FnMut')], T.unit);
      case 'split_off': return sig('std.vec.split_off', 'mut', [U], { k: 'Vec', e: el });
      // Box<[T]> of Copy elements (no drop glue for a boxed slice's elements here)
      case 'into_boxed_slice': return isCopy(el) ? sig('std.vec.into_boxed_slice', 'value', [], { k: 'Box', e: { k: 'slice', e: el } }) : null;
      case 'append': return sig('std.vec.append', 'mut', [{ k: 'ref', mut: true, e: t }], T.unit);
      case 'drain': {
        if (e.args.length !== 1 || e.args[0].k !== 'range') return null;
        (e as { iterOp?: string }).iterOp = 'drain';
        return sig('iter.src', 'mut', [{ k: 'range', e: U, inclusive: e.args[0].inclusive }], { k: 'iterAd', item: el, name: 'drain' });
      }
      case 'extend': return extendSig(this, e, el);
    }
    return null;
  }
  if (t.k === 'VecDeque') {
    const el = t.e;
    switch (m) {
      case 'front': return sig('slice.first', 'ref', [], opt(ref(el)));
      case 'back': return sig('slice.last', 'ref', [], opt(ref(el)));
      case 'get': return sig('std.slice.get', 'ref', [U], opt(ref(el)));
      case 'contains': return sig('slice.contains', 'ref', [ref(el)], T.bool);
      case 'truncate': return sig('vec.truncate', 'mut', [U], T.unit);
      case 'retain': return sig('std.vec.retain', 'mut', [fnOnce([ref(el)], T.bool, 'FnMut')], T.unit);
      case 'rotate_left': case 'rotate_right': return sig(`std.deque.${m}`, 'mut', [U], T.unit);
      // the elements are kept in logical order here: nothing moves, nothing allocates
      case 'make_contiguous': return sig('std.deque.make_contiguous', 'mut', [], { k: 'ref', mut: true, e: { k: 'slice', e: el } });
      case 'extend': return extendSig(this, e, el);
    }
    return null;
  }
  if (t.k === 'String' || t.k === 'str') {
    const own = t.k === 'String';
    switch (m) {
      case 'replace': case 'replacen': {
        if (e.args.length < 1) return null;
        const pt = prune(this.expr(e.args[0]));
        const isChar = pt.k === 'char';
        if (!isChar && !(pt.k === 'ref' && (prune(pt.e).k === 'str' || prune(pt.e).k === 'String'))) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(pt)}: Pattern\` is not satisfied`, undefined, 'E0277');
        if (e.args.length !== (m === 'replace' ? 2 : 3)) return null;
        this.coerceTo(e.args[1], T.refStr);
        if (m === 'replacen') this.coerceTo(e.args[2], U);
        (e as { patChar?: boolean }).patChar = isChar;
        return { ...sig(`std.str.${m}`, 'ref', [pt, T.refStr, U].slice(0, e.args.length), T.String), checked: true };
      }
      case 'repeat': return sig('std.str.repeat', 'ref', [U], T.String);
      case 'contains': case 'starts_with': case 'ends_with': {
        if (e.args.length !== 1) return null;
        const pt = prune(this.expr(e.args[0]));
        const isChar = pt.k === 'char';
        if (!isChar && !(pt.k === 'ref' && (prune(pt.e).k === 'str' || prune(pt.e).k === 'String'))) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(pt)}: Pattern\` is not satisfied`, undefined, 'E0277');
        (e as { patChar?: boolean }).patChar = isChar;
        return { ...sig(`std.str.${m}`, 'ref', [pt], T.bool), checked: true };
      }
      case 'to_uppercase': case 'to_lowercase': return sig(`std.str.${m}`, 'ref', [], T.String);
    }
    if (!own) return null;
    switch (m) {
      case 'insert': return sig('std.string.insert', 'mut', [U, T.char], T.unit);
      case 'insert_str': return sig('std.string.insert_str', 'mut', [U, T.refStr], T.unit);
      case 'remove': return sig('std.string.remove', 'mut', [U], T.char);
      case 'retain': return sig('std.string.retain', 'mut', [fnOnce([T.char], T.bool, 'FnMut')], T.unit);
      case 'split_off': return sig('std.string.split_off', 'mut', [U], T.String);
      case 'into_bytes': return sig('std.string.into_bytes', 'value', [], { k: 'Vec', e: T.int('u8') });
      case 'drain': {
        if (e.args.length !== 1 || e.args[0].k !== 'range') return null;
        (e as { iterOp?: string }).iterOp = 'drain_str';
        return sig('iter.src', 'mut', [{ k: 'range', e: U, inclusive: e.args[0].inclusive }], { k: 'iterAd', item: T.char, name: 'drain_str' });
      }
    }
    return null;
  }
  if (t.k === 'Option') {
    const x = t.e;
    const u = newVar();
    switch (m) {
      case 'map': return sig('std.option.map', 'value', [fnOnce([x], u)], opt(u));
      case 'and_then': return sig('std.option.and_then', 'value', [fnOnce([x], opt(u))], opt(u));
      case 'or_else': return sig('std.option.or_else', 'value', [fnOnce([], opt(x))], opt(x));
      case 'unwrap_or_else': return sig('std.option.unwrap_or_else', 'value', [fnOnce([], x)], x);
      case 'map_or': return sig('std.option.map_or', 'value', [u, fnOnce([x], u)], u);
      case 'map_or_else': return sig('std.option.map_or_else', 'value', [fnOnce([], u), fnOnce([x], u)], u);
      case 'filter': return sig('std.option.filter', 'value', [fnOnce([ref(x)], T.bool)], opt(x));
      case 'is_some_and': return sig('std.option.is_some_and', 'value', [fnOnce([x], T.bool)], T.bool);
      case 'is_none_or': return sig('std.option.is_none_or', 'value', [fnOnce([x], T.bool)], T.bool);
      case 'ok_or_else': return sig('std.option.ok_or_else', 'value', [fnOnce([], u)], resultTy(x, u));
      // through the Option's place (a local or a field): Some's payload is the `&mut T`
      case 'as_mut': return sig('std.option.as_mut', 'mut', [], opt({ k: 'ref', mut: true, e: x }));
      case 'get_or_insert_with': return sig('std.option.get_or_insert_with', 'mut', [fnOnce([], x)], { k: 'ref', mut: true, e: x });
      case 'copied': case 'cloned': {
        const xp = prune(x);
        if (xp.k !== 'ref') throw new CheckError(e.nameSpan, `expected \`Option<&_>\`, found \`${fmtTy(t)}\``, undefined, 'E0599');
        if (m === 'copied' && !isCopy(xp.e)) throw new CheckError(e.nameSpan, `the trait bound \`${fmtTy(xp.e)}: Copy\` is not satisfied`, undefined, 'E0277');
        if (m === 'cloned') this.requireClone(xp.e, e);
        return sig(`std.option.${m}`, 'value', [], opt(xp.e));
      }
      case 'as_deref': {
        const xp = prune(x);
        if (xp.k === 'String') return sig('std.option.as_deref', 'ref', [], opt(T.refStr));
        if (xp.k === 'Box') return sig('std.option.as_deref', 'ref', [], opt(ref(xp.e)));
        return null;
      }
    }
    return null;
  }
  if (t.k === 'struct' && t.s.generic === 'Cow') {
    switch (m) {
      case 'to_mut': return sig('std.cow.to_mut', 'mut', [], { k: 'ref', mut: true, e: T.String });
      case 'into_owned': return sig('std.cow.into_owned', 'value', [], T.String);
      case 'len': return sig('std.cow.len', 'ref', [], U);
      case 'is_empty': return sig('std.cow.is_empty', 'ref', [], T.bool);
      case 'to_string': return sig('std.cow.to_string', 'ref', [], T.String);
    }
    return null;
  }
  if (t.k === 'struct' && t.s.generic === 'Result') {
    const [ok, err] = t.s.targs!;
    const u = newVar();
    switch (m) {
      case 'map': return sig('std.result.map', 'value', [fnOnce([ok], u)], resultTy(u, err));
      case 'map_err': return sig('std.result.map_err', 'value', [fnOnce([err], u)], resultTy(ok, u));
      case 'and_then': {
        const r = resultTy(u, err);
        return sig('std.result.and_then', 'value', [fnOnce([ok], r)], r);
      }
      case 'unwrap_or_else': return sig('std.result.unwrap_or_else', 'value', [fnOnce([err], ok)], ok);
      case 'is_ok_and': return sig('std.result.is_ok_and', 'value', [fnOnce([ok], T.bool)], T.bool);
      case 'is_err_and': return sig('std.result.is_err_and', 'value', [fnOnce([err], T.bool)], T.bool);
      case 'map_or': return sig('std.result.map_or', 'value', [u, fnOnce([ok], u)], u);
    }
  }
  return null;
};

/** `mem::forget(x)` (moves x, never drops it) and `mem::size_of_val(&x)`. */
Checker.prototype.stdCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: string): Ty | null {
  if (name === 'VecDeque::from' || name === 'Vec::from' || name === 'BinaryHeap::from') return this.convertCall(e, name);
  if (name === 'BinaryHeap::new' || name === 'BinaryHeap::with_capacity') {
    const n = name === 'BinaryHeap::new' ? 0 : 1;
    if (e.args.length !== n) throw new CheckError(e, `this function takes ${n} argument${n ? '' : 's'} but ${e.args.length} arguments were supplied`, undefined, 'E0061');
    if (n) this.coerceTo(e.args[0], T.usize);
    e.builtin = name === 'BinaryHeap::new' ? 'Vec::new' : 'Vec::with_capacity';
    const targs = (e as { targs?: Ty[] | null }).targs;
    return { k: 'Vec', e: targs && targs[0] ? targs[0] : newVar(), heap: true };
  }
  if (name !== 'mem::forget' && name !== 'mem::size_of_val') return null;
  if (e.args.length !== 1) throw new CheckError(e, `this function takes 1 argument but ${e.args.length} arguments were supplied`, undefined, 'E0061');
  e.builtin = name;
  const t = prune(this.expr(e.args[0]));
  if (name === 'mem::size_of_val' && t.k !== 'ref') throw new CheckError(e.args[0], `mismatched types: expected reference, found \`${fmtTy(t)}\``, undefined, 'E0308');
  return name === 'mem::forget' ? T.unit : T.usize;
};

/** `extend` of a Vec or VecDeque: from a Vec (moved), a slice of Copy values, or an iterator. */
function extendSig(cx: Checker, e: Extract<Expr, { k: 'method' }>, el: Ty): MethodSig | null {
  if (e.args.length !== 1) return null;
  const a = e.args[0];
  const at = prune(cx.expr(a));
  let how = '';
  if (at.k === 'Vec' && cx.tryUnify(at.e, el)) how = 'vec';
  else if (at.k === 'ref' && (prune(at.e).k === 'Vec' || prune(at.e).k === 'array' || prune(at.e).k === 'slice') && isCopy(el) && cx.tryUnify((prune(at.e) as { e: Ty }).e, el)) how = 'slice';
  else {
    const item = cx.iterItem(at);
    if (item && cx.tryUnify(item, el)) how = 'iter';
    else if (item && isCopy(el) && prune(item).k === 'ref' && cx.tryUnify((prune(item) as { e: Ty }).e, el)) how = 'iter';
  }
  if (!how) throw new CheckError(a, `type mismatch resolving \`<${fmtTy(at)} as IntoIterator>::Item == ${fmtTy(el)}\``, undefined, 'E0271');
  (e as { extendHow?: string }).extendHow = how;
  return { ...sig('std.vec.extend', 'mut', [at], T.unit), checked: true };
}

/**
 * `VecDeque::from(vec)` / `Vec::from(deque)` keep the buffer (alloc's From impls: O(1) / no realloc);
 * `Vec::from([..])` and `Vec::from(&slice[..])` copy into an exact allocation.
 */
Checker.prototype.convertCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: string): Ty {
  if (e.args.length !== 1) throw new CheckError(e, `this function takes 1 argument but ${e.args.length} arguments were supplied`, undefined, 'E0061');
  const at = prune(this.expr(e.args[0]));
  e.builtin = name;
  if (name === 'VecDeque::from' && at.k === 'Vec') return { k: 'VecDeque', e: at.e };
  if (name === 'Vec::from' && at.k === 'VecDeque') return { k: 'Vec', e: at.e };
  if (name === 'Vec::from' && at.k === 'Vec' && at.heap) return { k: 'Vec', e: at.e };
  if (name === 'BinaryHeap::from' && at.k === 'Vec' && !at.heap) {
    if (!orderable(at.e)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(at.e)}: Ord\` is not satisfied`, undefined, 'E0277');
    return { k: 'Vec', e: at.e, heap: true };
  }
  if (name === 'Vec::from' && at.k === 'array') {
    (e as { fromArray?: boolean }).fromArray = true;
    return { k: 'Vec', e: at.e };
  }
  throw new CheckError(e.args[0], `the trait bound \`${name.split('::')[0]}<_>: From<${fmtTy(at)}>\` is not satisfied`, undefined, 'E0277');
};

/** BinaryHeap<T> (a Vec kept in heap order): the methods of alloc's collections/binary_heap. */
function heapSig(cx: Checker, t: Extract<Ty, { k: 'Vec' }>, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const el = t.e;
  const m = e.name;
  if (['push', 'pop', 'into_sorted_vec'].includes(m) && !orderable(el)) throw new CheckError(e.nameSpan, `the trait bound \`${fmtTy(el)}: Ord\` is not satisfied`, undefined, 'E0277');
  switch (m) {
    case 'push': return sig('std.heap.push', 'mut', [el], T.unit);
    case 'pop': return sig('std.heap.pop', 'mut', [], opt(el));
    case 'peek': return sig('slice.first', 'ref', [], opt(ref(el)));
    case 'len': return sig('vec.len', 'ref', [], T.usize);
    case 'is_empty': return sig('vec.is_empty', 'ref', [], T.bool);
    case 'capacity': return sig('vec.capacity', 'ref', [], T.usize);
    case 'clear': return sig('vec.clear', 'mut', [], T.unit);
    case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
    case 'into_vec': return sig('std.heap.into_vec', 'value', [], { k: 'Vec', e: el });
    case 'into_sorted_vec': return sig('std.heap.into_sorted_vec', 'value', [], { k: 'Vec', e: el });
    case 'clone': cx.requireClone(el, e); return sig('vec.clone', 'ref', [], t);
  }
  throw new CheckError(e.nameSpan, `no method named \`${m}\` found for struct \`${fmtTy(t)}\` in the current scope`, undefined, 'E0599');
}

/** Ord: integers, char, bool, strings, tuples of these (and Reverse of them). */
function orderable(t: Ty): boolean {
  const p = prune(t);
  if (p.k === 'int' || p.k === 'char' || p.k === 'bool' || p.k === 'String' || (p.k === 'var' && p.kind === 'int')) return true;
  if (p.k === 'ref') return prune(p.e).k === 'str';
  if (p.k === 'tuple') return p.elems.every(orderable);
  if (p.k === 'struct' && p.s.generic === 'Reverse') return orderable(p.s.fields[0].ty);
  return p.k === 'var';
}

Checker.prototype.coerceIn = function (this: Checker, e: Expr, expected: Ty, label: { from: number; message: string }): void {
  const outer = this.mismatchLabel;
  this.mismatchLabel = label;
  try {
    this.coerceTo(e, expected);
  } finally {
    this.mismatchLabel = outer;
  }
};

/**
 * `Option<&T>` where `Option<T>` is expected (or the reverse): the gap between `first()`/`get()`/
 * `iter().max()` and a value. Reported in rustc's words: "mismatched types" with the expected/found
 * label and the context's label.
 */
export function refGap(expected: Ty, actual: Ty): boolean {
  const a = prune(expected);
  const b = prune(actual);
  if (a.k !== 'Option' || b.k !== 'Option') return false;
  const x = prune(a.e);
  const y = prune(b.e);
  return (x.k === 'ref') !== (y.k === 'ref');
}

Checker.prototype.refGapError = function (this: Checker, expected: Ty, actual: Ty, span: Span): false {
  const notes = [{ from: span.from, message: `expected \`${fmtTy(expected)}\`, found \`${fmtTy(actual)}\`` }];
  if (this.mismatchLabel) notes.push(this.mismatchLabel);
  this.err(span, 'mismatched types', notes, 'E0308');
  return false;
};

/** `std::cmp::Reverse<T>`: a tuple struct wrapping T whose Ord is T's reversed (rmap.ts ordFn). */
export function reverseInfo(inner: Ty): StructInfo {
  return stdStruct({
    name: 'Reverse',
    kind: 'tuple',
    fields: [{ name: '0', ty: inner }],
    get copy() {
      return isCopy(inner);
    },
    generic: 'Reverse',
    targs: [inner],
  });
}

/** `std::borrow::Cow<'_, str>`: `enum { Borrowed(&str), Owned(String) }` (24 bytes: String's niche). */
export const COW_STR: StructInfo = stdStruct({
  name: 'Cow',
  kind: 'named',
  fields: [],
  copy: false,
  variants: [
    { name: 'Borrowed', kind: 'tuple', fields: [{ name: '0', ty: T.refStr }] },
    { name: 'Owned', kind: 'tuple', fields: [{ name: '0', ty: T.String }] },
  ],
  generic: 'Cow',
  targs: [T.str],
});
