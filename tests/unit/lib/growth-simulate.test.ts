// Tests for lib/growth/simulate.ts: hand-checked totals, cross-checks against the element-by-element
// models (lib/go/slice.ts, lib/rust/vec.ts), and fast-check properties.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_RECORDED_REALLOCS,
  capSteps,
  simulateGrowth,
  strategiesFor,
  type GrowthResult,
  type GrowthSpec,
  type Lang,
  type Strategy,
} from '@/lib/growth/simulate';
import { appendOneAtATime } from '@/lib/go/slice';
import { VecModel } from '@/lib/rust/vec';
import { ZST_CAPACITY } from '@/lib/rust/raw_vec';

const sim = (s: Partial<GrowthSpec> & Pick<GrowthSpec, 'lang' | 'strategy'>): GrowthResult =>
  simulateGrowth({ elemSize: 8, hasPointers: false, n: 10, ...s });
const capsOf = (r: GrowthResult) => r.reallocs.map((x) => x.newCap);

describe('strategiesFor', () => {
  it('lists the strategies per language', () => {
    expect(strategiesFor('go')).toEqual(['append', 'prealloc', 'growOnce', 'batch']);
    expect(strategiesFor('rust')).toEqual(['append', 'prealloc', 'growOnce', 'batch', 'reserve', 'reserveExact', 'shrinkToFit']);
    expect(() => strategiesFor('c' as Lang)).toThrow(RangeError);
  });
});

describe('validation', () => {
  it('rejects bad specs with RangeError', () => {
    expect(() => sim({ lang: 'go', strategy: 'append', n: -1 })).toThrow(RangeError);
    expect(() => sim({ lang: 'go', strategy: 'append', n: 1.5 })).toThrow(/n must be an integer/);
    expect(() => sim({ lang: 'go', strategy: 'append', n: 1e8 + 1 })).toThrow(RangeError);
    expect(() => sim({ lang: 'go', strategy: 'append', elemSize: 2 ** 20 + 1 })).toThrow(/elemSize/);
    expect(() => sim({ lang: 'go', strategy: 'append', elemSize: NaN })).toThrow(RangeError);
    expect(() => sim({ lang: 'go', strategy: 'batch', chunk: 0 })).toThrow(/chunk/);
    expect(() => sim({ lang: 'go', strategy: 'reserve' })).toThrow(/not available for go/);
    expect(() => sim({ lang: 'rust', strategy: 'nope' as Strategy })).toThrow(RangeError);
    expect(() => sim({ lang: 'go', strategy: 'append', n: 1e8, elemSize: 2 ** 20 })).not.toThrow();
  });
});

