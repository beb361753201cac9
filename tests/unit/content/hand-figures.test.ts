// A figure the runtime determines must come from the model: lessons print them with figure components,
// and the few typed by hand are listed in hand-figures.allow.ts with the model value they must equal.
// A hand-typed figure that is not listed, or that disagrees with its model, fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proseFigures } from '@/lib/content/prose-figures';
import { HAND_FIGURES } from './hand-figures.allow';

const lessons = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

describe('proseFigures', () => {
  it('finds figures in prose and skips code, inline code and figure components', () => {
    const mdx = 'A 1 KiB buffer, then 32 768 bytes.\n\n```go\nx := 512 // 512 bytes\n```\n`8 bytes` and <RunFigure measure="heapBytes" /> bytes; capacity 5.';
    expect(proseFigures(mdx).map((f) => [f.text, f.value, f.line])).toEqual([
      ['1 KiB', 1024, 1],
      ['32 768 bytes', 32768, 1],
      ['capacity 5', 5, 6],
    ]);
  });
});

describe.each(lessons)('%s', (slug) => {
  const found = proseFigures(readFileSync(`content/lessons/${slug}.mdx`, 'utf8'));
  const allowed = HAND_FIGURES[slug] ?? [];
  it('types no runtime figure by hand that the allow list does not hold to a model', () => {
    const unlisted = found.filter((f) => !allowed.some((a) => a.text === f.text)).map((f) => `line ${f.line}: "${f.text}"`);
    expect(unlisted, 'render these with a figure component, or list them in hand-figures.allow.ts').toEqual([]);
  });
  it('agrees with the model on every figure it types by hand', () => {
    for (const a of allowed) {
      const f = found.find((x) => x.text === a.text);
      expect(f, `"${a.text}" is listed but no longer in the lesson`).toBeDefined();
      if (f && 'equals' in a) expect(f.value, `"${a.text}" (line ${f.line})`).toBe(a.equals());
    }
  });
});
