// Growth simulator behind the slice-growth widget: Go append (go1.23.5 runtime/slice.go) vs Rust Vec
// (rustc 1.95.0 raw_vec). Walks from reallocation to reallocation, never element by element.

import { growslice, makeslice, type ElemInfo } from '../go/slice';
import { ZST_CAPACITY, grow_amortized, grow_exact } from '../rust/raw_vec';

export type Lang = 'go' | 'rust';
export type Strategy = 'append' | 'prealloc' | 'growOnce' | 'batch' | 'reserve' | 'reserveExact' | 'shrinkToFit';

/**
 * go:   append = append one at a time from nil; prealloc = make([]T, 0, n) then append;
 *       growOnce = append(nil, make([]T, n)...) (one growslice); batch = append `chunk` at a time.
 * rust: append = Vec::new() + push; prealloc = with_capacity(n) + push; growOnce = extend_from_slice(n);
 *       batch = extend_from_slice(chunk) repeatedly; reserve / reserveExact = reserve(k) / reserve_exact(k)
 *       then k pushes, repeated; shrinkToFit = push n times, then shrink_to_fit().
 * `chunk` defaults to 1; the last chunk is whatever remains of n.
 */
export interface GrowthSpec {
  lang: Lang;
  elemSize: number;
  hasPointers: boolean;
  n: number;
  strategy: Strategy;
  chunk?: number;
}

/**
 * One allocation of a backing array (the first one too, with oldCap 0).
 * atLen = length when it happened. Go bytes are growslice's capmem (= cap*size); the allocator's
 * block can be larger (size class, +8 header for pointerful objects > 512 B), see growslice().allocBytes.
 * Rust bytes are the requested Layout size. bytesCopied = atLen*elemSize (Rust: an upper bound,
 * realloc may resize in place).
 */
export interface Realloc {
  index: number;
  atLen: number;
  oldCap: number;
  newCap: number;
  oldBytes: number;
  newBytes: number;
  bytesCopied: number;
}

export interface GrowthResult {
  /** At most MAX_RECORDED_REALLOCS entries; see omittedReallocs. */
  reallocs: Realloc[];
  finalLen: number;
  /** Rust zero-sized T: usize::MAX, modelled as Number.MAX_SAFE_INTEGER. */
  finalCap: number;
  totals: {
    allocations: number;
    bytesAllocated: number;
    bytesCopied: number;
    /** max(oldBytes + newBytes over reallocs, final bytes): old and new arrays both live during the copy. */
    peakBytes: number;
    unusedCapBytes: number;
    /** Go: abandoned arrays left for the GC. Rust: 0 (realloc frees the old block). */
    garbageBytes: number;
  };
  /**
   * Present when reallocs were too many to list (Rust reserveExact with a small chunk): that many
   * middle entries are left out of `reallocs` (totals still count them; the last one is kept).
   */
  omittedReallocs?: number;
}

export const MAX_N = 1e8;
export const MAX_ELEM_SIZE = 1 << 20;
export const MAX_RECORDED_REALLOCS = 10_000;

const STRATEGIES: Record<Lang, Strategy[]> = {
  go: ['append', 'prealloc', 'growOnce', 'batch'],
  rust: ['append', 'prealloc', 'growOnce', 'batch', 'reserve', 'reserveExact', 'shrinkToFit'],
};

export function strategiesFor(lang: Lang): Strategy[] {
  const s = STRATEGIES[lang];
  if (!s) throw new RangeError(`unknown language '${String(lang)}' (expected 'go' or 'rust')`);
  return [...s];
}

function validate(spec: GrowthSpec): number {
  const { n, elemSize, chunk } = spec;
  const allowed = strategiesFor(spec.lang);
  if (!allowed.includes(spec.strategy)) {
    throw new RangeError(`strategy '${String(spec.strategy)}' is not available for ${spec.lang} (use ${allowed.join(', ')})`);
  }
  if (!Number.isInteger(n) || n < 0 || n > MAX_N) throw new RangeError(`n must be an integer in [0, ${MAX_N}], got ${n}`);
  if (!Number.isInteger(elemSize) || elemSize < 0 || elemSize > MAX_ELEM_SIZE) {
    throw new RangeError(`elemSize must be an integer in [0, ${MAX_ELEM_SIZE}], got ${elemSize}`);
  }
  if (chunk !== undefined && (!Number.isInteger(chunk) || chunk < 1 || chunk > MAX_N)) {
    throw new RangeError(`chunk must be an integer in [1, ${MAX_N}], got ${chunk}`);
  }
  return chunk ?? 1;
}