describe('Go, hand-checked', () => {
  it('append 10 ints one at a time', () => {
    const r = sim({ lang: 'go', strategy: 'append' });
    expect(r.reallocs).toEqual([
      { index: 0, atLen: 0, oldCap: 0, newCap: 1, oldBytes: 0, newBytes: 8, bytesCopied: 0 },
      { index: 1, atLen: 1, oldCap: 1, newCap: 2, oldBytes: 8, newBytes: 16, bytesCopied: 8 },
      { index: 2, atLen: 2, oldCap: 2, newCap: 4, oldBytes: 16, newBytes: 32, bytesCopied: 16 },
      { index: 3, atLen: 4, oldCap: 4, newCap: 8, oldBytes: 32, newBytes: 64, bytesCopied: 32 },
      { index: 4, atLen: 8, oldCap: 8, newCap: 16, oldBytes: 64, newBytes: 128, bytesCopied: 64 },
    ]);
    expect([r.finalLen, r.finalCap]).toEqual([10, 16]);
    expect(r.totals).toEqual({
      allocations: 5,
      bytesAllocated: 248,
      bytesCopied: 120,
      peakBytes: 192, // 64 + 128 during the last copy
      unusedCapBytes: 48,
      garbageBytes: 120, // 8 + 16 + 32 + 64 left for the GC
    });
    expect(r.omittedReallocs).toBeUndefined();
  });

  it('prealloc: one exact make, nothing else', () => {
    const r = sim({ lang: 'go', strategy: 'prealloc' });
    expect(capsOf(r)).toEqual([10]);
    expect(r.totals).toEqual({ allocations: 1, bytesAllocated: 80, bytesCopied: 0, peakBytes: 80, unusedCapBytes: 0, garbageBytes: 0 });
  });

  it('growOnce: one growslice rounded to a size class', () => {
    const r = sim({ lang: 'go', strategy: 'growOnce', n: 5 });
    expect(capsOf(r)).toEqual([6]);
    expect(r.totals).toMatchObject({ allocations: 1, bytesAllocated: 48, unusedCapBytes: 8, garbageBytes: 0 });
    expect(capsOf(sim({ lang: 'go', strategy: 'growOnce', n: 40000, elemSize: 1 }))).toEqual([40960]);
  });

  it('batch of 3: growslice gets newLen = len + 3', () => {
    const r = sim({ lang: 'go', strategy: 'batch', chunk: 3 });
    expect(r.reallocs.map((x) => [x.atLen, x.newCap])).toEqual([[0, 3], [3, 6], [6, 12]]);
    expect(r.totals).toMatchObject({ bytesAllocated: 168, bytesCopied: 72, garbageBytes: 72, peakBytes: 144, unusedCapBytes: 16 });
  });

  it('pointerful elements: bytes are capmem (header not included)', () => {
    const r = sim({ lang: 'go', strategy: 'append', hasPointers: true, n: 65 });
    expect(r.reallocs[r.reallocs.length - 1]).toMatchObject({ oldCap: 64, newCap: 143, newBytes: 1144 });
  });

  it('zero-size elements and n = 0 allocate nothing', () => {
    const z = sim({ lang: 'go', strategy: 'append', elemSize: 0, n: 1e8 });
    expect([z.reallocs, z.finalLen, z.finalCap, z.totals.allocations]).toEqual([[], 1e8, 1e8, 0]);
    const e = sim({ lang: 'go', strategy: 'prealloc', n: 0 });
    expect([e.reallocs.length, e.finalCap, e.totals.peakBytes]).toEqual([0, 0, 0]);
  });
});

describe('Rust, hand-checked', () => {
  it('append (push) 10 u64', () => {
    const r = sim({ lang: 'rust', strategy: 'append' });
    expect(r.reallocs.map((x) => [x.atLen, x.oldCap, x.newCap, x.bytesCopied])).toEqual([[0, 0, 4, 0], [4, 4, 8, 32], [8, 8, 16, 64]]);
    expect(r.totals).toEqual({ allocations: 3, bytesAllocated: 224, bytesCopied: 96, peakBytes: 192, unusedCapBytes: 48, garbageBytes: 0 });
  });

  it('shrinkToFit adds a realloc down to len', () => {
    const r = sim({ lang: 'rust', strategy: 'shrinkToFit' });
    expect(r.reallocs[3]).toEqual({ index: 3, atLen: 10, oldCap: 16, newCap: 10, oldBytes: 128, newBytes: 80, bytesCopied: 80 });
    expect([r.finalCap, r.totals.allocations, r.totals.bytesAllocated, r.totals.unusedCapBytes]).toEqual([10, 4, 304, 0]);
  });

  it('growOnce and prealloc', () => {
    expect(capsOf(sim({ lang: 'rust', strategy: 'growOnce', n: 5 }))).toEqual([5]);
    expect(capsOf(sim({ lang: 'rust', strategy: 'growOnce', n: 1, elemSize: 1 }))).toEqual([8]); // MIN_NON_ZERO_CAP
    expect(sim({ lang: 'rust', strategy: 'prealloc', n: 1000 }).totals).toMatchObject({ allocations: 1, bytesAllocated: 8000, peakBytes: 8000 });
  });

  it('reserve vs reserveExact with chunk 3 (u8)', () => {
    const amort = sim({ lang: 'rust', strategy: 'reserve', chunk: 3, elemSize: 1 });
    expect(capsOf(amort)).toEqual([8, 16]);
    expect(capsOf(sim({ lang: 'rust', strategy: 'batch', chunk: 3, elemSize: 1 }))).toEqual([8, 16]);
    const exact = sim({ lang: 'rust', strategy: 'reserveExact', chunk: 3, elemSize: 1 });
    expect(capsOf(exact)).toEqual([3, 6, 9, 10]);
    expect(exact.totals).toEqual({ allocations: 4, bytesAllocated: 28, bytesCopied: 18, peakBytes: 19, unusedCapBytes: 0, garbageBytes: 0 });
  });

  it('zero-sized T: capacity usize::MAX, no allocation', () => {
    const r = sim({ lang: 'rust', strategy: 'append', elemSize: 0, n: 100 });
    expect([r.reallocs.length, r.finalCap, r.totals.unusedCapBytes, r.totals.peakBytes]).toEqual([0, ZST_CAPACITY, 0, 0]);
  });
});

