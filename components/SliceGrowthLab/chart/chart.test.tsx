// @vitest-environment jsdom
import { select } from 'd3';
import { describe, expect, it } from 'vitest';
import { capSteps, MAX_RECORDED_REALLOCS, simulateGrowth, type GrowthSpec } from '@/lib/growth/simulate';
import { runSeries } from '../useGrowth';
import { drawAxes } from './axes';
import { FALLBACK_WIDTH, heightFor, makeFrame, type ChartSeries } from './frame';
import { drawMarkers, layoutMarkers, MAX_MARKERS } from './markers';
import { drawReference } from './reference';
import { drawSteps, thinSteps } from './steps';

function seriesFor(spec: GrowthSpec, key: 'a' | 'b' = 'a'): ChartSeries {
  const r = simulateGrowth(spec);
  return { key, name: key, steps: capSteps(r), marks: r.reallocs.map((x) => ({ atLen: x.atLen, oldCap: x.oldCap, newCap: x.newCap })) };
}

function layer() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.appendChild(g);
  return select(g);
}

const goAppend = (n: number): GrowthSpec => ({ lang: 'go', elemSize: 8, hasPointers: false, n, strategy: 'append' });

describe('chart frame', () => {
  it('keeps the CSS box ratio and never collapses', () => {
    expect(heightFor(640)).toBe(384);
    expect(heightFor(300)).toBe(240);
    const f = makeFrame(FALLBACK_WIDTH, 1000, [seriesFor(goAppend(1000))], false);
    expect(f.px(0)).toBe(f.margin.left);
    expect(f.py(0)).toBe(f.height - f.margin.bottom);
    expect(f.maxY).toBe(1280);
  });

  it('maps zero to the axis start in log mode', () => {
    const f = makeFrame(FALLBACK_WIDTH, 1e6, [seriesFor(goAppend(1e6))], true);
    expect(f.px(0)).toBe(f.px(1));
    expect(f.xTicks).toEqual([1, 10, 100, 1000, 10000, 100000, 1000000]);
  });
});

describe('chart layers', () => {
  it('draw axes, reference, steps and markers into their own groups, and redraw in place', () => {
    const s = [seriesFor(goAppend(1000)), seriesFor({ ...goAppend(1000), strategy: 'prealloc' }, 'b')];
    const f = makeFrame(FALLBACK_WIDTH, 1000, s, false);
    const axes = layer();
    const ref = layer();
    const steps = layer();
    const markers = layer();
    drawAxes(axes, f);
    drawReference(ref, f);
    drawSteps(steps, f, s);
    drawMarkers(markers, f, s);
    expect(axes.selectAll('text.sgl-xtick').size()).toBeGreaterThan(1);
    expect(ref.selectAll('line.sgl-ref').size()).toBe(1);
    expect(steps.selectAll('path.sgl-steps').size()).toBe(2);
    expect(steps.select('path.sgl-s-b').attr('d')).toMatch(/^M/);
    expect(markers.selectAll('path.sgl-marker').size()).toBe(s[0].marks.length + s[1].marks.length);
    expect(markers.select('path.sgl-marker title').text()).toMatch(/cap 0 → 1/);

    const one = [s[0]];
    drawSteps(steps, f, one);
    drawMarkers(markers, f, one);
    expect(steps.selectAll('path.sgl-steps').size()).toBe(1);
    expect(markers.selectAll('path.sgl-marker').size()).toBe(s[0].marks.length);
  });

  it('merges markers past the limit', () => {
    const spec: GrowthSpec = { lang: 'rust', elemSize: 8, hasPointers: false, n: 1e6, strategy: 'reserveExact', chunk: 100 };
    const s = [seriesFor(spec)];
    expect(s[0].marks.length).toBeGreaterThan(MAX_MARKERS);
    const f = makeFrame(FALLBACK_WIDTH, spec.n, s, false);
    const { markers, aggregated } = layoutMarkers(f, s);
    expect(aggregated).toBe(true);
    expect(markers.length).toBeLessThan(MAX_MARKERS);
    expect(markers.reduce((t, m) => t + m.count, 0)).toBe(s[0].marks.length);
  });

  it('thins long step paths to about two points per pixel column', () => {
    const spec: GrowthSpec = { lang: 'rust', elemSize: 8, hasPointers: false, n: 1e6, strategy: 'reserveExact', chunk: 100 };
    const s = seriesFor(spec);
    const f = makeFrame(FALLBACK_WIDTH, spec.n, [s], false);
    const thin = thinSteps(s.steps, f.px);
    expect(thin.length).toBeLessThanOrEqual(2 * FALLBACK_WIDTH + 2);
    expect(thin[0]).toEqual(s.steps[0]);
    expect(thin[thin.length - 1]).toEqual(s.steps[s.steps.length - 1]);
  });
});

// Speed is measured by `npm run bench` (scripts/bench-growth.mts), not asserted here; this checks the
// property that keeps it fast: a million elements never list more than MAX_RECORDED_REALLOCS rows.
describe('large runs', () => {
  it('keeps the reallocation list bounded while totals count every growth', () => {
    const elem = { name: '', size: 8, hasPointers: false };
    const run = runSeries('a', 'rust', elem, 1e6, { strategy: 'reserveExact', chunk: 1 });
    expect(run.error).toBeNull();
    expect(run.result!.reallocs.length).toBeLessThanOrEqual(MAX_RECORDED_REALLOCS);
    expect(run.result!.totals.allocations).toBe(1e6);
  });
});