type Ev = Omit<Realloc, 'index'>;

// Collects reallocs and totals; keeps the first MAX_RECORDED_REALLOCS - 1 entries and the last one.
class Recorder {
  reallocs: Realloc[] = [];
  count = 0;
  last: Realloc | null = null;
  bytesAllocated = 0;
  bytesCopied = 0;
  peak = 0;
  garbage = 0;
  constructor(readonly go: boolean) {}

  get full(): boolean {
    return this.reallocs.length >= MAX_RECORDED_REALLOCS - 1;
  }

  add(ev: Ev): void {
    const r = { index: this.count++, ...ev };
    if (!this.full) this.reallocs.push(r);
    this.last = r;
    this.bytesAllocated += ev.newBytes;
    this.bytesCopied += ev.bytesCopied;
    this.peak = Math.max(this.peak, ev.oldBytes + ev.newBytes);
    if (this.go) this.garbage += ev.oldBytes;
  }

  result(finalLen: number, finalCap: number, finalBytes: number, elemSize: number): GrowthResult {
    const reallocs = this.reallocs;
    if (this.last && reallocs[reallocs.length - 1] !== this.last) reallocs.push(this.last);
    const res: GrowthResult = {
      reallocs,
      finalLen,
      finalCap,
      totals: {
        allocations: this.count,
        bytesAllocated: this.bytesAllocated,
        bytesCopied: this.bytesCopied,
        peakBytes: Math.max(this.peak, finalBytes),
        unusedCapBytes: elemSize === 0 ? 0 : (finalCap - finalLen) * elemSize,
        garbageBytes: this.garbage,
      },
    };
    if (this.count > reallocs.length) res.omittedReallocs = this.count - reallocs.length;
    return res;
  }
}

interface State {
  len: number;
  cap: number;
  bytes: number;
}

// Appends n - len elements, k = min(chunk, remaining) at a time; `grow(len, cap, k)` gives the new
// cap when k more don't fit. Skips straight over the appends that fit.
function appendRun(s: State, n: number, chunk: number, size: number, rec: Recorder, grow: (len: number, cap: number, k: number) => { cap: number; bytes: number }): void {
  while (s.len < n) {
    const room = s.cap - s.len;
    const whole = Math.floor(Math.min(room, n - s.len) / chunk);
    if (whole > 0) {
      s.len += whole * chunk;
      continue;
    }
    const k = Math.min(chunk, n - s.len);
    if (k <= room) {
      s.len += k;
      continue;
    }
    const g = grow(s.len, s.cap, k);
    rec.add({ atLen: s.len, oldCap: s.cap, newCap: g.cap, oldBytes: s.bytes, newBytes: g.bytes, bytesCopied: s.len * size });
    s.cap = g.cap;
    s.bytes = g.bytes;
    s.len += k;
  }
}

function simulateGo(spec: GrowthSpec, chunk: number): GrowthResult {
  const { n, elemSize: size } = spec;
  const et: ElemInfo = { size, hasPointers: spec.hasPointers };
  const rec = new Recorder(true);
  // Zero-size elements: cap == len after every append, nothing is ever allocated.
  if (size === 0) return rec.result(n, n, 0, 0);
  const s: State = { len: 0, cap: 0, bytes: 0 };
  if (spec.strategy === 'prealloc' && n > 0) {
    const m = makeslice(0, n, et);
    rec.add({ atLen: 0, oldCap: 0, newCap: m.cap, oldBytes: 0, newBytes: m.capmem, bytesCopied: 0 });
    Object.assign(s, { cap: m.cap, bytes: m.capmem });
  }
  const step = spec.strategy === 'batch' ? chunk : spec.strategy === 'growOnce' ? Math.max(n, 1) : 1;
  appendRun(s, n, step, size, rec, (len, cap, k) => {
    const g = growslice(len, cap, k, et);
    return { cap: g.newcap, bytes: g.capmem };
  });
  return rec.result(s.len, s.cap, s.bytes, size);
}

