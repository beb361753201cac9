// Backing arrays, zero values, copies, and the allocation paths of the runtime (makeslice,
// growslice, rawstring, slicebytetostring) on top of Machine.malloc.
//
// Arrays are typed arrays for numeric element types and JS arrays otherwise. Arrays whose host
// size would exceed DENSE_LIMIT_BYTES are sparse (a Map behind a Proxy): `make([]byte, 1<<30)` costs
// nothing on the host until elements are written.

import { growslice, makeslice } from '../slice';
import type { Machine } from './heap';
import { hasPointers, layout, sizeof, underlying, type T } from './types';
import { EMPTY_STR, GoPanicSignal, HeapObj, NIL_SLICE, Ptr, Slice, Str, type Data } from './values';

export const DENSE_LIMIT_BYTES = 256 << 20;

/** Library types provide their zero value, copy and GC scan through this registry (lib-std.ts). */
export interface StdTypeImpl {
  zero(): unknown;
  clone(v: unknown): unknown;
}
export const STD_IMPLS = new Map<T, StdTypeImpl>();

type ArrayCtor = { new (n: number): Data };

function typedCtor(t: T): { ctor: ArrayCtor; bytes: number } | null {
  const u = underlying(t);
  if (u.k !== 'basic') return null;
  switch (u.name) {
    case 'uint8':
      return { ctor: Uint8Array as unknown as ArrayCtor, bytes: 1 };
    case 'int8':
      return { ctor: Int8Array as unknown as ArrayCtor, bytes: 1 };
    case 'uint16':
      return { ctor: Uint16Array as unknown as ArrayCtor, bytes: 2 };
    case 'int16':
      return { ctor: Int16Array as unknown as ArrayCtor, bytes: 2 };
    case 'uint32':
      return { ctor: Uint32Array as unknown as ArrayCtor, bytes: 4 };
    case 'int32':
      return { ctor: Int32Array as unknown as ArrayCtor, bytes: 4 };
    case 'float32':
      return { ctor: Float32Array as unknown as ArrayCtor, bytes: 4 };
    case 'float64':
      return { ctor: Float64Array as unknown as ArrayCtor, bytes: 8 };
    // int, int64, uint, uint64, uintptr: JS arrays (values beyond 2^53 are bigints)
    default:
      return null;
  }
}

/** A sparse array: reads of unset elements give the zero value. */
class SparseStore {
  readonly map = new Map<number, unknown>();
  constructor(
    readonly length: number,
    readonly zero: () => unknown,
  ) {}
}
const SPARSE = Symbol('sparse');

function makeSparse(n: number, zero: () => unknown): Data {
  const store = new SparseStore(n, zero);
  const handler: ProxyHandler<unknown[]> = {
    get(_t, p) {
      if (p === SPARSE) return store;
      if (p === 'length') return n;
      if (typeof p === 'string') {
        const i = +p;
        if (Number.isInteger(i)) {
          const v = store.map.get(i);
          return v === undefined ? store.zero() : v;
        }
      }
      return undefined;
    },
    set(_t, p, v) {
      if (typeof p === 'string') {
        const i = +p;
        if (Number.isInteger(i)) store.map.set(i, v);
      }
      return true;
    },
  };
  return new Proxy([] as unknown[], handler) as unknown as Data;
}

export function isSparse(d: Data): boolean {
  return (d as unknown as Record<symbol, unknown>)[SPARSE] !== undefined;
}
function sparseStore(d: Data): SparseStore {
  return (d as unknown as Record<symbol, SparseStore>)[SPARSE];
}

// Host buffers of freed heap objects, reused (zeroed) for the next array of the same type and
// length: a program that churns large buffers (a 64 KiB make per iteration) would otherwise have
// the host allocate and zero every one anew, which is most of such a run's time. Only whole
// buffers the simulated GC freed come here, so nothing the program can reach still uses them.
const RECYCLE_MIN_BYTES = 1024;
const RECYCLE_MAX_BYTES = 64 << 20;
let recycled = new Map<ArrayCtor, Map<number, ArrayBufferView[]>>();
let recycledBytes = 0;

/** Forgets the recycled buffers (at the start of each run, so runs stay independent). */
export function resetRecycled(): void {
  recycled = new Map();
  recycledBytes = 0;
}

/** Takes the backing array of a heap object the GC just freed. */
export function recycleData(d: unknown): void {
  if (!ArrayBuffer.isView(d) || d instanceof DataView) return;
  const bytes = d.byteLength;
  if (bytes < RECYCLE_MIN_BYTES || d.byteOffset !== 0 || d.buffer.byteLength !== bytes || recycledBytes + bytes > RECYCLE_MAX_BYTES) return;
  const ctor = d.constructor as ArrayCtor;
  let bySize = recycled.get(ctor);
  if (!bySize) recycled.set(ctor, (bySize = new Map()));
  const n = (d as unknown as { length: number }).length;
  const list = bySize.get(n);
  if (list) list.push(d);
  else bySize.set(n, [d]);
  recycledBytes += bytes;
}

