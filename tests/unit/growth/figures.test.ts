import goGrowth from '@/tests/fixtures/calibration/go-growth.json';
import rustGrowth from '@/tests/fixtures/calibration/rust-growth.json';
import { describe, expect, it } from 'vitest';
import { growthMeasure } from '@/lib/growth/figures';
import { min_non_zero_cap } from '@/lib/rust/raw_vec';
import { growslice } from '@/lib/go/slice';
import { simulateGrowth } from '@/lib/growth/simulate';

describe('growthMeasure (GrowthFigure)', () => {
  it('gives a Rust String its first allocation at min_non_zero_cap, then doubles', () => {
    const bytes = (step: number) => growthMeasure({ lang: 'rust', type: 'u8', n: '26', step: String(step), measure: 'newBytes' });
    expect(bytes(1)).toBe(min_non_zero_cap(1));
    expect(bytes(2)).toBe(2 * bytes(1));
    expect(bytes(3)).toBe(2 * bytes(2));
    expect(growthMeasure({ lang: 'rust', type: 'u8', n: 26, measure: 'allocations' })).toBe(3);
  });

  it('agrees with growslice for a Go slice, and with the simulation totals', () => {
    const spec = { lang: 'go' as const, type: 'int', n: '1000' };
    const r = simulateGrowth({ lang: 'go', elemSize: 8, hasPointers: false, n: 1000, strategy: 'append' });
    expect(growthMeasure({ ...spec, measure: 'allocations' })).toBe(r.totals.allocations);
    expect(growthMeasure({ ...spec, measure: 'bytesAllocated' })).toBe(r.totals.bytesAllocated);
    // The 10th growth: from the 9th capacity, one more element.
    const prev = growthMeasure({ ...spec, step: '9', measure: 'newCap' });
    expect(growthMeasure({ ...spec, step: '10', measure: 'newCap' })).toBe(growslice(prev, prev, 1, { size: 8, hasPointers: false }).newcap);
  });

  it('refuses a step the run does not have, and a bad number', () => {
    expect(() => growthMeasure({ lang: 'rust', type: 'u8', n: '26', step: '4', measure: 'newCap' })).toThrow(/no allocation 4/);
    expect(() => growthMeasure({ lang: 'rust', type: 'u8', n: 'many', measure: 'allocations' })).toThrow(/whole number/);
    expect(() => growthMeasure({ lang: 'go', type: 'int', n: '8', strategy: 'reserve', measure: 'allocations' })).toThrow(/no strategy/);
  });
});

describe('growthMeasure: one growth, and the allocator constants', () => {
  it('growCap/growBytes are growslice (Go) and grow_amortized (Rust) for one append to a full buffer', () => {
    const g = growslice(5, 5, 1, { size: 8, hasPointers: false });
    expect(growthMeasure({ lang: 'go', type: 'int', from: '5', measure: 'growCap' })).toBe(g.newcap);
    expect(growthMeasure({ lang: 'go', type: 'int', from: '5', measure: 'growBytes' })).toBe(g.allocBytes);
    expect(growthMeasure({ lang: 'rust', type: 'u64', from: '5', measure: 'growCap' })).toBe(10);
  });
  it('the size-class constants agree with the growth they explain', () => {
    // A []byte's first growth is a size class of its own: the smallest, 8.
    expect(growthMeasure({ measure: 'goMaxSmallKiB' }) * 1024).toBe(growthMeasure({ measure: 'goMaxSmallBytes' }));
    // Pointerful growth past the header threshold loses exactly the header: []*int from 64 holds (1152 − header) / 8.
    const h = growthMeasure({ measure: 'goMallocHeaderBytes' });
    expect(growthMeasure({ lang: 'go', type: '*int', n: '1000', step: '8', measure: 'newCap' })).toBe((1152 - h) / 8);
    expect(() => growthMeasure({ measure: 'newCap' })).toThrow(/needs lang and type/);
  });
});

// From the first version (lessons-d): the totals lessons print are the real runtimes' counts, one
// backing array per transition the calibration programs recorded while appending 100 000 elements.
describe('growthMeasure against the growth fixtures', () => {
  it('Go []int, 100 000 appends: as many arrays as go1.23.5 allocated, and its final capacity', () => {
    const real = goGrowth.oneAtATime.find((e) => e.type === 'int')!;
    expect(growthMeasure({ lang: 'go', type: 'int', n: String(real.n), measure: 'allocations' })).toBe(real.transitions.length);
    expect(growthMeasure({ lang: 'go', type: 'int', n: real.n, measure: 'finalCap' })).toBe(real.transitions.at(-1)![1]);
  });
  it('Rust Vec<u64>, 100 000 pushes: one alloc plus the reallocs rustc 1.95 made', () => {
    const real = rustGrowth.vecPush.find((e) => e.elem === 'u64')!;
    expect(growthMeasure({ lang: 'rust', type: 'u64', n: String(real.n), measure: 'allocations' })).toBe(real.alloc.allocs + real.alloc.reallocs);
  });
});
