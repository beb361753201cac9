// HashMap/HashSet (hashbrown 0.16.1, lib/rust/hashbrown.ts: RawTableModel in counts mode) and
// BTreeMap/BTreeSet (lib/rust/btree.ts: BTreeMapModel): constructors, methods, the Entry API, drop
// glue, Debug and clone. Keys and values live in RMap (rmap.ts); the models make the allocator calls.

import type { Expr } from './ast';
import { BTreeMapModel, type BTreeEvent } from '../btree';
import { HashCapacityOverflow, RawTableModel, type TableEvent } from '../hashbrown';
import { tyOf, type Compiler } from './compile';
import type { RClosure } from './compile-closure';
import { big, type Int } from './int';
import { Place, RSome, type Machine } from './machine';
import { RMap, canonFn, compareOrd, ordFn, type Canon } from './rmap';
import { isSetKind, layoutOf, prune, zonk, type MapKind, type Ty } from './ty';
import { defaultOf, isObjectKind, type E } from './values';
import { cloneValue } from './std';
import { compileBTreeFrom, compileMapFromIter, compileMapIterMethod } from './std-map-iter';

type MapTy = Extract<Ty, { k: 'Map' }>;
type Panic = (message: string, chunks: string[] | null, at?: string) => never;

/** `map.entry(k)`: the map, the key's canonical form, the key (vacant) and the entry found (occupied). */
export class REntry {
  constructor(
    public map: RMap,
    public c: Canon,
    public key: unknown,
    public found: unknown[] | null,
  ) {}
}

const isHash = (k: MapKind): boolean => k === 'HashMap' || k === 'HashSet';

/** size_of / align_of of the stored element: (K, V) for a map, K for a set. */
function elemLayout(t: MapTy): { size: number; align: number } {
  return layoutOf(isSetKind(t.kind) ? t.key : { k: 'tuple', elems: [t.key, t.val] });
}

export function newMap(t: MapTy, capacity = 0): RMap {
  if (isHash(t.kind)) {
    const l = elemLayout(t);
    return new RMap(new RawTableModel(l.size, l.align), null, null, null);
  }
  const k = layoutOf(t.key);
  const v = isSetKind(t.kind) ? { size: 0, align: 1 } : layoutOf(t.val);
  void capacity;
  return new RMap(null, new BTreeMapModel<unknown>(k, v, compareOrd), compareOrd, ordFn(t.key));
}

/** Applies a model's allocator calls to the machine (a freed table or node: the oldest live one of its size). */
export function applyMapEvents(m: Machine, map: RMap, evs: (TableEvent | BTreeEvent)[], reason: (ev: TableEvent | BTreeEvent) => string): void {
  for (const ev of evs) {
    if (ev.kind === 'alloc') {
      const id = m.alloc(ev.bytes, reason(ev));
      let ids = map.live.get(ev.bytes);
      if (!ids) map.live.set(ev.bytes, (ids = []));
      ids.push(id);
    } else {
      const ids = map.live.get(ev.bytes);
      const id = ids && ids.length ? ids.shift()! : 0;
      m.free(id, ev.bytes);
    }
  }
  if (map.t) map.t.log.length = 0;
  if (map.b) map.b.log.length = 0;
}

export function tableReason(kind: MapKind, op: string): (ev: TableEvent | BTreeEvent) => string {
  return (ev) => {
    if ('buckets' in ev) return `${kind} table (${op}): ${ev.buckets} buckets, capacity ${ev.buckets <= 8 ? ev.buckets - 1 : (ev.buckets / 8) * 7}`;
    return `${kind} ${(ev as BTreeEvent).node} node (${op}): ${ev.bytes} bytes`;
  };
}

export function hashGuard<T>(panic: Panic, op: () => T): T {
  try {
    return op();
  } catch (err) {
    if (err instanceof HashCapacityOverflow || err instanceof RangeError) panic('Hash table capacity overflow', null);
    throw err;
  }
}

