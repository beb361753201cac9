import { describe, expect, it } from 'vitest';
import { growthMeasure } from '@/lib/growth/figures';
import goGrowth from '@/tests/fixtures/calibration/go-growth.json';
import rustGrowth from '@/tests/fixtures/calibration/rust-growth.json';

// The growth figures lessons print are the real runtimes' counts: one backing array per transition the
// calibration programs recorded while appending (pushing) 100 000 elements one at a time.
describe('growthMeasure', () => {
  it('Go []int, 100 000 appends: as many arrays as go1.23.5 allocated', () => {
    const real = goGrowth.oneAtATime.find((e) => e.type === 'int')!;
    expect(growthMeasure({ lang: 'go', elem: 'int', n: String(real.n), measure: 'allocations' })).toBe(real.transitions.length);
    expect(growthMeasure({ lang: 'go', elem: 'int', n: real.n, measure: 'finalCap' })).toBe(real.transitions.at(-1)![1]);
  });
  it('Rust Vec<u64>, 100 000 pushes: one alloc plus the reallocs rustc 1.95 made', () => {
    const real = rustGrowth.vecPush.find((e) => e.elem === 'u64')!;
    expect(growthMeasure({ lang: 'rust', elem: 'u64', n: String(real.n), measure: 'allocations' })).toBe(real.alloc.allocs + real.alloc.reallocs);
  });
  it('preallocating makes one array, and a bad n fails loudly', () => {
    expect(growthMeasure({ lang: 'go', elem: 'int', n: '100000', strategy: 'prealloc', measure: 'allocations' })).toBe(1);
    expect(() => growthMeasure({ lang: 'go', elem: 'int', n: 'many', measure: 'allocations' })).toThrow(RangeError);
  });
});
