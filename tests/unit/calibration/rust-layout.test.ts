// Rust type layout: lib/rust/types against size_of/align_of/offset_of! from rustc 1.95.0
// (tests/fixtures/calibration/rust-layout.json, made by scripts/calibrate/run.sh).
import { describe, it, expect } from 'vitest';
import { parseRustType, rustLayout, type RustType } from '@/lib/rust/types';
import { rustLayoutFx as fx } from './fixtures';

describe('rust-layout fixture sanity', () => {
  it('comes from rustc 1.95 and has enough types', () => {
    expect(fx.toolchain).toMatch(/^rustc 1\.95\.\d+ /);
    expect(fx.layouts.length).toBeGreaterThanOrEqual(30);
    expect(fx.layouts.filter((l) => l.type.includes('struct')).length).toBeGreaterThanOrEqual(15);
    // at least one struct rustc really reorders
    expect(fx.layouts.some((l) => l.offsets && l.offsets.some((o, i) => i > 0 && o < l.offsets![i - 1]))).toBe(true);
  });
});

describe('rust layout (rustLayout(parseRustType(...)))', () => {
  for (const c of fx.layouts) {
    it(c.type, () => {
      const t: RustType = parseRustType(c.type);
      const l = rustLayout(t);
      const want: Record<string, unknown> = { size: c.size, align: c.align };
      const got: Record<string, unknown> = { size: l.size, align: l.align };
      if (c.offsets) {
        want.offsets = c.offsets;
        got.offsets = l.offsets ?? [];
      }
      expect(got, `${c.type}${c.fields ? ` fields ${c.fields.join(', ')}` : ''}`).toEqual(want);
    });
  }
});