/** Drop glue of a map: every key then its value (in iteration order), then the table or the nodes. */
export function mapDropGlue(t: MapTy, m: Machine, drop: (t: Ty) => ((v: unknown) => void) | null): (v: unknown) => void {
  let kd: ((v: unknown) => void) | null | undefined;
  let vd: ((v: unknown) => void) | null | undefined;
  const reason = tableReason(t.kind, 'drop');
  return (v) => {
    if (kd === undefined) {
      kd = drop(t.key);
      vd = drop(t.val);
    }
    const map = v as RMap;
    if (kd || vd)
      for (const en of map.e.values()) {
        if (kd && en[0] !== undefined) kd(en[0]);
        if (vd && en[1] !== undefined) vd(en[1]);
      }
    map.e.clear();
    if (map.t) applyMapEvents(m, map, map.t.drop(), reason);
    if (map.b) applyMapEvents(m, map, map.b.drop(), reason);
  };
}

// ------------------------------------------------------------------------------------------------
// HashMap::new(), with_capacity(n), from([...])

export function compileMapCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const m = cx.m;
  const t = prune(tyOf(e)) as MapTy;
  const fn = e.builtin!.split('::')[1];
  const panic = cx.panicAt(e);
  switch (fn) {
    case 'new':
      return () => newMap(t);
    case 'with_capacity': {
      const n = cx.expr(e.args[0]);
      const reason = tableReason(t.kind, 'with_capacity');
      return (f) => {
        const cap = n(f) as Int;
        const map = newMap(t);
        if (typeof cap !== 'number' || cap > 2 ** 48) panic('Hash table capacity overflow', null);
        applyMapEvents(m, map, hashGuard(panic, () => map.t!.reserve(Number(big(cap)))), reason);
        return map;
      };
    }
    case 'from_iter':
      return compileMapFromIter(cx, e); // std-map-iter.ts
    case 'from': {
      if (!isHash(t.kind)) return compileBTreeFrom(cx, e);
      const arr = cx.expr(e.args[0]);
      const insert = insertFn(cx, t, tableReason(t.kind, 'from'));
      const set = isSetKind(t.kind);
      return (f) => {
        const items = arr(f) as unknown[];
        const map = newMap(t);
        // FromIterator = new() + extend: reserve(size_hint().0) on the empty map, then insert each
        applyMapEvents(m, map, hashGuard(panic, () => map.t!.extendReserve(items.length)), tableReason(t.kind, 'from'));
        for (const x of items) {
          const old = set ? insert(map, x, null) : insert(map, (x as unknown[])[0], (x as unknown[])[1]);
          if (old) old();
        }
        return map;
      };
    }
  }
  throw new Error(`map builtin ${e.builtin}`);
}

/**
 * insert(k, v): HashMap reserves 1 before looking the key up; a present key keeps the old key (the
 * new one is dropped) and the value is replaced. Returns null (added) or a thunk that drops the old
 * value, with `.old` holding it.
 */
export function insertFn(cx: Compiler, t: MapTy, reason: (ev: TableEvent | BTreeEvent) => string): (map: RMap, k: unknown, v: unknown) => (null | ((() => void) & { old: unknown })) {
  const m = cx.m;
  const canon = canonFn(t.key);
  const ord = ordFn(t.key);
  const kd = cx.drop(t.key);
  const vd = cx.drop(t.val);
  const set = isSetKind(t.kind);
  const panic = cx.panicAt(0);
  return (map, k, v) => {
    const c = canon(k);
    const en = map.e.get(c);
    if (map.t) applyMapEvents(m, map, hashGuard(panic, () => map.t!.insert(undefined, { existing: !!en })), reason);
    else if (!en) applyMapEvents(m, map, map.b!.insert(ord(k)), reason);
    if (!en) {
      map.e.set(c, [k, set ? null : v]);
      return null;
    }
    if (kd && k !== undefined) kd(k);
    const old = en[1];
    if (!set) en[1] = v;
    const thunk = (() => {
      if (vd && old !== undefined && !set) vd(old);
    }) as (() => void) & { old: unknown };
    thunk.old = old;
    return thunk;
  };
}

