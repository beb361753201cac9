import { describe, expect, it } from 'vitest';
import { aggregateGoals, aggregateMarks, aggregatePoints, MAX_DRAWN_POINTS } from '@/lib/gclab/aggregate';
import { findPreset } from '@/lib/gclab/presets';
import { MiB, runLab, runSettings, summarize } from '@/lib/gclab/run';
import type { GcLabState } from '@/lib/gclab/state';

const preset = (id: string): GcLabState => findPreset(id)!.state;

describe('GC lab runs', () => {
  it('steady state: every goal is the marked heap plus GOGC% of heap and roots, and the heap drops to the marked heap after each cycle', () => {
    const r = runLab(preset('steady')).a;
    const cycles = r.log.toArray();
    expect(cycles).toEqual(r.result.cycles);
    expect(cycles.length).toBeGreaterThan(10);
    for (const c of cycles.slice(1)) expect(c.goal).toBeGreaterThanOrEqual(c.heapMarked);
    const s = r.series;
    const ts = Array.from(s.t.subarray(0, s.length));
    for (const [i, c] of cycles.entries()) {
      let end = -1;
      for (let k = 0; k < s.length; k++) if (ts[k] === c.endTime / 1e9 && s.heap[k] === c.heapMarked) end = k;
      expect(end, `cycle ${i}`).toBeGreaterThan(0);
      expect(s.live[end]).toBe(c.heapMarked);
      expect(r.cycleStarts[i]).toBe(c.startTime / 1e9);
    }
    // Points run forward in time and the goal steps cover the run without gaps.
    for (let i = 1; i < s.length; i++) expect(ts[i]).toBeGreaterThanOrEqual(ts[i - 1]);
    const g = r.goals;
    expect(g.length).toBe(cycles.length + 1);
    for (let i = 1; i < g.length; i++) expect(g.t0[i]).toBeCloseTo(g.t1[i - 1], 9);
    expect(g.t1[g.length - 1]).toBeCloseTo(r.endSeconds, 9);
  });

  it('doubling GOGC about halves the cycles and raises the peak by about the live heap', () => {
    const { a, b } = runLab(preset('steady'));
    const sa = summarize(a);
    const sb = summarize(b!);
    expect(sb.cycles / sa.cycles).toBeGreaterThan(0.4);
    expect(sb.cycles / sa.cycles).toBeLessThan(0.6);
    expect((sb.peakHeap - sa.peakHeap) / MiB).toBeGreaterThan(48);
    expect(sb.gcCpuFraction).toBeLessThan(sa.gcCpuFraction);
  });

  it('GOGC=off with a memory limit: the heap stays under the limit and runs fewer cycles than GOGC=100', () => {
    const { a, b } = runLab(preset('memory-limit'));
    expect(summarize(a).peakMemory).toBeLessThanOrEqual(a.memoryLimit! * 1.02);
    expect(summarize(a).cycles * 2).toBeLessThan(summarize(b!).cycles);
  });

  it('death spiral: a live heap above the limit runs cycles back to back and the CPU limiter holds the GC near 50%', () => {
    const { a, b } = runLab(preset('death-spiral'));
    const s = summarize(a);
    expect(s.peakMemory).toBeGreaterThan(a.memoryLimit!);
    expect(s.gcCpuFraction).toBeGreaterThan(0.35);
    expect(s.gcCpuFraction).toBeLessThan(0.55);
    expect(a.result.limiterLastEnabledCycle).toBeGreaterThan(0);
    expect(summarize(b!).cycles * 5).toBeLessThan(s.cycles);
  });

  it('stops at its cycle budget and says so', () => {
    const st: GcLabState = { liveMiB: 0, goroutines: 1, phases: [{ seconds: 600, allocMiBps: 20000, survivePct: 0, deathPctPerSec: 0, scanPct: 0, nonHeapMiB: 0 }], a: { gogc: 10, memLimitMiB: null, gomaxprocs: 8 }, b: null };
    const r = runSettings(st, st.a);
    expect(r.truncated).toBe(true);
  });

  it('aggregates many points into two per bin, keeping the highest heap and lowest live heap', () => {
    const n = MAX_DRAWN_POINTS * 2;
    const col = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
    const series = { length: n, t: col((i) => i), heap: col((i) => (i % 7) * 10), live: col((i) => 5 + (i % 3)), nonHeap: col(() => 1) };
    const { points, aggregated } = aggregatePoints(series, 0, n, 100);
    expect(aggregated).toBe(true);
    expect(points).toHaveLength(200);
    expect(Math.max(...points.map((p) => p.heap))).toBe(60);
    expect(Math.min(...points.map((p) => p.live))).toBe(5);
    expect(aggregatePoints({ ...series, length: 10 }, 0, 10, 100).points).toHaveLength(10);
    const goals = { length: n, t0: col((i) => i), t1: col((i) => i + 1), goal: col((i) => i % 50) };
    const drawn = aggregateGoals(goals, 0, n, 100);
    expect(drawn).toHaveLength(100);
    expect(drawn.every((d) => d.goal === 49)).toBe(true);
    const marks = aggregateMarks(Array.from({ length: 1000 }, (_, i) => i / 10), 0, 100, 10);
    expect(marks).toHaveLength(10);
    expect(marks.reduce((t, m) => t + m.count, 0)).toBe(1000);
  });
});
