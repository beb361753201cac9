// The views' data: flame tree, its layout budget, search, diff and per-line figures, on a real
// profile and on small hand-made ones whose answers are known.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffProfiles, filesOf, linesOf } from '@/lib/profile/compare';
import { countNodes, flameTree, layoutFlame, searchFlame } from '@/lib/profile/flame';
import { top, totals, type Profile } from '@/lib/profile/model';
import { readProfile } from '@/lib/profile/read';

const real = readProfile(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'profiles', 'go-allocs-rate1.pb.gz')))).profile;

const tiny = (samples: [number[], number][]): Profile => ({
  format: 'pprof',
  sampleTypes: [{ type: 'alloc_space', unit: 'bytes' }],
  heapIndex: { allocObjects: null, allocBytes: 0, inuseObjects: null, inuseBytes: null },
  frames: [
    { function: 'leafA', file: 'a.go', line: 10 },
    { function: 'leafB', file: 'a.go', line: 20 },
    { function: 'mid', file: 'a.go', line: 30 },
    { function: 'main', file: 'a.go', line: 40 },
  ],
  samples: samples.map(([stack, v]) => ({ stack, values: [v] })),
  meta: {},
});

describe('flame graph data', () => {
  it('sums to the profile total at the root and at every level, and self matches pprof flat', () => {
    const root = flameTree(real, 1);
    expect(root.value).toBe(totals(real).allocBytes);
    const check = (n: typeof root) => {
      expect(n.children.reduce((t, c) => t + c.value, 0) + n.self).toBe(n.value);
      n.children.forEach(check);
    };
    check(root);
    const selfOf = new Map<string, number>();
    const walk = (n: typeof root) => {
      selfOf.set(n.name, (selfOf.get(n.name) ?? 0) + n.self);
      n.children.forEach(walk);
    };
    walk(root);
    for (const r of top(real, 1).slice(0, 5)) expect(selfOf.get(r.function)).toBe(r.flat);
  });

  it('folds what is narrower than a pixel and keeps to the rectangle budget', () => {
    const p = tiny([
      [[0, 2, 3], 1000],
      [[1, 2, 3], 1],
    ]);
    const root = flameTree(p, 0);
    const wide = layoutFlame(root, 10_000);
    expect(wide.rects.map((r) => r.node.name)).toEqual(['all', 'main', 'mid', 'leafA', 'leafB']);
    expect(wide.hidden).toBe(0);
    const narrow = layoutFlame(root, 100);
    expect(narrow.rects.map((r) => r.node.name)).toEqual(['all', 'main', 'mid', 'leafA']);
    expect(narrow.hidden).toBe(1);
    expect(layoutFlame(root, 10_000, 1, 2).rects).toHaveLength(2);
    expect(countNodes(root)).toBe(5);
  });

  it('search finds nodes and does not count a match under a match twice', () => {
    const root = flameTree(tiny([[[0, 2, 3], 7], [[1, 2, 3], 3], [[2, 3], 5]]), 0);
    const r = searchFlame(root, 'MI');
    expect([...r.matches].map((n) => n.name)).toEqual(['mid']);
    expect(r.value).toBe(15);
    expect(searchFlame(root, 'leaf').value).toBe(10);
  });
});

describe('diff and lines', () => {
  it('diff: what changed between base and current, largest change first', () => {
    const base = tiny([[[0, 2, 3], 100], [[1, 2, 3], 50]]);
    const cur = tiny([[[0, 2, 3], 10], [[1, 2, 3], 60], [[2, 3], 5]]);
    expect(diffProfiles(base, cur, 'alloc_space').map((r) => [r.function, r.base, r.current, r.delta])).toEqual([
      ['leafA', 100, 10, -90],
      ['leafB', 50, 60, 10],
      ['mid', 0, 5, 5],
    ]);
    expect(() => diffProfiles(base, real, 'nope')).toThrow(/sample type nope/);
  });

  it('lines: flat and cum per line, like pprof -list', () => {
    const p = tiny([[[0, 2, 3], 7], [[1, 2, 3], 3], [[2, 3], 5]]);
    expect(linesOf(p, 0, 'a.go')).toEqual([
      { line: 10, flat: 7, cum: 7 },
      { line: 20, flat: 3, cum: 3 },
      { line: 30, flat: 5, cum: 15 },
      { line: 40, flat: 0, cum: 15 },
    ]);
    expect(filesOf(real, 1)[0].file).toMatch(/main\.go$|proc\.go$/);
  });
});