// ------------------------------------------------------------------------------------------------
// Methods

export function compileMapMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, args: E[], st: Ty): E {
  const m = cx.m;
  const id = e.builtin!;
  const a0 = args[0];
  const panic = cx.panicAt(e.nameSpan);
  if (id.startsWith('entry.')) return entryMethod(cx, id, recv, args, (st as Extract<Ty, { k: 'Entry' }>).map);
  const t = st as MapTy;
  const set = isSetKind(t.kind);
  const canon = canonFn(t.key);
  const ord = ordFn(t.key);
  const kd = cx.drop(t.key);
  const vd = cx.drop(t.val);
  const valObj = isObjectKind(t.val);
  const op = e.name;
  const reason = tableReason(t.kind, op);
  if (id === 'map.retain' || id === 'map.extend') return compileMapIterMethod(cx, e, recv, t); // std-map-iter.ts
  switch (id) {
    case 'map.len':
      return (f) => (recv(f) as RMap).e.size;
    case 'map.is_empty':
      return (f) => (recv(f) as RMap).e.size === 0;
    case 'map.capacity':
      return (f) => (recv(f) as RMap).t!.capacity();
    case 'map.reserve':
    case 'map.shrink_to':
      return (f) => {
        const map = recv(f) as RMap;
        const n = a0(f) as Int;
        if (typeof n !== 'number') panic('Hash table capacity overflow', null);
        const evs = hashGuard(panic, () => (id === 'map.reserve' ? map.t!.reserve(n as number) : map.t!.shrink_to(n as number)));
        applyMapEvents(m, map, evs, reason);
        return null;
      };
    case 'map.shrink_to_fit':
      return (f) => {
        const map = recv(f) as RMap;
        applyMapEvents(m, map, map.t!.shrink_to_fit(), reason);
        return null;
      };
    case 'map.clear':
      return (f) => {
        const map = recv(f) as RMap;
        const es = [...map.e.values()];
        map.e.clear();
        if (map.t) map.t.clear();
        for (const en of es) {
          if (kd && en[0] !== undefined) kd(en[0]);
          if (vd && en[1] !== undefined) vd(en[1]);
        }
        // BTreeMap::clear drops the whole tree (mem::replace with new(), then drop)
        if (map.b) applyMapEvents(m, map, map.b.clear(), reason);
        return null;
      };
    case 'map.insert': {
      const ins = insertFn(cx, t, reason);
      return (f) => {
        const map = recv(f) as RMap;
        const k = a0(f);
        const v = set ? null : args[1](f);
        const old = ins(map, k, v);
        if (set) return old === null;
        return old === null ? null : new RSome(old.old);
      };
    }
    case 'map.remove':
      return (f) => {
        const map = recv(f) as RMap;
        const c = canon(a0(f));
        const en = map.e.get(c);
        if (!en) return set ? false : null;
        map.e.delete(c);
        if (map.t) map.t.remove(undefined);
        else applyMapEvents(m, map, map.b!.remove(ord(en[0])), reason);
        // remove_entry(k).map(|(_, v)| v): the stored key is dropped, the value returned
        if (kd && en[0] !== undefined) kd(en[0]);
        if (set) return true;
        return new RSome(en[1]);
      };
    case 'map.contains':
      return (f) => (recv(f) as RMap).e.has(canon(a0(f)));
    case 'map.get':
    case 'map.getKey':
      return (f) => {
        const en = (recv(f) as RMap).e.get(canon(a0(f)));
        return en ? new RSome(en[id === 'map.get' ? 1 : 0]) : null;
      };
    case 'map.get_mut':
      return (f) => {
        const en = (recv(f) as RMap).e.get(canon(a0(f)));
        if (!en) return null;
        return new RSome(valObj ? en[1] : new Place(en, 1));
      };
    case 'map.entry':
      return (f) => {
        const map = recv(f) as RMap;
        const k = a0(f);
        const c = canon(k);
        const en = map.e.get(c) ?? null;
        // hashbrown's rustc_entry: look up; vacant → reserve(1) now; occupied → the key is dropped
        if (map.t) applyMapEvents(m, map, hashGuard(panic, () => map.t!.entry(undefined, { existing: !!en })), reason);
        if (en) {
          if (kd && k !== undefined) kd(k);
          return new REntry(map, c, undefined, en);
        }
        return new REntry(map, c, k, null);
      };
    case 'map.keys':
      return (f) => (recv(f) as RMap).entries().map((x) => x[0]);
    case 'map.values':
      return (f) => (recv(f) as RMap).entries().map((x) => x[1]);
    case 'map.values_mut':
      return (f) => (recv(f) as RMap).entries().map((x) => (valObj ? x[1] : new Place(x, 1)));
    case 'map.iter':
      return (f) => (recv(f) as RMap).items(false, false);
    case 'map.iter_mut':
      return (f) => (recv(f) as RMap).items(false, !valObj);
    case 'map.first':
    case 'map.last':
      return (f) => {
        const es = (recv(f) as RMap).entries();
        if (!es.length) return null;
        const en = id === 'map.first' ? es[0] : es[es.length - 1];
        return new RSome(set ? en[0] : [en[0], en[1]]);
      };
    case 'map.clone': {
      const ck = cloneValue(t.key, m);
      const cv = cloneValue(t.val, m);
      return (f) => {
        const map = recv(f) as RMap;
        const out = new RMap(map.t!.clone(), null, null, null);
        applyMapEvents(m, out, out.t!.log.slice(), tableReason(t.kind, 'clone'));
        for (const [c, en] of map.e) out.e.set(c, [ck(en[0]), set ? null : cv(en[1])]);
        return out;
      };
    }
  }
  throw new Error(`map method ${id}`);
}

