// The Go heap as a memory map: every span the simulated mheap handed out (mheap.spanLog), the slots
// inside it, and what each slot holds at the end of a run. Mirrors the layout of go1.23.5 mcache.go
// (nextFree hands out a span's slots in order; refill takes a fresh span) under the model's rule that
// a swept span is never handed out again (lib/go/pacer.ts SIMPLIFICATIONS). Pure.

import { class_to_nelems, tinySpanClass } from './mcache';
import { class_to_size, pageSize } from './sizeclasses';

export type HeapMapState = 'live' | 'free' | 'rounding' | 'waste';

export interface HeapMapObject {
  addr: number;
  /** Bytes the program asked for. */
  size: number;
  /** Slot bytes (size class or page-rounded large size); 0 for an object inside a tiny block. */
  slotBytes: number;
}

export interface HeapMapBlock {
  start: number;
  end: number;
  state: HeapMapState;
  /** Objects in the block. */
  count: number;
}

export interface HeapMapRow {
  id: string;
  label: string;
  /** Span bytes (npages × 8 KiB). */
  capacity: number;
  blocks: HeapMapBlock[];
}

export interface HeapMap {
  rows: HeapMapRow[];
  /** Spans past maxSpans, left out (their bytes are in totals). */
  omittedSpans: number;
  totals: Record<HeapMapState, number>;
  spans: number;
}

export interface HeapMapInput {
  /** (base, npages, span class or -1 for large) per span, as mheap.spanLog holds them. */
  spanLog: readonly number[];
  /** The mcache's current span per span class and the slots handed out of it. */
  cacheBase: ArrayLike<number>;
  cacheAllocCount: ArrayLike<number>;
  /** Spans that left the cache half-used (releaseAll): their slots handed out, by base. */
  spanUsed?: ReadonlyMap<number, number>;
  /** Objects not yet swept (live, or dead since the last cycle). */
  objects: readonly HeapMapObject[];
}

const TINY_BLOCK = 16;

function push(blocks: HeapMapBlock[], start: number, end: number, state: HeapMapState, count: number) {
  if (end <= start) return;
  const last = blocks[blocks.length - 1];
  if (last && last.state === state && last.end === start) {
    last.end = end;
    last.count += count;
  } else blocks.push({ start, end, state, count });
}

export function buildHeapMap(input: HeapMapInput, maxSpans = 2000): HeapMap {
  // Objects by span: spans are contiguous in address order, so a binary search finds each object's.
  const n = input.spanLog.length / 3;
  const bases = new Float64Array(n);
  for (let i = 0; i < n; i++) bases[i] = input.spanLog[3 * i];
  const bySpan: HeapMapObject[][] = Array.from({ length: n }, () => []);
  for (const o of input.objects) {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid] <= o.addr) lo = mid;
      else hi = mid - 1;
    }
    if (n > 0 && bases[lo] <= o.addr) bySpan[lo].push(o);
  }
  const totals: Record<HeapMapState, number> = { live: 0, free: 0, rounding: 0, waste: 0 };
  const rows: HeapMapRow[] = [];
  for (let i = 0; i < n; i++) {
    const base = input.spanLog[3 * i];
    const npages = input.spanLog[3 * i + 1];
    const spc = input.spanLog[3 * i + 2];
    const capacity = npages * pageSize;
    const objs = bySpan[i].sort((a, b) => a.addr - b.addr);
    const blocks: HeapMapBlock[] = [];
    let label: string;
    if (spc < 0) {
      // A large object: its own span, freed whole.
      label = `large object span (${npages} page${npages === 1 ? '' : 's'})`;
      const o = objs[0];
      if (o) {
        push(blocks, 0, o.size, 'live', 1);
        push(blocks, o.size, capacity, 'rounding', 0);
      } else push(blocks, 0, capacity, 'free', 0);
    } else {
      const sizeclass = spc >> 1;
      const elem = class_to_size[sizeclass];
      const nelems = class_to_nelems[sizeclass];
      // The cached span has handed out allocCount slots, a released one what it had then; the rest were filled.
      const released = input.spanUsed?.get(base);
      const used = released !== undefined ? released : input.cacheBase[spc] === base ? input.cacheAllocCount[spc] : nelems;
      const tiny = spc === tinySpanClass;
      label = `${tiny ? 'tiny blocks' : `class ${sizeclass} (${elem} B)`}${spc & 1 ? ', no pointers' : ''}`;
      let k = 0;
      for (let slot = 0; slot < used; slot++) {
        const start = slot * elem;
        const end = start + elem;
        let live = 0;
        let count = 0;
        for (; k < objs.length && objs[k].addr - base < end; k++) {
          // Tiny objects share a block: what they hold is their bytes packed from the block's start.
          live = tiny ? Math.max(live, objs[k].addr - base - start + objs[k].size) : objs[k].size;
          count++;
        }
        if (count === 0) push(blocks, start, end, 'free', 0);
        else {
          push(blocks, start, start + Math.min(live, elem), 'live', count);
          push(blocks, start + Math.min(live, elem), end, 'rounding', 0);
        }
      }
      push(blocks, used * elem, nelems * elem, 'free', 0);
      push(blocks, nelems * elem, capacity, 'waste', 0);
    }
    for (const b of blocks) totals[b.state] += b.end - b.start;
    if (rows.length < maxSpans) rows.push({ id: `span-${i}`, label: `span ${i + 1}: ${label}`, capacity, blocks });
  }
  return { rows, omittedSpans: Math.max(0, n - maxSpans), totals, spans: n };
}

export const HEAPMAP_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Spans are laid out as the model hands them out: a swept span is never reused, so freed slots stay free until the run ends; the real mcentral would hand a partly free span out again and fill those slots.',
  'Objects not yet swept count as allocated even when nothing refers to them any more: the map shows what the heap holds, not what the program still needs.',
  `Tiny objects (no pointers, under ${TINY_BLOCK} bytes) share 16-byte blocks; a block is drawn as allocated up to its last object's end.`,
]);
