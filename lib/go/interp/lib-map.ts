// Go maps at run time. A map value is a GoMap (nil is null): the entries live in a JS Map keyed by a
// normalised key (JS === is Go ==: a string key is its byte string, a float key has -0 folded into
// 0, a struct, array, pointer or interface key is a canonical string), and an `hmap` from
// lib/go/hmap.ts (runtime/map.go's bucket model) is driven with the same keys and a per-key 64-bit
// hash, so that every mallocgc the real runtime makes for the map (the hmap header when the map
// escapes, bucket arrays, overflow buckets, mapextra and its overflow slices, indirect keys and
// elems) happens on the simulated heap, at the line of the operation that caused it.
//
// Iteration order: the model's bucket order (bucket 0 first, cells in order, overflow chains
// followed, not-yet-evacuated old buckets read as mapiternext reads them) — deterministic, where real
// Go starts at a random bucket and offset. Entries added during a range are not visited; entries
// deleted before they are reached are not either.

import type * as A from './ast';
import { unparen } from './check';
import type { Compiler, Ev, Frame, St } from './compile';
import { elemValue, siteDesc } from './compile-expr';
import { printValue, pointerAddr, setMapPrinter, type PP } from './format';
import { bucketShift, emptyOne, evacuatedEmpty, fastrand, defaultSeed, hmap, int64hash, newMapType, strhash, type Hash64, type MapAllocKind, type maptype } from '../hmap';
import { bytesToString, cloneFn, isAggregate, zeroFn } from './mem';
import { hasPointers, isPointerShaped, layout, sizeof, typeString, underlying, type T } from './types';
import { BREAK, CONTINUE, GoPanicSignal, Iface, NORMAL, Ptr, Slice, Str, type HeapObj, type Marker } from './values';
import type { Machine } from './heap';

export type MapT = Extract<T, { k: 'map' }>;
type Entry = [key: unknown, value: unknown];
type Norm = (v: unknown, line: number) => unknown;

/** Per map type: the bucket layout and how keys are normalised and hashed. */
export interface MapRT {
  t: MapT;
  mt: maptype;
  norm: Norm;
  keyPtr: boolean;
  elemPtr: boolean;
  zero: () => unknown;
  cloneKey: ((v: unknown) => unknown) | null;
  /** The key type holds an interface: hashing can panic (unhashable dynamic type). */
  ifaceKey: boolean;
}

/** Per program: the machine, sites and the line of the map operation running. */
class MapEnv {
  line = 0;
  rand = fastrand(defaultSeed);
  readonly types = new Map<string, MapRT>();
  readonly alloc: (size: number, noscan: boolean, what: MapAllocKind) => HeapObj;
  constructor(
    readonly m: Machine,
    readonly c: Compiler,
  ) {
    this.alloc = (size, noscan, what) => {
      const line = this.line;
      return m.malloc(size, noscan, c.site(line, 'heap', ALLOC_REASON[what]), line, 0, null, null);
    };
  }
}

const ALLOC_REASON: Record<MapAllocKind, string> = {
  hmap: 'map: the map header (runtime.hmap, 48 B) of a map that escapes',
  buckets: 'map: a bucket array (8 entries per bucket; the map doubles it when entries average 6.5 per bucket)',
  overflow: 'map: an overflow bucket (chained to a full bucket)',
  mapextra: 'map: hmap.extra (keeps the overflow buckets of a pointer-free map alive)',
  'overflow slice': 'map: the slice of overflow buckets of a pointer-free map (mapextra.overflow)',
  'overflow slice array': 'map: the slice of overflow buckets of a pointer-free map grows',
  key: 'map: an indirect key (keys over 128 bytes are stored behind a pointer)',
  elem: 'map: an indirect element (values over 128 bytes are stored behind a pointer)',
};

const envs = new WeakMap<Compiler, MapEnv>();
function envOf(c: Compiler): MapEnv {
  let e = envs.get(c);
  if (!e) envs.set(c, (e = new MapEnv(c.m, c)));
  return e;
}