function entryMethod(cx: Compiler, id: string, recv: E, args: E[], t: MapTy): E {
  const m = cx.m;
  const vt = zonk(t.val);
  const valObj = isObjectKind(vt);
  const vd = cx.drop(vt);
  const ord = ordFn(t.key);
  const reason = tableReason(t.kind, 'entry');
  const ref = (en: unknown[]) => (valObj ? en[1] : new Place(en, 1));
  const value: (f: unknown[]) => unknown = id === 'entry.or_insert' ? args[0] : () => defaultOf(vt);
  const lazy = id === 'entry.or_insert_with';
  return (f) => {
    const en = recv(f) as REntry;
    // or_insert_with(f): f runs only for a vacant entry
    const clo = lazy ? (args[0](f) as RClosure) : null;
    const v = clo ? (en.found ? undefined : clo.run(clo, [])) : value(f);
    if (en.found) {
      if (vd && v !== undefined) vd(v);
      return ref(en.found);
    }
    const map = en.map;
    // BTreeMap's VacantEntry::insert allocates (or splits) now; the hash table reserved at entry()
    if (map.b) applyMapEvents(m, map, map.b.insert(ord(en.key)), reason);
    const row = [en.key, v];
    map.e.set(en.c, row);
    return ref(row);
  };
}

/** `map[&k]`: Index (#[track_caller], the panic points at the `[`): the value, or "no entry found for key". */
export function mapIndexPlace(cx: Compiler, e: Extract<Expr, { k: 'index' }>, base: E, get: (v: unknown) => unknown, idx: E, t: MapTy): { get: E; set: (f: unknown[], v: unknown) => void; ref: (f: unknown[]) => Place } {
  const canon = canonFn(t.key);
  const bracket = cx.src().indexOf('[', e.e.to);
  const panic = cx.panicAt(bracket >= 0 ? bracket : e.from);
  const entry = (f: unknown[]): unknown[] => {
    const en = (get(base(f)) as RMap).e.get(canon(idx(f)));
    if (!en) return panic('no entry found for key', ['no entry found for key']);
    return en;
  };
  return {
    get: (f) => entry(f)[1],
    set: (f, v) => {
      entry(f)[1] = v;
    },
    ref: (f) => new Place(entry(f), 1),
  };
}
