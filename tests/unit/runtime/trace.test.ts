import { describe, expect, it } from 'vitest';
import { Ev, TraceBuilder, traceBytes } from '@/lib/runtime/trace';

describe('TraceBuilder', () => {
  it('stores events column-wise and grows past its first capacity', () => {
    const t = new TraceBuilder(1_000_000, 4);
    for (let i = 0; i < 10; i++) t.push(Ev.Alloc, i * 10, i + 1, 16 * i, i, 0);
    const tr = t.finish();
    expect(tr.length).toBe(10);
    expect(Array.from(tr.a)).toEqual([0, 16, 32, 48, 64, 80, 96, 112, 128, 144]);
    expect(Array.from(tr.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tr.kind.every((k) => k === Ev.Alloc)).toBe(true);
    expect(traceBytes(tr)).toBe(10 * (1 + 8 + 4 + 8 + 8 + 4));
  });

  it('folds events past the budget into one aggregate per kind and line, keeping the byte total', () => {
    const budget = 100;
    const t = new TraceBuilder(budget, 8);
    let bytes = 0;
    for (let i = 0; i < 1000; i++) {
      t.push(Ev.Alloc, i, 1 + (i % 3), 8);
      bytes += 8;
    }
    t.push(Ev.GcStart, 1000, 0, 0, 1);
    const tr = t.finish();
    expect(tr.length).toBeLessThanOrEqual(budget - 64 + 3 + 1);
    const sum = Array.from(tr.kind).reduce((s, k, i) => s + (k === Ev.Alloc || k === Ev.Aggregate ? tr.a[i] : 0), 0);
    expect(sum).toBe(bytes);
    const aggregates = Array.from(tr.kind).filter((k) => k === Ev.Aggregate).length;
    expect(aggregates).toBe(3);
    expect(tr.aggregated).toBe(1000 - (budget - 64));
    expect(tr.kind[tr.length - 1]).toBe(Ev.GcStart); // GC events are never folded
  });
});

it('keeps GC events even when the budget is spent', () => {
  const t = new TraceBuilder(10, 10);
  for (let i = 0; i < 20; i++) t.push(Ev.Alloc, i, 1, 8);
  for (let i = 0; i < 5; i++) t.push(Ev.GcStart, 100 + i, 0, 0, i + 1);
  const tr = t.finish();
  expect(Array.from(tr.b.slice(tr.length - 5))).toEqual([1, 2, 3, 4, 5]);
  expect(Array.from(tr.kind.slice(tr.length - 5)).every((k) => k === Ev.GcStart)).toBe(true);
});
