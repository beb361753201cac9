// The figures lessons print instead of typing a model's constant or a preset's input by hand
// (ArenaFigure's bumpalo and Go-arena sizes, GcFigure's heap floor, PoolFigure's buffer and stack
// sizes, ProfileFigure's sampling period): each agrees with the model it claims to come from.
import { describe, expect, it } from 'vitest';
import { arenaMeasure } from '@/lib/arena/figures';
import { objectSize, PRESETS as ARENA_PRESETS } from '@/lib/arena/workload';
import { gcMeasure } from '@/lib/gclab/figures';
import { findPreset } from '@/lib/gclab/presets';
import { poolMeasure } from '@/lib/go/pool-figures';
import { PRESETS as POOL_PRESETS } from '@/lib/poollab/state';
import { profileMeasure, fmtProfileMeasure } from '@/lib/profile/figures';
import { BumpModel } from '@/lib/rust/bump';
import { simulateRustThreads } from '@/lib/rust/threads';

describe('ArenaFigure constants', () => {
  it('bumpChunkBytes are the chunk allocations BumpModel asks the allocator for, in order', () => {
    const sizes: number[] = [];
    const b = new BumpModel(0, (e) => e.kind === 'alloc' && sizes.push(e.size));
    while (sizes.length < 5) b.allocLayout(24, 8);
    for (let k = 1; k <= 5; k++) expect(arenaMeasure({ measure: 'bumpChunkBytes', chunk: String(k) })).toBe(sizes[k - 1]);
    // The lesson's claim: each is a power of two minus the malloc overhead bumpalo leaves room for.
    const over = arenaMeasure({ measure: 'bumpMallocOverhead' });
    for (const s of sizes) expect(Math.log2(s + over) % 1).toBe(0);
    expect(() => arenaMeasure({ measure: 'bumpChunkBytes', chunk: '0' })).toThrow(/chunk/);
  });

  it('a Go arena holds allocations up to a quarter chunk', () => {
    expect(arenaMeasure({ measure: 'goMaxAllocMiB' }) * 4).toBe(arenaMeasure({ measure: 'goChunkMiB' }));
  });

  it('objectBytes is the preset workload’s object size', () => {
    const p = ARENA_PRESETS.find((x) => x.id === 'outlives')!;
    expect(arenaMeasure({ preset: 'outlives', measure: 'objectBytes' })).toBe(objectSize(p.workload));
  });
});

describe('GcFigure heapMinimumMiB', () => {
  it('is the first goal of a program whose live heap is below the floor, at GOGC=100', () => {
    const small = 'v=1&live=1&g=1&ph=10_50_0_0_100_3&gogc=100&lim=off&p=1&b=off';
    expect(gcMeasure({ measure: 'heapMinimumMiB' })).toBe(gcMeasure({ q: small, measure: 'firstGoalMiB' }));
  });
});

describe('GcFigure inputs', () => {
  it('name what the preset states, and the formula’s goal from it', () => {
    const st = findPreset('steady')!.state;
    expect(gcMeasure({ preset: 'steady', measure: 'liveMiB' })).toBe(st.liveMiB);
    expect(gcMeasure({ preset: 'steady', measure: 'allocatedMiB' })).toBe(st.phases.reduce((t, p) => t + p.allocMiBps * p.seconds, 0));
    const runway = gcMeasure({ preset: 'steady', measure: 'runwayMiB' });
    expect(gcMeasure({ preset: 'steady', measure: 'naiveGoalMiB' })).toBe(st.liveMiB + runway);
    // GOGC=200 (settings B) doubles the runway.
    expect(gcMeasure({ preset: 'steady', which: 'b', measure: 'runwayMiB' })).toBe(2 * runway);
    expect(gcMeasure({ preset: 'memory-limit', measure: 'memLimitMiB' })).toBe(findPreset('memory-limit')!.state.a.memLimitMiB);
    expect(() => gcMeasure({ preset: 'steady', measure: 'memLimitMiB' })).toThrow(/no memory limit/);
  });
});

describe('PoolFigure inputs and constants', () => {
  it('bufferKiB is the preset’s buffer size', () => {
    for (const id of ['boxing', 'reuse']) expect(poolMeasure({ preset: id, measure: 'bufferKiB' }) * 1024).toBe(POOL_PRESETS.find((p) => p.id === id)!.state.size);
  });
  it('rustThreadStackMiB is the stack the thread model maps per thread', () => {
    const r = simulateRustThreads({ requests: 3, perReq: 1, size: 8, workers: 1 }, 'perRequest');
    expect(poolMeasure({ measure: 'rustThreadStackMiB' }) * 2 ** 20).toBe(r.stackBytes / r.threads);
  });
});

describe('ProfileFigure period', () => {
  it('reads the MemProfileRate a served Go heap profile was taken at', () => {
    // The every-allocation profile was taken at rate 1; the default one at a much larger period.
    expect(profileMeasure({ file: 'go-allocs-sample.pb.gz', period: true })).toBe(1);
    const def = profileMeasure({ file: 'go-allocs-default-rate.pb.gz', period: true });
    expect(def).toBeGreaterThan(1024);
    expect(fmtProfileMeasure({ file: 'x', kib: true }, def)).toBe(`${(def / 1024).toLocaleString('en-US')} KiB`);
  });
});