function simulateRust(spec: GrowthSpec, chunk: number): GrowthResult {
  const { n, elemSize: size, strategy } = spec;
  const rec = new Recorder(false);
  if (size === 0) return rec.result(n, ZST_CAPACITY, 0, 0); // ZSTs never allocate
  const s: State = { len: 0, cap: 0, bytes: 0 };
  const amortized = (len: number, cap: number, k: number) => {
    const c = grow_amortized(len, cap, k, size);
    return { cap: c, bytes: c * size };
  };
  switch (strategy) {
    case 'prealloc':
      if (n > 0) {
        rec.add({ atLen: 0, oldCap: 0, newCap: n, oldBytes: 0, newBytes: n * size, bytesCopied: 0 });
        Object.assign(s, { cap: n, bytes: n * size });
      }
      s.len = n;
      break;
    case 'growOnce':
      appendRun(s, n, Math.max(n, 1), size, rec, amortized);
      break;
    case 'batch':
    case 'reserve':
      appendRun(s, n, chunk, size, rec, amortized);
      break;
    case 'reserveExact':
      reserveExactRun(s, n, chunk, size, rec);
      break;
    case 'append':
    case 'shrinkToFit':
      appendRun(s, n, 1, size, rec, amortized);
      if (strategy === 'shrinkToFit' && s.cap > s.len) {
        // shrink_to_fit reallocs to exactly len (len 0 never allocated in the first place).
        rec.add({ atLen: s.len, oldCap: s.cap, newCap: s.len, oldBytes: s.bytes, newBytes: s.len * size, bytesCopied: s.len * size });
        Object.assign(s, { cap: s.len, bytes: s.len * size });
      }
      break;
  }
  return rec.result(s.len, s.cap, s.bytes, size);
}

// reserve_exact(k) + k pushes: from Vec::new() every chunk reallocates to exactly len + k, so there
// are ceil(n/chunk) reallocs. Past the record limit the rest is summed in closed form.
function reserveExactRun(s: State, n: number, chunk: number, size: number, rec: Recorder): void {
  const exact = (len: number, _cap: number, k: number) => {
    const c = grow_exact(len, k, size);
    return { cap: c, bytes: c * size };
  };
  while (s.len < n && !rec.full) {
    const k = Math.min(chunk, n - s.len);
    const g = exact(s.len, s.cap, k);
    rec.add({ atLen: s.len, oldCap: s.cap, newCap: g.cap, oldBytes: s.bytes, newBytes: g.bytes, bytesCopied: s.len * size });
    Object.assign(s, { len: s.len + k, cap: g.cap, bytes: g.bytes });
  }
  if (s.len >= n) return;
  // Steps i = i0 .. m-1 go from cap i*chunk to min((i+1)*chunk, n); here len == cap == i0*chunk.
  const i0 = s.len / chunk;
  const m = Math.ceil(n / chunk);
  const tri = (a: number, b: number): number => ((b - a + 1) * (a + b)) / 2; // a + ... + b
  const sumNewCaps = chunk * tri(i0 + 1, m) - (m * chunk - n);
  const sumOldCaps = chunk * tri(i0, m - 1);
  const lastOld = (m - 1) * chunk;
  const skipped = m - i0 - 1; // all but the last step are summed here, the last goes through add()
  rec.count += skipped;
  rec.bytesAllocated += (sumNewCaps - n) * size;
  rec.bytesCopied += (sumOldCaps - lastOld) * size;
  rec.add({ atLen: lastOld, oldCap: lastOld, newCap: n, oldBytes: lastOld * size, newBytes: n * size, bytesCopied: lastOld * size });
  Object.assign(s, { len: n, cap: n, bytes: n * size });
}

/** Runs one growth scenario. Throws RangeError on an invalid spec. */
export function simulateGrowth(spec: GrowthSpec): GrowthResult {
  const chunk = validate(spec);
  return spec.lang === 'go' ? simulateGo(spec, chunk) : simulateRust(spec, chunk);
}

/** Step-chart points (len on x, cap on y): a vertical jump at each realloc, then the final state. */
export function capSteps(result: GrowthResult): Array<{ len: number; cap: number }> {
  const pts: Array<{ len: number; cap: number }> = [];
  const push = (len: number, cap: number): void => {
    const p = pts[pts.length - 1];
    if (!p || p.len !== len || p.cap !== cap) pts.push({ len, cap });
  };
  push(0, result.reallocs[0]?.oldCap ?? result.finalCap);
  for (const r of result.reallocs) {
    push(r.atLen, r.oldCap);
    push(r.atLen, r.newCap);
  }
  push(result.finalLen, result.finalCap);
  return pts;
}
