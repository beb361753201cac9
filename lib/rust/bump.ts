// Mirrors bumpalo 3.12.0 (Debian librust-bumpalo-dev, /usr/share/cargo/registry/bumpalo-3.12.0/src/lib.rs):
// a bump arena that allocates *downward* inside chunks obtained from the global allocator, each chunk
// ending in a ChunkFooter. Only sizes, alignments and the allocator calls are modelled, with
// addresses relative to each chunk's start (chunks are CHUNK_ALIGN-aligned, so alignment math is exact
// for alignments up to 16).
//
// Constants (lib.rs:423-453), x86_64:
//   FOOTER_SIZE = size_of::<ChunkFooter>() = 48  (data ptr 8, Layout 16, prev 8, ptr 8, allocated_bytes 8)
//   CHUNK_ALIGN = 16, MALLOC_OVERHEAD = 16
//   OVERHEAD = (MALLOC_OVERHEAD + FOOTER_SIZE + (CHUNK_ALIGN - 1)) & !(CHUNK_ALIGN - 1) = 64
//   FIRST_ALLOCATION_GOAL = 512, DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER = 512 - 64 = 448
//   PAGE_STRATEGY_CUTOFF = 0x1000
// So Bump::new() allocates nothing; the first alloc gets a 496-byte chunk (448 usable + 48 footer),
// then chunks double: 1008 (960 usable), 2032 (1984), 4080 (4032), then page-rounded: 8176 (8128),
// 16368 (16320), ... — `new_size_without_footer` doubles from the previous chunk's usable size,
// rounded so that size + OVERHEAD is a power of two (below 4 KiB) or a multiple of 4 KiB.

export const FOOTER_SIZE = 48;
export const CHUNK_ALIGN = 16;
export const MALLOC_OVERHEAD = 16;
export const OVERHEAD = (MALLOC_OVERHEAD + FOOTER_SIZE + (CHUNK_ALIGN - 1)) & ~(CHUNK_ALIGN - 1);
export const FIRST_ALLOCATION_GOAL = 1 << 9;
export const DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER = FIRST_ALLOCATION_GOAL - OVERHEAD;
export const PAGE_STRATEGY_CUTOFF = 0x1000;
export const BUMPALO_VERSION = '3.12.0';

/** bumpalo's own oom(): allocation_size_overflow / a failed chunk allocation. */
export class BumpAllocError extends Error {
  constructor(readonly bytes: number) {
    super(`memory allocation of ${bytes} bytes failed`);
  }
}

export interface Chunk {
  /** Layout of the chunk's allocation (size includes the footer). */
  size: number;
  align: number;
  /** Usable bytes below the footer. */
  sizeWithoutFooter: number;
  /** Bump finger, an offset from the chunk start; starts at sizeWithoutFooter (the footer). */
  ptr: number;
  /** allocated_bytes stored in this chunk's footer. */
  allocatedBytes: number;
  /** Free for the embedder (the interpreter keeps its heap object id here). */
  id?: number;
}

export interface BumpEvent {
  kind: 'alloc' | 'dealloc';
  size: number;
  align: number;
  chunk: Chunk;
}

const nextPowerOfTwo = (n: number): number => (n <= 1 ? 1 : 2 ** Math.ceil(Math.log2(n)));

function roundUpTo(n: number, divisor: number): number {
  return Math.ceil(n / divisor) * divisor;
}

interface NewChunkMemoryDetails {
  newSizeWithoutFooter: number;
  align: number;
  size: number;
}

// Bump::new_chunk_memory_details (lib.rs:624)
function newChunkMemoryDetails(newSizeWithoutFooter: number | null, reqSize: number, reqAlign: number): NewChunkMemoryDetails {
  let nsw = newSizeWithoutFooter ?? DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER;
  const align = Math.max(CHUNK_ALIGN, reqAlign);
  const requestedSize = roundUpTo(reqSize, align);
  nsw = Math.max(nsw, requestedSize);
  if (nsw < PAGE_STRATEGY_CUTOFF) nsw = nextPowerOfTwo(nsw + OVERHEAD) - OVERHEAD;
  else nsw = roundUpTo(nsw + OVERHEAD, 0x1000) - OVERHEAD;
  return { newSizeWithoutFooter: nsw, align, size: nsw + FOOTER_SIZE };
}

