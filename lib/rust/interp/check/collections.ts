// std::collections' maps and sets: HashMap, HashSet, BTreeMap, BTreeSet — their constructors
// (`HashMap::new()`, `with_capacity`, `from([...])`), methods, the Entry API and the key bounds
// (Hash + Eq for the hash tables, Ord for the B-trees).

import type { Expr } from '../ast';
import { T, fmtTy, isSetKind, prune, type MapKind, type Ty } from '../ty';
import { CheckError, Checker, newVar, type MethodSig, type SelfMode } from './checker';

type MapTy = Extract<Ty, { k: 'Map' }>;

declare module './checker' {
  interface Checker {
    mapCall(e: Extract<Expr, { k: 'call' }>, kind: MapKind, fn: string, expected?: Ty): Ty;
    mapMethodSig(t: MapTy, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    entryMethodSig(t: Extract<Ty, { k: 'Entry' }>, e: Extract<Expr, { k: 'method' }>): MethodSig | null;
    requireMapKey(t: MapTy, at: Expr): void;
  }
}

export const MAP_KINDS: MapKind[] = ['HashMap', 'HashSet', 'BTreeMap', 'BTreeSet'];

/** Whether values of this key type can be hashed / ordered by the simulator (ints, char, bool, strings, tuples of those). */
function keyable(t: Ty): boolean | null {
  t = prune(t);
  switch (t.k) {
    case 'int':
    case 'char':
    case 'bool':
    case 'String':
    case 'str':
      return true;
    case 'ref':
      return keyable(t.e);
    case 'tuple':
      return t.elems.every((x) => keyable(x) !== false);
    case 'var':
      return t.kind === 'float' ? false : null;
    case 'struct':
      return !!(t.s.traits?.has('Hash') || t.s.traits?.has('Ord')); // #[derive(Hash, Eq)] / #[derive(Ord)]
    default:
      return false;
  }
}

Checker.prototype.requireMapKey = function (this: Checker, t: MapTy, at: Expr): void {
  const k = keyable(t.key);
  if (k !== false) return;
  const kt = prune(t.key);
  const hash = t.kind === 'HashMap' || t.kind === 'HashSet';
  if (kt.k === 'float') throw new CheckError(at, `the trait bound \`${fmtTy(kt)}: ${hash ? 'Eq' : 'Ord'}\` is not satisfied`, undefined, 'E0277');
  throw new CheckError(at, `keys of type \`${fmtTy(kt)}\` are not supported (integers, char, bool, String, &str and tuples of them)`);
};

Checker.prototype.mapCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, kind: MapKind, fn: string, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const targs = (e as { targs?: Ty[] | null }).targs ?? null;
  const set = isSetKind(kind);
  const t: MapTy =
    ex && ex.k === 'Map' && ex.kind === kind
      ? ex
      : { k: 'Map', kind, key: targs?.[0] ?? newVar(), val: set ? T.unit : (targs?.[1] ?? newVar()) };
  const argc = (n: number) => {
    if (e.args.length !== n) throw new CheckError(e, `this function takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
  };
  e.builtin = `${kind}::${fn}`;
  switch (fn) {
    case 'new':
      argc(0);
      return t;
    case 'with_capacity':
      if (kind === 'BTreeMap' || kind === 'BTreeSet') break;
      argc(1);
      this.coerceTo(e.args[0], T.usize);
      return t;
    case 'from_iter':
      return this.mapFromIter(e, t); // check/map-collect.ts
    case 'from': {
      argc(1);
      const a = e.args[0];
      if (a.k !== 'array') throw new CheckError(a, `\`${kind}::from\` is supported with an array literal (\`${kind}::from([…])\`)`);
      const el: Ty = set ? t.key : { k: 'tuple', elems: [t.key, t.val] };
      this.coerceTo(a, { k: 'array', e: el, n: (a as { elems?: Expr[] }).elems?.length ?? 0 });
      this.requireMapKey(t, e);
      return t;
    }
  }
  throw new CheckError(e.callee, `\`${kind}::${fn}\` is not supported`);
};

/** `&Q` where K: Borrow<Q>: a String or &str key is looked up by `&str` (a `&String` coerces). */
export function lookupParam(t: MapTy): Ty {
  const k = prune(t.key);
  if (k.k === 'String' || (k.k === 'ref' && prune(k.e).k === 'str')) return T.refStr;
  return { k: 'ref', mut: false, e: t.key };
}

