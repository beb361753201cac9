import { describe, expect, it } from 'vitest';
import { compareRows } from '@/lib/playground/compare';
import { describeEvent, stepGc } from '@/lib/playground/events';
import { fmtBytes, fmtInt, fmtTime } from '@/lib/playground/format';
import { gcEventIndexes, heapSeries, liveHeap, MAX_BUCKETS } from '@/lib/playground/heap';
import { lineNotes } from '@/lib/playground/lines';
import { Ev, TraceBuilder } from '@/lib/runtime/trace';
import { fakeRun } from './fake-engine';

describe('live heap and buckets', () => {
  it('adds allocs, subtracts frees, counts realloc differences and folded events', () => {
    const tb = new TraceBuilder();
    tb.push(Ev.Alloc, 1, 1, 100, 1);
    tb.push(Ev.Realloc, 2, 2, 300, 1, 100);
    tb.push(Ev.Stack, 3, 3, 64);
    tb.push(Ev.Free, 4, 4, 300, 1);
    tb.push(Ev.Aggregate, 5, 5, 1000, 10, Ev.Alloc);
    expect([...liveHeap(tb.finish())]).toEqual([100, 300, 300, 0, 1000]);
  });

  it('keeps at most MAX_BUCKETS points and never loses the peak', () => {
    const tb = new TraceBuilder();
    for (let i = 0; i < 50_000; i++) tb.push(i % 2 ? Ev.Free : Ev.Alloc, i * 10, 1, i === 31_336 ? 1e9 : 8, i);
    const t = tb.finish();
    const live = liveHeap(t);
    const s = heapSeries(t, live);
    expect(s.x.length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(s.xKind).toBe('time');
    expect(s.peak).toBe(1e9);
    expect(Math.max(...s.max)).toBe(1e9);
    expect(s.lastEvent[s.lastEvent.length - 1]).toBe(t.length - 1);
  });

  it('falls back to event numbers when time does not move', () => {
    const tb = new TraceBuilder();
    for (let i = 0; i < 10; i++) tb.push(Ev.Alloc, 0, 1, 8, i);
    const t = tb.finish();
    const s = heapSeries(t, liveHeap(t));
    expect(s.xKind).toBe('event');
    expect([...s.end]).toEqual([8, 16, 24, 32, 40, 48, 56, 64, 72, 80]);
  });
});

describe('scrubbing', () => {
  const r = fakeRun('alloc(64)\nalloc(128)\ngc\nalloc(32)\ngc\nalloc(8)');
  const live = liveHeap(r.trace);
  const gcIdx = gcEventIndexes(r.trace);

  it('describes an event with its line and the heap', () => {
    expect(describeEvent(r.trace, 1, live, r.trace.gc)).toBe(`Event 2 of ${r.trace.length}: heap allocation of 128 B on line 2; heap 192 B at ${fmtTime(r.trace.time[1])}`);
    expect(describeEvent(r.trace, gcIdx[0], live, r.trace.gc)).toMatch(/GC cycle 1 starts \(heap 192 B, goal 4 MiB, forced\) on line 3/);
  });

  it('PageDown and PageUp move between GC cycles', () => {
    const last = r.trace.length - 1;
    expect(stepGc(gcIdx, 0, 1, last)).toBe(gcIdx[0]);
    expect(stepGc(gcIdx, gcIdx[0], 1, last)).toBe(gcIdx[1]);
    expect(stepGc(gcIdx, gcIdx[1], 1, last)).toBe(last);
    expect(stepGc(gcIdx, last, -1, last)).toBe(gcIdx[1]);
    expect(stepGc(gcIdx, gcIdx[0], -1, last)).toBe(0);
  });
});

describe('line notes and compare rows', () => {
  it('sums heap and stack sites per line', () => {
    const notes = lineNotes([
      { line: 3, kind: 'heap', count: 2, bytes: 2048, reason: 'escapes' },
      { line: 3, kind: 'stack', count: 5, bytes: 40, reason: 'does not escape' },
      { line: 7, kind: 'stack', count: 1, bytes: 8, reason: 'does not escape' },
      { line: 0, kind: 'heap', count: 1, bytes: 8, reason: 'runtime' },
    ]);
    expect(notes.map((n) => [n.line, n.text])).toEqual([
      [3, '2 allocs · 2 KiB (+5 on stack)'],
      [7, 'stack only (1)'],
    ]);
  });

  it('formats B − A with signs', () => {
    const s = { heapAllocs: 10, heapBytes: 4096, frees: 0, peakHeapBytes: 2048, stackAllocs: 0, gcCycles: 3, gcCpuFraction: 0 };
    const rows = compareRows(s, { ...s, heapAllocs: 4, heapBytes: 8192, gcCycles: 3 });
    expect(rows.map((r) => r.diff)).toEqual(['−6', `+${fmtBytes(4096)}`, '0', '0']);
  });
});

describe('fmtInt', () => {
  it('groups digits as en-US does, for integers of every length and sign', () => {
    for (let d = 0; d <= 16; d++) {
      for (const v of [10 ** d - 1, 10 ** d, -(10 ** d), 7 * 10 ** d + 3]) {
        if (!Number.isSafeInteger(v)) continue;
        expect(fmtInt(v)).toBe(v.toLocaleString('en-US'));
      }
    }
    expect(fmtInt(1234.5)).toBe('1,235');
  });
});
