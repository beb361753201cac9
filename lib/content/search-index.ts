import GithubSlugger from 'github-slugger';
import matter from 'gray-matter';
import fs from 'node:fs';
import path from 'node:path';
import { renderFigures } from './figure-values';
import { glossary } from './glossary';
import { glossaryMatcher, type GlossaryTerm } from './remark-glossary.mjs';
import { loadLessons, type Lesson } from './lessons';
import { plainText } from './toc';
import { tracks } from './tracks';

// Build-time only: the search index (one document per lesson section and per glossary term), served
// as /search-index.json by app/search-index.json/route.ts and searched in the browser (lib/search).

export interface SearchDoc {
  /** Where the result leads: a lesson section (/lessons/slug/#id) or a glossary entry. */
  href: string;
  /** The lesson's title, or "Glossary". */
  page: string;
  /** The section heading (empty for a lesson's introduction), or the term. */
  section: string;
  /** The lesson's track, for lessons. */
  track?: string;
  text: string;
}

export interface SearchIndex {
  v: 1;
  docs: SearchDoc[];
}

/** MDX prose to plain text: figures as the numbers they print, JSX attributes' strings kept (a Predict question is worth finding), markup dropped. */
export function mdxToText(md: string): string {
  return renderFigures(md)
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][\w.]*((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*)\s*\/?>/g, (_m, attrs: string) =>
      [...(attrs ?? '').matchAll(/[\w-]+=(?:"([^"]*)"|'([^']*)')/g)].map((a) => a[1] ?? a[2]).join(' '),
    )
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\\[a-zA-Z]+/g, ' ')
    .replace(/\$\$?|[{}]/g, ' ')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|>#~]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** A lesson's body split at its ## and ### headings, with the ids rehype-slug gives them. */
export function lessonSections(body: string): { id: string; heading: string; text: string }[] {
  const slugger = new GithubSlugger();
  const sections: { id: string; heading: string; lines: string[] }[] = [{ id: '', heading: '', lines: [] }];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1].startsWith(fence)) fence = null;
      continue; // the fence line itself (```go) is not text
    }
    const h = fence === null ? /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (h) {
      const heading = plainText(h[2]);
      const id = slugger.slug(heading);
      if (h[1].length === 2 || h[1].length === 3) {
        sections.push({ id, heading, lines: [] });
        continue;
      }
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections.map((s) => ({ id: s.id, heading: s.heading, text: mdxToText(s.lines.join('\n')) })).filter((s) => s.text || s.heading);
}

function lessonBody(l: Lesson): string {
  return matter(fs.readFileSync(path.join(process.cwd(), l.file), 'utf8')).content;
}

export function buildSearchIndex(lessons: Lesson[] = loadLessons(), terms: GlossaryTerm[] = glossary): SearchIndex {
  const docs: SearchDoc[] = [];
  for (const l of lessons) {
    const track = tracks.find((t) => t.id === l.track)?.title;
    for (const s of lessonSections(lessonBody(l))) {
      const intro = s.id === '';
      docs.push({
        href: `/lessons/${l.slug}/${intro ? '' : `#${s.id}`}`,
        page: l.title,
        section: s.heading,
        track,
        text: intro ? `${l.summary}\n${l.objectives.join('\n')}\n${s.text}` : s.text,
      });
    }
  }
  for (const t of terms) docs.push({ href: `/glossary/#${t.id}`, page: 'Glossary', section: t.term, text: `${t.definition}` });
  return { v: 1, docs };
}

/** For each glossary term, the lessons that mention it (by the same aliases the lessons link). */
export function termUsage(lessons: Lesson[] = loadLessons(), terms: GlossaryTerm[] = glossary): Record<string, { slug: string; title: string }[]> {
  const out: Record<string, { slug: string; title: string }[]> = {};
  const m = glossaryMatcher(terms);
  if (!m) return out;
  for (const l of lessons) {
    const text = lessonSections(lessonBody(l)).map((s) => s.text).join('\n');
    const found = new Set<string>();
    for (const hit of text.matchAll(m.re)) {
      const t = m.byAlias.get(hit[0].toLowerCase());
      if (t) found.add(t.id);
    }
    for (const id of found) (out[id] ??= []).push({ slug: l.slug, title: l.title });
  }
  return out;
}
