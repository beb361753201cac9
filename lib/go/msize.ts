// Mirrors go1.23.5 src/runtime/msize.go (roundupsize) plus the malloc-header rules of mbitmap.go/malloc.go.

import { _MaxSmallSize, class_to_size, pageSize, sizeToClass } from './sizeclasses';

export const mallocHeaderSize = 8;
/** PtrSize * ptrBits = 8*64: pointerful objects above this carry an 8-byte type header. */
export const minSizeForMallocHeader = 512;
/** 1 << heapAddrBits (48) on linux/amd64. */
export const maxAlloc = 2 ** 48;
/** Noscan objects below this go to the tiny allocator (16-byte shared blocks). */
export const maxTinySize = 16;

/** Pointer bitmap lives in the span (no header) for objects up to 512 B. */
export function heapBitsInSpan(userSize: number): boolean {
  return userSize <= minSizeForMallocHeader;
}

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Bytes of malloc header mallocgc adds to a request of `size`: 8 for a pointerful small object over 512 B, else 0. */
export function mallocHeaderFor(size: number, noscan: boolean): number {
  return !noscan && !heapBitsInSpan(size) && size <= _MaxSmallSize - mallocHeaderSize ? mallocHeaderSize : 0;
}

/**
 * Usable bytes mallocgc hands out for a request of `size` bytes: the size class minus the malloc
 * header (pointerful and > 512 B), or whole pages for large objects (> 32760 B).
 */
export function roundupsize(size: number, noscan: boolean): number {
  if (size <= _MaxSmallSize - mallocHeaderSize) {
    const header = mallocHeaderFor(size, noscan);
    // mallocgc adds the header back.
    return class_to_size[sizeToClass(size + header)] - header;
  }
  return alignUp(size, pageSize);
}

/**
 * Bytes of the block mallocgc really takes for `size` (header included), i.e. the span slot.
 * 0 for size 0 (zerobase). Noscan requests < 16 B actually share a 16-byte tiny block; this reports
 * their size class, an upper bound.
 */
export function mallocBlockSize(size: number, noscan: boolean): number {
  if (size === 0) return 0;
  if (size <= _MaxSmallSize - mallocHeaderSize) {
    return class_to_size[sizeToClass(size + mallocHeaderFor(size, noscan))];
  }
  return alignUp(size, pageSize); // large: own span, type kept in the span (no header)
}
