import { describe, expect, it } from 'vitest';
import { elemFromType, elemPresetsFor, findElemPreset } from '@/lib/growth/elem-presets';
import { DEFAULT_LAB_STATE, isValidLabState, labStateFromInitial, resolveElem, switchLang } from '@/lib/growth/lab-state';

describe('element presets', () => {
  it('gives the Rust sizes the UI promises', () => {
    const sizes = Object.fromEntries(elemPresetsFor('rust').map((p) => [p.id, p.size]));
    expect(sizes).toEqual({ u8: 1, u16: 2, u32: 4, u64: 8, String: 24, 'Box<u64>': 8, '[u8; 100]': 100, '[u8; 2000]': 2000 });
  });

  it('takes Go sizes and pointer-ness from the layout model', () => {
    expect(findElemPreset('go', 'int')).toMatchObject({ size: 8, hasPointers: false, collection: '[]int' });
    expect(findElemPreset('go', '*int')).toMatchObject({ size: 8, hasPointers: true });
    expect(findElemPreset('go', 'struct{}')).toMatchObject({ size: 0 });
    expect(new Set(elemPresetsFor('go').map((p) => p.id)).size).toBe(elemPresetsFor('go').length);
  });

  it('reads a type from source', () => {
    expect(elemFromType('go', '[]struct{a int64; p *int}')).toMatchObject({ size: 16, hasPointers: true });
    expect(elemFromType('rust', '(u8, u64)')).toMatchObject({ size: 16 });
    expect(() => elemFromType('go', 'struct{')).toThrow();
  });
});

describe('lab state helpers', () => {
  it('switches language keeping what carries over', () => {
    const rust = switchLang({ ...DEFAULT_LAB_STATE, n: 5 }, 'rust');
    expect(rust).toMatchObject({ lang: 'rust', n: 5, elem: { kind: 'preset', id: 'u64' } });
    const back = switchLang({ ...rust, a: { strategy: 'reserveExact', chunk: 9 } }, 'go');
    expect(back.a).toEqual({ strategy: 'append', chunk: 9 });
    expect(isValidLabState(back)).toBe(true);
  });

  it('builds a state from a lesson’s initial props and reports what it skipped', () => {
    const { state, errors } = labStateFromInitial({ lang: 'go', preset: '[]string', n: 50, strategyA: 'batch', chunkA: 8, strategyB: 'reserve' });
    expect(state.elem).toEqual({ kind: 'preset', id: 'string' });
    expect(state.a).toEqual({ strategy: 'batch', chunk: 8 });
    expect(state.b?.strategy).toBe('prealloc');
    expect(errors).toEqual(['strategyB reserve']);
    expect(isValidLabState(state)).toBe(true);
  });

  it('names custom elements', () => {
    expect(resolveElem('go', { kind: 'custom', size: 40, hasPointers: true })).toEqual({ name: 'custom 40-byte elements with pointers', size: 40, hasPointers: true });
    expect(resolveElem('rust', { kind: 'custom', size: 40, hasPointers: true }).hasPointers).toBe(false);
  });
});
