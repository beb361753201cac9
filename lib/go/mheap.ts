// Mirrors go1.23.5 src/runtime/malloc.go (mallocgc: tiny, small and large paths), mstats.go (readmemstats_m) and the sweep-side counters of mgcsweep.go.

import { class_to_size, pageSize, size_to_class128, size_to_class8 } from './sizeclasses';
import { mallocHeaderSize, maxAlloc, maxTinySize, minSizeForMallocHeader } from './msize';
import { makeSpanClass, mcache, tinySizeClass, tinySpanClass, type heapLiveAccount, type heapStatsDelta, type mcacheOwner } from './mcache';

/** linux/amd64 arena hint: the first heap address the runtime tries (malloc.go mallocinit). */
export const arenaBaseAddr = 0xc000000000;
const maxSmallAlloc = 32768 - mallocHeaderSize; // maxSmallSize-mallocHeaderSize = 32760
const class8 = Uint8Array.from(size_to_class8);
const class128 = Uint8Array.from(size_to_class128);

/**
 * Result of one mallocgc call. The heap returns the same object every time (no per-call
 * allocation): copy the fields you need before the next call.
 */
export interface MallocResult {
  /** Synthetic address of the object (0 for size 0: &zerobase). */
  addr: number;
  /**
   * Heap bytes this call took, as TotalAlloc counts them: the size-class slot (malloc header
   * included), npages*8192 for a large object, 16 for a new tiny block, 0 for a tiny object placed
   * in the current block, 0 for size 0.
   */
  objBytes: number;
  /** Size class of the slot (2 for tiny objects, 0 for large objects and size 0). */
  sizeclass: number;
  /** Went through the tiny allocator (noscan, size < 16). */
  tiny: boolean;
  /** Base address of the 16-byte block holding this tiny object (0 if not tiny). */
  tinyBlock: number;
  large: boolean;
  /** A span was refilled or a large span allocated: mallocgc then tests the GC trigger. */
  shouldhelpgc: boolean;
}

/** runtime.MemStats fields this model keeps (readmemstats_m semantics). */
export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapObjects: number;
}

/** A plain heapLive account for a heap used without a pacer. */
export class plainHeapLive implements heapLiveAccount {
  heapLive = 0;
  heapScan = 0;
  totalAlloc = 0;
  totalFree = 0;
  update(dHeapLive: number, dHeapScan: number): void {
    this.heapLive += dHeapLive;
    this.heapScan += dHeapScan;
  }
}

/**
 * The heap: per-P mcaches, memstats.heapStats, and the allocator side of gcController
 * (heapLive, totalAlloc, totalFree live in the controller, as in Go).
 */
export class mheap implements mcacheOwner {
  readonly stats: heapStatsDelta = {
    smallAllocCount: new Float64Array(class_to_size.length),
    smallFreeCount: new Float64Array(class_to_size.length),
    largeAlloc: 0,
    largeAllocCount: 0,
    largeFree: 0,
    largeFreeCount: 0,
    tinyAllocCount: 0,
  };
  readonly mcaches: mcache[] = [];
  /** Set between gcStart and mark termination: new objects are allocated black. */
  gcBlackenEnabled = false;
  /** Bytes allocated black (gcmarknewobject: span.elemsize) since the current cycle started. */
  bytesMarkedBlack = 0;
  private arenaNext = arenaBaseAddr;
  /** Every span handed out, as (base, npages, span class or -1 for a large object): the memory map reads it. */
  readonly spanLog: number[] = [];
  readonly spanUsed = new Map<number, number>();
  private readonly res: MallocResult = {
    addr: 0, objBytes: 0, sizeclass: 0, tiny: false, tinyBlock: 0, large: false, shouldhelpgc: false,
  };

  constructor(
    gomaxprocs = 1,
    readonly gcController: heapLiveAccount = new plainHeapLive(),
  ) {
    this.setGOMAXPROCS(gomaxprocs);
  }

