import { describe, expect, it } from 'vitest';
import { DEFAULT_GC_LAB_STATE, GC_PRESETS, matchPreset } from '@/lib/gclab/presets';
import { gogcStop, GOGC_STOPS } from '@/lib/gclab/state';
import { parseGcLabState, serializeGcLabState } from '@/lib/gclab/url-state';

describe('GC lab URL state', () => {
  it.each(GC_PRESETS.map((p) => [p.id, p.state] as const))('round-trips the %s preset and still matches it', (id, state) => {
    const { state: back, errors } = parseGcLabState(serializeGcLabState(state));
    expect(errors).toEqual([]);
    expect(back).toEqual(state);
    expect(matchPreset(back)).toBe(id);
  });

  it('keeps decimals and GOGC=off, drops compare with b=off', () => {
    const s = { ...DEFAULT_GC_LAB_STATE, liveMiB: 12.5, a: { gogc: 'off' as const, memLimitMiB: 300, gomaxprocs: 4 }, b: null };
    const q = serializeGcLabState(s);
    expect(q).toContain('gogc=off');
    expect(q).toContain('b=off');
    expect(parseGcLabState(q).state).toEqual(s);
  });

  it('reports each unreadable field and keeps the rest', () => {
    const { state, errors } = parseGcLabState('v=1&live=-3&gogc=abc&lim=256&p=9&ph=1_2_3');
    expect(errors).toHaveLength(4);
    expect(errors.join(' ')).toMatch(/initial live heap “-3”/);
    expect(errors.join(' ')).toMatch(/GOGC A “abc”/);
    expect(errors.join(' ')).toMatch(/GOMAXPROCS A “9”/);
    expect(errors.join(' ')).toMatch(/phase 1/);
    expect(state.a.memLimitMiB).toBe(256);
    expect(state.liveMiB).toBe(DEFAULT_GC_LAB_STATE.liveMiB);
    expect(state.phases).toEqual(DEFAULT_GC_LAB_STATE.phases);
  });

  it('quotes hostile values as plain text, shortened, without control characters', () => {
    const { errors } = parseGcLabState(`gogc=${encodeURIComponent('<script>alert(1)</script>\u2028xxxxxxxxxxxxxxx')}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toContain('\u2028');
    expect(errors[0]).toContain('…');
  });

  it('refuses too many phases, repeated keys and an unknown version', () => {
    const seven = Array.from({ length: 7 }, () => '1_1_0_0_100_3').join('~');
    expect(parseGcLabState(`ph=${seven}`).errors[0]).toMatch(/7 phases/);
    expect(parseGcLabState('gogc=100&gogc=200').errors[0]).toMatch(/2 times/);
    expect(parseGcLabState('v=9').errors[0]).toMatch(/format version/);
  });

  it('maps GOGC values to the nearest slider stop on a log scale', () => {
    expect(GOGC_STOPS[gogcStop(100)]).toBe(100);
    expect(GOGC_STOPS[gogcStop(110)]).toBe(100);
    expect(GOGC_STOPS[gogcStop(9000)]).toBe(1600);
    expect(GOGC_STOPS[gogcStop('off')]).toBe('off');
  });
});
