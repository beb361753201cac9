import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateGcPhases, simulateGcWorkload } from '@/lib/go/gcsim';

const MiB = 1 << 20;
interface Cell {
  settings: { GOGC: string; GOMEMLIMIT: number | null; GOMAXPROCS: number; live: number; total: number; obj: number };
  medianCycles: number;
  medianPeakHeap: number;
}
const grid = (JSON.parse(readFileSync('tests/fixtures/calibration/go-gc-grid.json', 'utf8')) as { grid: Cell[] }).grid;

/** The grid's ring workload as two phases: fill the ring (all survives), then replace (none does). */
function ring(c: Cell) {
  const s = c.settings;
  const scanFraction = 24 / s.obj; // only the ring's backing array holds pointers
  return simulateGcPhases({
    gcPercent: s.GOGC === 'off' ? -1 : Number(s.GOGC),
    memoryLimit: s.GOMEMLIMIT ?? undefined,
    gomaxprocs: s.GOMAXPROCS,
    phases: [
      { durationNs: Infinity, allocBytes: s.live, allocRate: 1, survivingFraction: 1, scanFraction },
      { durationNs: Infinity, allocBytes: s.total - s.live, allocRate: 1, scanFraction },
    ],
  });
}

describe('simulateGcPhases: workloads stated as rates, on the same pacer', () => {
  it('the GC grid at GOMAXPROCS=1: at least 19 of 21 cycle medians and 19 of 21 peaks within 15%', () => {
    let cyc = 0;
    let peak = 0;
    // GOGC alone and GOGC=off with the roomy limit (2 × live + 6 MiB); the tight limits are the
    // grid test's (go-gc-grid.test.ts), listed there.
    const one = grid.filter((c) => c.settings.GOMAXPROCS === 1 && (c.settings.GOMEMLIMIT === null || c.settings.GOMEMLIMIT === 2 * c.settings.live + 6 * MiB));
    for (const c of one) {
      const r = ring(c);
      const p = Math.max(0, ...r.cycles.map((x) => x.heapEnd));
      if (Math.abs(r.numGC - c.medianCycles) <= 0.15 * c.medianCycles) cyc++;
      if (Math.abs(p - c.medianPeakHeap) <= 0.15 * c.medianPeakHeap) peak++;
    }
    expect(one).toHaveLength(21);
    expect(cyc).toBeGreaterThanOrEqual(19);
    expect(peak).toBeGreaterThanOrEqual(19);
  });

  it('agrees with the object-level simulation of the same workload within one cycle', () => {
    for (const gcPercent of [50, 100, 200]) {
      const c: Cell = { settings: { GOGC: String(gcPercent), GOMEMLIMIT: null, GOMAXPROCS: 1, live: 8 * MiB, total: 64 * MiB, obj: 1024 }, medianCycles: 0, medianPeakHeap: 0 };
      const objs = simulateGcWorkload({ gcPercent, liveBytes: 8 * MiB, allocBytesTotal: 64 * MiB, objectSize: 1024 });
      expect(Math.abs(ring(c).numGC - objs.numGC)).toBeLessThanOrEqual(1);
    }
  });

  it('steady state: cycles ≈ allocated / (GOGC% of live) and the goal follows the live heap', () => {
    const r = simulateGcPhases({ gcPercent: 100, initialLiveBytes: 16 * MiB, phases: [{ durationNs: Infinity, allocBytes: 1024 * MiB, allocRate: 1 }] });
    expect(r.numGC).toBeGreaterThan(1024 / 16 / 1.3);
    expect(r.numGC).toBeLessThan(1024 / 16 / 0.9);
    for (const c of r.cycles.slice(3)) expect(c.nextGoal).toBeGreaterThan(32 * MiB);
  });

  it('phase change: a growing live heap (surviving fraction) raises the goal; death lowers it again', () => {
    const r = simulateGcPhases({
      gcPercent: 100,
      initialLiveBytes: 8 * MiB,
      phases: [
        { durationNs: 200e6, allocRate: 1, survivingFraction: 0.2 },
        { durationNs: 2e9, allocRate: 1, deathRate: 5 },
      ],
    });
    const goals = r.cycles.map((c) => c.nextGoal);
    const top = Math.max(...goals);
    expect(top).toBeGreaterThan(40 * MiB);
    expect(goals[goals.length - 1]).toBeLessThan(top / 2);
  });

  it('a memory limit below the live heap runs the GC back to back; the CPU limiter caps it', () => {
    const p = { gcPercent: 100, memoryLimit: 24 * MiB, initialLiveBytes: 32 * MiB, phases: [{ durationNs: 5e9, allocRate: 1 }] };
    const on = simulateGcPhases(p);
    const off = simulateGcPhases({ ...p, cpuLimiter: false });
    expect(on.limiterLastEnabledCycle).toBeGreaterThan(0);
    expect(off.gcCpuFraction).toBeGreaterThan(on.gcCpuFraction);
    expect(on.gcCpuFraction).toBeLessThan(0.6);
  });

  it('GOGC=off without a limit never collects', () => {
    expect(simulateGcPhases({ gcPercent: -1, phases: [{ durationNs: 1e9, allocRate: 1 }] }).numGC).toBe(0);
  });
});
