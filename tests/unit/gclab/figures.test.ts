import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fmtGcMeasure, gcMeasure, type GcFigureSpec } from '@/lib/gclab/figures';
import { defaultHeapMinimum } from '@/lib/go/pacer';

const MiB = 2 ** 20;
const small = (gogc: number) => `v=1&live=1&g=1&ph=10_50_0_0_100_3&gogc=${gogc}&lim=off&p=1&b=off`;

describe('GC figures for lessons', () => {
  it('a small heap’s goal is the heap minimum scaled by GOGC (mgcpacer.go heapMinimum)', () => {
    expect(gcMeasure({ q: small(100), measure: 'firstGoalMiB' })).toBe(defaultHeapMinimum / MiB);
    expect(gcMeasure({ q: small(50), measure: 'firstGoalMiB' })).toBe(defaultHeapMinimum / 2 / MiB);
    expect(gcMeasure({ q: small(50), measure: 'cycles' })).toBeGreaterThan(2 * gcMeasure({ q: small(100), measure: 'cycles' }));
  });

  it('refuses an unreadable query or preset instead of printing a wrong number', () => {
    expect(() => gcMeasure({ q: 'gogc=lots', measure: 'cycles' })).toThrow(/GOGC A/);
    expect(() => gcMeasure({ preset: 'nope', measure: 'cycles' })).toThrow(/no GC lab preset/);
    expect(() => gcMeasure({ preset: 'phase-change', which: 'b', measure: 'cycles' })).toThrow(/no settings B/);
  });

  it('formats counts whole and sizes with one decimal', () => {
    expect(fmtGcMeasure('cycles', 1234)).toBe('1,234');
    expect(fmtGcMeasure('peakMemoryMiB', 161.79)).toBe('161.8');
  });

  it('every GcFigure and GcPredict in the lessons resolves to a number', () => {
    const text = readFileSync('content/lessons/gc-tuning.mdx', 'utf8');
    const tags = [...text.matchAll(/<Gc(?:Figure|Predict)\b([^>]*?)\/>/gs)].map((m) => m[1]);
    expect(tags.length).toBeGreaterThan(10);
    for (const attrs of tags) {
      const spec = Object.fromEntries([...attrs.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')])) as unknown as GcFigureSpec;
      expect(Number.isFinite(gcMeasure(spec)), attrs).toBe(true);
    }
  });
});