/** A Go map value. */
export class GoMap {
  readonly entries = new Map<unknown, Entry>();
  readonly h: hmap<unknown, HeapObj>;
  constructor(
    readonly rt: MapRT,
    env: MapEnv,
    hint: number | undefined,
    escapes: boolean,
  ) {
    this.h = new hmap<unknown, HeapObj>(rt.mt, env, hashKey, { hint, escapes, rand: env.rand });
    const hdr = this.h.header;
    if (hdr) {
      hdr.scanKind = 3;
      hdr.scanFn = (mk) => this.scanContents(mk);
    }
  }
  /** What the GC finds from a reference to the map (markValue / markAny). */
  scan(mk: Marker): void {
    if (this.h.header) mk.markObj(this.h.header);
    else this.scanContents(mk);
  }
  scanContents(mk: Marker): void {
    for (const o of this.h.refs()) mk.markObj(o);
    const { keyPtr, elemPtr, t } = this.rt;
    if (!keyPtr && !elemPtr) return;
    for (const e of this.entries.values()) {
      if (keyPtr) mk.markValue(e[0], t.key);
      if (elemPtr) mk.markValue(e[1], t.elem);
    }
  }
}

// ---- keys --------------------------------------------------------------------------------------

const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object): number {
  let i = ids.get(o);
  if (i === undefined) ids.set(o, (i = nextId++));
  return i;
}

/** A NaN key: never equal to anything, not even itself. */
class NaNKey {
  readonly id = nextId++;
}

function unhashable(t: T, line: number, m: Machine): never {
  m.panicLine = line;
  throw new GoPanicSignal(`runtime error: hash of unhashable type ${typeString(t, true)}`);
}

/** The canonical string of a key value of type t (for composite keys and interface keys). */
function encFn(t: T, m: Machine): (v: unknown, line: number) => string {
  const u = underlying(t);
  switch (u.k) {
    case 'basic':
      if (u.name === 'string') return (v) => `${(v as Str).s.length}:${(v as Str).s}`;
      if (u.name === 'bool') return (v) => (v ? 't' : 'f');
      if (u.name === 'float32' || u.name === 'float64') return (v) => (Number.isNaN(v) ? `NaN#${nextId++}` : String((v as number) === 0 ? 0 : v));
      return (v) => String(v);
    case 'ptr':
      return (v) => (v === null ? 'nil' : `p${idOf((v as Ptr).c as object)}.${(v as Ptr).k}`);
    case 'struct': {
      const fs = u.fields.map((f) => encFn(f.type, m));
      return (v, line) => `{${fs.map((g, i) => g((v as unknown[])[i], line)).join(',')}}`;
    }
    case 'array': {
      const el = encFn(u.elem, m);
      return (v, line) => {
        const a = v as ArrayLike<unknown>;
        let s = '[';
        for (let i = 0; i < a.length; i++) s += (i ? ',' : '') + el(a[i], line);
        return s + ']';
      };
    }
    case 'iface': {
      const cache = new Map<T, (v: unknown, line: number) => string>();
      return (v, line) => {
        if (v === null) return 'nil';
        const i = v as Iface;
        const du = underlying(i.t);
        if (!comparableDeep(i.t)) unhashable(i.t, line, m);
        if (du.k === 'iface' || (typeof i.v === 'object' && i.v !== null && !(i.v instanceof Str) && !(i.v instanceof Ptr) && !Array.isArray(i.v) && !ArrayBuffer.isView(i.v))) {
          return `${typeString(i.t, true)}=o${idOf(i.v as object)}`;
        }
        let g = cache.get(i.t);
        if (!g) cache.set(i.t, (g = encFn(i.t, m)));
        return `${typeString(i.t, true)}=${g(i.v, line)}`;
      };
    }
    default:
      return (v) => `o${typeof v === 'object' && v !== null ? idOf(v) : String(v)}`;
  }
}

