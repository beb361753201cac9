import { describe, expect, it } from 'vitest';
import { aggregateMarks, aggregatePoints, MAX_DRAWN_POINTS } from '@/lib/gclab/aggregate';
import { findPreset } from '@/lib/gclab/presets';
import { MiB, runLab, runSettings, summarize } from '@/lib/gclab/run';
import type { GcLabState } from '@/lib/gclab/state';

const preset = (id: string): GcLabState => findPreset(id)!.state;

describe('GC lab runs', () => {
  it('steady state: every goal is the marked heap plus GOGC% of heap and roots, and the heap drops to the marked heap after each cycle', () => {
    const r = runLab(preset('steady')).a;
    expect(r.cycles.length).toBeGreaterThan(10);
    for (const c of r.cycles.slice(1)) expect(c.goal).toBeGreaterThanOrEqual(c.heapMarked);
    for (const [i, c] of r.cycles.entries()) {
      const end = r.points.findLastIndex((p) => p.t === c.endTime / 1e9 && p.heap === c.heapMarked);
      expect(end, `cycle ${i}`).toBeGreaterThan(0);
      expect(r.points[end].live).toBe(c.heapMarked);
    }
    // Points run forward in time and the goal steps cover the run without gaps.
    for (let i = 1; i < r.points.length; i++) expect(r.points[i].t).toBeGreaterThanOrEqual(r.points[i - 1].t);
    for (let i = 1; i < r.goals.length; i++) expect(r.goals[i].t0).toBeCloseTo(r.goals[i - 1].t1, 9);
    expect(r.goals[r.goals.length - 1].t1).toBeCloseTo(r.endSeconds, 9);
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
    const pts = Array.from({ length: MAX_DRAWN_POINTS * 2 }, (_, i) => ({ t: i, heap: (i % 7) * 10, live: 5 + (i % 3), nonHeap: 1 }));
    const { points, aggregated } = aggregatePoints(pts, 0, pts.length, 100);
    expect(aggregated).toBe(true);
    expect(points).toHaveLength(200);
    expect(Math.max(...points.map((p) => p.heap))).toBe(60);
    expect(Math.min(...points.map((p) => p.live))).toBe(5);
    expect(aggregatePoints(pts.slice(0, 10), 0, 10, 100).points).toHaveLength(10);
    const marks = aggregateMarks(Array.from({ length: 1000 }, (_, i) => i / 10), 0, 100, 10);
    expect(marks).toHaveLength(10);
    expect(marks.reduce((t, m) => t + m.count, 0)).toBe(1000);
  });
});
