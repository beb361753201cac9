// Maps and sets to and from iterators, at run time: FromIterator (`collect`, `from_iter`), From<[_; N]>
// for the B-trees, IntoIterator by value, `drain`, `retain`, `extend`. Mirrors std 1.95's
// collections::hash::map (FromIterator = new() + extend; hashbrown 0.16.1's extend reserves the lower
// size hint when empty, else (hint + 1) / 2) and alloc's btree (from_iter: collect into a Vec, stable
// sort by key, bulk_build_from_sorted_iter keeping the last of equal keys, then the Vec is freed).

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import { type RClosure } from './compile-closure';
import { DONE, collectInPlace, collectVec, toIter, type RIter } from './iter';
import { Place, type Machine, type RVec } from './machine';
import { RMap, canonFn, compareOrd, ordFn } from './rmap';
import { applyMapEvents, hashGuard, insertFn, newMap, tableReason } from './std-map';
import { sortScratchBytes } from './std-vec';
import { isSetKind, layoutOf, prune, sizeOf, zonk, type Ty } from './ty';
import { isObjectKind, type E, type F } from './values';

type MapTy = Extract<Ty, { k: 'Map' }>;
const isHash = (t: MapTy): boolean => t.kind === 'HashMap' || t.kind === 'HashSet';
const itemTy = (t: MapTy): Ty => (isSetKind(t.kind) ? t.key : { k: 'tuple', elems: [t.key, t.val] });

/** Fills an empty map from `it` (HashMap: extend; a B-tree: sort + bulk build over `items`). */
function hashFill(cx: Compiler, t: MapTy, op: string): (map: RMap, it: RIter) => void {
  const m = cx.m;
  const set = isSetKind(t.kind);
  const reason = tableReason(t.kind, op);
  const insert = insertFn(cx, t, reason);
  const panic = cx.panicAt(0);
  return (map, it) => {
    const lo = it.hint()[0];
    if (map.t) applyMapEvents(m, map, hashGuard(panic, () => map.t!.extendReserve(lo)), reason);
    for (let x = it.next(); x !== DONE; x = it.next()) {
      if (++m.steps > cx.budget) m.stepLimit();
      const old = set ? insert(map, x, null) : insert(map, (x as unknown[])[0], (x as unknown[])[1]);
      if (old) old();
    }
    it.fin?.();
  };
}

/** bulk_build_from_sorted_iter over `items` (already in a Vec or an array): stable sort by key, duplicates dropped but the last, then the nodes. */
function btreeBuild(cx: Compiler, t: MapTy, op: string): (items: unknown[]) => RMap {
  const m = cx.m;
  const set = isSetKind(t.kind);
  const ord = ordFn(t.key);
  const canon = canonFn(t.key);
  const kd = cx.drop(t.key);
  const vd = set ? null : cx.drop(t.val);
  const size = layoutOf(itemTy(t)).size;
  const reason = tableReason(t.kind, op);
  return (items) => {
    const map = newMap(t);
    const scratch = sortScratchBytes(items.length, size);
    const sid = scratch ? m.alloc(scratch, `sort: driftsort scratch (${scratch / size} elements)`) : 0;
    const key = (x: unknown) => (set ? x : (x as unknown[])[0]);
    const keyed = items.map((x, i) => [ord(key(x)), x, i] as const);
    keyed.sort((x, y) => compareOrd(x[0], y[0]) || x[2] - y[2]);
    if (sid) m.free(sid, scratch);
    const keys: unknown[] = [];
    for (let i = 0; i < keyed.length; i++) {
      const x = keyed[i][1];
      if (i + 1 < keyed.length && compareOrd(keyed[i][0], keyed[i + 1][0]) === 0) {
        // DedupSortedIter: an earlier equal key is dropped with its value
        if (kd) kd(key(x));
        if (vd) vd((x as unknown[])[1]);
        continue;
      }
      keys.push(keyed[i][0]);
      map.e.set(canon(key(x)), set ? [x, null] : [(x as unknown[])[0], (x as unknown[])[1]]);
    }
    if (keys.length) applyMapEvents(m, map, map.b!.bulkBuild(keys), reason);
    return map;
  };
}

