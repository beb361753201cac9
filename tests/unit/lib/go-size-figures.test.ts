// SizeClassFigure's numbers: what one make([]T, n) really took on go1.23.5 (the go-growth fixture's
// `make` cases: TotalAlloc delta of one allocation) must be the figure's block size, for pointer-free and
// pointerful types, small objects (with and without the malloc header) and large ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mallocHeaderOf, sizeClassMeasure } from '@/lib/go/size-figures';

interface MakeEntry { type: string; size: number; hasPointers: boolean; cases: [number, number, number, number, number][] }
const fixture = JSON.parse(readFileSync('tests/fixtures/calibration/go-growth.json', 'utf8')) as { make: MakeEntry[] };

describe('sizeClassMeasure', () => {
  it('gives the bytes go1.23.5 allocated for every make case of the fixture', () => {
    let checked = 0;
    let headers = 0;
    for (const e of fixture.make) {
      for (const [, cap, , bytes, mallocs] of e.cases) {
        const n = cap * e.size;
        // Pointer-free requests under 16 B share a tiny block; the fixture sees 16 B for them.
        if (mallocs !== 1 || (!e.hasPointers && n < 16)) continue;
        expect(sizeClassMeasure({ bytes: String(n), pointers: String(e.hasPointers), measure: 'block' }), `${e.type} × ${cap}`).toBe(bytes);
        if (mallocHeaderOf(n, e.hasPointers) > 0) headers++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(headers).toBeGreaterThan(3);
  });

  it('splits a block into the usable part, the header and the waste', () => {
    // A pointerful 1 KiB object: 1024 + 8 = 1032 → class 1152, usable 1144.
    expect(sizeClassMeasure({ bytes: 1024, pointers: true })).toBe(1152);
    expect(sizeClassMeasure({ bytes: 1024, pointers: true, measure: 'usable' })).toBe(1144);
    expect(sizeClassMeasure({ bytes: 1024, pointers: true, measure: 'header' })).toBe(8);
    expect(sizeClassMeasure({ bytes: 1024, pointers: true, measure: 'waste' })).toBe(128);
    expect(sizeClassMeasure({ bytes: 1024, measure: 'waste' })).toBe(0);
    expect(sizeClassMeasure({ bytes: 512, pointers: 'true', measure: 'header' })).toBe(0);
    expect(sizeClassMeasure({ bytes: '100', count: '1000' })).toBe(112_000);
  });

  it('counts the pages of a large object and refuses pages for a small one', () => {
    expect(sizeClassMeasure({ bytes: 40000, measure: 'pages' })).toBe(5);
    expect(sizeClassMeasure({ bytes: 40000, pointers: true, measure: 'header' })).toBe(0);
    expect(() => sizeClassMeasure({ bytes: 4096, measure: 'pages' })).toThrow(/small object/);
    expect(() => sizeClassMeasure({ bytes: 'lots' })).toThrow(/whole number/);
  });
});
