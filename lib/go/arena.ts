// Mirrors go1.23.5 src/runtime/arena.go (GOEXPERIMENT=arenas) on linux/amd64: user arena chunks of
// 8 MiB, bump allocation from a chunk's front (pointerful) or back (pointer-free), allocations over
// 2 MiB sent to the heap, Free handing full chunks back at once and keeping the active chunk for reuse
// by the next arena. Only sizes, offsets and MemStats' HeapAlloc/Mallocs/Frees are modelled.
import { growslice } from './slice';
import { mallocBlockSize } from './msize';

/** userArenaChunkBytes = min(userArenaChunkBytesMax, heapArenaBytes) = min(8 MiB, 64 MiB). */
export const userArenaChunkBytes = 8 << 20;
/** userArenaChunkMaxAllocBytes = chunk / 4: anything larger goes to newobject/newarray. */
export const userArenaChunkMaxAllocBytes = userArenaChunkBytes / 4;
/** userArenaChunkReserveBytes(): the pointer bitmap (chunk/PtrSize/8) plus a dummy _type (48 B). */
export const userArenaChunkReserveBytes = userArenaChunkBytes / 8 / 8 + 48;
/** s.elemsize of a chunk: what HeapAlloc counts per chunk (a chunk is modelled as one large object). */
export const userArenaChunkUsable = userArenaChunkBytes - userArenaChunkReserveBytes;
/** new(userArena): fullList, active, refs (slice header), defunct → 48 B, its own size class. */
export const userArenaObjectSize = 48;
const ptrElem = { size: 8, hasPointers: true };
/** liveUserArenaChunk{*mspan, unsafe.Pointer}: the element of userArenaState.reuse. */
const reuseElem = { size: 16, hasPointers: true };

export interface ArenaObject {
  offset: number;
  size: number;
  pointers: boolean;
  /** Free for the caller (the lab keeps the request number here). */
  tag?: number;
}

export interface GoArenaChunk {
  /** Order in which the runtime first mapped the chunk (0, 1, …). */
  id: number;
  /** userArenaChunkFree: [base, limit) is what is still free. */
  base: number;
  limit: number;
  objects: ArenaObject[];
}

export type GoArenaPlacement =
  | { where: 'chunk'; chunk: GoArenaChunk; offset: number }
  | { where: 'heap'; bytes: number }
  | { where: 'zerobase' };

const alignUp = (n: number, a: number) => Math.ceil(n / a) * a;
const alignDown = (n: number, a: number) => Math.floor(n / a) * a;

/** The process-wide part: the reuse list, chunk ids and the MemStats counters. */
export class GoArenaRuntime {
  heapAlloc = 0;
  mallocs = 0;
  frees = 0;
  /** MemStats.TotalAlloc: bytes of every malloc and chunk, never decreasing. */
  totalAlloc = 0;
  /** Bytes (and objects) that are unreachable but still counted until the next GC. */
  garbageBytes = 0;
  garbageObjects = 0;
  /** Keep every object's offset in its chunk (tests, small maps); a long simulation can turn it off. */
  recordObjects = true;
  /** Chunks mapped from the heap so far. */
  chunksMapped = 0;
  /** userArenaState.reuse: active chunks of freed arenas, taken from the end. */
  readonly reuse: GoArenaChunk[] = [];
  private reuseCap = 0;
  private reuseBytes = 0;

  newArena(): GoArena {
    return new GoArena(this);
  }

  /** mallocgc of one ordinary object; returns the block size HeapAlloc counts. */
  malloc(size: number, noscan: boolean): number {
    const b = mallocBlockSize(size, noscan);
    this.heapAlloc += b;
    this.totalAlloc += b;
    this.mallocs++;
    return b;
  }

  /** Something the program no longer references: HeapAlloc keeps it until the GC. */
  drop(bytes: number, objects = 1): void {
    this.garbageBytes += bytes;
    this.garbageObjects += objects;
  }

  /** runtime.GC(): every unreachable object is swept. */
  gc(): void {
    this.heapAlloc -= this.garbageBytes;
    this.frees += this.garbageObjects;
    this.garbageBytes = 0;
    this.garbageObjects = 0;
  }

  /** newUserArenaChunk → mheap.allocUserArenaChunk: a fresh, zeroed chunk counted as one large object. */
  mapChunk(): GoArenaChunk {
    this.heapAlloc += userArenaChunkUsable;
    this.totalAlloc += userArenaChunkUsable;
    this.mallocs++;
    return { id: this.chunksMapped++, base: 0, limit: userArenaChunkUsable, objects: [] };
  }

  /** freeUserArenaChunk: HeapAlloc drops at once; the address range is quarantined until a GC. */
  unmapChunk(): void {
    this.heapAlloc -= userArenaChunkUsable;
    this.frees++;
  }