describe('scale', () => {
  it('n = 1e8 runs by jumping between reallocation points', () => {
    const t0 = Date.now();
    const go = sim({ lang: 'go', strategy: 'append', n: 1e8, elemSize: 8 });
    const rust = sim({ lang: 'rust', strategy: 'append', n: 1e8, elemSize: 8 });
    const batch = sim({ lang: 'go', strategy: 'batch', n: 1e8, chunk: 7, hasPointers: true, elemSize: 24 });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(go.finalCap).toBeGreaterThanOrEqual(1e8);
    expect(go.reallocs.length).toBeLessThan(200);
    expect(rust.finalCap).toBe(2 ** 27);
    expect(batch.finalLen).toBe(1e8);
  });

  it('reserveExact with a tiny chunk sums the unlisted reallocs in closed form', () => {
    const r = sim({ lang: 'rust', strategy: 'reserveExact', n: 1e8, chunk: 1, elemSize: 1 });
    expect(r.totals.allocations).toBe(1e8);
    expect(r.reallocs).toHaveLength(MAX_RECORDED_REALLOCS);
    expect(r.omittedReallocs).toBe(1e8 - MAX_RECORDED_REALLOCS);
    expect(r.reallocs[r.reallocs.length - 1]).toEqual({ index: 1e8 - 1, atLen: 1e8 - 1, oldCap: 1e8 - 1, newCap: 1e8, oldBytes: 1e8 - 1, newBytes: 1e8, bytesCopied: 1e8 - 1 });
    expect(r.totals.bytesAllocated).toBe((1e8 * (1e8 + 1)) / 2);
    expect(r.totals.bytesCopied).toBe((1e8 * (1e8 - 1)) / 2);
    expect(r.totals.peakBytes).toBe(2e8 - 1);
  });

  it('closed form equals the step-by-step VecModel beyond the record limit', () => {
    for (const [n, chunk, size] of [[25_001, 2, 3], [30_000, 3, 8], [MAX_RECORDED_REALLOCS, 1, 5]]) {
      const r = simulateGrowth({ lang: 'rust', strategy: 'reserveExact', n, chunk, elemSize: size, hasPointers: false });
      const v = new VecModel(size);
      while (v.len < n) {
        const k = Math.min(chunk, n - v.len);
        v.reserve_exact(k);
        v.len += k;
      }
      expect(r.totals.allocations).toBe(v.log.length);
      expect(r.totals.bytesAllocated).toBe(v.log.reduce((s, e) => s + e.newBytes, 0));
      expect(r.totals.bytesCopied).toBe(v.log.reduce((s, e) => s + e.copiedBytes, 0));
      expect(r.finalCap).toBe(v.cap);
      expect(r.reallocs[10].newCap).toBe(v.log[10].newCap);
    }
  });
});

describe('capSteps', () => {
  it('draws a vertical jump at each realloc', () => {
    expect(capSteps(sim({ lang: 'rust', strategy: 'shrinkToFit' }))).toEqual([
      { len: 0, cap: 0 },
      { len: 0, cap: 4 },
      { len: 4, cap: 4 },
      { len: 4, cap: 8 },
      { len: 8, cap: 8 },
      { len: 8, cap: 16 },
      { len: 10, cap: 16 },
      { len: 10, cap: 10 },
    ]);
    expect(capSteps(sim({ lang: 'go', strategy: 'prealloc', n: 7 }))).toEqual([
      { len: 0, cap: 0 },
      { len: 0, cap: 7 },
      { len: 7, cap: 7 },
    ]);
    expect(capSteps(sim({ lang: 'go', strategy: 'append', n: 0 }))).toEqual([{ len: 0, cap: 0 }]);
  });
});

