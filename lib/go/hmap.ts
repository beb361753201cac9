// Mirrors go1.23.5 src/runtime/map.go (bucket maps; map_fast32/64/str.go allocate identically) and the
// make/map-literal lowering of cmd/compile/internal/walk (builtin.go walkMakeMap, complit.go maplit) on
// linux/amd64, as far as allocation and reachability go.
//
// The model keeps no values: each bucket cell holds the tophash, the key's identity (a primitive the
// caller picks so that === is Go's ==; NaN then never matches, as in Go) and its hash's low bits, so
// overflow buckets appear, get reused and get dropped exactly as in map.go. Lookups (mapaccess1/2,
// including `m[string(b)]`, which the compiler compiles without allocating) never allocate or move
// entries. Not modelled: iteration order (the interpreter's concern), hiter (a stack object), NaN
// keys' fresh random hash on evacuation (the stored one is used: just as random).

import { roundupsize } from './msize';
import { growslice } from './slice';

export const bucketCntBits = 3;
export const bucketCnt = 1 << bucketCntBits; // abi.MapBucketCount
export const loadFactorDen = 2;
export const loadFactorNum = (loadFactorDen * bucketCnt * 13) / 16; // 13: load factor 6.5
export const maxKeySize = 128; // abi.MapMaxKeyBytes: bigger keys are stored indirectly
export const maxElemSize = 128; // abi.MapMaxElemBytes
const dataOffset = 8; // after tophash [8]uint8

// tophash cell states.
export const emptyRest = 0;
export const emptyOne = 1;
export const evacuatedX = 2;
export const evacuatedY = 3;
export const evacuatedEmpty = 4;
export const minTopHash = 5;

// hmap.flags
export const iterator = 1;
export const oldIterator = 2;
export const sameSizeGrow = 8;

export const hmapSize = 48; // runtime.hmap on amd64
export const mapextraSize = 24; // three pointers
const sliceHeaderSize = 24; // new([]*bmap)
const maxAlloc = 2 ** 48;

/** Size, alignment and pointer-ness of a key or elem type (a GoLayout fits). */
export interface TypeLayout {
  size: number;
  align: number;
  hasPointers: boolean;
}

/** What the runtime's maptype holds about the buckets (reflectdata.MapBucketType). */
export interface maptype {
  key: TypeLayout;
  elem: TypeLayout;
  keySize: number; // slot size: key size, or 8 if indirect
  valueSize: number;
  bucketSize: number;
  indirectKey: boolean;
  indirectElem: boolean;
  /** t.Bucket.Pointers(): false means overflow buckets are kept alive by mapextra's slices. */
  bucketHasPointers: boolean;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;
const PTR: TypeLayout = { size: 8, align: 8, hasPointers: true };

/** Bucket layout: tophash [8]uint8, keys [8]K, elems [8]V, overflow pointer (uintptr if pointer-free). */
export function newMapType(key: TypeLayout, elem: TypeLayout): maptype {
  const k = key.size > maxKeySize ? PTR : key;
  const e = elem.size > maxElemSize ? PTR : elem;
  const elemsOff = roundUp(dataOffset + bucketCnt * k.size, Math.max(1, e.align));
  const ovfOff = roundUp(elemsOff + bucketCnt * e.size, 8);
  return {
    key,
    elem,
    keySize: k.size,
    valueSize: e.size,
    bucketSize: ovfOff + 8,
    indirectKey: k !== key,
    indirectElem: e !== elem,
    bucketHasPointers: k.hasPointers || e.hasPointers,
  };
}

export const bucketShift = (b: number): number => (b < 31 ? 1 << b : 2 ** b);

/** overLoadFactor reports whether count items placed in 1<<B buckets is over loadFactor. */
export function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(B) / loadFactorDen);
}

/** "Too many" is (approximately) as many overflow buckets as regular buckets. */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << Math.min(B, 15);
}

/** The B makemap picks for a hint (negative or oversized hints count as 0). */
export function makemapB(t: maptype, hint: number): number {
  if (hint < 0 || hint * t.bucketSize > maxAlloc) hint = 0;
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  return B;
}

/** Buckets makeBucketArray allocates for 1<<b: b >= 4 adds ~1/16 overflow buckets, filled up to the size class. */
export function bucketArrayLen(t: maptype, b: number): number {
  let nbuckets = bucketShift(b);
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    const sz = t.bucketSize * nbuckets;
    const up = roundupsize(sz, !t.bucketHasPointers);
    if (up !== sz) nbuckets = Math.floor(up / t.bucketSize);
  }
  return nbuckets;
}