function reuse(ctor: ArrayCtor, n: number): Data | null {
  const d = recycled.get(ctor)?.get(n)?.pop() as (ArrayBufferView & { fill(v: number): unknown }) | undefined;
  if (!d) return null;
  recycledBytes -= d.byteLength;
  d.fill(0);
  return d as unknown as Data;
}

/** A zeroed backing array of n elements of type t. */
export function newData(t: T, n: number): Data {
  const tc = typedCtor(t);
  const hostBytes = n * (tc ? tc.bytes : 8);
  if (n < 0 || !Number.isSafeInteger(n)) throw new RangeError(`bad array length ${n}`);
  if (hostBytes > DENSE_LIMIT_BYTES) {
    const z = zeroFn(t);
    return makeSparse(n, z);
  }
  if (tc) return (hostBytes >= RECYCLE_MIN_BYTES && reuse(tc.ctor, n)) || new tc.ctor(n);
  const z = zeroFn(t);
  if (!isAggregate(t)) return new Array(n).fill(z()); // the zero value is immutable: share it
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = z();
  return a;
}

/** A function producing fresh zero values of t (aggregates are new objects each time). */
export function zeroFn(t: T): () => unknown {
  const u = underlying(t);
  if (t.k === 'named' && t.std) {
    const impl = STD_IMPLS.get(t);
    return impl ? () => impl.zero() : () => null;
  }
  switch (u.k) {
    case 'basic':
      if (u.name === 'string') return () => EMPTY_STR;
      if (u.name === 'bool') return () => false;
      return () => 0;
    case 'slice':
      return () => NIL_SLICE;
    case 'struct': {
      const fs = u.fields.map((f) => zeroFn(f.type));
      return () => {
        const a = new Array(fs.length);
        for (let i = 0; i < fs.length; i++) a[i] = fs[i]();
        return a;
      };
    }
    case 'array':
      return () => newData(u.elem, u.len);
    default:
      return () => null;
  }
}

export function zeroValue(t: T): unknown {
  return zeroFn(t)();
}

/** Is t an aggregate (struct, array, library struct) — values owned by their location, copied on assignment? */
export function isAggregate(t: T): boolean {
  if (t.k === 'named' && t.std) return true;
  const u = underlying(t);
  return u.k === 'struct' || u.k === 'array';
}

/** A deep copy of an aggregate value (value semantics); other values are returned as they are. */
export function cloneFn(t: T): (v: unknown) => unknown {
  if (t.k === 'named' && t.std) {
    const impl = STD_IMPLS.get(t);
    return (v) => (impl ? impl.clone(v) : v);
  }
  const u = underlying(t);
  if (u.k === 'struct') {
    const fs = u.fields.map((f) => (isAggregate(f.type) ? cloneFn(f.type) : null));
    return (v) => {
      const a = v as unknown[];
      const out = new Array(a.length);
      for (let i = 0; i < a.length; i++) out[i] = fs[i] ? fs[i]!(a[i]) : a[i];
      return out;
    };
  }
  if (u.k === 'array') {
    const el = isAggregate(u.elem) ? cloneFn(u.elem) : null;
    return (v) => {
      const d = v as Data;
      if (!el) return (d as { slice(): Data }).slice();
      const a = d as unknown[];
      const out = new Array(a.length);
      for (let i = 0; i < a.length; i++) out[i] = el(a[i]);
      return out;
    };
  }
  return (v) => v;
}

/** Copies an aggregate into an existing one in place (so pointers to it see the new value). */
export function copyIntoFn(t: T): (dst: unknown, src: unknown) => void {
  if (t.k === 'named' && t.std) {
    return (dst, src) => {
      const d = dst as Record<string, unknown>;
      const s = STD_IMPLS.get(t)!.clone(src) as Record<string, unknown>;
      for (const k of Object.keys(s)) d[k] = s[k];
    };
  }
  const u = underlying(t);
  if (u.k === 'struct') {
    const fs = u.fields.map((f) => (isAggregate(f.type) ? copyIntoFn(f.type) : null));
    return (dst, src) => {
      const d = dst as unknown[];
      const s = src as unknown[];
      for (let i = 0; i < d.length; i++) {
        if (fs[i]) fs[i]!(d[i], s[i]);
        else d[i] = s[i];
      }
    };
  }
  if (u.k === 'array') {
    const el = isAggregate(u.elem) ? copyIntoFn(u.elem) : null;
    return (dst, src) => {
      const d = dst as unknown[];
      const s = src as unknown[];
      if (!el) {
        if (d === s) return;
        if (ArrayBuffer.isView(d)) (d as unknown as Uint8Array).set(s as unknown as Uint8Array);
        else for (let i = 0; i < d.length; i++) d[i] = s[i];
        return;
      }
      for (let i = 0; i < d.length; i++) el(d[i], s[i]);
    };
  }
  return () => {};
}