// Arbitrary valid specs (small n so the element-by-element reference models stay cheap).
const specArb = fc
  .constantFrom<Lang>('go', 'rust')
  .chain((lang) =>
    fc.record({
      lang: fc.constant(lang),
      strategy: fc.constantFrom(...strategiesFor(lang)),
      elemSize: fc.oneof(fc.constantFrom(0, 1, 8, 24, 1025), fc.integer({ min: 0, max: 1 << 20 })),
      hasPointers: fc.boolean(),
      n: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 1e8 })),
      chunk: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    }),
  );

describe('properties', () => {
  it('len <= cap, caps only grow (except shrinkToFit), totals are consistent', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const r = simulateGrowth(spec);
        expect(r.finalLen).toBe(spec.n);
        expect(r.finalLen).toBeLessThanOrEqual(r.finalCap);
        const t = r.totals;
        for (const v of Object.values(t)) expect(v).toBeGreaterThanOrEqual(0);
        expect(t.allocations).toBe(r.reallocs.length + (r.omittedReallocs ?? 0));
        // Plain checks per realloc (thousands of expect() calls would be slow); the message names the rule.
        const check = (ok: boolean, rule: string, i: number) => {
          if (!ok) throw new Error(`${rule} broken at realloc ${i}: ${JSON.stringify(r.reallocs[i])}`);
        };
        r.reallocs.forEach((x, i) => {
          const prev = r.reallocs[i - 1];
          check(x.atLen <= x.oldCap, 'atLen <= oldCap', i);
          if (x.newCap < x.oldCap) {
            // Only shrinkToFit's final realloc (when cap > len) may shrink, and only to len.
            const ok = spec.strategy === 'shrinkToFit' && i === r.reallocs.length - 1 && x.newCap === spec.n;
            check(ok, 'caps only grow (except shrinkToFit)', i);
          } else check(x.newCap > x.oldCap, 'caps strictly grow', i);
          if (prev) check(x.index > prev.index, 'indexes increase', i);
          if (prev && x.index === prev.index + 1) check(x.oldCap === prev.newCap, 'oldCap = previous newCap', i);
          check(x.newBytes >= x.newCap * spec.elemSize, 'newBytes >= newCap*size', i);
          check(t.peakBytes >= x.oldBytes + x.newBytes, 'peak >= old+new', i);
        });
        if (!r.omittedReallocs) expect(t.bytesAllocated).toBe(r.reallocs.reduce((s, x) => s + x.newBytes, 0));
        if (spec.lang === 'rust') expect(t.garbageBytes).toBe(0);
        else expect(t.garbageBytes).toBe(r.reallocs.reduce((s, x) => s + x.oldBytes, 0));
        const steps = capSteps(r);
        for (let i = 1; i < steps.length; i++) expect(steps[i].len).toBeGreaterThanOrEqual(steps[i - 1].len);
      }),
      { numRuns: 300 },
    );
  });

  it('Go append/batch agree with element-wise growslice; Rust with VecModel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        (n, elemSize, chunk, hasPointers) => {
          const go = simulateGrowth({ lang: 'go', strategy: 'append', n, elemSize, hasPointers });
          const ref = appendOneAtATime({ size: elemSize, hasPointers }, n);
          expect(go.reallocs.map((x) => [x.atLen + 1, x.newCap])).toEqual(ref);

          for (const strategy of ['batch', 'reserve', 'shrinkToFit'] as const) {
            const r = simulateGrowth({ lang: 'rust', strategy, n, elemSize, hasPointers, chunk });
            const v = new VecModel(elemSize);
            if (strategy === 'shrinkToFit') {
              for (let i = 0; i < n; i++) v.push();
              v.shrink_to_fit();
            } else {
              while (v.len < n) v.extend_from_slice(Math.min(chunk, n - v.len));
            }
            expect(r.reallocs.map((x) => [x.oldCap, x.newCap, x.newBytes, x.bytesCopied])).toEqual(
              v.log.map((e) => [e.oldCap, e.newCap, e.newBytes, e.copiedBytes]),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
