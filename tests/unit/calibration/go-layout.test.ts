// Go type layout: lib/go/types against unsafe.Sizeof/Alignof/Offsetof from go1.23.5
// (tests/fixtures/calibration/go-layout.json, made by scripts/calibrate/run.sh).
import { describe, it, expect } from 'vitest';
import { goLayout, parseGoType } from '@/lib/go/types';
import { goLayoutFx as fx } from './fixtures';

describe('go-layout fixture sanity', () => {
  it('comes from go1.23 and has enough types', () => {
    expect(fx.toolchain).toMatch(/^go version go1\.23\.\d+ /);
    expect(fx.layouts.length).toBeGreaterThanOrEqual(20);
    expect(fx.layouts.filter((l) => l.offsets && l.offsets.length > 1).length).toBeGreaterThanOrEqual(15);
  });
});

describe('go layout (goLayout(parseGoType(...)))', () => {
  for (const c of fx.layouts) {
    it(c.type, () => {
      const l = goLayout(parseGoType(c.type));
      const want: Record<string, unknown> = { size: c.size, align: c.align, hasPointers: c.hasPointers };
      const got: Record<string, unknown> = { size: l.size, align: l.align, hasPointers: l.hasPointers };
      if (c.type.startsWith('struct')) {
        want.offsets = c.offsets ?? [];
        got.offsets = l.offsets ?? [];
      }
      expect(got, c.type).toEqual(want);
    });
  }
});