/** memmove of n elements between backing arrays (overlap-safe). */
export function copyData(dst: Data, dOff: number, src: Data, sOff: number, n: number, elem: T | null = null): void {
  if (n <= 0) return;
  if (isSparse(dst) || isSparse(src)) {
    const tmp: unknown[] = new Array(n);
    const sa = src as unknown[];
    if (isSparse(src)) {
      const st = sparseStore(src);
      for (let i = 0; i < n; i++) {
        const v = st.map.get(sOff + i);
        tmp[i] = v === undefined ? st.zero() : v;
      }
    } else for (let i = 0; i < n; i++) tmp[i] = sa[sOff + i];
    const da = dst as unknown[];
    for (let i = 0; i < n; i++) da[dOff + i] = tmp[i];
    return;
  }
  if (ArrayBuffer.isView(dst) && ArrayBuffer.isView(src)) {
    (dst as Uint8Array).set((src as Uint8Array).subarray(sOff, sOff + n), dOff);
    return;
  }
  const d = dst as unknown[];
  const s = src as unknown[];
  const agg = elem && isAggregate(elem) ? copyIntoFn(elem) : null;
  if (agg) {
    if (d === s && dOff > sOff) for (let i = n - 1; i >= 0; i--) agg(d[dOff + i], s[sOff + i]);
    else for (let i = 0; i < n; i++) agg(d[dOff + i], s[sOff + i]);
    return;
  }
  if (d === s && dOff > sOff) for (let i = n - 1; i >= 0; i--) d[dOff + i] = s[sOff + i];
  else for (let i = 0; i < n; i++) d[dOff + i] = s[sOff + i];
}

// ---- strings and bytes ----

/** Bytes of a byte array range as a Latin-1 string. */
export function bytesToString(d: Data, off: number, n: number): string {
  if (n <= 0) return '';
  if (isSparse(d)) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode((d as unknown as number[])[off + i] as number);
    return s;
  }
  const a = d as Uint8Array;
  if (n < 64) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(a[off + i]);
    return s;
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) {
    parts.push(String.fromCharCode.apply(null, Array.from(a.subarray(off + i, off + Math.min(n, i + 8192)))));
  }
  return parts.join('');
}

export function stringToBytes(s: string, d: Data, off: number): void {
  const a = d as Uint8Array;
  for (let i = 0; i < s.length; i++) a[off + i] = s.charCodeAt(i);
}

// ---- allocation paths ----

export interface AllocSite {
  site: number;
  line: number;
}

/** makeslice: len/cap checked as the runtime does, `heap` chooses mallocgc or the stack. */
export function makeSlice(m: Machine, elem: T, len: number, cap: number, heap: boolean, at: AllocSite): Slice {
  const lay = layout(elem);
  m.panicLine = at.line;
  if (!Number.isInteger(len) || !Number.isInteger(cap) || len < 0 || len > cap) {
    if (!Number.isInteger(len) || len < 0) throw new GoPanicSignal('runtime error: makeslice: len out of range');
    throw new GoPanicSignal('runtime error: makeslice: cap out of range');
  }
  let mk;
  try {
    mk = makeslice(len, cap, { size: lay.size, hasPointers: lay.ptr });
  } catch (e) {
    throw new GoPanicSignal('runtime error: ' + (e as Error).message);
  }
  let o: HeapObj | null = null;
  if (heap && mk.capmem > 0) o = m.malloc(mk.capmem, !lay.ptr, at.site, at.line, lay.ptr ? 1 : 0, null, elem);
  else if (!heap) m.stackAlloc(mk.capmem, at.site, at.line);
  const d = newData(elem, cap);
  if (o) o.ref = d;
  return new Slice(d, o, 0, len, cap);
}

/** growslice: a new backing array for s with room for `num` more elements (the old one becomes garbage). */
export function growSlice(m: Machine, s: Slice, num: number, elem: T, at: AllocSite): Slice {
  const lay = layout(elem);
  m.panicLine = at.line;
  let g;
  try {
    g = growslice(s.len, s.cap, num, { size: lay.size, hasPointers: lay.ptr });
  } catch (e) {
    throw new GoPanicSignal('runtime error: ' + (e as Error).message);
  }
  let o: HeapObj | null = null;
  if (g.capmem > 0) o = m.malloc(g.capmem, !lay.ptr, at.site, at.line, lay.ptr ? 1 : 0, null, elem, s.o);
  const d = newData(elem, g.newcap);
  if (s.d) copyData(d, 0, s.d, s.off, s.len, elem);
  if (o) o.ref = d;
  return new Slice(d, o, 0, s.len, g.newcap);
}