  /** free(): userArenaState.reuse = append(userArenaState.reuse, liveUserArenaChunk{s, x}). */
  keepForReuse(c: GoArenaChunk): void {
    if (this.reuse.length === this.reuseCap) {
      const g = growslice(this.reuse.length, this.reuseCap, 1, reuseElem);
      if (this.reuseBytes) this.drop(this.reuseBytes);
      this.reuseCap = g.newcap;
      this.reuseBytes = this.malloc(g.capmem, false);
    }
    this.reuse.push(c);
  }
}

export class GoArena {
  /** Chunks that were active before and are full (oldest first). */
  readonly full: GoArenaChunk[] = [];
  active: GoArenaChunk | null = null;
  /** Objects over 2 MiB that went to the heap through this arena (their block sizes). */
  readonly heapObjects: number[] = [];
  defunct = false;
  private refsLen = 0;
  private refsCap = 0;
  private refsBytes = 0;

  // newUserArena: new(userArena), SetFinalizer (not heap), refill.
  constructor(readonly rt: GoArenaRuntime) {
    rt.malloc(userArenaObjectSize, false);
    this.refill();
  }

  /** arena.New[T] (cap < 0) or arena.MakeSlice[T] (size = cap × elem size); align is T's alignment. */
  alloc(size: number, align: number, pointers: boolean, tag?: number): GoArenaPlacement {
    if (this.defunct) throw new Error('arena: use after Free');
    if (size === 0) return { where: 'zerobase' };
    if (size > userArenaChunkMaxAllocBytes) {
      const bytes = this.rt.malloc(size, !pointers);
      this.heapObjects.push(bytes);
      return { where: 'heap', bytes };
    }
    for (;;) {
      const c = this.active!;
      const off = pointers ? takeFromFront(c, size, align) : takeFromBack(c, size, align);
      if (off !== null) {
        if (this.rt.recordObjects) c.objects.push({ offset: off, size, pointers, tag });
        return { where: 'chunk', chunk: c, offset: off };
      }
      this.refill();
    }
  }

  // userArena.refill: the active chunk joins the full list; take one from the reuse list or map one.
  private refill(): void {
    if (this.active) this.full.push(this.active);
    const c = this.rt.reuse.pop() ?? this.rt.mapChunk();
    // a.refs = append(a.refs, x)
    if (this.refsLen === this.refsCap) {
      const g = growslice(this.refsLen, this.refsCap, 1, ptrElem);
      if (this.refsBytes) this.rt.drop(this.refsBytes);
      this.refsCap = g.newcap;
      this.refsBytes = this.rt.malloc(g.capmem, false);
    }
    this.refsLen++;
    this.active = c;
  }

  /** All chunks this arena holds, in the order it took them. */
  chunks(): GoArenaChunk[] {
    return this.active ? [...this.full, this.active] : [...this.full];
  }

  /** userArena.free: full chunks back to the heap, the active chunk (with its free range) onto the reuse list. */
  free(): void {
    if (this.defunct) throw new Error('arena double free');
    this.defunct = true;
    for (let i = this.full.length - 1; i >= 0; i--) this.rt.unmapChunk();
    this.full.length = 0;
    if (this.active) this.rt.keepForReuse(this.active);
    this.active = null;
    // The userArena, its refs array and the heap objects it handed out are garbage now.
    this.rt.drop(userArenaObjectSize + this.refsBytes, 2);
    for (const b of this.heapObjects) this.rt.drop(b);
    this.refsLen = this.refsCap = this.refsBytes = 0;
  }
}

// addrRange.takeFromFront (mranges.go): align the base up, then bump it.
function takeFromFront(c: GoArenaChunk, size: number, align: number): number | null {
  const base = alignUp(c.base, align) + size;
  if (base > c.limit) return null;
  c.base = base;
  return base - size;
}

// addrRange.takeFromBack: subtract, then align the limit down.
function takeFromBack(c: GoArenaChunk, size: number, align: number): number | null {
  const limit = alignDown(c.limit - size, align);
  if (c.base > limit) return null;
  c.limit = limit;
  return limit;
}

export const GO_ARENA_SIMPLIFICATIONS = [
  'Go arenas: one goroutine, GOEXPERIMENT=arenas on linux/amd64; chunk addresses are not modelled, only offsets inside each 8 MiB chunk.',
  'Go arenas: HeapAlloc counts a chunk as one large object of 8 257 488 B (8 MiB less the 128 KiB pointer bitmap and a 48 B type) from the moment it is mapped, however little of it is used.',
  'Go arenas: a freed chunk’s address range stays faulting until a GC finds no pointers into it; the model only drops its bytes from HeapAlloc (as the runtime does at Free).',
  'Go arenas: the GC runs only where the lab says so (GOGC=off in the calibration); heap objects a freed arena handed out are assumed unreachable.',
];
