// Mirrors go1.23.5 src/runtime/mcache.go (nextFree, refill, allocLarge, releaseAll) with the span-class helpers of mheap.go.

import { _NumSizeClasses, class_to_allocnpages, class_to_size, pageSize } from './sizeclasses';

/** numSpanClasses = _NumSizeClasses << 1 (a scan and a noscan span class per size class). */
export const numSpanClasses = _NumSizeClasses << 1;
/** malloc.go: tinySizeClass = _TinySizeClass = 2 (16-byte blocks). */
export const tinySizeClass = 2;
/** makeSpanClass(sizeclass, noscan) = sizeclass<<1 | noscan. */
export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}
/** tinySpanClass = makeSpanClass(tinySizeClass, true). */
export const tinySpanClass = makeSpanClass(tinySizeClass, true);

/** Objects per span of each size class (span.nelems = npages*pageSize / elemsize). */
export const class_to_nelems: Int32Array = Int32Array.from(class_to_size, (size, c) =>
  c === 0 ? 0 : Math.floor((class_to_allocnpages[c] * pageSize) / size),
);

/** The memstats.heapStats counters ("consistent stats") that mcache flushes into. */
export interface heapStatsDelta {
  smallAllocCount: Float64Array; // per size class
  smallFreeCount: Float64Array; // per size class
  largeAlloc: number; // bytes
  largeAllocCount: number;
  largeFree: number; // bytes
  largeFreeCount: number;
  tinyAllocCount: number;
}

/** The gcControllerState fields the allocator updates (heapLive, heapScan, totalAlloc). */
export interface heapLiveAccount {
  heapLive: number;
  totalAlloc: number;
  totalFree: number;
  update(dHeapLive: number, dHeapScan: number): void;
}

/** What an mcache needs from mheap_: the stats, the controller and fresh spans. */
export interface mcacheOwner {
  readonly stats: heapStatsDelta;
  readonly gcController: heapLiveAccount;
  /** mheap_.alloc: base address of a fresh span of npages pages (spc: its span class, -1 for a large object). */
  allocSpan(npages: number, spc: number): number;
  /** Slots handed out of each span that left a cache half-used (by base), for the memory map. */
  readonly spanUsed?: Map<number, number>;
}

/**
 * Per-P allocation cache. One cached span per span class, described by parallel typed arrays
 * (nelems 0 = &emptymspan). Spans handed out by the "mcentral" are always fresh (allocCount 0),
 * so allocCountBeforeCache is always 0 and refill adds a whole span to heapLive.
 */
export class mcache {
  readonly nelems = new Int32Array(numSpanClasses);
  readonly allocCount = new Int32Array(numSpanClasses);
  readonly base = new Float64Array(numSpanClasses);
  /** tiny: base of the current 16-byte tiny block (0 = none); tinyoffset: next free byte in it. */
  tiny = 0;
  tinyoffset = 0;
  /** Tiny objects that fit into the current block (flushed to heapStats.tinyAllocCount). */
  tinyAllocs = 0;
  /** Bytes of scannable heap allocated since the last flush (flushed into heapScan). */
  scanAlloc = 0;

  constructor(private readonly h: mcacheOwner) {}

  /**
   * nextFree: slot address in the span of class spc, refilling first if it is full.
   * Returns the address; `refilled` (shouldhelpgc) is left in this.lastRefilled.
   */
  lastRefilled = false;
  nextFree(spc: number): number {
    let n = this.allocCount[spc];
    this.lastRefilled = false;
    if (n === this.nelems[spc]) {
      this.refill(spc);
      this.lastRefilled = true;
      n = 0;
    }
    this.allocCount[spc] = n + 1;
    return this.base[spc] + n * class_to_size[spc >> 1];
  }

  /** refill: return the full span (flushing its counts) and cache a fresh one, adding it to heapLive. */
  refill(spc: number): void {
    const h = this.h;
    if (this.nelems[spc] !== 0) {
      const slotsUsed = this.allocCount[spc]; // - allocCountBeforeCache (0)
      h.stats.smallAllocCount[spc >> 1] += slotsUsed;
      if (spc === tinySpanClass) {
        h.stats.tinyAllocCount += this.tinyAllocs;
        this.tinyAllocs = 0;
      }
      h.gcController.totalAlloc += slotsUsed * class_to_size[spc >> 1];
    }
    const npages = class_to_allocnpages[spc >> 1];
    this.base[spc] = h.allocSpan(npages, spc);
    this.nelems[spc] = class_to_nelems[spc >> 1];
    this.allocCount[spc] = 0;
    // usedBytes = allocCount*elemsize = 0 for a fresh span: the whole span (tail waste included) counts.
    h.gcController.update(npages * pageSize, this.scanAlloc);
    this.scanAlloc = 0;
  }

  /** allocLarge: a span of whole pages for one object; counted exactly (page-rounded) at once. */
  allocLarge(size: number): { base: number; bytes: number } {
    const npages = Math.ceil(size / pageSize);
    const h = this.h;
    const bytes = npages * pageSize;
    h.stats.largeAlloc += bytes;
    h.stats.largeAllocCount += 1;
    h.gcController.totalAlloc += bytes;
    h.gcController.update(bytes, 0);
    largeResult.base = h.allocSpan(npages, -1);
    largeResult.bytes = bytes;
    return largeResult;
  }

  /**
   * releaseAll: flush every cached span's counts. For spans cached in the current sweep generation,
   * the slots refill assumed would be used but were not are taken back out of heapLive; for stale
   * spans (cached before the last mark termination reset heapLive) nothing is undone.
   */
  releaseAll(stale: boolean): void {
    const h = this.h;
    const scanAlloc = this.scanAlloc;
    this.scanAlloc = 0;
    let dHeapLive = 0;
    for (let spc = 0; spc < numSpanClasses; spc++) {
      const nelems = this.nelems[spc];
      if (nelems === 0) continue;
      const used = this.allocCount[spc];
      const size = class_to_size[spc >> 1];
      h.stats.smallAllocCount[spc >> 1] += used;
      h.gcController.totalAlloc += used * size;
      if (!stale) dHeapLive -= (nelems - used) * size;
      // The span leaves the cache for good (refill always takes a fresh one): its slot count is final.
      h.spanUsed?.set(this.base[spc], used);
      this.nelems[spc] = 0;
      this.allocCount[spc] = 0;
    }
    this.tiny = 0;
    this.tinyoffset = 0;
    h.stats.tinyAllocCount += this.tinyAllocs;
    this.tinyAllocs = 0;
    h.gcController.update(dHeapLive, scanAlloc);
  }

  /** Allocations in cached spans not yet flushed into heapStats, for size class c. */
  unflushed(sizeclass: number): number {
    return this.allocCount[sizeclass << 1] + this.allocCount[(sizeclass << 1) | 1];
  }
}

const largeResult = { base: 0, bytes: 0 };
