// The arena lab's workload runner (lib/arena/simulate.ts) and its link format (lib/arena/workload.ts).
import { describe, expect, it } from 'vitest';
import { simulateArena } from '@/lib/arena/simulate';
import { DEFAULT_WORKLOAD, PRESETS, parseWorkload, serializeWorkload, type ArenaWorkload } from '@/lib/arena/workload';
import { userArenaChunkUsable } from '@/lib/go/arena';
import { BumpModel } from '@/lib/rust/bump';

const w = (o: Partial<ArenaWorkload>): ArenaWorkload => ({ ...DEFAULT_WORKLOAD, ...o });

describe('simulateArena', () => {
  it('bumpalo, request-scoped: reset keeps the newest chunk, the heap side drops to nothing', () => {
    const r = simulateArena(w({ kind: 'bumpalo', requests: 2, objects: 100, size: 48 }));
    const b = new BumpModel();
    for (let i = 0; i < 100; i++) b.allocLayout(48, 8);
    const held = b.chunks.reduce((s, c) => s + c.size, 0);
    expect(r.steps[0].arenaHeld).toBe(held);
    expect(r.steps[1].arenaHeld).toBe(b.chunks[b.chunks.length - 1].size);
    expect(r.steps[1].gpaHeld).toBe(0);
    expect(r.steps[0].gpaHeld).toBe(4800);
    expect(r.gpa.allocations).toBe(200);
    expect(r.pinned).toBe(false);
  });

  it('Go: objects over 2 MiB go to the heap, page-rounded, and leave with the request', () => {
    const r = simulateArena(w({ kind: 'go', requests: 2, objects: 10, size: 64, large: 2, largeSize: (2 << 20) + 8 }));
    expect(r.bypassed).toBe(4);
    const pages = Math.ceil(((2 << 20) + 8) / 8192) * 8192;
    // One chunk, the arena's bookkeeping (48 + 8 B) and the two heap objects.
    expect(r.steps[0].arenaHeld).toBe(userArenaChunkUsable + 56 + 2 * pages);
    // After Free and a GC, the chunk stays for reuse, plus the runtime's reuse list (16 B).
    expect(r.steps[1].arenaHeld).toBe(userArenaChunkUsable + 16);
  });

  it('an object that outlives its request pins the arena: held bytes only grow', () => {
    const r = simulateArena(w({ kind: 'bumpalo', requests: 10, objects: 500, size: 64, keep: 1 }));
    expect(r.pinned).toBe(true);
    const ends = r.steps.filter((s) => s.phase === 'end');
    for (let i = 1; i < ends.length; i++) expect(ends[i].arenaHeld).toBeGreaterThanOrEqual(ends[i - 1].arenaHeld);
    expect(ends.at(-1)!.gpaHeld).toBe(10 * 64);
    expect(ends.at(-1)!.liveBytes).toBe(10 * 64);
    const runs = ends.at(-1)!.chunks.flatMap((c) => c.runs);
    expect(runs.filter((x) => x.state === 'kept').reduce((s, x) => s + x.count, 0)).toBe(10);
    expect(runs.some((x) => x.state === 'garbage')).toBe(true);
  });

  it('Go GPA counts size classes: 40-byte objects take 48-byte blocks', () => {
    const r = simulateArena(w({ kind: 'go', requests: 1, objects: 1000, size: 40 }));
    expect(r.gpa.peak).toBe(48_000);
    expect(r.gpa.wasteAtPeak).toBe(8_000);
  });

  it('Go pointer-free objects fill the chunk from its back', () => {
    const r = simulateArena(w({ kind: 'go', requests: 1, objects: 3, size: 100, pointers: false }));
    const run = r.steps[0].chunks[0].runs[0];
    expect([run.start, run.end, run.count]).toEqual([userArenaChunkUsable - 300, userArenaChunkUsable, 3]);
  });

  it('typed-arena: one chunk of 1024 / size objects, then doubling', () => {
    const r = simulateArena(w({ kind: 'typed', requests: 1, objects: 100, size: 32 }));
    // 32 + 64 objects, then 128: chunks of 1024, 2048 and 4096 B plus the rest Vec (4 × 24 B).
    expect(r.steps[0].arenaHeld).toBe(1024 + 2048 + 4096 + 96);
    expect(r.steps[0].chunks.map((c) => c.capacity)).toEqual([1024, 2048, 4096]);
  });
});

describe('arena lab links', () => {
  it('round-trips every preset', () => {
    for (const p of PRESETS) expect(parseWorkload(serializeWorkload(p.workload))).toEqual({ workload: p.workload, errors: [] });
  });
  it('keeps the default and says why for each unreadable field', () => {
    const { workload, errors } = parseWorkload('v=1&a=jemalloc&r=0&n=12&k=50&scope=forever');
    expect(workload).toEqual({ ...DEFAULT_WORKLOAD, objects: 12, keep: 12 });
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/arena “jemalloc”/);
  });
});
