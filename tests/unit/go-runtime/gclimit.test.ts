import { describe, expect, it } from 'vitest';
import { capacityPerProc, gcCPULimiterState } from '@/lib/go/gclimit';
import { simulateGcWorkload } from '@/lib/go/gcsim';

const MiB = 1 << 20;

describe('gcCPULimiterState (mgclimit.go, cases after mgclimit_test.go)', () => {
  it('mutator time alone never fills the bucket; a STW window fills it by its length times procs', () => {
    const l = new gcCPULimiterState(14);
    expect(l.capacity).toBe(14 * capacityPerProc);
    l.update(3600e9 * 14, 0, 0, 0);
    expect(l.fill).toBe(0);
    l.accumulate(0, 2_001_000 * 14, 0); // finishGCTransition after 2.001 ms
    expect(l.fill).toBe(2_001_000 * 14);
    expect(l.limiting()).toBe(false);
  });

  it('with 25% background and 50% assists the bucket fills at 50% of the window, then limits and overflows', () => {
    const l = new gcCPULimiterState(4);
    const window = 1e9; // 1 s wall: gc = 0.75 * total, mutator = 0.25 * total, net +0.5 * total
    l.update(window * 4, window * 4 * 0.75, 0, 7);
    expect(l.fill).toBe(2e9);
    expect(l.limiting()).toBe(false);
    l.update(window * 4, window * 4 * 0.75, 0, 7);
    expect(l.fill).toBe(l.capacity);
    expect(l.limiting()).toBe(true);
    expect(l.lastEnabledCycle).toBe(8);
    l.update(window * 4, window * 4 * 0.75, 0, 7);
    expect(l.overflow).toBe(2e9);
    // Mutator time drains it and turns it off.
    l.update(1e6 * 4, 0, 0, 9);
    expect(l.limiting()).toBe(false);
    expect(l.fill).toBe(l.capacity - 4e6);
  });

  it('idle time is taken out of the total before it counts as mutator time', () => {
    const l = new gcCPULimiterState(2);
    l.update(1e9 * 2, 0.5e9, 1e9, 0); // half the CPU idle: gc 0.5 s vs mutator 0.5 s
    expect(l.fill).toBe(0);
    l.update(1e9 * 2, 0.6e9, 1e9, 0);
    expect(l.fill).toBe(0.2e9);
  });
});

describe('the limiter in the pacer: a death spiral (limit below the live heap, pointerful objects)', () => {
  const p = { gcPercent: 100, memoryLimit: 24 * MiB, liveBytes: 32 * MiB, allocBytesTotal: 1024 * MiB, objectSize: 1024, noscan: false } as const;
  const on = simulateGcWorkload(p);
  const off = simulateGcWorkload({ ...p, cpuLimiter: false });
  it('engages, caps GC CPU near 50% and lets the heap overshoot; without it the GC takes more CPU', () => {
    expect(on.limiterLastEnabledCycle).toBeGreaterThan(0);
    expect(on.limiterOverflowNs).toBeGreaterThan(0);
    expect(off.limiterLastEnabledCycle).toBe(0);
    // GCCPUFraction at the last printed cycle (0.601; STW pauses and the 25% background count too).
    expect(on.gcCpuFraction).toBeLessThan(0.62);
    expect(off.gcCpuFraction).toBeGreaterThan(on.gcCpuFraction + 0.1);
    expect(on.numGC).toBeLessThan(off.numGC);
    const peak = (r: typeof on) => Math.max(...r.cycles.map((c) => c.heapEnd));
    expect(peak(on)).toBeGreaterThan(peak(off));
  });
  it('does not engage in the GC grid-sized runs (0.1-0.5 s of work, as in the real runs)', () => {
    const r = simulateGcWorkload({ gcPercent: 25, liveBytes: 2 * MiB, allocBytesTotal: 64 * MiB, objectSize: 1024 });
    expect(r.limiterLastEnabledCycle).toBe(0);
  });
});
