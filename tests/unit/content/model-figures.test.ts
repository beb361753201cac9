// Every model figure a lesson prints (GcFigure, ArenaFigure and their Predict twins) and every playground
// link it makes must resolve: the build would fail on them, this says which one, faster.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arenaMeasure, type ArenaFigureSpec } from '@/lib/arena/figures';
import { gcMeasure, type GcFigureSpec } from '@/lib/gclab/figures';
import { growthMeasure, type GrowthFigureSpec } from '@/lib/growth/figures';
import { poolMeasure, type PoolFigureSpec } from '@/lib/go/pool-figures';
import { loadExamples } from '@/lib/playground/load-examples';
import { profileMeasure, type ProfileFigureSpec } from '@/lib/profile/figures';
import { runMeasure, type RunFigureSpec } from '@/lib/playground/example-figures';
import { sizeClassMeasure, type SizeClassFigureSpec } from '@/lib/go/size-figures';
import { layoutMeasure, type LayoutFigureSpec } from '@/lib/types/layout-figures';

const lessons = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx'));
const attrs = (s: string) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));

describe.each(lessons)('%s', (file) => {
  const text = readFileSync(`content/lessons/${file}`, 'utf8');
  it('has model figures that resolve to numbers', () => {
    for (const m of text.matchAll(/<(Gc|Arena|Pool)(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) {
      const spec = attrs(m[2]);
      const v =
        m[1] === 'Gc' ? gcMeasure(spec as unknown as GcFigureSpec) : m[1] === 'Arena' ? arenaMeasure(spec as unknown as ArenaFigureSpec) : poolMeasure(spec as unknown as PoolFigureSpec);
      expect(Number.isFinite(v), m[0]).toBe(true);
    }
  });
  it('reads its profile figures from files the site serves', () => {
    for (const m of text.matchAll(/<Profile(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) {
      const spec = { ...attrs(m[1]), cum: /\bcum\b/.test(m[1]), period: /\bperiod\b/.test(m[1]) } as unknown as ProfileFigureSpec;
      expect(Number.isFinite(profileMeasure(spec)), m[0]).toBe(true);
    }
  });
  it('has run figures whose examples run to the end', () => {
    for (const m of text.matchAll(/<Run(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) expect(Number.isFinite(runMeasure(attrs(m[1]) as unknown as RunFigureSpec)), m[0]).toBe(true);
  });
  it('has growth figures the growth model can compute', () => {
    for (const m of text.matchAll(/<Growth(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) expect(growthMeasure(attrs(m[1]) as unknown as GrowthFigureSpec), m[0]).toBeGreaterThan(0);
  });
  it('has layout figures the models can compute', () => {
    for (const m of text.matchAll(/<Layout(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) expect(layoutMeasure(attrs(m[1]) as unknown as LayoutFigureSpec), m[0]).toBeGreaterThanOrEqual(0);
  });
  it('has size-class figures the Go model can compute', () => {
    for (const m of text.matchAll(/<SizeClass(?:Figure|Predict)\b([\s\S]*?)\/>/gs)) expect(sizeClassMeasure(attrs(m[1]) as unknown as SizeClassFigureSpec), m[0]).toBeGreaterThanOrEqual(0);
  });
  it('links only playground examples that exist', () => {
    const ids = new Set(loadExamples().map((e) => e.id));
    for (const m of text.matchAll(/<PlaygroundLink\s+example="([^"]+)"/g)) expect(ids.has(m[1]), m[1]).toBe(true);
  });
});
