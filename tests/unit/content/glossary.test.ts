import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import remarkGlossary, { readGlossary } from '@/lib/content/remark-glossary.mjs';
import { termUsage } from '@/lib/content/search-index';

const terms = readGlossary();

async function html(md: string) {
  // Compile to a function body and read the links' hrefs out of it: enough to see what was linked.
  return String(await compile(md, { remarkPlugins: [remarkGfm, remarkMath, remarkFrontmatter, remarkGlossary], outputFormat: 'function-body' }));
}

describe('glossary', () => {
  it('defines the terms the lessons need, once each, with unique aliases', () => {
    const ids = terms.map((t) => t.id);
    for (const need of ['span', 'size-class', 'escape-analysis', 'pacer', 'runway', 'niche', 'victim-cache']) expect(ids).toContain(need);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = terms.flatMap((t) => t.aliases.map((a) => a.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const t of terms) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      expect(t.definition.length, t.id).toBeGreaterThan(40);
      expect(t.definition.length, t.id).toBeLessThan(450);
    }
    expect(terms.map((t) => t.term.toLowerCase())).toEqual([...terms.map((t) => t.term.toLowerCase())].sort());
  });

  it('links the first mention of a term, whole words only, never in headings, code or links', async () => {
    const out = await html('## Size classes\n\nA size class and more size classes; `span` and [span](/x).\n\nSpans, not spanning.\n');
    expect(out.match(/glossary\/#size-class/g)).toHaveLength(1);
    expect(out.match(/glossary\/#span/g)).toHaveLength(1);
    expect(out).toMatch(/children: "Spans"/);
  });

  it('links the slice-growth lesson to the glossary', async () => {
    const src = fs.readFileSync(path.join(process.cwd(), 'content/lessons/slice-growth.mdx'), 'utf8');
    const out = await html(src);
    for (const id of ['size-class', 'capacity', 'backing-array']) expect(out).toContain(`/glossary/#${id}`);
    expect(termUsage()['size-class'].map((l) => l.slug)).toContain('slice-growth');
  });
});
