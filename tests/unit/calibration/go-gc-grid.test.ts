// The pacer model (lib/go/gcsim.ts simulateGcWorkload, the pacer the interpreter uses) against the
// GC grid recorded on go1.23.5 (scripts/calibrate/go-gc-grid.sh): cycle counts and peak heap
// (largest heapLive at mark end) within 15% of the medians of 21 runs. The model's mutator
// allocates at the program's own speed for that live heap (see mutatorRate), and an idle P joins a
// mark after this host's measured wake-up (idleWakeNs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateGcWorkload, type GcWorkloadResult } from '@/lib/go/gcsim';
import { SIMPLIFICATIONS } from '@/lib/go/pacer';

interface Setting {
  GOGC: string;
  GOMEMLIMIT: number | null;
  GOMAXPROCS: number;
  live: number;
  total: number;
  obj: number;
}
interface Cell {
  settings: Setting;
  counts: number[];
  medianCycles: number;
  peaks: number[];
  medianPeakHeap: number;
  trace: { n: number; triggered: number | null; heapEndBytes: number | null; goalBytes: number | null; heapMarked: number }[];
  elapsedNs: number[];
  gcCpuFraction: number[];
}
const MiB = 2 ** 20;
const grid = (JSON.parse(readFileSync('tests/fixtures/calibration/go-gc-grid.json', 'utf8')) as { grid: Cell[] }).grid;
const keyOf = (s: Setting) => `GOGC=${s.GOGC}${s.GOMEMLIMIT ? ` GOMEMLIMIT=${s.GOMEMLIMIT >> 20}MiB` : ''} P=${s.GOMAXPROCS} live=${s.live >> 20}MiB`;

const P4 =
  'GOMAXPROCS=4 on this 2-CPU host: four Ps share two CPUs, so the dedicated and idle mark workers wait for a CPU while the mutator runs, marks run long and overshoot (at 2 MiB live the real peaks are 2-4x the goal, cycle counts 11-19 over nine runs at GOGC=100, even with the machine otherwise idle); the model gives every P its own CPU. Holding it needs a host with at least 4 CPUs.';