/** `iter.collect::<HashMap<_, _>>()` and the other three (iter.ts's collect hook). */
export function compileMapCollect(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: (f: F) => RIter): E {
  const m = cx.m;
  const t = zonk(tyOf(e)) as MapTy;
  if (isHash(t)) {
    const fill = hashFill(cx, t, 'collect');
    return (f) => {
      const it = recv(f);
      const map = newMap(t);
      fill(map, it);
      return map;
    };
  }
  const build = btreeBuild(cx, t, 'collect');
  const esz = sizeOf(itemTy(t));
  const src = (e as { inPlaceSrc?: Ty }).inPlaceSrc;
  const sl = src ? layoutOf(zonk(src)) : null;
  const dl = layoutOf(itemTy(t));
  const inPlace = !!sl && sl.align === dl.align && sl.size >= dl.size && dl.size > 0;
  const panic = cx.panicAt(e.nameSpan);
  const step = () => {
    if (++m.steps > cx.budget) m.stepLimit();
  };
  return (f) => {
    // `let mut inputs: Vec<_> = iter.into_iter().collect();` (in place over a vec::IntoIter)
    const v = inPlace ? collectInPlace(m, recv(f), sl!.size, dl.size, step) : collectVec(m, recv(f), esz, panic, step);
    const map = build(v.a);
    freeVec(m, v, esz);
    return map;
  };
}

function freeVec(m: Machine, v: RVec, esz: number): void {
  if (v.id) m.free(v.id, v.m.cap * esz);
  v.id = 0;
}

/** An `extend` / `from_iter` argument as an iterator: a Vec (its IntoIter frees the buffer), a map of the same kind (its table), or an iterator. */
function argIter(cx: Compiler, a: Expr): (f: F) => RIter {
  const m = cx.m;
  const how = (a as { mapArg?: string }).mapArg;
  const at = prune(tyOf(a));
  const ae = cx.expr(a);
  if (how === 'vec') {
    const esz = sizeOf((at as { e: Ty }).e);
    return (f) => {
      const v = ae(f) as RVec;
      return ownedIter(v.a.slice(), () => freeVec(m, v, esz), null);
    };
  }
  if (how === 'map') {
    const mt = at as MapTy;
    const set = isSetKind(mt.kind);
    const reason = tableReason(mt.kind, 'drop');
    return (f) => {
      const src = ae(f) as RMap;
      const items = src.entries().map((en) => (set ? en[0] : [en[0], en[1]]));
      src.e.clear();
      return ownedIter(items, () => dropTable(m, src, reason), null);
    };
  }
  return (f) => toIter(ae(f), at);
}

function dropTable(m: Machine, map: RMap, reason: ReturnType<typeof tableReason>): void {
  if (map.t) applyMapEvents(m, map, map.t.drop(), reason);
  if (map.b) applyMapEvents(m, map, map.b.drop(), reason);
}

/** Moves `items` out one by one (exact size hint, not TrustedLen); when dropped: the rest, then `free`. */
function ownedIter(items: unknown[], free: () => void, dropItem: ((x: unknown) => void) | null, trusted = false): RIter {
  let i = 0;
  let done = false;
  return {
    next: () => (i < items.length ? items[i++] : DONE),
    hint: () => [items.length - i, items.length - i],
    trusted,
    tra: false,
    fin: () => {
      if (done) return;
      done = true;
      if (dropItem) for (; i < items.length; i++) dropItem(items[i]);
      free();
    },
  };
}

/** `HashMap::from_iter(iter)` and the others: as collect. */
export function compileMapFromIter(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const t = zonk(tyOf(e)) as MapTy;
  const it = argIter(cx, e.args[0]);
  if (isHash(t)) {
    const fill = hashFill(cx, t, 'from_iter');
    return (f) => {
      const map = newMap(t);
      fill(map, it(f));
      return map;
    };
  }
  const build = btreeBuild(cx, t, 'from_iter');
  const esz = sizeOf(itemTy(t));
  const panic = cx.panicAt(e);
  const m = cx.m;
  const step = () => {
    if (++m.steps > cx.budget) m.stepLimit();
  };
  return (f) => {
    const v = collectVec(m, it(f), esz, panic, step);
    const map = build(v.a);
    freeVec(m, v, esz);
    return map;
  };
}

