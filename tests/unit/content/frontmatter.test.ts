import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { loadLessons } from '@/lib/content/lessons';
import { tableOfContents } from '@/lib/content/toc';

const valid = { title: 'Growing', summary: 'A summary that is long enough', track: 'foundations', order: 1, minutes: 10, objectives: ['one thing'] };

describe('front-matter', () => {
  it('accepts a complete lesson and defaults prerequisites', () => {
    expect(parseFrontmatter('x.mdx', valid).prerequisites).toEqual([]);
  });

  it('names the file and every bad field', () => {
    expect(() => parseFrontmatter('content/lessons/x.mdx', { ...valid, track: 'nope', minutes: 'ten' })).toThrow(
      /content\/lessons\/x\.mdx: invalid front-matter: .*track.*minutes|content\/lessons\/x\.mdx: invalid front-matter: .*minutes.*track/,
    );
  });

  it('rejects unknown keys (typos)', () => {
    expect(() => parseFrontmatter('x.mdx', { ...valid, titel: 'x' })).toThrow(/titel/);
  });

  it('rejects a prerequisite that is not a lesson and a duplicate order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
    const write = (name: string, extra: string) =>
      fs.writeFileSync(path.join(dir, name), `---\ntitle: T ${name}\nsummary: A summary that is long enough\ntrack: foundations\norder: 1\nminutes: 5\nobjectives: [learn]\n${extra}---\n\n## A\n`);
    write('a.mdx', 'prerequisites: [nowhere]\n');
    expect(() => loadLessons(dir)).toThrow(/content\/lessons\/a\.mdx: prerequisite "nowhere" is not a lesson/);
    write('a.mdx', '');
    write('b.mdx', '');
    expect(() => loadLessons(dir)).toThrow(/b\.mdx: order 1 in track foundations is also used by .*a\.mdx/);
  });
});

describe('table of contents', () => {
  it('lists ## and ### headings outside code fences with rehype-slug ids', () => {
    const src = '# Title\n\n## Why `append` doubles\n\n```go\n## not a heading\n```\n\n### A [link](/x) here\n\n## Why `append` doubles\n';
    expect(tableOfContents(src)).toEqual([
      { depth: 2, text: 'Why append doubles', id: 'why-append-doubles' },
      { depth: 3, text: 'A link here', id: 'a-link-here' },
      { depth: 2, text: 'Why append doubles', id: 'why-append-doubles-1' },
    ]);
  });
});