function holdsIface(t: T): boolean {
  const u = underlying(t);
  if (u.k === 'iface') return true;
  if (u.k === 'struct') return u.fields.some((f) => holdsIface(f.type));
  if (u.k === 'array') return holdsIface(u.elem);
  return false;
}

function comparableDeep(t: T): boolean {
  const u = underlying(t);
  switch (u.k) {
    case 'slice':
    case 'map':
    case 'func':
      return false;
    case 'struct':
      return u.fields.every((f) => comparableDeep(f.type));
    case 'array':
      return comparableDeep(u.elem);
    default:
      return true;
  }
}

function normFn(t: T, m: Machine): Norm {
  const u = underlying(t);
  if (u.k === 'basic') {
    if (u.name === 'string') return (v) => (v as Str).s;
    if (u.name === 'float32' || u.name === 'float64') return (v) => (Number.isNaN(v) ? new NaNKey() : (v as number) === 0 ? 0 : v);
    if (u.name === 'bool') return (v) => v;
    // Integers: a number, or a bigint beyond 2^53 (norm keeps the two apart already).
    return (v) => v;
  }
  const enc = encFn(t, m);
  return enc;
}

const utf8Safe = /^[\x00-\x7f]*$/;
/** The key's hash (memhash stand-in, seeded with the map's hash0). */
function hashKey(k: unknown, seed: number): Hash64 {
  if (typeof k === 'number') return Number.isInteger(k) ? int64hash(k, seed) : strhash(String(k), seed);
  if (typeof k === 'bigint') return int64hash(k, seed);
  if (typeof k === 'string') return utf8Safe.test(k) ? strhash(k, seed) : strhash(encodeURIComponent(k), seed);
  if (typeof k === 'boolean') return int64hash(k ? 1 : 0, seed);
  if (k instanceof NaNKey) return int64hash(k.id * 0x9e3779b1, seed);
  return int64hash(0, seed);
}

export function mapRT(c: Compiler, t: T): MapRT {
  const env = envOf(c);
  const u = underlying(t) as MapT;
  const key = typeString(u, true);
  let rt = env.types.get(key);
  if (rt) return rt;
  const kl = layout(u.key);
  const el = layout(u.elem);
  rt = {
    t: u,
    mt: newMapType({ size: kl.size, align: kl.align, hasPointers: kl.ptr }, { size: el.size, align: el.align, hasPointers: el.ptr }),
    norm: normFn(u.key, c.m),
    keyPtr: kl.ptr,
    elemPtr: el.ptr,
    zero: zeroFn(u.elem),
    cloneKey: isAggregate(u.key) ? cloneFn(u.key) : null,
    ifaceKey: holdsIface(u.key),
  };
  env.types.set(key, rt);
  return rt;
}

// ---- operations ---------------------------------------------------------------------------------

function lookup(rt: MapRT, gm: GoMap | null, k: unknown, line: number): Entry | undefined {
  if (gm === null || gm.entries.size === 0) {
    // mapaccess on a nil or empty map still checks the key (mapKeyError: unhashable interface keys panic).
    if (rt.ifaceKey) rt.norm(k, line);
    return undefined;
  }
  return gm.entries.get(gm.rt.norm(k, line));
}

/** m[k] = v (mapassign): panics on a nil map. */
function assign(env: MapEnv, gm: GoMap | null, k: unknown, v: unknown, line: number): void {
  if (gm === null) {
    env.m.panicLine = line;
    throw new GoPanicSignal('assignment to entry in nil map');
  }
  const nk = gm.rt.norm(k, line);
  env.line = line;
  gm.h.mapassign(nk);
  const e = gm.entries.get(nk);
  if (e) e[1] = v;
  else gm.entries.set(nk, [gm.rt.cloneKey ? gm.rt.cloneKey(k) : k, v]);
}

function del(env: MapEnv, rt: MapRT, gm: GoMap | null, k: unknown, line: number): void {
  if (gm === null || gm.entries.size === 0) {
    if (rt.ifaceKey) rt.norm(k, line);
    return;
  }
  const nk = gm.rt.norm(k, line);
  env.line = line;
  gm.h.mapdelete(nk);
  gm.entries.delete(nk);
}

