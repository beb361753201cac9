// Mirrors typed-arena 2.0.1 (Debian librust-typed-arena-dev, /usr/share/cargo/registry/typed-arena-2.0.1/src/lib.rs):
// an Arena<T> is a RefCell<ChunkList<T>> { current: Vec<T>, rest: Vec<Vec<T>> }. Arena::new() reserves
// INITIAL_SIZE / size_of::<T>() elements (at least MIN_CAPACITY = 1) at once; a full chunk is pushed onto
// `rest` (a Vec of 24-byte Vec headers, grown by RawVec's rules) and replaced by one of
// max(2 × capacity, additional.next_power_of_two()) elements. Objects never move and are dropped only
// with the arena. Only sizes and the global-allocator calls are modelled.
import { grow_amortized } from './raw_vec';

/** INITIAL_SIZE: bytes the first chunk aims for. */
export const INITIAL_SIZE = 1024;
/** MIN_CAPACITY: the smallest chunk, in elements. */
export const MIN_CAPACITY = 1;
/** size_of::<Vec<T>>() on x86_64: the element of `rest`. */
const VEC_HEADER = 24;

export interface TypedArenaEvent {
  kind: 'alloc' | 'realloc' | 'dealloc';
  size: number;
  /** realloc: the old size. */
  oldSize?: number;
  align: number;
  /** Which Vec: a chunk of T, or `rest` (the list of full chunks). */
  what: 'chunk' | 'rest';
}

export interface TypedChunk {
  /** Capacity in elements; bytes = capacity × elemSize. */
  capacity: number;
  len: number;
}

const nextPowerOfTwo = (n: number): number => (n <= 1 ? 1 : 2 ** Math.ceil(Math.log2(n)));

export class TypedArenaModel {
  current: TypedChunk;
  readonly rest: TypedChunk[] = [];
  private restCap = 0;

  /** Arena::<T>::new() (capacity null) or Arena::with_capacity(n). */
  constructor(
    readonly elemSize: number,
    readonly elemAlign: number,
    capacity: number | null = null,
    readonly onEvent: (e: TypedArenaEvent) => void = () => {},
  ) {
    const n = capacity ?? Math.floor(INITIAL_SIZE / Math.max(1, elemSize));
    this.current = this.newChunk(Math.max(MIN_CAPACITY, n));
  }

  private newChunk(capacity: number): TypedChunk {
    // Vec::with_capacity: no allocation for zero-sized T.
    if (this.elemSize > 0) this.onEvent({ kind: 'alloc', size: capacity * this.elemSize, align: this.elemAlign, what: 'chunk' });
    return { capacity, len: 0 };
  }

  // ChunkList::reserve (lib.rs:547)
  private reserve(additional: number): void {
    const newCapacity = Math.max(this.current.capacity * 2, nextPowerOfTwo(additional));
    const full = this.current;
    this.current = this.newChunk(newCapacity);
    // self.rest.push(chunk): RawVec growth of a Vec<Vec<T>>.
    if (this.rest.length === this.restCap) {
      const cap = grow_amortized(this.rest.length, this.restCap, 1, VEC_HEADER);
      if (this.restCap === 0) this.onEvent({ kind: 'alloc', size: cap * VEC_HEADER, align: 8, what: 'rest' });
      else this.onEvent({ kind: 'realloc', oldSize: this.restCap * VEC_HEADER, size: cap * VEC_HEADER, align: 8, what: 'rest' });
      this.restCap = cap;
    }
    this.rest.push(full);
  }

  /** Arena::alloc: returns [chunk index (0 = oldest), element index inside it]. */
  alloc(): [number, number] {
    if (this.current.len < this.current.capacity) return [this.rest.length, this.current.len++];
    // alloc_slow_path → alloc_extend(iter::once(value)): size_hint 1 > room 0.
    this.reserve(1);
    return [this.rest.length, this.current.len++];
  }

  /** Arena::alloc_extend with an exact-size iterator of n items (the reserve-first branch). */
  allocExtend(n: number): void {
    if (n > this.current.capacity - this.current.len) {
      this.reserve(n);
      this.current.len = n;
    } else this.current.len += n;
  }

  len(): number {
    return this.rest.reduce((s, c) => s + c.len, this.current.len);
  }

  /** Bytes held from the global allocator: every chunk plus `rest`'s buffer. */
  heldBytes(): number {
    const chunks = this.rest.reduce((s, c) => s + c.capacity, this.current.capacity) * this.elemSize;
    return chunks + this.restCap * VEC_HEADER;
  }

  /** Drop: fields in declaration order: current, then rest's chunks oldest first, then rest's buffer. */
  drop(): void {
    const d = (c: TypedChunk) => this.elemSize > 0 && this.onEvent({ kind: 'dealloc', size: c.capacity * this.elemSize, align: this.elemAlign, what: 'chunk' });
    d(this.current);
    for (const c of this.rest) d(c);
    if (this.restCap) this.onEvent({ kind: 'dealloc', size: this.restCap * VEC_HEADER, align: 8, what: 'rest' });
    this.rest.length = 0;
    this.restCap = 0;
    this.current = { capacity: 0, len: 0 };
  }
}

export const TYPED_ARENA_SIMPLIFICATIONS = [
  'typed-arena 2.0.1: one type per arena, so every object has the same size; the crate has no reset, so a request-scoped typed arena is dropped and a new one made.',
  'typed-arena: alloc_extend is modelled for iterators that report their exact length (the branch that reserves first).',
];