/** `BTreeMap::from([...])` / `BTreeSet::from([...])`: the array sorted in place, then bulk-built. */
export function compileBTreeFrom(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const t = zonk(tyOf(e)) as MapTy;
  const arr = cx.expr(e.args[0]);
  const build = btreeBuild(cx, t, 'from');
  return (f) => build(arr(f) as unknown[]);
}

/** `map.into_iter()` (also `for (k, v) in map`), `into_keys()` / `into_values()` (the other half of each pair dropped as it is reached) and `map.drain()`. */
export function compileMapIterSrc(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, op: string): E {
  const m = cx.m;
  const t = zonk(prune(tyOf(e.recv))) as MapTy;
  const set = isSetKind(t.kind);
  const item = itemTy(t);
  const d = cx.drop(item);
  const reason = tableReason(t.kind, op === 'map_drain' ? 'drain' : 'into_iter');
  if (op === 'map_into_keys' || op === 'map_into_values') {
    const keys = op === 'map_into_keys';
    const other = cx.drop(keys ? t.val : t.key);
    return (f) => {
      const map = recv(f) as RMap;
      const inner = ownedIter(map.entries().map((en) => [en[0], en[1]]), () => dropTable(m, map, reason), d, !!map.b);
      map.e.clear();
      return {
        ...inner,
        next: () => {
          const x = inner.next();
          if (x === DONE) return DONE;
          const p = x as unknown[];
          if (other && p[keys ? 1 : 0] !== undefined) other(p[keys ? 1 : 0]);
          return p[keys ? 0 : 1];
        },
      };
    };
  }
  return (f) => {
    const map = recv(f) as RMap;
    const items = map.entries().map((en) => (set ? en[0] : [en[0], en[1]]));
    map.e.clear();
    if (op === 'map_drain') {
      // the table stays with the map (its control bytes reset); the IntoIter's drop frees it
      if (map.t) map.t.drain();
      return ownedIter(items, () => undefined, d);
    }
    // btree's IntoIter is TrustedLen (a Vec collected from it is allocated exactly, measured); hashbrown's is not
    return ownedIter(items, () => dropTable(m, map, reason), d, !!map.b);
  };
}

/** `retain(|k, v| ..)` and `extend(iter)`. */
export function compileMapIterMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, t: MapTy): E {
  const m = cx.m;
  const set = isSetKind(t.kind);
  if (e.builtin === 'map.extend') {
    const it = argIter(cx, e.args[0]);
    if (isHash(t)) {
      const fill = hashFill(cx, t, 'extend');
      return (f) => {
        const map = recv(f) as RMap;
        fill(map, it(f));
        return null;
      };
    }
    const insert = insertFn(cx, t, tableReason(t.kind, 'extend'));
    return (f) => {
      const map = recv(f) as RMap;
      const src = it(f);
      for (let x = src.next(); x !== DONE; x = src.next()) {
        const old = set ? insert(map, x, null) : insert(map, (x as unknown[])[0], (x as unknown[])[1]);
        if (old) old();
      }
      src.fin?.();
      return null;
    };
  }
  // retain: hashbrown visits every full bucket and erases the rejected ones (their key and value dropped at once)
  const g = cx.expr(e.args[0]);
  const kd = cx.drop(t.key);
  const vd = set ? null : cx.drop(t.val);
  const valObj = isObjectKind(t.val);
  const ord = ordFn(t.key);
  const reason = tableReason(t.kind, 'retain');
  return (f) => {
    const map = recv(f) as RMap;
    const clo = g(f) as RClosure;
    const rows = map.cmp ? map.entries().map((en) => [canonFn(t.key)(en[0]), en] as const) : [...map.e];
    for (const [c, en] of rows) {
      const keep = set ? clo.run(clo, [en[0]]) : clo.run(clo, [en[0], valObj ? en[1] : new Place(en, 1)]);
      if (keep) continue;
      map.e.delete(c);
      if (map.t) map.t.remove(undefined);
      else applyMapEvents(m, map, map.b!.remove(ord(en[0])), reason);
      if (kd && en[0] !== undefined) kd(en[0]);
      if (vd && en[1] !== undefined) vd(en[1]);
    }
    return null;
  };
}
