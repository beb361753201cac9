// Method calls with auto-deref and auto-ref (the methods of impl blocks first, then the builtin
// method table: Vec, String, VecDeque, Option, Box, Bump, slices, iterators, numbers).

import { resultTy } from './enums';
import type { Expr, FnDecl, Span } from '../ast';
import { T, fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, isIntLike, isNumLike, newVar, type MethodSig, type SelfMode } from './checker';
import { behindRefNote, placeName } from './place';

declare module './checker' {
  interface Checker {
    method(e: Extract<Expr, { k: 'method' }>, expected?: Ty): Ty;
    methodSig(t: Ty, e: Extract<Expr, { k: 'method' }>, expected?: Ty): MethodSig | null;
    requireClone(t: Ty, at: Span): void;
    userMethod(e: Extract<Expr, { k: 'method' }>, t: Extract<Ty, { k: 'struct' }>, decl: FnDecl, viaRef: 'none' | 'ref' | 'mut', derefs: number, expected?: Ty): Ty;
  }
}

Checker.prototype.method = function (this: Checker, e: Extract<Expr, { k: 'method' }>, expected?: Ty): Ty {
  const rt = this.expr(e.recv);
  this.checkBoundMethod(e); // a generic instance: T's bounds (check/generics.ts)
  const itr = this.iterMethod(e, rt, expected); // iterators and their adaptors (check/iterators.ts)
  if (itr) return itr;
  const into = this.intoMethod(e, rt, expected); // `x.into()` through the program's `impl From` (check/conversions.ts)
  if (into) return into;
  // Auto-deref: &T, &mut T, Box<T> → T (but methods on Box/refs themselves come first).
  let t = prune(rt);
  let viaRef: 'none' | 'ref' | 'mut' = 'none';
  let derefs = 0;
  for (;;) {
    // A method of an impl block (inherent methods come before the derived/trait ones)
    const user = t.k === 'struct' ? t.s.methods.get(e.name) : undefined;
    if (user && t.k === 'struct') return this.userMethod(e, t, user, viaRef, derefs, expected);
    if (t.k === 'dyn') return this.dynMethod(e, rt, t, viaRef, derefs); // check/traits.ts
    const sig = this.methodSig(t, e, expected);
    if (sig) {
      e.builtin = sig.id;
      (e as { derefs?: number }).derefs = derefs;
      (e as { selfMode?: SelfMode }).selfMode = sig.self;
      if (sig.self === 'mut') {
        if (viaRef === 'ref') throw new CheckError(e.recv, `cannot borrow \`*${placeName(e.recv)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(e.recv, e.recv, 'borrow'));
        if (viaRef === 'none') this.checkMutPlace(e.recv, 'borrow');
      }
      if (sig.self === 'value' && viaRef !== 'none' && !isCopy(t)) throw new CheckError(e.recv, `cannot move out of \`*${placeName(e.recv)}\` which is behind a ${viaRef === 'mut' ? 'mutable' : 'shared'} reference`);
      if (e.args.length !== sig.params.length) throw new CheckError(e, `this method takes ${sig.params.length} argument${sig.params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
      if (!sig.checked) e.args.forEach((a, i) => this.coerceTo(a, sig.params[i]));
      if (sig.id === 'scope.spawn') this.scopedSpawnCheck(e); // Send/Sync of the captures (check/threads.ts)
      return sig.ret;
    }
    if (t.k === 'ref') {
      viaRef = t.mut ? (viaRef === 'ref' ? 'ref' : 'mut') : 'ref';
      t = prune(t.e);
      derefs++;
      continue;
    }
    if (t.k === 'Box') {
      t = prune(t.e);
      derefs++;
      continue;
    }
    if (t.k === 'Guard') {
      // Ref<T> derefs to &T, RefMut<T> to &mut T
      if (!t.mut) viaRef = 'ref';
      t = prune(t.e);
      derefs++;
      continue;
    }
    if (t.k === 'Rc') {
      // Rc<T> derefs to &T only: its contents can't be borrowed mutably
      viaRef = 'ref';
      t = prune(t.e);
      derefs++;
      continue;
    }
    break;
  }
  if (t.k === 'var') throw new CheckError(e.recv, 'type annotations needed');
  if (e.name === 'drop' && t.k === 'struct' && t.s.drop) throw new CheckError(e.nameSpan, 'explicit use of destructor method');
  const tr = t.k === 'struct' ? this.unimplementedTraitMethod(t.s, e.name) : null;
  if (tr && t.k === 'struct') {
    // rustc: the method of a trait the type does not implement
    const decl = this.prog.structs.find((s) => s.name === t.s.name)!;
    const kind = t.s.variants ? 'enum' : 'struct';
    throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for ${kind} \`${t.s.name}\` in the current scope`, [{ from: e.nameSpan.from, message: `method not found in \`${t.s.name}\`` }, { from: decl.from, message: `method \`${e.name}\` not found for this ${kind}` }], 'E0599');
  }
  const what = t.k === 'struct' && t.s.variants ? 'enum' : ['struct', 'Vec', 'String', 'VecDeque', 'Box', 'Bump', 'Map'].includes(t.k) ? 'struct' : t.k === 'Option' ? 'enum' : t.k === 'tuple' ? 'tuple' : 'type';
  throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for ${what} \`${fmtTy(t)}\` in the current scope${t.k === 'struct' ? '' : isUnsupportedMethod(e.name)}`);
};

/**
 * `x.m(args)` of a method declared in an impl block, found at the auto-deref step where the
 * receiver is the struct itself (`derefs` references or Boxes were looked through, `viaRef` says
 * whether one of them was a `&` or `&mut` reference). The receiver is then auto-referenced for
 * `&self`/`&mut self`, or moved (copied, for a Copy type) for `self`.
 */
Checker.prototype.userMethod = function (this: Checker, e: Extract<Expr, { k: 'method' }>, t: Extract<Ty, { k: 'struct' }>, decl: FnDecl, viaRef: 'none' | 'ref' | 'mut', derefs: number, expected?: Ty): Ty {
  const sp = decl.selfParam;
  // an associated function without `self` can't be called with method syntax
  if (!sp) throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for struct \`${t.s.name}\` in the current scope`);
  const f = decl.tparams ? null! : this.fns.get(decl.key!)!;
  e.builtin = 'user';
  e.fn = decl;
  (e as { derefs?: number }).derefs = derefs;
  (e as { selfMode?: SelfMode }).selfMode = sp.mode;
  const recv = placeName(e.recv);
  if (sp.mode === 'mut') {
    if (viaRef === 'ref') throw new CheckError(e.recv, `cannot borrow \`*${recv}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(e.recv, e.recv, 'borrow'));
    if (viaRef === 'none') {
      try {
        this.checkMutPlace(e.recv, 'borrow');
      } catch (err) {
        // through a Box: rustc names the box's contents
        if (err instanceof CheckError && derefs > 0 && e.recv.k === 'name') throw new CheckError(e.recv, `cannot borrow \`*${recv}\` as mutable, as \`${recv}\` is not declared as mutable`, err.notes);
        throw err;
      }
    }
  }
  if (sp.mode === 'value' && viaRef !== 'none' && !isCopy(t)) throw new CheckError(e.recv, `cannot move out of \`*${recv}\` which is behind a ${viaRef === 'mut' ? 'mutable' : 'shared'} reference`);
  if (decl.tparams) return this.genericMethodCall(e, decl, expected); // check/generics.ts
  if (e.args.length !== f.params.length) throw new CheckError(e.nameSpan, `this method takes ${f.params.length} argument${f.params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
  e.args.forEach((a, i) => this.coerceTo(a, f.params[i]));
  return f.ret;
};

Checker.prototype.methodSig = function (this: Checker, t: Ty, e: Extract<Expr, { k: 'method' }>, expected?: Ty): MethodSig | null {
  const m = e.name;
  const sig = (id: string, self: SelfMode, params: Ty[], ret: Ty): MethodSig => ({ id, self, params, ret });
  const U = T.usize;
  const th = this.threadMethodSig(t, e); // Mutex, atomics, JoinHandle, Weak (check/threads.ts)
  if (th) return th;
  const more = this.stdMethodSig(t, e) ?? this.orderingMethodSig(t, e); // check/std-methods.ts, check/ordering.ts
  if (more) return more;
  // numbers, bool and char are Copy, so Clone: `x.clone()` (often through a generic `T: Clone`) copies
  if (m === 'clone' && (t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char')) return sig('scalar.clone', 'value', [], t);
  switch (t.k) {
    case 'Vec': {
      const el = t.e;
      switch (m) {
        case 'push': return sig('vec.push', 'mut', [el], T.unit);
        case 'pop': return sig('vec.pop', 'mut', [], { k: 'Option', e: el });
        case 'len': return sig('vec.len', 'ref', [], U);
        case 'capacity': return sig('vec.capacity', 'ref', [], U);
        case 'is_empty': return sig('vec.is_empty', 'ref', [], T.bool);
        case 'clear': return sig('vec.clear', 'mut', [], T.unit);
        case 'truncate': return sig('vec.truncate', 'mut', [U], T.unit);
        case 'reserve': return sig('vec.reserve', 'mut', [U], T.unit);
        case 'reserve_exact': return sig('vec.reserve_exact', 'mut', [U], T.unit);
        case 'shrink_to_fit': return sig('vec.shrink_to_fit', 'mut', [], T.unit);
        case 'shrink_to': return sig('vec.shrink_to', 'mut', [U], T.unit);
        case 'extend_from_slice':
          // an element type still unknown (`Vec::with_capacity(3)` before any push) is found from the slice
          if (prune(el).k !== 'var' && !isCopy(el) && prune(el).k !== 'String') return null;
          return sig('vec.extend_from_slice', 'mut', [{ k: 'ref', mut: false, e: { k: 'slice', e: el } }], T.unit);
        case 'insert': return sig('vec.insert', 'mut', [U, el], T.unit);
        case 'remove': return sig('vec.remove', 'mut', [U], el);
        case 'swap_remove': return sig('vec.swap_remove', 'mut', [U], el);
        case 'clone': this.requireClone(el, e); return sig('vec.clone', 'ref', [], t);
        case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
        case 'contains': return sig('slice.contains', 'ref', [{ k: 'ref', mut: false, e: el }], T.bool);
        case 'first': return sig('slice.first', 'ref', [], { k: 'Option', e: isCopy(el) ? el : { k: 'ref', mut: false, e: el } });
        case 'last': return sig('slice.last', 'ref', [], { k: 'Option', e: isCopy(el) ? el : { k: 'ref', mut: false, e: el } });
        case 'as_slice': return sig('vec.as_slice', 'ref', [], { k: 'ref', mut: false, e: { k: 'slice', e: el } });
        case 'sort': case 'sort_unstable': case 'dedup': {
          // Ord / PartialEq on integers, char, bool, strings and tuples of these
          if (!orderable(el)) return null;
          return sig(`vec.${m}`, 'mut', [], T.unit);
        }
        case 'reverse': return sig('vec.reverse', 'mut', [], T.unit);
        case 'swap': return sig('vec.swap', 'mut', [U, U], T.unit);
      }
      return null;
    }
    case 'array':
    case 'slice': {
      const el = t.e;
      switch (m) {
        case 'len': return sig('slice.len', 'ref', [], U);
        case 'is_empty': return sig('slice.is_empty', 'ref', [], T.bool);
        case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
        case 'to_vec': this.requireClone(el, e); return sig('slice.to_vec', 'ref', [], { k: 'Vec', e: el });
        case 'contains': return sig('slice.contains', 'ref', [{ k: 'ref', mut: false, e: el }], T.bool);
      }
      return null;
    }
    case 'iter': {
      const el = t.e;
      switch (m) {
        case 'sum': {
          const targ = e.targs && e.targs[0] ? this.type(e.targs[0]) : null;
          const out = targ ?? (expected && prune(expected).k !== 'var' ? expected : newVar('int'));
          const ep = prune(el);
          if (!this.tryUnify(out, ep) && !(ep.k === 'var')) throw new CheckError(e, `a value of type \`${fmtTy(out)}\` cannot be made by summing an iterator over elements of type \`&${fmtTy(el)}\``);
          if (!isNumLike(prune(out))) throw new CheckError(e, `\`${fmtTy(out)}\` cannot be summed`);
          return sig('iter.sum', 'value', [], out);
        }
        case 'count': return sig('iter.count', 'value', [], U);
        case 'enumerate': return t.enumerate ? null : sig('iter.enumerate', 'value', [], { k: 'iter', e: el, enumerate: true });
        case 'len': return sig('iter.count', 'ref', [], U);
        case 'max': case 'min': {
          const ep = prune(el);
          if (!isIntLike(ep) && ep.k !== 'char' && ep.k !== 'bool') return null;
          return sig(`iter.${m}`, 'value', [], { k: 'Option', e: el });
        }
      }
      return null;
    }
    case 'String':
      switch (m) {
        case 'push': return sig('string.push', 'mut', [T.char], T.unit);
        case 'push_str': return sig('string.push_str', 'mut', [T.refStr], T.unit);
        case 'len': return sig('str.len', 'ref', [], U);
        case 'capacity': return sig('string.capacity', 'ref', [], U);
        case 'is_empty': return sig('str.is_empty', 'ref', [], T.bool);
        case 'clear': return sig('string.clear', 'mut', [], T.unit);
        case 'truncate': return sig('string.truncate', 'mut', [U], T.unit);
        case 'reserve': return sig('string.reserve', 'mut', [U], T.unit);
        case 'reserve_exact': return sig('string.reserve_exact', 'mut', [U], T.unit);
        case 'shrink_to_fit': return sig('string.shrink_to_fit', 'mut', [], T.unit);
        case 'pop': return sig('string.pop', 'mut', [], { k: 'Option', e: T.char });
        case 'clone': return sig('string.clone', 'ref', [], T.String);
        case 'as_str': return sig('string.as_str', 'ref', [], T.refStr);
        case 'to_string': case 'to_owned': return sig('str.to_string', 'ref', [], T.String);
      }
      return this.strMethodSig(e, expected);
    case 'str':
      switch (m) {
        case 'len': return sig('str.len', 'ref', [], U);
        case 'is_empty': return sig('str.is_empty', 'ref', [], T.bool);
        case 'to_string': case 'to_owned': return sig('str.to_string', 'ref', [], T.String);
      }
      return this.strMethodSig(e, expected);
    case 'VecDeque': {
      const el = t.e;
      switch (m) {
        case 'push_back': return sig('deque.push_back', 'mut', [el], T.unit);
        case 'push_front': return sig('deque.push_front', 'mut', [el], T.unit);
        case 'pop_front': return sig('deque.pop_front', 'mut', [], { k: 'Option', e: el });
        case 'pop_back': return sig('deque.pop_back', 'mut', [], { k: 'Option', e: el });
        case 'len': return sig('vec.len', 'ref', [], U);
        case 'capacity': return sig('vec.capacity', 'ref', [], U);
        case 'is_empty': return sig('vec.is_empty', 'ref', [], T.bool);
        case 'clear': return sig('vec.clear', 'mut', [], T.unit);
        case 'reserve': return sig('vec.reserve', 'mut', [U], T.unit);
        case 'shrink_to_fit': return sig('vec.shrink_to_fit', 'mut', [], T.unit);
        case 'iter': return sig('slice.iter', 'ref', [], { k: 'iter', e: el });
      }
      return null;
    }
    case 'Box':
      if (m === 'clone') {
        this.requireClone(t.e, e);
        return sig('box.clone', 'ref', [], t);
      }
      return null;
    case 'struct':
      if (t.s.generic === 'Result') return this.resultMethod(t, e);
      if (m === 'to_string' && t.s.display) return sig('display.to_string', 'ref', [], T.String);
      if (m === 'clone') {
        if (!t.s.clone) throw new CheckError(e.nameSpan, `no method named \`clone\` found for struct \`${t.s.name}\` in the current scope (add #[derive(Clone)])`);
        return sig('struct.clone', 'ref', [], t);
      }
      return null;
    case 'Option':
      switch (m) {
        case 'unwrap': return sig('option.unwrap', 'value', [], t.e);
        case 'expect': return sig('option.expect', 'value', [T.refStr], t.e);
        case 'is_some': return sig('option.is_some', 'ref', [], T.bool);
        case 'is_none': return sig('option.is_none', 'ref', [], T.bool);
        case 'unwrap_or': return sig('option.unwrap_or', 'value', [t.e], t.e);
        case 'take': return sig('option.take', 'mut', [], t);
        case 'unwrap_or_default': return sig('option.unwrap_or_default', 'value', [], t.e);
        case 'as_ref': return sig('option.as_ref', 'ref', [], { k: 'Option', e: { k: 'ref', mut: false, e: t.e } });
        case 'ok_or': {
          const err = newVar();
          return sig('option.ok_or', 'value', [err], resultTy(t.e, err));
        }
      }
      return null;
    case 'Bump':
      switch (m) {
        case 'alloc': {
          const v = newVar();
          return sig('bump.alloc', 'ref', [v], { k: 'ref', mut: true, e: v });
        }
        case 'alloc_slice_copy': {
          const v = newVar();
          return sig('bump.alloc_slice_copy', 'ref', [{ k: 'ref', mut: false, e: { k: 'slice', e: v } }], { k: 'ref', mut: true, e: { k: 'slice', e: v } });
        }
        case 'reset': return sig('bump.reset', 'mut', [], T.unit);
        case 'allocated_bytes': return sig('bump.allocated_bytes', 'ref', [], U);
        case 'chunk_capacity': return sig('bump.chunk_capacity', 'ref', [], U);
      }
      return null;
    case 'int': {
      const I = t;
      switch (m) {
        case 'pow': return sig('int.pow', 'value', [T.int('u32')], I);
        case 'abs': return I.name[0] === 'i' ? sig('int.abs', 'value', [], I) : null;
        case 'min': return sig('int.min', 'value', [I], I);
        case 'max': return sig('int.max', 'value', [I], I);
        case 'wrapping_add': return sig('int.wrapping_add', 'value', [I], I);
        case 'wrapping_sub': return sig('int.wrapping_sub', 'value', [I], I);
        case 'wrapping_mul': return sig('int.wrapping_mul', 'value', [I], I);
        case 'to_string': return sig('int.to_string', 'ref', [], T.String);
        case 'count_ones': return sig('int.count_ones', 'value', [], T.int('u32'));
        case 'is_power_of_two': return I.name[0] === 'u' ? sig('int.is_power_of_two', 'value', [], T.bool) : null;
        case 'next_power_of_two': return I.name[0] === 'u' ? sig('int.next_power_of_two', 'value', [], I) : null;
      }
      return this.intMethodSig2(I, e);
    }
    case 'float': {
      const F = t;
      switch (m) {
        case 'sqrt': case 'abs': case 'floor': case 'ceil': case 'round': case 'trunc':
          return sig(`float.${m}`, 'value', [], F);
        case 'powi': return sig('float.powi', 'value', [T.int('i32')], F);
        case 'powf': return sig('float.powf', 'value', [F], F);
        case 'min': return sig('float.min', 'value', [F], F);
        case 'max': return sig('float.max', 'value', [F], F);
        case 'to_string': return sig('float.to_string', 'ref', [], T.String);
      }
      return null;
    }
    case 'var':
      if (t.kind === 'int') {
        // Default {integer} to i32 for a method call, as rustc does for most methods.
        this.tryUnify(t, T.i32);
        return this.methodSig(prune(t), e, expected);
      }
      if (t.kind === 'float') {
        this.tryUnify(t, T.f64);
        return this.methodSig(prune(t), e, expected);
      }
      return null;
    case 'char':
      if (m === 'to_string') return sig('char.to_string', 'ref', [], T.String);
      if (m === 'len_utf8') return sig('char.len_utf8', 'value', [], U);
      return this.charMethodSig(e);
    case 'bool':
      if (m === 'to_string') return sig('bool.to_string', 'ref', [], T.String);
      return null;
    case 'Rc':
      return m === 'clone' ? sig('rc.clone', 'ref', [], t) : null;
    case 'RefCell':
      if (m === 'borrow') return sig('cell.borrow', 'ref', [], { k: 'Guard', mut: false, e: t.e });
      if (m === 'borrow_mut') return sig('cell.borrow_mut', 'ref', [], { k: 'Guard', mut: true, e: t.e });
      return null;
    case 'Cell':
      if (m === 'get') {
        if (!isCopy(t.e)) throw new CheckError(e.nameSpan, `the method \`get\` exists for struct \`${fmtTy(t)}\`, but its trait bounds were not satisfied`, undefined, 'E0599');
        return sig('cell.get', 'ref', [], t.e);
      }
      if (m === 'set') return sig('cell.set', 'ref', [t.e], T.unit);
      return null;
    case 'Map':
      return this.mapMethodSig(t, e);
    case 'Entry':
      return this.entryMethodSig(t, e);
    case 'Formatter':
      // in a Display impl: `f.write_str("…")`
      if (m === 'write_str') return sig('fmt.write_str', 'mut', [T.refStr], { k: 'fmtResult' });
      return null;
  }
  return null;
};

