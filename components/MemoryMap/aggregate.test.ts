// The memory map's layout: gaps become free space or an unused tail, and the detail budget merges blocks.
import { describe, expect, it } from 'vitest';
import { layoutMap, type MapRow } from './aggregate';

const row = (id: string, blocks: [number, number, 'live' | 'kept' | 'garbage'][], closed = false, capacity = 100): MapRow => ({
  id,
  label: id,
  capacity,
  closed,
  blocks: blocks.map(([start, end, state]) => ({ start, end, state, count: 1 })),
});

describe('layoutMap', () => {
  it('fills the gaps: free space in an open row, an unused tail in a closed one', () => {
    const v = layoutMap([row('a', [[10, 40, 'live'], [60, 100, 'garbage']], true), row('b', [[0, 30, 'kept']])], 100, 10);
    expect(v.rows[0].blocks.map((b) => [b.start, b.end, b.state])).toEqual([[0, 10, 'waste'], [10, 40, 'live'], [40, 60, 'waste'], [60, 100, 'garbage']]);
    expect(v.rows[1].blocks.map((b) => b.state)).toEqual(['kept', 'free']);
    expect(v.rows[1].bytes).toEqual({ live: 0, kept: 30, garbage: 0, free: 70, rounding: 0, waste: 0 });
    expect(v.aggregated).toBe(false);
  });

  it('past the budget, neighbours in one state merge first, then narrow blocks', () => {
    const many = row('a', Array.from({ length: 50 }, (_, i) => [i * 2, i * 2 + 2, i < 25 ? 'live' : 'garbage'] as [number, number, 'live' | 'garbage']));
    const v = layoutMap([many], 8, 10);
    expect(v.aggregated).toBe(true);
    expect(v.rows[0].blocks.map((b) => [b.start, b.end, b.state, b.count])).toEqual([[0, 50, 'live', 25], [50, 100, 'garbage', 25]]);
    const mixed = row('m', Array.from({ length: 50 }, (_, i) => [i * 2, i * 2 + 2, i % 2 ? 'live' : 'garbage'] as [number, number, 'live' | 'garbage']));
    const w = layoutMap([mixed], 8, 10);
    expect(w.rows[0].blocks.length).toBeLessThanOrEqual(8);
    expect(w.rows[0].blocks.reduce((s, b) => s + b.count, 0)).toBe(50);
    expect(w.rows[0].bytes).toEqual({ live: 50, kept: 0, garbage: 50, free: 0, rounding: 0, waste: 0 });
  });

  it('rows past maxRows are summed, not drawn', () => {
    const v = layoutMap([row('a', [[0, 10, 'live']]), row('b', [[0, 20, 'garbage']], true), row('c', [[0, 30, 'live']])], 100, 1);
    expect(v.rows.map((r) => r.id)).toEqual(['a']);
    expect(v.hiddenRows).toBe(2);
    expect(v.hiddenBytes).toEqual({ live: 30, kept: 0, garbage: 20, free: 70, rounding: 0, waste: 80 });
  });
});
