import { describe, expect, it } from 'vitest';
import { buildSearchIndex, lessonSections, mdxToText } from '@/lib/content/search-index';
import { growthMeasure } from '@/lib/growth/figures';
import { readIndex, SearchEngine, snippet, tokenize } from '@/lib/search/search';

describe('search index (build time)', () => {
  const index = buildSearchIndex();

  it('holds every lesson section and every glossary term, as text without markup', () => {
    const lesson = index.docs.filter((d) => d.href.startsWith('/lessons/slice-growth/'));
    expect(lesson.map((d) => d.section)).toContain('Then the allocator rounds up');
    expect(lesson.find((d) => d.section === 'Then the allocator rounds up')!.href).toBe('/lessons/slice-growth/#then-the-allocator-rounds-up');
    for (const d of lesson) expect(d.text).not.toMatch(/<[A-Z]|\*\*|```|\\frac/);
    expect(index.docs.some((d) => d.href === '/glossary/#victim-cache')).toBe(true);
    // Small enough to fetch on the search page without a second thought.
    expect(JSON.stringify(index).length).toBeLessThan(200_000);
  });

  it('keeps the words of JSX string attributes and drops the markup', () => {
    expect(mdxToText('<Predict question="How many times?" spec={{ n: 3 }} />\n**bold** `code` [a link](/x)')).toBe('How many times?\n bold code a link');
    expect(lessonSections('intro\n## A `b`\ntext\n```go\n## not a heading\n```\n### C\nmore').map((s) => [s.id, s.heading])).toEqual([
      ['', ''],
      ['a-b', 'A b'],
      ['c', 'C'],
    ]);
  });
});

describe('search (browser)', () => {
  const engine = new SearchEngine(buildSearchIndex().docs);

  it('indexes a figure as the number it prints, and never a Predict answer', () => {
    const fig = '<GrowthFigure lang="go" type="byte" n="1000" step="8" measure="newCap" />';
    const printed = growthMeasure({ lang: 'go', type: 'byte', n: '1000', step: '8', measure: 'newCap' }).toLocaleString('en-US');
    expect(mdxToText(`grows to ${fig} bytes`)).toBe(`grows to ${printed} bytes`);
    expect(mdxToText('<GrowthPredict question="How far?" lang="go" type="byte" n="1000" step="8" measure="newCap" />')).not.toContain(printed);
  });

  it('finds a lesson by a word in its body, at the section that holds it', () => {
    const hits = engine.search('896');
    expect(hits[0].doc.href).toMatch(/^\/lessons\/slice-growth\/#/);
    expect(hits[0].snippet.some((s) => s.mark && s.text === '896')).toBe(true);
  });

  it('matches prefixes, folds case and accents, and requires every word', () => {
    expect(engine.search('REALLOC').length).toBeGreaterThan(0);
    expect(engine.search('victim cache')[0].doc.href).toBe('/glossary/#victim-cache');
    expect(engine.search('nextslicecap zzzznotaword')).toEqual([]);
    expect(tokenize('Café sync.Pool')).toEqual(['cafe', 'sync', 'pool']);
    expect(engine.search('   ')).toEqual([]);
  });

  it('cuts a snippet around the first match', () => {
    const s = snippet('a '.repeat(200) + 'needle and more', ['needle'], 60);
    expect(s[0].text).toBe('…');
    expect(s.find((x) => x.mark)!.text).toBe('needle');
  });

  it('refuses an index file of the wrong shape', () => {
    expect(readIndex(null)).toBe(null);
    expect(readIndex({ v: 2, docs: [] })).toBe(null);
    expect(readIndex({ v: 1, docs: [{ href: 'javascript:x', page: 'p', section: '', text: '' }, 3] })).toEqual({ v: 1, docs: [] });
  });
});
