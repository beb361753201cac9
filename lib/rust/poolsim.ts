// Mirrors Rust 1.95 library/alloc (vec![0; n] = alloc_zeroed, Vec::resize/extend reserve → RawVec grow_amortized,
// Box<[u8]> from into_boxed_slice with len == cap): the Rust counterparts of the sync.Pool lab's request workload.

import { grow_amortized, needs_to_grow } from './raw_vec';

/**
 * none      a new vec![0u8; size].into_boxed_slice() per buffer, dropped when the request ends
 * freelist  a Vec<Box<[u8]>> free list: pop() or allocate; the request's buffers pushed back with extend
 * clear     perReq Vec<u8> kept by a longer-lived owner: clear() then resize(size, x) each request
 * fresh     Vec::new() + resize(size, x) per buffer, dropped when the request ends (what clear() saves)
 */
export type RustPoolMode = 'none' | 'freelist' | 'clear' | 'fresh';
export const RUST_POOL_MODES: readonly RustPoolMode[] = ['none', 'freelist', 'clear', 'fresh'];

export interface RustPoolWorkload {
  requests: number;
  perReq: number;
  size: number;
}

/** What a counting GlobalAlloc sees over the run (the calibration's measured section). */
export interface RustPoolResult {
  mode: RustPoolMode;
  allocs: number;
  allocsZeroed: number;
  reallocs: number;
  deallocs: number;
  allocBytes: number;
  peakLiveBytes: number;
  /** Bytes still allocated when the run ends (the clear() buffers outlive it). */
  endLiveBytes: number;
}

/** size_of::<Box<[u8]>>(): a fat pointer. */
export const sizeofBoxSlice = 16;

export function simulateRustPool(w: RustPoolWorkload, mode: RustPoolMode): RustPoolResult {
  const { requests, perReq, size } = w;
  if (!(Number.isInteger(requests) && requests > 0 && Number.isInteger(perReq) && perReq > 0 && Number.isInteger(size) && size > 0)) {
    throw new RangeError('requests, perReq and size must be positive whole numbers');
  }
  const r: RustPoolResult = { mode, allocs: 0, allocsZeroed: 0, reallocs: 0, deallocs: 0, allocBytes: 0, peakLiveBytes: 0, endLiveBytes: 0 };
  let live = 0;
  const alloc = (bytes: number, zeroed: boolean) => {
    r.allocs++;
    if (zeroed) r.allocsZeroed++;
    r.allocBytes += bytes;
    live += bytes;
    if (live > r.peakLiveBytes) r.peakLiveBytes = live;
  };
  const dealloc = (bytes: number) => {
    r.deallocs++;
    live -= bytes;
  };
  // Vec<u8>::resize(size) on an empty Vec: reserve(size) → grow_amortized(0, 0, size).
  const resizedCap = grow_amortized(0, 0, size, 1);

  if (mode === 'none' || mode === 'fresh') {
    const bytes = mode === 'none' ? size : resizedCap;
    for (let q = 0; q < requests; q++) {
      for (let j = 0; j < perReq; j++) alloc(bytes, mode === 'none');
      for (let j = 0; j < perReq; j++) dealloc(bytes);
    }
  } else if (mode === 'clear') {
    // The first request reserves each buffer; clear() keeps the capacity, so later resizes fit.
    for (let j = 0; j < perReq; j++) alloc(resizedCap, false);
  } else {
    let len = 0; // free list
    let cap = 0;
    for (let q = 0; q < requests; q++) {
      for (let j = 0; j < perReq; j++) {
        if (len > 0) len--;
        else alloc(size, true);
      }
      // free.extend(held.drain(..).rev()): a TrustedLen iterator reserves all of it first.
      if (needs_to_grow(len, cap, perReq)) {
        const next = grow_amortized(len, cap, perReq, sizeofBoxSlice);
        if (cap === 0) alloc(next * sizeofBoxSlice, false);
        else {
          r.reallocs++;
          live += (next - cap) * sizeofBoxSlice;
          if (live > r.peakLiveBytes) r.peakLiveBytes = live;
        }
        cap = next;
      }
      len += perReq;
    }
    // The free list is dropped when the run ends: every buffer, then its own array.
    for (let j = 0; j < len; j++) dealloc(size);
    if (cap > 0) dealloc(cap * sizeofBoxSlice);
  }
  r.endLiveBytes = live;
  return r;
}

export const RUST_POOLSIM_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Allocations are counted as the program asks for them (Layout sizes); the allocator’s own rounding and whether freed memory goes back to the OS are not shown.',
  'No GC: a buffer is freed when its owner drops it, so a free list or a cleared buffer keeps its memory until it is dropped, however long that is.',
]);