Checker.prototype.requireClone = function (this: Checker, t: Ty, at: Span): void {
  const p = prune(t);
  if (p.k === 'struct' && !p.s.clone) throw new CheckError(at, `the trait bound \`${p.s.name}: Clone\` is not satisfied`);
  if (p.k === 'Bump') throw new CheckError(at, 'the trait bound `Bump: Clone` is not satisfied');
};

function orderable(t: Ty): boolean {
  const p = prune(t);
  if (p.k === 'int' || p.k === 'char' || p.k === 'bool' || p.k === 'String' || (p.k === 'var' && p.kind === 'int')) return true;
  if (p.k === 'ref') return prune(p.e).k === 'str';
  if (p.k === 'tuple') return p.elems.every(orderable);
  return p.k === 'struct' && !!p.s.traits?.has('Ord'); // #[derive(Ord)]
}

function isUnsupportedMethod(name: string): string {
  if (['map', 'filter', 'collect', 'for_each', 'fold', 'into_iter', 'iter_mut', 'enumerate', 'zip', 'chars', 'bytes', 'split', 'sort', 'sort_unstable', 'dedup', 'retain', 'drain', 'extend', 'append', 'get', 'get_mut', 'entry', 'insert',
    'rev', 'step_by', 'take', 'skip', 'position', 'find', 'any', 'all', 'product', 'last_mut', 'first_mut', 'sort_by', 'sort_by_key', 'sort_by_cached_key', 'reverse', 'swap', 'join', 'concat', 'windows', 'chunks',
    'map_or', 'ok_or', 'and_then', 'unwrap_or_default', 'unwrap_or_else', 'as_ref', 'as_mut', 'contains', 'cloned', 'copied', 'iter_mut', 'last_mut', 'split_at'].includes(name)) {
    return ` (\`${name}\` is not in the playground's subset)`;
  }
  return '';
}
