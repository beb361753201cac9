// The pacer's default non-heap memory (lib/go/pacer.ts defaultNonHeap) against runtime/metrics on
// go1.23.5 (scripts/calibrate/go-nonheap.sh): the base at one P, what each P adds, and one mspan per
// 8 KiB page of the heap; and how often sysmon preempts a goroutine that never blocks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultNonHeap, defaultNonHeapMemory, forcePreemptNS, mspanSize, nonHeapPerP, SIMPLIFICATIONS } from '@/lib/go/pacer';

interface Cell {
  settings: { GOGC: string; GOMEMLIMIT: number | null; GOMAXPROCS: number; live: number };
  nonHeap: number[];
  mspan: number[];
  heapSys: number[];
}
const MiB = 2 ** 20;
const fixture = JSON.parse(readFileSync('tests/fixtures/calibration/go-nonheap.json', 'utf8')) as { toolchain: string; mspanSize: number; settings: Cell[] };
/** Non-heap memory besides the mspans, every run of the cells at `procs` Ps and `live` bytes live. */
const bases = (procs: number, live: number) =>
  fixture.settings.filter((c) => c.settings.GOMAXPROCS === procs && c.settings.live === live).flatMap((c) => c.nonHeap.map((n, i) => n - c.mspan[i]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('non-heap memory: the model against runtime/metrics on go1.23.5', () => {
  it('was recorded with go1.23 at GOMAXPROCS 1, 2 and 4, five runs a setting', () => {
    expect(fixture.toolchain).toMatch(/go1\.23\./);
    expect(new Set(fixture.settings.map((c) => c.settings.GOMAXPROCS))).toEqual(new Set([1, 2, 4]));
    for (const c of fixture.settings) expect(c.nonHeap).toHaveLength(5);
  });
  it('sizeof(mspan) is the one the model uses', () => {
    expect(fixture.mspanSize).toBe(mspanSize);
  });
  // Medians of five runs. At GOMAXPROCS=4 on this 2-CPU host one setting's HeapSys grows to 12 MB
  // in four of five runs (2 MiB live, GOGC=off): one mspan per 8 KiB of it is 22% over.
  it.each(fixture.settings.map((c) => [c.settings.GOMAXPROCS, c.settings.live / MiB, c.settings.GOGC, c] as const))(
    'GOMAXPROCS=%i, %i MiB live, GOGC=%s: the mspans are one per 8 KiB of HeapSys (within 11%%, 22%% at GOMAXPROCS=4)',
    (procs, _l, _g, c) => {
      const model = defaultNonHeap(1, median(c.heapSys)) - defaultNonHeap(1);
      const m = median(c.mspan);
      expect(Math.abs(model - m) / m).toBeLessThanOrEqual(procs === 4 ? 0.22 : 0.11);
    },
  );
  it('the base at one P lies within the runs at 2 MiB live', () => {
    const b = bases(1, 2 * MiB);
    expect(defaultNonHeapMemory).toBeGreaterThanOrEqual(Math.min(...b));
    expect(defaultNonHeapMemory).toBeLessThanOrEqual(Math.max(...b));
  });
  it.each([2, 4])('what the Ps past the first add at GOMAXPROCS=%i lies within the runs at 2 MiB live', (procs) => {
    const one = median(bases(1, 2 * MiB));
    const b = bases(procs, 2 * MiB);
    expect((procs - 1) * nonHeapPerP).toBeGreaterThanOrEqual(Math.min(...b) - one);
    expect((procs - 1) * nonHeapPerP).toBeLessThanOrEqual(Math.max(...b) - one);
  });
  it('what the model leaves out at one P (metadata besides mspans that grows with the heap) is under 1.5% of HeapSys and 0.55 MiB', () => {
    for (const c of fixture.settings.filter((x) => x.settings.GOMAXPROCS === 1)) {
      c.nonHeap.forEach((n, i) => {
        const left = n - c.mspan[i] - defaultNonHeapMemory;
        expect(left / c.heapSys[i]).toBeLessThan(0.015);
        expect(left).toBeLessThan(0.55 * MiB);
      });
    }
    expect(SIMPLIFICATIONS.some((s) => s.includes('under 1.5% of the heap and 0.55 MiB'))).toBe(true);
  });
});

describe("sysmon's preemption of a goroutine that never blocks (go1.23.5, GOMAXPROCS=1)", () => {
  const f = JSON.parse(readFileSync('tests/fixtures/calibration/go-preempt.json', 'utf8')) as { toolchain: string; slicesMs: number[] };
  it('comes every two forcePreemptNS, as the pacer states next to its 10 ms delay', () => {
    expect(f.toolchain).toMatch(/go1\.23\./);
    expect(f.slicesMs.length).toBeGreaterThan(50);
    const m = median(f.slicesMs);
    expect(Math.abs(m - (2 * forcePreemptNS) / 1e6)).toBeLessThan(1);
    expect(SIMPLIFICATIONS.some((s) => s.includes(`${m.toFixed(1)} ms measured`))).toBe(true);
  });
});
