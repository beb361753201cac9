import { describe, expect, it } from 'vitest';
import { comparePoolWorkload, simulatePoolWorkload, TIER_GROUPS, type PoolWorkload } from '@/lib/go/poolsim';

const base: PoolWorkload = { gomaxprocs: 1, requests: 100, perReq: 4, size: 1024, gcPercent: -1, forcedEvery: 0, mode: 'pointer' };
const sum = (t: Record<string, number>) => TIER_GROUPS.reduce((a, k) => a + t[k], 0);

describe('poolsim: where Gets are served', () => {
  it('no GC: K News, then private (1) and shared (K−1) every request', () => {
    const r = simulatePoolWorkload(base, true);
    expect(r.tiers).toEqual({ private: 99, shared: 99 * 3, steal: 0, victim: 0, new: 4 });
    expect(r.numGC).toBe(0);
    expect(r.intervals).toHaveLength(1);
  });

  it('a GC after every request: every later Get comes from the victim cache, nothing is lost', () => {
    const r = simulatePoolWorkload({ ...base, forcedEvery: 1 }, true);
    expect(r.tiers).toEqual({ private: 0, shared: 0, steal: 0, victim: 99 * 4, new: 4 });
    expect(r.intervals).toHaveLength(100);
    expect(r.intervals[1]).toEqual({ gc: 1, from: 2, to: 2, tiers: { private: 0, shared: 0, steal: 0, victim: 4, new: 0 } });
  });

  it('GOMAXPROCS 8, requests round-robin over Ps: other Ps’ shared chains are stolen from', () => {
    const r = simulatePoolWorkload({ ...base, gomaxprocs: 8 }, true);
    expect(r.tiers.steal).toBeGreaterThan(0);
    // Each P's private slot is not stealable: one New per P until every P holds one.
    expect(r.news).toBe(4 + 7);
    expect(sum(r.tiers)).toBe(400);
  });

  it('value mode boxes every Put; pointer mode does not', () => {
    const v = simulatePoolWorkload({ ...base, mode: 'value' }, true);
    const p = simulatePoolWorkload(base, true);
    expect(v.boxes).toBe(400);
    expect(p.boxes).toBe(0);
    expect(v.mallocs - p.mallocs).toBe(400);
  });

  it('without the pool every buffer is a malloc, and the pacer runs more cycles', () => {
    const w = { ...base, requests: 20_000, perReq: 4, size: 8192, gcPercent: 100 };
    const { pool, none } = comparePoolWorkload(w);
    expect(none.mallocs).toBe(80_000);
    expect(none.news).toBe(0);
    expect(none.numGC).toBeGreaterThan(100);
    expect(pool.numGC).toBe(0);
    expect(none.samples.at(-1)!.totalAlloc).toBe(none.totalAlloc);
    expect(none.samples.length).toBeLessThanOrEqual(202);
  });

  it('refuses workloads outside the limits', () => {
    expect(() => simulatePoolWorkload({ ...base, gomaxprocs: 9 }, true)).toThrow(RangeError);
    expect(() => simulatePoolWorkload({ ...base, size: 8 }, true)).toThrow(RangeError);
    expect(() => simulatePoolWorkload({ ...base, requests: 100_000, perReq: 64 }, true)).toThrow(RangeError);
  });
});