function clearMap(env: MapEnv, gm: GoMap | null, line: number): void {
  if (gm === null) return;
  env.line = line;
  gm.h.mapclear();
  gm.entries.clear();
}

export function mapLen(gm: unknown): number {
  return gm === null ? 0 : (gm as GoMap).entries.size;
}

/** The normalised keys in the order mapiternext visits them (start bucket 0, offset 0). */
export function iterationOrder(gm: GoMap): unknown[] {
  const h = gm.h;
  const out: unknown[] = [];
  const a = h.buckets;
  if (!a || h.count === 0) return out;
  const nb = bucketShift(h.B);
  const o = h.oldbuckets;
  const nold = o ? h.noldbuckets() : 0;
  const same = h.sameSizeGrow();
  for (let bucket = 0; bucket < nb; bucket++) {
    let arr = a;
    let b = bucket;
    let check = -1;
    if (o && !o.evacuated(bucket & (nold - 1))) {
      arr = o;
      b = bucket & (nold - 1);
      check = bucket;
    }
    for (; b !== -1; b = arr.overflow[b]) {
      for (let c = b * 8; c < b * 8 + 8; c++) {
        const th = arr.tophash[c];
        if (th <= emptyOne || th === evacuatedEmpty) continue;
        if (check >= 0 && !same && (arr.lo[c] & (nb - 1)) !== check) continue;
        out.push(arr.keys[c]);
      }
    }
  }
  return out;
}

// ---- compiling --------------------------------------------------------------------------------------

/** make(map[K]V) / make(map[K]V, hint). */
export function compileMakeMap(c: Compiler, e: A.Call, t: T): Ev {
  const rt = mapRT(c, t);
  const env = envOf(c);
  const m = c.m;
  const line = c.line(e);
  const heap = c.siteHeap(e.id);
  const hint = e.args[1] ? c.expr(e.args[1]) : null;
  const desc = siteDesc(c, e);
  const stackSite = heap ? 0 : c.site(line, 'stack', `${desc} does not escape: the map header (runtime.hmap) is on the stack, with its first bucket when the hint is at most 8`);
  return (f) => {
    let n: number | undefined;
    if (hint) {
      n = Number(hint(f)); // a negative hint is taken as 0 by makemap (no panic)
    }
    env.line = line;
    if (!heap) m.stackAlloc(48 + ((n ?? 0) <= 8 ? rt.mt.bucketSize : 0), stackSite, line);
    return new GoMap(rt, env, n, heap);
  };
}

/** map[K]V{k: v, ...}: make(map[K]V, len) then one assignment per entry, in order (walk's maplit). */
export function compileMapLit(c: Compiler, e: A.CompositeLit, t: T): Ev {
  const rt = mapRT(c, t);
  const u = rt.t;
  const env = envOf(c);
  const m = c.m;
  const line = c.line(e);
  const heap = c.siteHeap(e.id);
  const stackSite = heap ? 0 : c.site(line, 'stack', `${siteDesc(c, e)} does not escape: the map header (runtime.hmap) is on the stack`);
  const n = e.elts.length;
  const ks = e.elts.map((el) => elemValue(c, el.key!, u.key));
  const vs = e.elts.map((el) => elemValue(c, el.value, u.elem));
  const lines = e.elts.map((el) => c.line(el));
  return (f) => {
    env.line = line;
    if (!heap) m.stackAlloc(48 + (n <= 8 ? rt.mt.bucketSize : 0), stackSite, line);
    const gm = new GoMap(rt, env, n, heap);
    for (let i = 0; i < n; i++) {
      const k = ks[i](f);
      assign(env, gm, k, vs[i](f), lines[i]);
    }
    return gm;
  };
}

/**
 * The key of a lookup: `m[string(b)]` converts without allocating (the compiler's
 * OBYTES2STRTMP: the bytes are only read during the lookup).
 */
