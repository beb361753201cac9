// Models Vec<T>, String and VecDeque<T> capacity of rustc 1.95.0 library/alloc (vec/mod.rs, string.rs,
// collections/vec_deque/mod.rs) on top of raw_vec.ts. Only len/cap/bytes are modelled, not contents.

import { CapacityOverflow, ZST_CAPACITY, grow_amortized, grow_exact, needs_to_grow } from './raw_vec';

export { CapacityOverflow };

/**
 * One call into the allocator. copiedBytes = len*elemSize at a realloc: an upper bound, since
 * realloc may grow or shrink in place.
 */
export interface VecEvent {
  kind: 'alloc' | 'realloc' | 'dealloc';
  oldCap: number;
  newCap: number;
  oldBytes: number;
  newBytes: number;
  copiedBytes: number;
}

function checkCount(what: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/** RawVec + len: the capacity behaviour of Vec<T> for an element of `elemSize` bytes. */
export class VecModel {
  readonly elemSize: number;
  len = 0;
  cap = 0;
  /** Every allocator call so far, oldest first (including with_capacity's). */
  readonly log: VecEvent[] = [];

  /** Vec::with_capacity(capacity); capacity 0 = Vec::new() (no allocation). */
  constructor(elemSize: number, capacity = 0) {
    checkCount('elemSize', elemSize);
    checkCount('capacity', capacity);
    this.elemSize = elemSize;
    if (elemSize === 0) this.cap = ZST_CAPACITY; // ZSTs never allocate
    else if (capacity > 0) this.setCap(grow_exact(0, capacity, elemSize));
  }

  get bytes(): number {
    return this.elemSize === 0 ? 0 : this.cap * this.elemSize;
  }

  // Moves to a new buffer size and records the allocator call.
  protected setCap(newCap: number): VecEvent {
    const oldCap = this.cap;
    const size = this.elemSize;
    const kind = oldCap === 0 ? 'alloc' : newCap === 0 ? 'dealloc' : 'realloc';
    const ev: VecEvent = {
      kind,
      oldCap,
      newCap,
      oldBytes: oldCap * size,
      newBytes: newCap * size,
      copiedBytes: kind === 'realloc' ? this.len * size : 0,
    };
    this.cap = newCap;
    this.log.push(ev);
    return ev;
  }

  /** Vec::push: grow_one (= grow_amortized(cap, 1)) when full. */
  push(): VecEvent | null {
    const ev = this.len === this.cap ? this.setCap(grow_amortized(this.len, this.cap, 1, this.elemSize)) : null;
    this.len++;
    return ev;
  }

  /** Vec::pop: true if an element was removed. Capacity never changes. */
  pop(): boolean {
    if (this.len === 0) return false;
    this.len--;
    return true;
  }

  /** Vec::reserve: room for `additional` more, amortized (doubling). */
  reserve(additional: number): VecEvent | null {
    checkCount('additional', additional);
    if (!needs_to_grow(this.len, this.cap, additional)) return null;
    return this.setCap(grow_amortized(this.len, this.cap, additional, this.elemSize));
  }

  /** Vec::reserve_exact: room for exactly `additional` more. */
  reserve_exact(additional: number): VecEvent | null {
    checkCount('additional', additional);
    if (!needs_to_grow(this.len, this.cap, additional)) return null;
    return this.setCap(grow_exact(this.len, additional, this.elemSize));
  }

  /** Vec::extend_from_slice / extend(TrustedLen) of k elements: reserve(k), then copy. */
  extend_from_slice(k: number): VecEvent | null {
    const ev = this.reserve(k);
    this.len += k;
    return ev;
  }

  /** Vec::shrink_to_fit: realloc to exactly len (len 0 frees the buffer). */
  shrink_to_fit(): VecEvent | null {
    return this.cap > this.len ? this.shrink(this.len) : null;
  }

  /** Vec::shrink_to(min): shrink to max(len, min) if cap > min; never grows. */
  shrink_to(minCapacity: number): VecEvent | null {
    checkCount('minCapacity', minCapacity);
    return this.cap > minCapacity ? this.shrink(Math.max(this.len, minCapacity)) : null;
  }

  // RawVec::shrink: nothing to do for ZSTs (no current memory) or an unallocated buffer.
  private shrink(cap: number): VecEvent | null {
    if (this.elemSize === 0 || this.cap === 0) return null;
    return this.setCap(cap);
  }

  /** Vec::truncate: drops elements past n; capacity unchanged. */
  truncate(n: number): void {
    checkCount('n', n);
    if (n < this.len) this.len = n;
  }

  /** Vec::clear: len 0, capacity unchanged. */
  clear(): void {
    this.len = 0;
  }

  /** Vec::clone (to_vec): a fresh buffer with cap == len. */
  clone(): VecModel {
    const v = new VecModel(this.elemSize, this.len);
    v.len = this.len;
    return v;
  }
}

/** Bytes of `s` in UTF-8 (what str::len returns). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** String = Vec<u8>: capacity is in bytes. */
export class StringModel {
  readonly vec: VecModel;

  /** String::new() (capacity 0) or String::with_capacity(capacity). */
  constructor(capacity = 0) {
    this.vec = new VecModel(1, capacity);
  }

  static with_capacity(capacity: number): StringModel {
    return new StringModel(capacity);
  }

  /** String::from(s) / to_owned / clone: cap == len. */
  static from(s: string): StringModel {
    const n = utf8Length(s);
    const m = new StringModel(n);
    m.vec.len = n;
    return m;
  }

  get len(): number {
    return this.vec.len;
  }

  get cap(): number {
    return this.vec.cap;
  }

  get log(): readonly VecEvent[] {
    return this.vec.log;
  }

  /** String::push(ch): reserve(ch.len_utf8()). `ch` must be exactly one code point. */
  push(ch: string): VecEvent | null {
    if ([...ch].length !== 1) throw new RangeError(`push takes one char, got ${JSON.stringify(ch)}`);
    return this.vec.extend_from_slice(utf8Length(ch));
  }

  /** String::push_str(s): extend_from_slice(s.as_bytes()) = reserve(s.len()). */
  push_str(s: string): VecEvent | null {
    return this.vec.extend_from_slice(utf8Length(s));
  }

  reserve(additional: number): VecEvent | null {
    return this.vec.reserve(additional);
  }

  reserve_exact(additional: number): VecEvent | null {
    return this.vec.reserve_exact(additional);
  }

  shrink_to_fit(): VecEvent | null {
    return this.vec.shrink_to_fit();
  }

  /** String::truncate(n bytes) (the real one also checks n is on a char boundary). */
  truncate(n: number): void {
    this.vec.truncate(n);
  }

  clear(): void {
    this.vec.clear();
  }

  clone(): StringModel {
    const m = new StringModel(this.len);
    m.vec.len = this.len;
    return m;
  }
}

/** VecDeque<T>: a ring buffer on the same RawVec; grows by grow_one when full. */
export class VecDequeModel {
  readonly vec: VecModel;

  /** VecDeque::with_capacity(capacity) is exact (no power-of-two rounding since Rust 1.67). */
  constructor(elemSize: number, capacity = 0) {
    this.vec = new VecModel(elemSize, capacity);
  }

  get len(): number {
    return this.vec.len;
  }

  get cap(): number {
    return this.vec.cap;
  }

  get log(): readonly VecEvent[] {
    return this.vec.log;
  }

  push_back(): VecEvent | null {
    return this.vec.push();
  }

  push_front(): VecEvent | null {
    return this.vec.push(); // same capacity rule; only the head index differs
  }

  pop_front(): boolean {
    return this.vec.pop();
  }

  pop_back(): boolean {
    return this.vec.pop();
  }

  reserve(additional: number): VecEvent | null {
    return this.vec.reserve(additional);
  }

  reserve_exact(additional: number): VecEvent | null {
    return this.vec.reserve_exact(additional);
  }

  shrink_to_fit(): VecEvent | null {
    return this.vec.shrink_to_fit();
  }
}