// ---------------------------------------------------------------------------------------------
// Hashing. Go's memhash is AES-based with a per-map random seed (hash0); only its statistics
// matter here, so this is two lanes of MurmurHash3 x86_32 over the key's bytes (lane "hi" seeded
// with seed ^ 0x9e3779b9), giving a 64-bit hash as [lo, hi] uint32 halves. Bucket index = low B
// bits of lo (B <= 30 here), tophash = top byte of hi, evacuation side = bit B-1 of lo.

/** A 64-bit hash as uint32 halves. */
export type Hash64 = readonly [lo: number, hi: number];
/** Hash of a key under seed hash0. Must depend only on the key's value (and the seed). */
export type MapHasher<K> = (key: K, seed: number) => Hash64;

const c1 = 0xcc9e2d51;
const c2 = 0x1b873593;
const seedY = 0x9e3779b9;

function mixK(k: number): number {
  k = Math.imul(k, c1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, c2);
}
function mixH(h: number, k: number): number {
  h ^= mixK(k);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
function fmix32(h: number, len: number): number {
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** memhash: hash of a key's bytes (its in-memory representation, as Go's memhash/strhash see it). */
export function memhash(p: Uint8Array, seed: number): Hash64 {
  let a = seed | 0;
  let b = (seed ^ seedY) | 0;
  const n = p.length;
  const blocks = n & ~3;
  for (let i = 0; i < blocks; i += 4) {
    const k = p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | (p[i + 3] << 24);
    a = mixH(a, k);
    b = mixH(b, k);
  }
  if (n & 3) {
    let k = 0;
    for (let i = n - 1; i >= blocks; i--) k = (k << 8) | p[i];
    a ^= mixK(k);
    b ^= mixK(k);
  }
  return [fmix32(a, n), fmix32(b, n)];
}

/** memhash of 8 bytes given as little-endian uint32 words (int64/uint64/pointer keys, struct{a, b int32}). */
export function memhash64(w0: number, w1: number, seed: number): Hash64 {
  const a = mixH(mixH(seed | 0, w0), w1);
  const b = mixH(mixH((seed ^ seedY) | 0, w0), w1);
  return [fmix32(a, 8), fmix32(b, 8)];
}

/** Hash of an int/int64 key (a safe integer, or a bigint taken mod 2^64). */
export function int64hash(v: number | bigint, seed: number): Hash64 {
  const x = BigInt.asUintN(64, BigInt(v));
  return memhash64(Number(x & 0xffffffffn), Number(x >> 32n), seed);
}

const utf8 = new TextEncoder();
/** strhash: a string key hashes its UTF-8 bytes (what TextEncoder gives; memhash other bytes yourself). */
export function strhash(s: string, seed: number): Hash64 {
  const n = s.length;
  let a = seed | 0;
  let b = (seed ^ seedY) | 0;
  let i = 0;
  let ascii = 0;
  for (; i + 4 <= n; i += 4) {
    const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
    ascii |= s.charCodeAt(i) | s.charCodeAt(i + 1) | s.charCodeAt(i + 2) | s.charCodeAt(i + 3);
    a = mixH(a, k);
    b = mixH(b, k);
  }
  let k = 0;
  for (let j = n - 1; j >= i; j--) {
    ascii |= s.charCodeAt(j);
    k = (k << 8) | s.charCodeAt(j);
  }
  if (ascii >= 0x80) return memhash(utf8.encode(s), seed); // not ASCII: hash the UTF-8 bytes
  if (n & 3) {
    a ^= mixK(k);
    b ^= mixK(k);
  }
  return [fmix32(a, n), fmix32(b, n)];
}

/** Deterministic stand-in for runtime.rand (mulberry32): hash0 values and the B >= 16 noverflow coin. */
export function fastrand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export const defaultSeed = 0x6d617073; // "maps"

// ---------------------------------------------------------------------------------------------
// The map.

export type MapAllocKind =
  | 'hmap' // the 48-byte header (only for maps that escape)
  | 'buckets' // a bucket array (makeBucketArray, or the lazy first bucket)
  | 'overflow' // one overflow bucket (newoverflow, when no preallocated one is left)
  | 'mapextra'
  | 'overflow slice' // new([]*bmap): header of mapextra.overflow (pointer-free buckets only)
  | 'overflow slice array' // its backing array, grown by append
  | 'key' // an indirect key (> 128 bytes), one per insert
  | 'elem'; // an indirect elem (> 128 bytes), one per insert

/** mallocgc as the model sees it: `size` is the request; H is whatever the caller uses to track the object. */
export interface MapAllocator<H> {
  alloc(size: number, noscan: boolean, what: MapAllocKind): H;
}

const filled = <T>(n: number, v: T): T[] => new Array<T>(n).fill(v);

const loMask = 0x3fffffff; // cells keep 30 hash bits (small ints for the JS engine): B <= 30
const nil = -1;

/**
 * One bucket array plus the overflow buckets chained from its buckets (a chain never leaves its array),
 * stored flat: bucket j's cells are 8j..8j+7. Buckets 0..nbuckets-1 are the allocation itself (the last
 * ones preallocated overflow buckets), later ones were allocated on their own (own[j]).
 */
class bucketArray<K, H> {
  n: number; // buckets in use
  tophash: Uint8Array;
  lo: Int32Array; // low hash bits of each cell: bucket index and evacuation side
  keys: (K | undefined)[];
  ind: (H | null)[] | null; // indirect key and elem objects, 2 per cell
  overflow: Int32Array; // next bucket in the chain, or nil
  own: (H | null)[]; // allocation of each bucket >= nbuckets

  constructor(
    readonly h: H | null, // null: the stack bucket of a non-escaping map
    readonly nbuckets: number,
    private readonly indirect: boolean,
  ) {
    this.n = nbuckets;
    this.tophash = new Uint8Array(nbuckets * bucketCnt);
    this.lo = new Int32Array(nbuckets * bucketCnt);
    this.overflow = new Int32Array(nbuckets).fill(nil);
    this.keys = filled(nbuckets * bucketCnt, undefined);
    this.ind = indirect ? filled(2 * nbuckets * bucketCnt, null) : null;
    this.own = filled(nbuckets, null);
  }

  /** Appends a bucket allocated on its own; returns its number. */
  push(own: H): number {
    if (this.n === this.overflow.length) {
      const cap = this.n + Math.max(16, this.n >> 3); // overflow buckets are ~1/8 of the buckets or fewer
      const tophash = new Uint8Array(cap * bucketCnt);
      tophash.set(this.tophash);
      this.tophash = tophash;
      const lo = new Int32Array(cap * bucketCnt);
      lo.set(this.lo);
      this.lo = lo;
      const overflow = new Int32Array(cap).fill(nil);
      overflow.set(this.overflow);
      this.overflow = overflow;
    }
    for (let c = 0; c < bucketCnt; c++) {
      this.keys.push(undefined);
      this.ind?.push(null, null);
    }
    this.own.push(own);
    return this.n++;
  }

  /** memclr of the allocation; own overflow buckets are forgotten. */
  reset(): void {
    this.n = this.nbuckets;
    this.tophash.fill(0);
    this.overflow.fill(nil);
    this.keys = filled(this.nbuckets * bucketCnt, undefined);
    this.ind = this.indirect ? filled(2 * this.nbuckets * bucketCnt, null) : null;
    this.own = filled(this.nbuckets, null);
  }

  evacuated(b: number): boolean {
    const h = this.tophash[b * bucketCnt];
    return h > emptyOne && h < minTopHash;
  }
}

interface overflowSlice<K, H> {
  h: H; // the *[]*bmap object
  arr: H | null;
  cap: number;
  gen: bucketArray<K, H>;
  items: number[];
}

interface mapextra<K, H> {
  h: H;
  overflow: overflowSlice<K, H> | null;
  oldoverflow: overflowSlice<K, H> | null;
  nextOverflow: { arr: bucketArray<K, H>; i: number } | null;
}

const isEmpty = (x: number): boolean => x <= emptyOne;

function tophash(hi: number): number {
  const top = hi >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

export interface MakeMapOptions {
  /** make(map[K]V, hint); undefined = make(map[K]V) (makemap_small). Map literals: see maplit. */
  hint?: number;
  /** The map escapes: the hmap is heap-allocated. Else it is on the stack, and with hint <= 8 its first bucket too. */
  escapes: boolean;
  /** runtime.rand stand-in (uint32); default fastrand(defaultSeed). */
  rand?: () => number;
}

/**
 * One Go map: makemap / makemap_small (the constructor), then mapassign, mapdelete, mapclear, mapiterinit.
 * K identifies a key (=== must be Go's ==); H is the allocator's handle for an object; refs() lists the
 * handles the map holds now, header the hmap's own.
 */
export class hmap<K, H> {
  count = 0;
  flags = 0;
  B = 0;
  noverflow = 0;
  hash0: number;
  buckets: bucketArray<K, H> | null = null;
  oldbuckets: bucketArray<K, H> | null = null;
  nevacuate = 0;
  extra: mapextra<K, H> | null = null;
  /** The hmap object itself (null when it lives on the stack). */
  readonly header: H | null;

  private readonly rand: () => number;
  private readonly indirect: boolean;

  constructor(
    readonly t: maptype,
    private readonly mem: MapAllocator<H>,
    private readonly hasher: MapHasher<K>,
    opts: MakeMapOptions,
  ) {
    this.rand = opts.rand ?? fastrand(defaultSeed);
    this.indirect = t.indirectKey || t.indirectElem;
    this.header = opts.escapes ? mem.alloc(hmapSize, false, 'hmap') : null;
    const hint = opts.hint ?? 0;
    // walkMakeMap: a non-escaping map with hint <= 8 gets its first bucket on the stack.
    if (!opts.escapes && hint <= bucketCnt) this.buckets = new bucketArray<K, H>(null, 1, this.indirect);
    this.hash0 = this.rand();
    if (opts.hint === undefined) return; // makemap_small
    this.B = makemapB(t, hint);
    if (this.B !== 0) {
      const [buckets, nextOverflow] = this.makeBucketArray(this.B, null);
      this.buckets = buckets;
      if (nextOverflow) this.extra = this.newmapextra(nextOverflow);
    }
  }

  growing(): boolean {
    return this.oldbuckets !== null;
  }
  sameSizeGrow(): boolean {
    return (this.flags & sameSizeGrow) !== 0;
  }
  noldbuckets(): number {
    return bucketShift(this.sameSizeGrow() ? this.B : this.B - 1);
  }

  /** m[key] = v. Returns true when the key was new. */
  mapassign(key: K): boolean {
    const [lo, hi] = this.hasher(key, this.hash0);
    const top = tophash(hi);
    if (this.buckets === null) this.buckets = this.newarray(1); // newobject(t.Bucket)
    for (;;) {
      const bucket = this.bucketIndex(lo);
      if (this.growing()) this.growWork(bucket);
      const a = this.buckets;
      let b = bucket;
      let ins = nil; // cell to insert into
      scan: for (;;) {
        for (let c = b * bucketCnt; c < (b + 1) * bucketCnt; c++) {
          const th = a.tophash[c];
          if (th !== top) {
            if (th <= emptyOne && ins === nil) ins = c;
            if (th === emptyRest) break scan;
            continue;
          }
          if (a.keys[c] === key) return false; // already there: update in place
        }
        if (a.overflow[b] === nil) break;
        b = a.overflow[b];
      }
      const full = overLoadFactor(this.count + 1, this.B) || tooManyOverflowBuckets(this.noverflow, this.B);
      if (!this.growing() && full) {
        this.hashGrow();
        continue; // growing invalidates everything: try again
      }
      if (ins === nil) ins = this.newoverflow(a, b) * bucketCnt;
      const t = this.t;
      if (a.ind) {
        a.ind[2 * ins] = t.indirectKey ? this.mem.alloc(t.key.size, !t.key.hasPointers, 'key') : null;
        a.ind[2 * ins + 1] = t.indirectElem ? this.mem.alloc(t.elem.size, !t.elem.hasPointers, 'elem') : null;
      }
      a.tophash[ins] = top;
      a.keys[ins] = key;
      a.lo[ins] = lo & loMask;
      this.count++;
      return true;
    }
  }

  /** delete(m, key). Returns true when the key was there. */
  mapdelete(key: K): boolean {
    if (this.count === 0) return false;
    const [lo, hi] = this.hasher(key, this.hash0);
    const top = tophash(hi);
    const bucket = this.bucketIndex(lo);
    if (this.growing()) this.growWork(bucket);
    const a = this.buckets!;
    for (let b = bucket; b !== nil; b = a.overflow[b]) {
      for (let c = b * bucketCnt; c < (b + 1) * bucketCnt; c++) {
        if (a.tophash[c] !== top) {
          if (a.tophash[c] === emptyRest) return false;
          continue;
        }
        if (a.keys[c] !== key) continue;
        a.keys[c] = undefined;
        if (a.ind) a.ind[2 * c] = a.ind[2 * c + 1] = null;
        a.tophash[c] = emptyOne;
        this.markEmptyRest(a, bucket, b, c - b * bucketCnt);
        this.count--;
        if (this.count === 0) this.hash0 = this.rand(); // issue 25237
        return true;
      }
    }
    return false;
  }

  /** If the chain now ends in a run of emptyOne cells, turn them into emptyRest. */
  private markEmptyRest(a: bucketArray<K, H>, bOrig: number, b: number, i: number): void {
    const next = a.overflow[b];
    const notLast =
      i === bucketCnt - 1
        ? next !== nil && a.tophash[next * bucketCnt] !== emptyRest
        : a.tophash[b * bucketCnt + i + 1] !== emptyRest;
    if (notLast) return;
    for (;;) {
      a.tophash[b * bucketCnt + i] = emptyRest;
      if (i === 0) {
        if (b === bOrig) return;
        const c = b;
        for (b = bOrig; a.overflow[b] !== c; b = a.overflow[b]);
        i = bucketCnt - 1;
      } else {
        i--;
      }
      if (a.tophash[b * bucketCnt + i] !== emptyOne) return;
    }
  }

  /**
   * clear(m), and `for k := range m { delete(m, k) }` which the compiler turns into the same call
   * (walk/range.go isMapClear: k declared by the loop, reflexive key type), so no iterator either:
   * keeps the bucket array and mapextra, drops overflow buckets and oldbuckets, reseeds.
   */
  mapclear(): void {
    if (this.count === 0) return;
    this.flags &= ~sameSizeGrow;
    this.oldbuckets = null;
    this.nevacuate = 0;
    this.noverflow = 0;
    this.count = 0;
    this.hash0 = this.rand();
    if (this.extra) {
      this.extra.overflow = null;
      this.extra.oldoverflow = null;
      this.extra.nextOverflow = null;
    }
    const [, nextOverflow] = this.makeBucketArray(this.B, this.buckets);
    if (nextOverflow) this.extra!.nextOverflow = nextOverflow;
  }

  /** `for range m` start: pointer-free buckets get mapextra's overflow slice created (allocating). */
  mapiterinit(): void {
    if (this.count === 0) return;
    if (!this.t.bucketHasPointers) this.createOverflow();
    this.rand(); // startBucket, offset
    this.flags |= iterator | oldIterator;
  }

  /** Where key is, as mapaccess finds it: in buckets, or in oldbuckets while its old bucket is not evacuated. */
  locate(key: K): { old: boolean; bucket: number; depth: number; i: number } | null {
    if (this.count === 0) return null;
    const [lo, hi] = this.hasher(key, this.hash0);
    const top = tophash(hi);
    let a = this.buckets!;
    let bucket = this.bucketIndex(lo);
    const old = this.oldbuckets !== null && !this.oldbuckets.evacuated(bucket & (this.noldbuckets() - 1));
    if (old) {
      a = this.oldbuckets!;
      bucket &= this.noldbuckets() - 1;
    }
    for (let b = bucket, depth = 0; b !== nil; b = a.overflow[b], depth++) {
      for (let i = 0; i < bucketCnt; i++) {
        const c = b * bucketCnt + i;
        if (a.tophash[c] === top && a.keys[c] === key) return { old, bucket, depth, i };
        if (a.tophash[c] === emptyRest) return null;
      }
    }
    return null;
  }

  /** tophash cells of each bucket in a chain (of oldbuckets with old), for display and tests. */
  chain(bucket: number, old = false): number[][] {
    const a = old ? this.oldbuckets : this.buckets;
    const out: number[][] = [];
    for (let b = a ? bucket : nil; b !== nil; b = a!.overflow[b]) {
      out.push([...a!.tophash.subarray(b * bucketCnt, (b + 1) * bucketCnt)]);
    }
    return out;
  }

  /** Every heap object the map references now (not the header itself): what the GC finds from the hmap. */
  refs(): H[] {
    const out = new Set<H>();
    const walk = (a: bucketArray<K, H> | null): void => {
      if (!a) return;
      if (a.h !== null) out.add(a.h);
      if (!this.t.bucketHasPointers) return; // no pointers inside: overflow buckets are held by mapextra
      const seen = new Uint8Array(a.n);
      // The GC scans the whole allocation (preallocated overflow buckets too) and follows overflow pointers.
      for (let j = 0; j < a.nbuckets; j++) {
        for (let b = j; b !== nil && !seen[b]; b = a.overflow[b]) {
          seen[b] = 1;
          if (b >= a.nbuckets) out.add(a.own[b]!);
          for (let c = 2 * b * bucketCnt; a.ind && c < 2 * (b + 1) * bucketCnt; c++) {
            if (a.ind[c] !== null) out.add(a.ind[c]!);
          }
        }
      }
    };
    walk(this.buckets);
    walk(this.oldbuckets);
    const x = this.extra;
    if (x) {
      out.add(x.h);
      for (const s of [x.overflow, x.oldoverflow]) {
        if (!s) continue;
        out.add(s.h);
        if (s.arr !== null) out.add(s.arr);
        for (const b of s.items) if (b >= s.gen.nbuckets) out.add(s.gen.own[b]!);
      }
      if (x.nextOverflow?.arr.h != null) out.add(x.nextOverflow.arr.h);
    }
    return [...out];
  }

  // -------------------------------------------------------------------------------------------

  private bucketIndex(lo: number): number {
    if (this.B > 30) throw new RangeError('hmap: B > 30 not modelled');
    return lo & (bucketShift(this.B) - 1);
  }

  private newarray(n: number): bucketArray<K, H> {
    const h = this.mem.alloc(this.t.bucketSize * n, !this.t.bucketHasPointers, 'buckets');
    return new bucketArray<K, H>(h, n, this.indirect);
  }

  private newmapextra(nextOverflow: mapextra<K, H>['nextOverflow'] = null): mapextra<K, H> {
    return { h: this.mem.alloc(mapextraSize, false, 'mapextra'), overflow: null, oldoverflow: null, nextOverflow };
  }

  /** A new (or, with dirty, a cleared) bucket array for 1<<b buckets and where its spare overflow buckets start. */
  private makeBucketArray(
    b: number,
    dirty: bucketArray<K, H> | null,
  ): [bucketArray<K, H>, mapextra<K, H>['nextOverflow']] {
    const base = bucketShift(b);
    const nbuckets = bucketArrayLen(this.t, b);
    let arr: bucketArray<K, H>;
    if (dirty === null) {
      arr = this.newarray(nbuckets);
    } else {
      arr = dirty;
      arr.reset();
    }
    return [arr, base !== nbuckets ? { arr, i: base } : null];
  }

  /** Chains a new overflow bucket after bucket b of a (the current buckets); returns its number. */
  private newoverflow(a: bucketArray<K, H>, b: number): number {
    let ovf: number;
    const next = this.extra?.nextOverflow;
    if (next) {
      ovf = next.i;
      // The last preallocated bucket carries a sentinel overflow pointer; taking it ends the run.
      this.extra!.nextOverflow = next.i + 1 < next.arr.nbuckets ? { arr: next.arr, i: next.i + 1 } : null;
    } else {
      ovf = a.push(this.mem.alloc(this.t.bucketSize, !this.t.bucketHasPointers, 'overflow'));
    }
    this.incrnoverflow();
    if (!this.t.bucketHasPointers) {
      this.createOverflow();
      this.appendOverflow(this.extra!.overflow!, a, ovf);
    }
    a.overflow[b] = ovf;
    return ovf;
  }

  private appendOverflow(s: overflowSlice<K, H>, a: bucketArray<K, H>, ovf: number): void {
    if (s.items.length === s.cap) {
      const g = growslice(s.items.length, s.cap, 1, { size: 8, hasPointers: true });
      s.arr = this.mem.alloc(g.capmem, false, 'overflow slice array');
      s.cap = g.newcap;
    }
    s.gen = a;
    s.items.push(ovf);
  }

  /** noverflow is exact below B = 16, then counted with probability 1/(1<<(B-15)). */
  private incrnoverflow(): void {
    if (this.B < 16) {
      this.noverflow = (this.noverflow + 1) & 0xffff;
      return;
    }
    const mask = 2 ** (this.B - 15) - 1;
    if ((this.rand() & mask) === 0) this.noverflow = (this.noverflow + 1) & 0xffff;
  }

  private createOverflow(): void {
    if (this.extra === null) this.extra = this.newmapextra();
    if (this.extra.overflow === null) {
      const h = this.mem.alloc(sliceHeaderSize, false, 'overflow slice');
      this.extra.overflow = { h, arr: null, cap: 0, gen: this.buckets!, items: [] };
    }
  }

  private hashGrow(): void {
    let bigger = 1;
    if (!overLoadFactor(this.count + 1, this.B)) {
      bigger = 0;
      this.flags |= sameSizeGrow;
    }
    const oldbuckets = this.buckets;
    const [newbuckets, nextOverflow] = this.makeBucketArray(this.B + bigger, null);
    let flags = this.flags & ~(iterator | oldIterator);
    if (this.flags & iterator) flags |= oldIterator;
    this.B += bigger;
    this.flags = flags;
    this.oldbuckets = oldbuckets;
    this.buckets = newbuckets;
    this.nevacuate = 0;
    this.noverflow = 0;
    if (this.extra?.overflow) {
      this.extra.oldoverflow = this.extra.overflow;
      this.extra.overflow = null;
    }
    if (nextOverflow) {
      if (this.extra === null) this.extra = this.newmapextra();
      this.extra.nextOverflow = nextOverflow;
    }
  }

  private growWork(bucket: number): void {
    this.evacuate(bucket & (this.noldbuckets() - 1));
    if (this.growing()) this.evacuate(this.nevacuate);
  }

  private evacuate(oldbucket: number): void {
    const o = this.oldbuckets!;
    const newbit = this.noldbuckets();
    if (!o.evacuated(oldbucket)) {
      const a = this.buckets!;
      const same = this.sameSizeGrow();
      // x and y destinations: bucket and next cell
      const dst = [oldbucket, same ? nil : oldbucket + newbit];
      const di = [0, 0];
      for (let b = oldbucket; b !== nil; b = o.overflow[b]) {
        for (let c = b * bucketCnt; c < (b + 1) * bucketCnt; c++) {
          const top = o.tophash[c];
          if (isEmpty(top)) {
            o.tophash[c] = evacuatedEmpty;
            continue;
          }
          const useY = !same && (o.lo[c] & newbit) !== 0 ? 1 : 0;
          o.tophash[c] = evacuatedX + useY;
          if (di[useY] === bucketCnt) {
            dst[useY] = this.newoverflow(a, dst[useY]);
            di[useY] = 0;
          }
          const d = dst[useY] * bucketCnt + di[useY]++;
          a.tophash[d] = top;
          a.keys[d] = o.keys[c];
          a.lo[d] = o.lo[c];
          if (a.ind) {
            a.ind[2 * d] = o.ind![2 * c];
            a.ind[2 * d + 1] = o.ind![2 * c + 1];
          }
        }
      }
      // Unlink the overflow buckets and clear keys/elems to help GC (tophash keeps the evacuation state).
      if ((this.flags & oldIterator) === 0 && this.t.bucketHasPointers) {
        for (let c = oldbucket * bucketCnt; c < (oldbucket + 1) * bucketCnt; c++) {
          o.keys[c] = undefined;
          if (o.ind) o.ind[2 * c] = o.ind[2 * c + 1] = null;
        }
        o.overflow[oldbucket] = nil;
      }
    }
    if (oldbucket === this.nevacuate) this.advanceEvacuationMark(newbit);
  }

  private advanceEvacuationMark(newbit: number): void {
    const o = this.oldbuckets!;
    this.nevacuate++;
    const stop = Math.min(this.nevacuate + 1024, newbit);
    while (this.nevacuate !== stop && o.evacuated(this.nevacuate)) this.nevacuate++;
    if (this.nevacuate === newbit) {
      // Growing is all done: free the old bucket array and its overflow buckets.
      this.oldbuckets = null;
      if (this.extra) this.extra.oldoverflow = null;
      this.flags &= ~sameSizeGrow;
    }
  }
}

/**
 * A map literal (walk/complit.go maplit, order.go): make(map[K]V, entries) with the literal's entry
 * count as a constant hint (dynamic entries included), then one mapassign per entry in source order.
 * Above 25 entries the compiler loops over static arrays instead, which allocates the same.
 */
export function maplit<K, H>(
  t: maptype,
  mem: MapAllocator<H>,
  hasher: MapHasher<K>,
  keys: readonly K[],
  opts: Omit<MakeMapOptions, 'hint'>,
): hmap<K, H> {
  const m = new hmap(t, mem, hasher, { ...opts, hint: keys.length });
  for (const k of keys) m.mapassign(k);
  return m;
}