function lookupKey(c: Compiler, k: A.Expr): Ev {
  const x = unparen(k);
  const ck = x.kind === 'Call' ? c.info.calls[x.id] : undefined;
  if (x.kind === 'Call' && ck?.k === 'conv' && x.args.length === 1 && c.info.toIface[x.id] === undefined) {
    const from = underlying(c.typeOf(x.args[0]));
    const to = underlying(ck.to);
    if (from.k === 'slice' && to.k === 'basic' && to.name === 'string') {
      const eu = underlying(from.elem);
      if (eu.k === 'basic' && eu.name === 'uint8') {
        const b = c.expr(x.args[0]);
        return (f) => {
          const s = b(f) as Slice;
          return new Str(s.d ? bytesToString(s.d as Uint8Array, s.off, s.len) : '', null);
        };
      }
    }
  }
  return c.expr(k);
}

/** m[k] (mapaccess1): the zero value for a missing key or a nil map. */
export function compileMapIndex(c: Compiler, e: A.Index): Ev {
  const rt = mapRT(c, c.typeOf(e.x));
  const x = c.expr(e.x);
  const k = lookupKey(c, e.index);
  const line = c.line(e);
  const zero = rt.zero;
  return (f) => {
    const gm = x(f) as GoMap | null;
    const en = lookup(rt, gm, k(f), line);
    return en ? en[1] : zero();
  };
}

/** v, ok := m[k] (mapaccess2). */
export function compileMapIndexOk(c: Compiler, e0: A.Expr): Ev {
  const e = unparen(e0) as A.Index;
  const rt = mapRT(c, c.typeOf(e.x));
  const x = c.expr(e.x);
  const k = lookupKey(c, e.index);
  const line = c.line(e);
  const zero = rt.zero;
  const cl = isAggregate(rt.t.elem) ? cloneFn(rt.t.elem) : null;
  return (f) => {
    const en = lookup(rt, x(f) as GoMap | null, k(f), line);
    return en ? [cl ? cl(en[1]) : en[1], true] : [zero(), false];
  };
}

/** The store of `m[k] = v` (the operands are evaluated, then v, then mapassign). */
export function mapSetter(c: Compiler, e0: A.Expr, fresh: boolean): (f: Frame, v: unknown) => void {
  const e = unparen(e0) as A.Index;
  const rt = mapRT(c, c.typeOf(e.x));
  const env = envOf(c);
  const x = c.expr(e.x);
  const k = c.expr(e.index);
  const line = c.line(e);
  const cl = !fresh && isAggregate(rt.t.elem) ? cloneFn(rt.t.elem) : null;
  return (f, v) => assign(env, x(f) as GoMap | null, k(f), cl ? cl(v) : v, line);
}

/** m[k] op= v and m[k]++: m and k evaluated once, mapaccess then mapassign. */
export function mapUpdate(c: Compiler, e: A.Expr, op: (f: Frame, cur: unknown) => unknown): St {
  const ix = unparen(e) as A.Index;
  const rt = mapRT(c, c.typeOf(ix.x));
  const env = envOf(c);
  const x = c.expr(ix.x);
  const k = c.expr(ix.index);
  const line = c.line(ix);
  const zero = rt.zero;
  return (f) => {
    const gm = x(f) as GoMap | null;
    const key = k(f);
    const en = lookup(rt, gm, key, line);
    assign(env, gm, key, op(f, en ? en[1] : zero()), line);
    return NORMAL;
  };
}

/** Is e a map index expression (for the hooks in compile-stmt.ts)? */
export function isMapIndexExpr(c: Compiler, e: A.Expr): boolean {
  const x = unparen(e);
  if (x.kind !== 'Index') return false;
  const t = c.info.types[x.x.id];
  return !!t && underlying(t).k === 'map';
}

