// The playground's example programs: content/playground/examples/index.json lists them (title and
// what each teaches); the sources sit beside it. Read at build time by load-examples.ts.

import type { Lang, Settings } from './settings';

export interface Example {
  id: string;
  lang: Lang;
  title: string;
  teaches: string;
  code: string;
  /** Settings the example is meant to be run with (e.g. a GOGC to compare). */
  settings?: Partial<Settings>;
  /** A second setting to compare against, for examples about a knob. */
  compareSettings?: Partial<Settings>;
  /** A second program (B) the example opens Compare with: a fix beside the mistake, or an alternative. */
  compareCode?: string;
  /** The rustc/Go error code program A is meant to stop with (an example about a compile error). */
  fails?: string;
}

export function examplesFor(all: Example[], lang: Lang): Example[] {
  return all.filter((e) => e.lang === lang);
}

export function findExample(all: Example[], lang: Lang, id: string): Example | undefined {
  return all.find((e) => e.lang === lang && e.id === id);
}

/** The example a language opens with. */
export function defaultExample(all: Example[], lang: Lang): Example {
  const e = examplesFor(all, lang)[0];
  if (!e) throw new Error(`no ${lang} example`);
  return e;
}