/** The canonical empty chunk: Layout::new::<ChunkFooter>(), allocated_bytes 0. */
const EMPTY: Chunk = { size: FOOTER_SIZE, align: 8, sizeWithoutFooter: 0, ptr: 0, allocatedBytes: 0 };

export class BumpModel {
  /** Chunks, oldest first; the last one is the current chunk. Empty = the canonical empty chunk. */
  readonly chunks: Chunk[] = [];

  /**
   * Bump::with_capacity(capacity) (0 = Bump::new(), which allocates nothing).
   * `onEvent` is told about every global-allocator call, in order.
   */
  constructor(
    capacity = 0,
    readonly onEvent: (e: BumpEvent) => void = () => {},
  ) {
    if (capacity > 0) {
      const d = newChunkMemoryDetails(null, capacity, 1);
      this.newChunk(d);
    }
  }

  private get current(): Chunk {
    return this.chunks.length ? this.chunks[this.chunks.length - 1] : EMPTY;
  }

  // Bump::new_chunk (lib.rs:674)
  private newChunk(d: NewChunkMemoryDetails): Chunk {
    const prevAllocated = this.current.allocatedBytes;
    const c: Chunk = { size: d.size, align: d.align, sizeWithoutFooter: d.newSizeWithoutFooter, ptr: d.newSizeWithoutFooter, allocatedBytes: prevAllocated + d.newSizeWithoutFooter };
    this.onEvent({ kind: 'alloc', size: c.size, align: c.align, chunk: c });
    this.chunks.push(c);
    return c;
  }

  /** alloc_layout: returns the offset inside the (possibly new) current chunk. */
  allocLayout(size: number, align: number): number {
    const fast = this.tryAllocFast(size, align);
    if (fast !== null) return fast;
    return this.allocSlow(size, align);
  }

  // try_alloc_layout_fast (lib.rs:1420): bump the finger down, then round down to the alignment.
  private tryAllocFast(size: number, align: number): number | null {
    if (!this.chunks.length) return null;
    const c = this.current;
    const p = c.ptr - size;
    if (p < 0) return null;
    const aligned = p - (((p % align) + align) % align);
    if (aligned >= 0) {
      c.ptr = aligned;
      return aligned;
    }
    return null;
  }

  // alloc_layout_slow (lib.rs:1473): a new chunk of about twice the previous one.
  private allocSlow(size: number, align: number): number {
    const cur = this.current;
    const minNewChunkSize = Math.max(size, DEFAULT_CHUNK_SIZE_WITHOUT_FOOTER);
    const baseSize = Math.max((cur.size - FOOTER_SIZE) * 2, minNewChunkSize);
    // (The real loop halves base_size when the global allocator refuses a chunk; the simulated
    // allocator refuses only past the memory budget, which stops the program.)
    const d = newChunkMemoryDetails(baseSize, size, align);
    if (!Number.isSafeInteger(d.size)) throw new BumpAllocError(size);
    const c = this.newChunk(d);
    let p = c.ptr - size;
    p -= ((p % align) + align) % align;
    c.ptr = p;
    return p;
  }

  /** Bump::reset (lib.rs:751): frees every chunk but the current one (newest first). */
  reset(): void {
    if (!this.chunks.length) return;
    const cur = this.chunks.pop()!;
    // dealloc_chunk_list walks prev links: newest → oldest.
    for (let i = this.chunks.length - 1; i >= 0; i--) this.onEvent({ kind: 'dealloc', size: this.chunks[i].size, align: this.chunks[i].align, chunk: this.chunks[i] });
    this.chunks.length = 0;
    this.chunks.push(cur);
    cur.ptr = cur.sizeWithoutFooter;
    // 3.12.0 sets allocated_bytes to layout.size(), i.e. including the footer.
    cur.allocatedBytes = cur.size;
  }

  /** Bump::allocated_bytes: the footer's running total of chunk sizes (without footers). */
  allocatedBytes(): number {
    return this.current.allocatedBytes;
  }

  /** Bump::chunk_capacity: footer address − data start of the current chunk. */
  chunkCapacity(): number {
    return this.current.sizeWithoutFooter;
  }

  /** Drop for Bump: dealloc_chunk_list from the current chunk backwards. */
  drop(): void {
    for (let i = this.chunks.length - 1; i >= 0; i--) this.onEvent({ kind: 'dealloc', size: this.chunks[i].size, align: this.chunks[i].align, chunk: this.chunks[i] });
    this.chunks.length = 0;
  }
}
