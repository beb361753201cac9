// Mirrors go1.23.5 src/runtime/slice.go (growslice, nextslicecap, makeslice) on linux/amd64.

import { mallocBlockSize, maxAlloc, roundupsize } from './msize';

/** The two facts about an element type that slice growth depends on. */
export interface ElemInfo {
  size: number;
  hasPointers: boolean;
}

/** A Go runtime panic (message as the runtime prints it). */
export class GoPanic extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoPanic';
  }
}

const MAX_INT64 = 2 ** 63; // first value that no longer fits in int

/** nextslicecap's local `threshold`: below it the capacity doubles. */
export const threshold = 256;

/** Next capacity candidate for appending up to `newLen` elements to a slice of capacity `oldCap`. */
export function nextslicecap(newLen: number, oldCap: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  if (oldCap < threshold) return doublecap;
  for (;;) {
    // ~2x at 256 easing to 1.25x. Math.floor, not >>: JS shifts are 32-bit.
    newcap += Math.floor((newcap + 3 * threshold) / 4);
    if (newcap >= MAX_INT64) return newLen; // int overflow: Go wraps negative, then returns newLen
    if (newcap >= newLen) break;
  }
  if (newcap <= 0) return newLen;
  return newcap;
}

function checkElem(et: ElemInfo): void {
  if (!Number.isInteger(et.size) || et.size < 0) throw new RangeError(`bad element size ${et.size}`);
}

/**
 * append's slow path: capacity after growing a slice of (oldLen, oldCap) by `num` elements.
 * capmem = newcap * size (what growslice passes to mallocgc; the block may be larger, see allocBytes).
 */
export function growslice(
  oldLen: number,
  oldCap: number,
  num: number,
  et: ElemInfo,
): { newcap: number; capmem: number; allocBytes: number } {
  checkElem(et);
  const newLen = oldLen + num;
  if (newLen < 0) throw new GoPanic('growslice: len out of range');
  if (et.size === 0) return { newcap: newLen, capmem: 0, allocBytes: 0 }; // &zerobase, no allocation

  let newcap = nextslicecap(newLen, oldCap);
  const noscan = !et.hasPointers;
  // All four size-specialised paths of growslice reduce to this.
  if (newcap * et.size > maxAlloc) throw new GoPanic('growslice: len out of range');
  let capmem = roundupsize(newcap * et.size, noscan);
  newcap = Math.floor(capmem / et.size);
  capmem = newcap * et.size;
  if (capmem > maxAlloc) throw new GoPanic('growslice: len out of range');
  return { newcap, capmem, allocBytes: mallocBlockSize(capmem, noscan) };
}

/** make([]T, len, cap): exactly cap*size bytes requested, cap reported unrounded. */
export function makeslice(
  len: number,
  cap: number,
  et: ElemInfo,
): { cap: number; capmem: number; allocBytes: number } {
  checkElem(et);
  const capmem = et.size * cap;
  if (!Number.isInteger(len) || !Number.isInteger(cap) || capmem > maxAlloc || len < 0 || len > cap) {
    // Same len-before-cap blame order as the runtime.
    if (!Number.isInteger(len) || len < 0 || et.size * len > maxAlloc) throw new GoPanic('makeslice: len out of range');
    throw new GoPanic('makeslice: cap out of range');
  }
  return { cap, capmem, allocBytes: mallocBlockSize(capmem, !et.hasPointers) };
}

/**
 * `s = append(s, x)` n times starting from `start` (default nil slice). Returns only the appends that
 * changed cap, as [len after the append, cap after]. Zero-size elements change cap on every append.
 */
export function appendOneAtATime(
  et: ElemInfo,
  n: number,
  start: { len: number; cap: number } = { len: 0, cap: 0 },
): Array<[lenAfter: number, capAfter: number]> {
  const out: Array<[number, number]> = [];
  let { len, cap } = start;
  const end = len + n;
  while (len < end) {
    if (len < cap) {
      len = Math.min(cap, end); // appends that fit: no growslice
      continue;
    }
    cap = growslice(len, cap, 1, et).newcap;
    len++;
    out.push([len, cap]);
  }
  return out;
}