  /** procresize: one mcache per P (existing ones are kept; removed Ps are flushed). */
  setGOMAXPROCS(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`bad GOMAXPROCS ${n}`);
    while (this.mcaches.length > n) this.mcaches.pop()!.releaseAll(false);
    while (this.mcaches.length < n) this.mcaches.push(new mcache(this));
  }

  allocSpan(npages: number, spc: number): number {
    const base = this.arenaNext;
    this.arenaNext += npages * pageSize;
    this.spanLog.push(base, npages, spc);
    return base;
  }

  /**
   * mallocgc(size, typ, needzero) with typ reduced to `noscan` (no pointers). `p` is the P
   * (mcache) allocating. Returns the shared result object.
   */
  mallocgc(size: number, noscan: boolean, p = 0): MallocResult {
    const r = this.res;
    if (size === 0) {
      r.addr = 0; r.objBytes = 0; r.sizeclass = 0; r.tiny = false; r.tinyBlock = 0; r.large = false; r.shouldhelpgc = false;
      return r;
    }
    if (!(size > 0 && size <= maxAlloc) || size % 1 !== 0) throw new RangeError(`mallocgc: bad size ${size}`);
    const c = this.mcaches[p];
    if (c === undefined) throw new RangeError(`mallocgc: no P ${p}`);
    if (size <= maxSmallAlloc) {
      if (noscan && size < maxTinySize) {
        // Tiny allocator: align the offset as mallocgc does (8 if size%8==0, else 4, else 2).
        let off = c.tinyoffset;
        if ((size & 7) === 0) off = (off + 7) & ~7;
        else if ((size & 3) === 0) off = (off + 3) & ~3;
        else if ((size & 1) === 0) off = (off + 1) & ~1;
        if (off + size <= maxTinySize && c.tiny !== 0) {
          c.tinyoffset = off + size;
          c.tinyAllocs++;
          r.addr = c.tiny + off; r.objBytes = 0; r.sizeclass = tinySizeClass; r.tiny = true; r.tinyBlock = c.tiny;
          r.large = false; r.shouldhelpgc = false;
          return r;
        }
        const x = c.nextFree(tinySpanClass);
        // Keep whichever block has more room left.
        if (size < c.tinyoffset || c.tiny === 0) {
          c.tiny = x;
          c.tinyoffset = size;
        }
        c.scanAlloc += maxTinySize;
        if (this.gcBlackenEnabled) this.bytesMarkedBlack += maxTinySize;
        r.addr = x; r.objBytes = maxTinySize; r.sizeclass = tinySizeClass; r.tiny = true; r.tinyBlock = x;
        r.large = false; r.shouldhelpgc = c.lastRefilled;
        return r;
      }
      let req = size;
      const hasHeader = !noscan && size > minSizeForMallocHeader; // !heapBitsInSpan(size)
      if (hasHeader) req += mallocHeaderSize;
      const sc = req <= 1016 ? class8[(req + 7) >> 3] : class128[(req - 1024 + 127) >> 7];
      const elemsize = class_to_size[sc];
      const x = c.nextFree(makeSpanClass(sc, noscan));
      c.scanAlloc += elemsize;
      if (this.gcBlackenEnabled) this.bytesMarkedBlack += elemsize;
      r.addr = hasHeader ? x + mallocHeaderSize : x; r.objBytes = elemsize; r.sizeclass = sc; r.tiny = false; r.tinyBlock = 0;
      r.large = false; r.shouldhelpgc = c.lastRefilled;
      return r;
    }
    const span = c.allocLarge(size);
    c.scanAlloc += span.bytes;
    if (this.gcBlackenEnabled) this.bytesMarkedBlack += span.bytes;
    r.addr = span.base; r.objBytes = span.bytes; r.sizeclass = 0; r.tiny = false; r.tinyBlock = 0;
    r.large = true; r.shouldhelpgc = true;
    return r;
  }

  /**
   * Sweep frees one dead slot: a small object of `sizeclass` (a tiny object is freed with its whole
   * 16-byte block, class 2) or, with sizeclass 0, a large object of `bytes` (page-rounded).
   */
  free(sizeclass: number, bytes = 0): void {
    const s = this.stats;
    if (sizeclass === 0) {
      if (!(bytes > 0) || bytes % pageSize !== 0) throw new RangeError(`free: bad large size ${bytes}`);
      if (s.largeFree + bytes > s.largeAlloc) throw new RangeError('free: more large bytes freed than allocated');
      s.largeFree += bytes;
      s.largeFreeCount += 1;
      this.gcController.totalFree += bytes;
      return;
    }
    if (!(sizeclass > 0 && sizeclass < class_to_size.length) || sizeclass % 1 !== 0) throw new RangeError(`free: bad size class ${sizeclass}`);
    let allocated = s.smallAllocCount[sizeclass];
    for (const c of this.mcaches) allocated += c.unflushed(sizeclass);
    if (s.smallFreeCount[sizeclass] + 1 > allocated) throw new RangeError(`free: more class-${sizeclass} objects freed than allocated`);
    s.smallFreeCount[sizeclass] += 1;
    this.gcController.totalFree += class_to_size[sizeclass];
  }

  /** flushallmcaches: releaseAll on every P (ReadMemStats does this with the world stopped). */
  flushallmcaches(): void {
    for (const c of this.mcaches) c.releaseAll(false);
  }

  /**
   * Mark termination, heap side: the sweep generation advances, so every cached span is stale;
   * forEachP(prepareForSweep) flushes them without undoing heapLive (already reset to heapMarked)
   * and drops the tiny blocks. Allocate-black ends.
   */
  gcMarkTermination(): void {
    this.gcBlackenEnabled = false;
    for (const c of this.mcaches) c.releaseAll(true);
  }

  /** gcStart: allocate black from now on. */
  gcStart(): void {
    this.gcBlackenEnabled = true;
    this.bytesMarkedBlack = 0;
  }

  /**
   * runtime.ReadMemStats: flushes the mcaches (a side effect on heapLive and the tiny block, as in
   * Go) and then sums the consistent stats. Tiny objects placed in an existing block count in both
   * Mallocs and Frees (mstats.go: "for historical reasons"); their blocks count as class-2 objects.
   * With flush=false the same counts are computed without touching the mcaches (no side effects).
   */
  readMemStats(flush = true): MemStats {
    if (flush) this.flushallmcaches();
    const s = this.stats;
    let totalAlloc = s.largeAlloc;
    let nMalloc = s.largeAllocCount;
    let totalFree = s.largeFree;
    let nFree = s.largeFreeCount;
    let tiny = s.tinyAllocCount;
    for (const c of this.mcaches) tiny += c.tinyAllocs;
    for (let i = 1; i < class_to_size.length; i++) {
      let a = s.smallAllocCount[i];
      if (!flush) for (const c of this.mcaches) a += c.unflushed(i);
      totalAlloc += a * class_to_size[i];
      nMalloc += a;
      totalFree += s.smallFreeCount[i] * class_to_size[i];
      nFree += s.smallFreeCount[i];
    }
    nFree += tiny;
    nMalloc += tiny;
    return {
      Alloc: totalAlloc - totalFree,
      TotalAlloc: totalAlloc,
      Mallocs: nMalloc,
      Frees: nFree,
      HeapAlloc: totalAlloc - totalFree,
      HeapObjects: nMalloc - nFree,
    };
  }
}
