// Bounded and unbounded worker pools (lib/go/workerpool.ts, on goworld.ts's scheduler and channels) against
// real go1.23.5 runs at GOMAXPROCS=1 with the GC off (tests/fixtures/calibration/go-workerpool.json, made by
// scripts/calibrate/go-pool.sh). The peaks are deterministic (all 5 runs agree); the runtime now and then
// adds allocations of its own, each 96 B (sudog-sized), so allocations compare with the run with the fewest.
import { describe, expect, it } from 'vitest';
import fx from '@/tests/fixtures/calibration/go-workerpool.json';
import { simulateWorkerPool, type WorkerPoolKind, type WorkerPoolWorkload } from '@/lib/go/workerpool';

interface Run {
  peakGoroutines: number;
  peakQueue: number;
  peakHeld: number;
  mallocs: number;
  totalAlloc: number;
}
type Case = WorkerPoolWorkload & { name: string; kind: WorkerPoolKind; all: Run[] };
const cases = (fx as unknown as { cases: Case[] }).cases;
const fewest = (c: Case): Run => c.all.reduce((a, r) => (r.mallocs < a.mallocs ? r : a));

describe('go-workerpool fixture', () => {
  it('has bounded and unbounded cases whose 5 runs agree on the peaks; extra allocations are 96 B each', () => {
    expect(cases.filter((c) => c.kind === 'bounded').length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => c.kind === 'unbounded').length).toBeGreaterThanOrEqual(2);
    for (const c of cases) {
      expect(c.all).toHaveLength(5);
      const min = fewest(c);
      for (const r of c.all) {
        expect({ ...r, mallocs: 0, totalAlloc: 0 }, c.name).toEqual({ ...c.all[0], mallocs: 0, totalAlloc: 0 });
        expect(r.totalAlloc - min.totalAlloc, c.name).toBe(96 * (r.mallocs - min.mallocs));
      }
    }
  });
});

describe('worker pools: model vs go1.23.5', () => {
  for (const c of cases) {
    it(`${c.name}: goroutines, queue, requests in flight, Mallocs and TotalAlloc`, () => {
      const real = fewest(c);
      const m = simulateWorkerPool(c, c.kind);
      expect({ peakGoroutines: m.peakGoroutines, peakQueue: m.peakQueue, peakHeld: m.peakHandling }).toEqual({
        peakGoroutines: real.peakGoroutines,
        peakQueue: real.peakQueue,
        peakHeld: real.peakHeld,
      });
      expect({ mallocs: m.mallocs, totalAlloc: m.totalAlloc }).toEqual({ mallocs: real.mallocs, totalAlloc: real.totalAlloc });
    });
  }
});