/** append(s, vals...) with values already evaluated. */
export function appendValues(m: Machine, s: Slice, vals: unknown[], elem: T, at: AllocSite): Slice {
  const n = vals.length;
  if (n === 0) return s;
  if (s.len + n > s.cap) s = growSlice(m, s, n, elem, at);
  const d = s.d as unknown[];
  const base = s.off + s.len;
  if (isAggregate(elem)) {
    const cp = copyIntoFn(elem);
    for (let i = 0; i < n; i++) cp(d[base + i], vals[i]);
  } else for (let i = 0; i < n; i++) d[base + i] = vals[i];
  return new Slice(s.d, s.o, s.off, s.len + n, s.cap);
}

/** append(s, t...) for a slice t. */
export function appendSlice(m: Machine, s: Slice, t: Slice, elem: T, at: AllocSite): Slice {
  const n = t.len;
  if (n === 0) return s.d === null && t.d !== null && false ? s : s;
  if (s.len + n > s.cap) s = growSlice(m, s, n, elem, at);
  copyData(s.d!, s.off + s.len, t.d!, t.off, n, elem);
  return new Slice(s.d, s.o, s.off, s.len + n, s.cap);
}

/** append([]byte, string...) */
export function appendString(m: Machine, s: Slice, str: string, at: AllocSite): Slice {
  const n = str.length;
  if (n === 0) return s;
  if (s.len + n > s.cap) s = growSlice(m, s, n, tByte, at);
  stringToBytes(str, s.d!, s.off + s.len);
  return new Slice(s.d, s.o, s.off, s.len + n, s.cap);
}

import { tUint8 } from './types';
const tByte = tUint8;

/** rawstring(n): a heap string of n bytes (noscan; < 16 bytes use the tiny allocator). */
export function heapString(m: Machine, bytes: string, at: AllocSite): Str {
  if (bytes.length === 0) return EMPTY_STR;
  const o = m.malloc(bytes.length, true, at.site, at.line, 0, null, null);
  return new Str(bytes, o);
}

/**
 * slicebytetostring: string(b). One byte uses the static table; a result that does not escape and
 * fits in 32 bytes goes to the stack buffer (tmpBuf).
 */
export function bytesToStr(m: Machine, s: Slice, heap: boolean, at: AllocSite): Str {
  const n = s.len;
  if (n === 0) return EMPTY_STR;
  const bytes = bytesToString(s.d!, s.off, n);
  if (n === 1) return new Str(bytes, null);
  if (!heap && n <= 32) {
    m.stackAlloc(n, at.site, at.line);
    return new Str(bytes, null, true);
  }
  return heapString(m, bytes, at);
}

/** stringtoslicebyte: []byte(s): tmpBuf for <= 32 bytes that do not escape, else rawbyteslice (size-class cap). */
export function strToBytes(m: Machine, s: Str, heap: boolean, at: AllocSite): Slice {
  const n = s.s.length;
  if (!heap && n <= 32) {
    m.stackAlloc(32, at.site, at.line);
    const d = new Uint8Array(32);
    stringToBytes(s.s, d, 0);
    return new Slice(d, null, 0, n, 32);
  }
  if (n === 0) {
    // rawbyteslice(0): mallocgc(0) returns zerobase.
    return new Slice(new Uint8Array(0), null, 0, 0, 0);
  }
  const cap = roundupsizeNoscan(n);
  const o = m.malloc(cap, true, at.site, at.line, 0, null, null);
  const d = newData(tByte, cap);
  o.ref = d;
  stringToBytes(s.s, d, 0);
  return new Slice(d, o, 0, n, cap);
}

/** []byte("const"): walkStringToBytes allocates exactly a [len]byte array (heap or stack); cap == len. */
export function constStrToBytes(m: Machine, s: Str, heap: boolean, at: AllocSite): Slice {
  const n = s.s.length;
  const d = newData(tByte, n) as Uint8Array;
  stringToBytes(s.s, d, 0);
  if (!heap || n === 0) {
    if (n > 0) m.stackAlloc(n, at.site, at.line);
    return new Slice(d, null, 0, n, n);
  }
  return new Slice(d, m.malloc(n, true, at.site, at.line, 0, d, null), 0, n, n);
}

import { roundupsize } from '../msize';
export function roundupsizeNoscan(n: number): number {
  return roundupsize(n, true);
}

export function ptrTo(c: unknown, k: number, o: HeapObj | null): Ptr {
  return new Ptr(c, k, o);
}

export { sizeof, hasPointers };
