// BinaryHeap<T> at run time: a Vec whose elements are kept in heap order by the exact sift
// sequences of rustc 1.95's library/alloc/src/collections/binary_heap/mod.rs (push = Vec::push +
// sift_up, pop = Vec::pop + swap with the root + sift_down_to_bottom + sift_up, from(vec) = rebuild,
// into_sorted_vec = repeated swap + sift_down_range), so `{:?}` and `iter()` show std's internal order.

import { compareOrd, ordFn } from './rmap';
import type { Ty } from './ty';

export type Cmp = (a: unknown, b: unknown) => number;

export function heapCmp(el: Ty): Cmp {
  const ord = ordFn(el);
  return (a, b) => compareOrd(ord(a), ord(b));
}

export function siftUp(d: unknown[], start: number, pos: number, cmp: Cmp): number {
  const x = d[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (cmp(x, d[parent]) <= 0) break;
    d[pos] = d[parent];
    pos = parent;
  }
  d[pos] = x;
  return pos;
}

export function siftDownRange(d: unknown[], pos: number, end: number, cmp: Cmp): void {
  const x = d[pos];
  let child = 2 * pos + 1;
  while (child <= Math.max(0, end - 2)) {
    if (cmp(d[child], d[child + 1]) <= 0) child++;
    if (cmp(x, d[child]) >= 0) {
      d[pos] = x;
      return;
    }
    d[pos] = d[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1 && cmp(x, d[child]) < 0) {
    d[pos] = d[child];
    pos = child;
  }
  d[pos] = x;
}

function siftDownToBottom(d: unknown[], pos: number, cmp: Cmp): void {
  const end = d.length;
  const start = pos;
  const x = d[pos];
  let child = 2 * pos + 1;
  while (child <= Math.max(0, end - 2)) {
    if (cmp(d[child], d[child + 1]) <= 0) child++;
    d[pos] = d[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1) {
    d[pos] = d[child];
    pos = child;
  }
  d[pos] = x;
  siftUp(d, start, pos, cmp);
}

/** BinaryHeap::pop on the elements (the Vec's length bookkeeping is the caller's). */
export function heapPop(d: unknown[], cmp: Cmp): unknown {
  let item = d.pop();
  if (d.length) {
    const top = d[0];
    d[0] = item;
    item = top;
    siftDownToBottom(d, 0, cmp);
  }
  return item;
}

export function rebuild(d: unknown[], cmp: Cmp): void {
  let n = d.length >> 1;
  while (n > 0) {
    n--;
    siftDownRange(d, n, d.length, cmp);
  }
}

export function sortHeap(d: unknown[], cmp: Cmp): void {
  let end = d.length;
  while (end > 1) {
    end--;
    const t = d[0];
    d[0] = d[end];
    d[end] = t;
    siftDownRange(d, 0, end, cmp);
  }
}
