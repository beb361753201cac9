// The text a lesson's figure component prints (<GcFigure …/>, <GrowthFigure …/>, …), for places that
// read the MDX without rendering it: the search index, so a learner who searches for a number the
// lesson prints finds it. Same models and the same formatting as components/ModelFigure/*.tsx.
// Predict components are left out on purpose: their numbers are answers.

import { arenaMeasure, fmtArenaMeasure, type ArenaFigureSpec } from '../arena/figures';
import { fmtGcMeasure, gcMeasure, type GcFigureSpec } from '../gclab/figures';
import { fmtPoolMeasure, poolMeasure, type PoolFigureSpec } from '../go/pool-figures';
import { growthMeasure, type GrowthFigureSpec } from '../growth/figures';
import { runMeasure, type RunFigureSpec } from '../playground/example-figures';
import { fmtProfileMeasure, profileMeasure, type ProfileFigureSpec } from '../profile/figures';
import { layoutMeasure, type LayoutFigureSpec } from '../types/layout-figures';

type Attrs = Record<string, string | boolean>;

const num = (v: number) => v.toLocaleString('en-US');

const FIGURES: Record<string, (a: Attrs) => string> = {
  ArenaFigure: (a) => fmtArenaMeasure((a as unknown as ArenaFigureSpec).measure, arenaMeasure(a as unknown as ArenaFigureSpec)),
  GcFigure: (a) => fmtGcMeasure((a as unknown as GcFigureSpec).measure, gcMeasure(a as unknown as GcFigureSpec)),
  GrowthFigure: (a) => num(growthMeasure(a as unknown as GrowthFigureSpec)),
  LayoutFigure: (a) => num(layoutMeasure(a as unknown as LayoutFigureSpec)),
  PoolFigure: (a) => fmtPoolMeasure(String(a.measure), poolMeasure(a as unknown as PoolFigureSpec)),
  ProfileFigure: (a) => fmtProfileMeasure(a as unknown as ProfileFigureSpec, profileMeasure(a as unknown as ProfileFigureSpec)),
  RunFigure: (a) => num(runMeasure(a as unknown as RunFigureSpec)),
};

/** A self-closing figure tag's attributes: name="value" strings, and bare names (`cum`, `mib`) as true. */
export function figureAttrs(src: string): Attrs {
  const out: Attrs = {};
  for (const m of src.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) out[m[1]] = m[2] === undefined ? true : m[2].replace(/&amp;/g, '&');
  return out;
}

/** The printed text of `<Name attrs />`, or null when Name is not a figure component. Throws as the build would. */
export function figureText(name: string, attrs: string): string | null {
  const f = FIGURES[name];
  return f ? f(figureAttrs(attrs)) : null;
}

/** MDX with every figure tag replaced by the text it prints. */
export function renderFigures(md: string): string {
  return md.replace(/<([A-Z]\w*Figure)\b((?:[^>"]|"[^"]*")*?)\/>/g, (m, name: string, attrs: string) => figureText(name, attrs) ?? m);
}