/** Settings whose median the model misses by more than 15%, and why (enforced both ways; the runs' range and median are added to the message). */
const TIGHT = 'a limit a few MiB over the live heap runs the GC back to back; the real marks at 32 MiB live often end before the mutator allocates anything (its assist takes the remaining work), the model allocates 3.6 MB black in every mark';
const KNIFE = 'the goal sits a fraction of a MiB over the marked heap, so the count follows the non-heap memory: held at 2.85 and at 3.1 MiB it gives the model 232 and 656 cycles';
/** go-mark-wait.json: three runs each at GOMAXPROCS 1 and 2, 2 MiB live, GOGC=off, a 7 MiB limit. */
const markWait = (JSON.parse(readFileSync('tests/fixtures/calibration/go-mark-wait.json', 'utf8')) as { runs: { GOMAXPROCS: number; cycles: number; idleZero: number; markMsMedian: number; markMsMax: number }[] }).runs;
const span = (xs: number[]) => `${Math.min(...xs)}-${Math.max(...xs)}`;
const at = (p: number) => markWait.filter((r) => r.GOMAXPROCS === p);
const WAIT = `the real marks wait for a CPU (go-mark-wait.json: in three runs the idle mark worker did not run in ${span(at(2).map((r) => r.idleZero))} of ${span(at(2).map((r) => r.cycles))} cycles, and marks took ${span(at(2).map((r) => r.markMsMedian))} ms at the median and up to ${Math.max(...at(2).map((r) => r.markMsMax))} ms, against ${span(at(1).map((r) => r.markMsMedian))} ms at GOMAXPROCS=1), so some overshoot; the model's idle worker starts at once`;
/** The range of bytes (MB) the stored run of a setting allocated during its marks (heap at mark end - at trigger). */
function black(key: string): string {
  const c = grid.find((x) => keyOf(x.settings) === key)!;
  const mb = c.trace.filter((x) => x.triggered !== null && x.heapEndBytes !== null).map((x) => (x.heapEndBytes! - x.triggered!) / 1e6);
  return `${Math.min(...mb).toFixed(1)}-${Math.max(...mb).toFixed(1)}`;
}
/** How many runs of a setting gave each cycle count, e.g. "3: 11 runs, 4: 10 runs". */
function split(key: string): string {
  const c = grid.find((x) => keyOf(x.settings) === key)!;
  const n = new Map<number, number>();
  for (const k of c.counts) n.set(k, (n.get(k) ?? 0) + 1);
  return [...n].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v} runs`).join(', ');
}
const known: Record<string, { cycles?: string; peak?: string }> = {
  'GOGC=400 P=1 live=2MiB': { peak: `at GOGC=400 the next goal moves by five times any change in the marked heap, so the real marks' spread in what they allocate black (${black('GOGC=400 P=1 live=2MiB')} MB in the stored run) spreads the peaks; the model's marks vary less (no scheduling noise) and its peak sits near the low end` },
  'GOGC=200 P=1 live=8MiB': { cycles: `the runs split between 3 and 4 cycles (${split('GOGC=200 P=1 live=8MiB')}); the model runs 4` },
  'GOGC=off GOMEMLIMIT=37MiB P=1 live=32MiB': { cycles: TIGHT },
  'GOGC=25 P=2 live=2MiB': { peak: WAIT },
  'GOGC=50 P=2 live=2MiB': { peak: WAIT },
  'GOGC=100 P=2 live=2MiB': { peak: WAIT },
  'GOGC=off GOMEMLIMIT=7MiB P=2 live=2MiB': { peak: WAIT },
  'GOGC=100 GOMEMLIMIT=7MiB P=2 live=2MiB': { cycles: 'the count grows with how long the idle P takes to wake, which the model takes as one median (go-gc-wake.json): with no wake-up delay it runs 65 cycles, with 100 µs 70 (71 with the 117 µs of an earlier recording), just outside 15%', peak: WAIT },
  'GOGC=off GOMEMLIMIT=37MiB P=2 live=32MiB': { cycles: KNIFE },
};
for (const c of grid) if (c.settings.GOMAXPROCS === 4) known[keyOf(c.settings)] ??= {};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/**
 * The program's allocation speed (bytes per ns of mutator CPU) at a live-heap size, from its own
 * runs where the GC runs least and the heap is reused: GOGC=off under the roomy limit at
 * GOMAXPROCS=1, total / (loop wall time x (1 - GCCPUFraction)). Writing every byte of a ring that
 * outgrows the caches makes it 1.2, 0.7 and 0.4 B/ns at 2, 8 and 32 MiB live.
 */
function mutatorRate(live: number): number {
  const c = grid.find((x) => x.settings.GOMAXPROCS === 1 && x.settings.GOGC === 'off' && x.settings.live === live && x.settings.GOMEMLIMIT === 2 * live + 6 * MiB)!;
  return c.settings.total / (median(c.elapsedNs) * (1 - median(c.gcCpuFraction)));
}

/**
 * How long this host took to wake an idle P's thread into a mark (go-gc-wake.json: runtime/trace at
 * GOMAXPROCS=2, the median over every mark of nine runs). Like the mutator's speed, an input.
 */
const idleWakeNs = (JSON.parse(readFileSync('tests/fixtures/calibration/go-gc-wake.json', 'utf8')) as { delayNsMedian: number }).delayNsMedian;

const results = new Map<Cell, GcWorkloadResult>();
function sim(c: Cell): GcWorkloadResult {
  let r = results.get(c);
  if (!r) {
    const s = c.settings;
    r = simulateGcWorkload({
      gcPercent: s.GOGC === 'off' ? -1 : Number(s.GOGC),
      memoryLimit: s.GOMEMLIMIT ?? undefined,
      gomaxprocs: s.GOMAXPROCS,
      liveBytes: s.live,
      allocBytesTotal: s.total,
      objectSize: s.obj,
      allocRate: mutatorRate(s.live),
      idleWakeNs,
    });
    results.set(c, r);
  }
  return r;
}
const within = (model: number, real: number) => Math.abs(model - real) <= 0.15 * real;
const peakOf = (r: GcWorkloadResult) => Math.max(0, ...r.cycles.map((x) => x.heapEnd));

describe('GC grid: the model within 15% of the go1.23.5 medians', () => {
  it('covers GOGC 25-800, off with two limits and 100 with a limit, GOMAXPROCS 1, 2 and 4, three live-heap sizes, 21 runs each', () => {
    expect(new Set(grid.map((c) => c.settings.GOGC))).toEqual(new Set(['25', '50', '100', '200', '400', '800', 'off']));
    expect(new Set(grid.map((c) => c.settings.GOMAXPROCS))).toEqual(new Set([1, 2, 4]));
    expect(new Set(grid.map((c) => c.settings.live)).size).toBe(3);
    for (const c of grid) expect(c.counts).toHaveLength(21);
  });
  for (const c of grid) {
    const key = keyOf(c.settings);
    it(key, () => {
      const r = sim(c);
      const k = known[key];
      const cyc = within(r.numGC, c.medianCycles);
      const peak = within(peakOf(r), c.medianPeakHeap);
      const MB = (b: number) => (b / 1e6).toFixed(1);
      const msg = `model ${r.numGC} cycles / peak ${MB(peakOf(r))} MB, real ${c.medianCycles} (${span(c.counts)}) / ${MB(c.medianPeakHeap)} MB (${MB(Math.min(...c.peaks))}-${MB(Math.max(...c.peaks))})`;
      if (c.settings.GOMAXPROCS === 4) return; // P4: recorded, not held (see P4); counted below
      expect(cyc, `${msg}${k?.cycles ? ` (listed as a mismatch: ${k.cycles}; remove it)` : ''}`).toBe(!k?.cycles);
      expect(peak, `${msg}${k?.peak ? ` (listed as a mismatch: ${k.peak}; remove it)` : ''}`).toBe(!k?.peak);
    });
  }
  // Every miss is listed above; this bounds how many there may be.
  it.each([1, 2])('GOMAXPROCS=%i: at least 80 percent of the 54 medians (cycles and peaks) within 15 percent', (procs) => {
    const cells = grid.filter((c) => c.settings.GOMAXPROCS === procs);
    expect(cells).toHaveLength(27);
    const ok = cells.reduce((n, c) => n + +within(sim(c).numGC, c.medianCycles) + +within(peakOf(sim(c)), c.medianPeakHeap), 0);
    expect(ok).toBeGreaterThanOrEqual(0.8 * 2 * cells.length);
  });
  it('the pacer states the tight-limit gap as the grid shows it (four of six within 15%, the others quoted with their errors)', () => {
    const tight = grid.filter((c) => c.settings.GOMAXPROCS !== 4 && c.settings.GOGC === 'off' && c.settings.GOMEMLIMIT === c.settings.live + 5 * MiB);
    expect(tight).toHaveLength(6);
    const err = (c: Cell) => (sim(c).numGC - c.medianCycles) / c.medianCycles;
    expect(tight.filter((c) => Math.abs(err(c)) <= 0.15)).toHaveLength(4);
    const text = SIMPLIFICATIONS.find((s) => s.startsWith('A memory limit 5 MiB over the live heap'))!;
    expect(text).toContain('in four of the GC grid\'s six such settings');
    const cell = (procs: number, live: number) => tight.find((c) => c.settings.GOMAXPROCS === procs && c.settings.live === live * MiB)!;
    const p1 = cell(1, 32);
    expect(text).toContain(`${sim(p1).numGC} cycles for ${p1.medianCycles}, ${Math.round(-err(p1) * 100)}% too few`);
    const p2 = cell(2, 32);
    expect(text).toContain(`the model ${sim(p2).numGC}, ${(sim(p2).numGC / p2.medianCycles).toFixed(1)} times the real median; ${p2.counts.length} real runs ${span(p2.counts)};`);
  });
  it('at GOMAXPROCS=2, 32 MiB live and a 37 MiB limit, the count follows the non-heap memory as the pacer says', () => {
    const c = grid.find((x) => keyOf(x.settings) === 'GOGC=off GOMEMLIMIT=37MiB P=2 live=32MiB')!;
    const s = c.settings;
    const held = [2.85, 3.1].map(
      (nh) =>
        simulateGcWorkload({ gcPercent: -1, memoryLimit: s.GOMEMLIMIT!, gomaxprocs: 2, liveBytes: s.live, allocBytesTotal: s.total, objectSize: s.obj, allocRate: mutatorRate(s.live), idleWakeNs, nonHeapMemory: nh * MiB }).numGC,
    );
    expect(KNIFE).toContain(`${held[0]} and ${held[1]} cycles`);
    expect(SIMPLIFICATIONS.some((x) => x.includes(`the model ${sim(c).numGC},`) && x.includes(`2.85 or 3.1 MiB, ${held[0]} or ${held[1]}`))).toBe(true);
  });
  it('the pacer quotes how often the GOMAXPROCS=2 idle mark worker did not run, as go-mark-wait.json recorded it', () => {
    expect(at(2)).toHaveLength(3);
    expect(SIMPLIFICATIONS.some((s) => s.includes(`did not run in ${span(at(2).map((r) => r.idleZero))} of ${span(at(2).map((r) => r.cycles))} cycles`))).toBe(true);
    // At one P the idle worker never runs (no idle P) and marks are about half as long.
    for (const r of at(1)) expect(r.idleZero).toBe(r.cycles);
    expect(Math.max(...at(1).map((r) => r.markMsMedian))).toBeLessThan(Math.min(...at(2).map((r) => r.markMsMedian)));
  });
  it('the pacer quotes the idle P\'s wake-up as go-gc-wake.json measured it', () => {
    expect(idleWakeNs).toBeGreaterThan(10_000);
    expect(SIMPLIFICATIONS.some((s) => s.includes(`started a median ${Math.round(idleWakeNs / 1e3)} µs after the mark began`))).toBe(true);
  });
  it('GOMAXPROCS=4 is listed with its reason', () => {
    expect(P4).toMatch(/2-CPU host/);
  });
  it('trigger points: (trigger - marked) / (goal - marked) within 0.1 of the real runs from the fourth cycle on (GOMAXPROCS=1)', () => {
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    let compared = 0;
    for (const c of grid.filter((x) => x.settings.GOMAXPROCS === 1 && x.settings.GOMEMLIMIT === null)) {
      // The real heapMarked from the exact goal: goal = marked + (marked + stacks + globals) * GOGC/100.
      const g = Number(c.settings.GOGC) / 100;
      const real: number[] = [];
      for (const x of c.trace.slice(3)) {
        if (x.triggered === null || x.goalBytes === null) continue;
        const marked = (x.goalBytes - 166_000 * g) / (1 + g);
        real.push((x.triggered - marked) / (x.goalBytes - marked));
      }
      if (real.length < 2) continue;
      const r = sim(c);
      const model = r.cycles.slice(3).map((x, i) => (x.triggered - r.cycles[i + 2].heapMarked) / (r.cycles[i + 2].nextGoal - r.cycles[i + 2].heapMarked));
      expect(Math.abs(mean(model) - mean(real)), `${keyOf(c.settings)}: model ${mean(model).toFixed(2)}, real ${mean(real).toFixed(2)}`).toBeLessThanOrEqual(0.1);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });
});
