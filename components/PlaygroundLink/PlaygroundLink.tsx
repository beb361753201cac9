// What lessons write: <PlaygroundLink example="bump-arena">Run it</PlaygroundLink>. A server component:
// the link carries the example's program in its hash, built at build time (an unknown id fails the build).

import type { ReactNode } from 'react';
import { exampleHash } from '@/lib/playground/example-link';
import { loadExamples } from '@/lib/playground/load-examples';

export async function PlaygroundLink({ example, children }: { example: string; children?: ReactNode }) {
  const e = loadExamples().find((x) => x.id === example);
  if (!e) throw new Error(`PlaygroundLink: no playground example "${example}"`);
  const hash = await exampleHash(e);
  return <a href={`/playground/#${hash}`}>{children ?? `Open “${e.title}” in the playground`}</a>;
}