Checker.prototype.mapMethodSig = function (this: Checker, t: MapTy, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const sig = (id: string, self: SelfMode, params: Ty[], ret: Ty): MethodSig => ({ id: `map.${id}`, self, params, ret });
  const set = isSetKind(t.kind);
  const hash = t.kind === 'HashMap' || t.kind === 'HashSet';
  const K = t.key;
  const V = t.val;
  const U = T.usize;
  const ref = (x: Ty, mut = false): Ty => ({ k: 'ref', mut, e: x });
  const byIter = this.mapIterSig(t, e); // into_iter, drain, retain, extend (check/map-collect.ts)
  if (byIter) return byIter;
  switch (e.name) {
    case 'len': return sig('len', 'ref', [], U);
    case 'is_empty': return sig('is_empty', 'ref', [], T.bool);
    case 'clear': return sig('clear', 'mut', [], T.unit);
    case 'capacity': return hash ? sig('capacity', 'ref', [], U) : null;
    case 'reserve': return hash ? sig('reserve', 'mut', [U], T.unit) : null;
    case 'shrink_to_fit': return hash ? sig('shrink_to_fit', 'mut', [], T.unit) : null;
    case 'shrink_to': return hash ? sig('shrink_to', 'mut', [U], T.unit) : null;
    case 'insert':
      this.requireMapKey(t, e.recv);
      return set ? sig('insert', 'mut', [K], T.bool) : sig('insert', 'mut', [K, V], { k: 'Option', e: V });
    case 'remove':
      return set ? sig('remove', 'mut', [lookupParam(t)], T.bool) : sig('remove', 'mut', [lookupParam(t)], { k: 'Option', e: V });
    case 'contains_key': return set ? null : sig('contains', 'ref', [lookupParam(t)], T.bool);
    case 'contains': return set ? sig('contains', 'ref', [lookupParam(t)], T.bool) : null;
    case 'get': return set ? sig('getKey', 'ref', [lookupParam(t)], { k: 'Option', e: ref(K) }) : sig('get', 'ref', [lookupParam(t)], { k: 'Option', e: ref(V) });
    case 'get_mut': return set ? null : sig('get_mut', 'mut', [lookupParam(t)], { k: 'Option', e: ref(V, true) });
    case 'entry':
      if (set) return null;
      this.requireMapKey(t, e.recv);
      return sig('entry', 'mut', [K], { k: 'Entry', map: t });
    case 'keys': return set ? null : sig('keys', 'ref', [], { k: 'iter', e: K });
    case 'values': return set ? null : sig('values', 'ref', [], { k: 'iter', e: V });
    case 'values_mut': return set ? null : sig('values_mut', 'mut', [], { k: 'iter', e: V, item: ref(V, true) });
    case 'iter':
      if (set) return sig('keys', 'ref', [], { k: 'iter', e: K });
      return sig('iter', 'ref', [], { k: 'iter', e: { k: 'tuple', elems: [K, V] }, item: { k: 'tuple', elems: [ref(K), ref(V)] } });
    case 'iter_mut':
      if (set) return null;
      return sig('iter_mut', 'mut', [], { k: 'iter', e: { k: 'tuple', elems: [K, V] }, item: { k: 'tuple', elems: [ref(K), ref(V, true)] } });
    case 'first':
    case 'last':
      return t.kind === 'BTreeSet' ? sig(e.name, 'ref', [], { k: 'Option', e: ref(K) }) : null;
    case 'first_key_value':
    case 'last_key_value':
      return t.kind === 'BTreeMap' ? sig(e.name === 'first_key_value' ? 'first' : 'last', 'ref', [], { k: 'Option', e: { k: 'tuple', elems: [ref(K), ref(V)] } }) : null;
    case 'clone':
      if (!hash) return null;
      this.requireClone(K, e);
      this.requireClone(V, e);
      return sig('clone', 'ref', [], t);
  }
  return null;
};

Checker.prototype.entryMethodSig = function (this: Checker, t: Extract<Ty, { k: 'Entry' }>, e: Extract<Expr, { k: 'method' }>): MethodSig | null {
  const V = t.map.val;
  const out: Ty = { k: 'ref', mut: true, e: V };
  switch (e.name) {
    case 'or_insert':
      return { id: 'entry.or_insert', self: 'value', params: [V], ret: out };
    case 'or_insert_with':
      return { id: 'entry.or_insert_with', self: 'value', params: [{ k: 'fnTrait', trait: 'FnOnce', params: [], ret: V, dyn: false }], ret: out };
    case 'or_default': {
      const v = prune(V);
      if (!['String', 'Vec', 'VecDeque', 'Option', 'int', 'float', 'bool', 'var'].includes(v.k)) throw new CheckError(e.nameSpan, `the trait bound \`${fmtTy(v)}: Default\` is not satisfied`, undefined, 'E0277');
      return { id: 'entry.or_default', self: 'value', params: [], ret: out };
    }
  }
  return null;
};
