// Mirrors rustc 1.95.0 library/alloc/src/raw_vec/mod.rs (min_non_zero_cap, grow_amortized, grow_exact).

/** Rust's `capacity overflow` panic (len + additional overflows, or the layout exceeds isize::MAX). */
export class CapacityOverflow extends Error {
  constructor(message = 'capacity overflow') {
    super(message);
    this.name = 'CapacityOverflow';
  }
}

/**
 * Capacity of a Vec of zero-sized T: usize::MAX in Rust. JS numbers are exact only up to 2^53,
 * so the model uses Number.MAX_SAFE_INTEGER.
 */
export const ZST_CAPACITY = Number.MAX_SAFE_INTEGER;

/** isize::MAX: the largest allocation Layout accepts. */
export const ISIZE_MAX = 2 ** 63 - 1;

/** Smallest non-zero capacity: tiny Vecs skip straight to 8 (1-byte T), 4 (<= 1 KiB) or 1. */
export function min_non_zero_cap(elemSize: number): number {
  if (elemSize === 1) return 8;
  if (elemSize <= 1024) return 4;
  return 1;
}

// len + additional, as checked_add: anything past 2^53 is treated as overflow in this model.
function requiredCap(len: number, additional: number): number {
  const required = len + additional;
  if (!Number.isSafeInteger(required)) throw new CapacityOverflow();
  return required;
}

// finish_grow -> layout_array: cap * size must fit in isize.
function checkLayout(cap: number, elemSize: number): void {
  if (cap * elemSize > ISIZE_MAX) throw new CapacityOverflow();
}

/** New capacity when `additional` more elements don't fit: max(2*cap, len+additional, MIN). */
export function grow_amortized(len: number, cap: number, additional: number, elemSize: number): number {
  if (elemSize === 0) throw new CapacityOverflow(); // cap is already usize::MAX
  const required = requiredCap(len, additional);
  const newCap = Math.max(min_non_zero_cap(elemSize), Math.max(cap * 2, required));
  checkLayout(newCap, elemSize);
  return newCap;
}

/** New capacity for reserve_exact: exactly len + additional (no doubling, no minimum). */
export function grow_exact(len: number, additional: number, elemSize = 1): number {
  if (elemSize === 0) throw new CapacityOverflow();
  const cap = requiredCap(len, additional);
  checkLayout(cap, elemSize);
  return cap;
}

/** needs_to_grow: `additional > cap - len` (wrapping_sub, never negative here since len <= cap). */
export function needs_to_grow(len: number, cap: number, additional: number): boolean {
  return additional > cap - len;
}