/** delete(m, k) and clear(m) / clear(s). */
export function compileMapBuiltin(c: Compiler, e: A.Call, name: 'delete' | 'clear'): Ev {
  const env = envOf(c);
  const line = c.line(e);
  const x = c.expr(e.args[0]);
  if (name === 'delete') {
    const rt = mapRT(c, c.typeOf(e.args[0]));
    const k = c.expr(e.args[1]);
    return (f) => {
      del(env, rt, x(f) as GoMap | null, k(f), line);
      return undefined;
    };
  }
  const u = underlying(c.typeOf(e.args[0]));
  if (u.k === 'slice') {
    const z = zeroFn(u.elem);
    return (f) => {
      const s = x(f) as Slice;
      const d = s.d as unknown[] | null;
      if (d) for (let i = 0; i < s.len; i++) d[s.off + i] = z();
      return undefined;
    };
  }
  return (f) => {
    clearMap(env, x(f) as GoMap | null, line);
    return undefined;
  };
}

/**
 * for k, v := range m. `for k := range m { delete(m, k) }` is compiled to one mapclear, as the
 * compiler does (walk/range.go isMapClear).
 */
export function compileMapRange(
  c: Compiler,
  s: A.Range,
  x: Ev,
  setK: ((f: Frame, v: unknown) => void) | null,
  setV: ((f: Frame, v: unknown) => void) | null,
  body: St,
  lab: { brk: number; cont: number },
): St {
  const env = envOf(c);
  const m = c.m;
  const line = c.line(s);
  if (isMapClearLoop(c, s)) {
    return (f) => {
      clearMap(env, x(f) as GoMap | null, line);
      return NORMAL;
    };
  }
  const lb = lab.brk;
  const lc = lab.cont;
  return (f) => {
    const gm = x(f) as GoMap | null;
    if (gm === null || gm.entries.size === 0) return NORMAL;
    env.line = line;
    gm.h.mapiterinit();
    const order = iterationOrder(gm);
    for (const nk of order) {
      if (++m.steps >= m.limit) m.poll();
      const en = gm.entries.get(nk);
      if (!en) continue; // deleted during the loop
      if (setK) setK(f, en[0]);
      if (setV) setV(f, en[1]);
      const r = body(f);
      if (r !== NORMAL && r !== CONTINUE && r !== lc) return r === BREAK || r === lb ? NORMAL : r;
    }
    return NORMAL;
  };
}

function isMapClearLoop(c: Compiler, s: A.Range): boolean {
  if (!s.define || !s.key || s.value || s.body.stmts.length !== 1) return false;
  const st = s.body.stmts[0];
  if (st.kind !== 'ExprStmt') return false;
  const call = unparen(st.x);
  if (call.kind !== 'Call' || c.info.calls[call.id]?.k !== 'builtin' || (c.info.calls[call.id] as { name: string }).name !== 'delete') return false;
  const [mm, kk] = call.args.map(unparen);
  const rx = unparen(s.x);
  if (mm?.kind !== 'Ident' || kk?.kind !== 'Ident' || rx.kind !== 'Ident') return false;
  const kt = underlying(c.typeOf(s.key));
  const reflexive = !(kt.k === 'basic' && (kt.name === 'float32' || kt.name === 'float64')) && kt.k !== 'iface' && kt.k !== 'struct' && kt.k !== 'array';
  return reflexive && c.info.uses[mm.id] === c.info.uses[rx.id] && c.info.uses[kk.id] === c.info.defs[s.key.id];
}

// ---- fmt ------------------------------------------------------------------------------------------

/**
 * fmt's printValue for a map: internal/fmtsort.Sort makes a []KeyValue of len(m) (48 bytes per entry)
 * and copies each key and value that is not pointer-shaped (reflect's MapIter.Key/Value → copyVal),
 * then the entries print in sorted key order.
 */
export function printMap(p: PP, v: unknown, t: T, verb: string, depth: number): void {
  const u = underlying(t) as MapT;
  const gm = v as GoMap | null;
  if (p.sharpV) {
    p.ws(typeString(t, true));
    if (gm === null) {
      p.ws('(nil)');
      return;
    }
    p.wb('{');
  } else p.ws('map[');
  const entries: Entry[] = [];
  if (gm !== null && gm.entries.size > 0) {
    const fmt = p.fmt;
    const m = fmt.m;
    m.malloc(48 * gm.entries.size, false, fmt.siteFor(fmt.line, 'fmt: internal/fmtsort.Sort copies the map into a sorted []KeyValue (48 B per entry)'), fmt.line, 0, null, null);
    const copySite = fmt.siteFor(fmt.line, 'fmt: reflect copies each map key and value that is not pointer-shaped (MapIter.Key/Value)');
    const kcopy = !isPointerShaped(u.key) && sizeof(u.key) > 0;
    const vcopy = !isPointerShaped(u.elem) && sizeof(u.elem) > 0;
    gm.h.mapiterinit();
    for (const nk of iterationOrder(gm)) {
      const en = gm.entries.get(nk)!;
      if (kcopy) m.malloc(sizeof(u.key), !hasPointers(u.key), copySite, fmt.line, 0, null, null);
      if (vcopy) m.malloc(sizeof(u.elem), !hasPointers(u.elem), copySite, fmt.line, 0, null, null);
      entries.push(en);
    }
    const cmp = compareFn(u.key);
    entries.sort((a, b) => cmp(a[0], b[0]));
  }
  entries.forEach((en, i) => {
    if (i > 0) {
      if (p.sharpV) p.ws(', ');
      else p.wb(' ');
    }
    printValue(p, en[0], u.key, verb, depth + 1);
    p.wb(':');
    printValue(p, en[1], u.elem, verb, depth + 1);
  });
  p.wb(p.sharpV ? '}' : ']');
}

setMapPrinter(printMap);

type Cmp = (a: unknown, b: unknown) => number;

/** internal/fmtsort.compare. Interface keys of different dynamic types order by type name here (Go: by type descriptor address). */
function compareFn(t: T): Cmp {
  const u = underlying(t);
  switch (u.k) {
    case 'basic':
      if (u.name === 'string') return (a, b) => ((a as Str).s < (b as Str).s ? -1 : (a as Str).s > (b as Str).s ? 1 : 0);
      if (u.name === 'bool') return (a, b) => (a === b ? 0 : a ? 1 : -1);
      if (u.name === 'float32' || u.name === 'float64') {
        return (a, b) => {
          const x = a as number;
          const y = b as number;
          if (x < y) return -1;
          if (x > y) return 1;
          if (x === y) return 0;
          if (Number.isNaN(x) && !Number.isNaN(y)) return -1;
          if (!Number.isNaN(x) && Number.isNaN(y)) return 1;
          return 0;
        };
      }
      return (a, b) => {
        if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
        const x = BigInt(a as number);
        const y = BigInt(b as number);
        return x < y ? -1 : x > y ? 1 : 0;
      };
    case 'ptr':
      return (a, b) => {
        const x = pointerAddr(a as Ptr | null);
        const y = pointerAddr(b as Ptr | null);
        return x < y ? -1 : x > y ? 1 : 0;
      };
    case 'struct': {
      const fs = u.fields.map((f) => compareFn(f.type));
      return (a, b) => {
        for (let i = 0; i < fs.length; i++) {
          const r = fs[i]((a as unknown[])[i], (b as unknown[])[i]);
          if (r !== 0) return r;
        }
        return 0;
      };
    }
    case 'array': {
      const el = compareFn(u.elem);
      return (a, b) => {
        const x = a as ArrayLike<unknown>;
        const y = b as ArrayLike<unknown>;
        for (let i = 0; i < x.length; i++) {
          const r = el(x[i], y[i]);
          if (r !== 0) return r;
        }
        return 0;
      };
    }
    case 'iface':
      return (a, b) => {
        if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
        const x = a as Iface;
        const y = b as Iface;
        const tx = typeString(x.t, true);
        const ty = typeString(y.t, true);
        if (tx !== ty) return tx < ty ? -1 : 1;
        return compareFn(x.t)(x.v, y.v);
      };
    default:
      return () => 0;
  }
}

