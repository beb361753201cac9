// A remark step: the first mention of each glossary term in a lesson (content/glossary.json, by the
// term's `aliases`, whole words, any case) becomes a link to its entry on /glossary/. Headings, links,
// code, maths and JSX components are left alone. Plain ESM without dependencies: the MDX loader imports
// it by path (lib/content/mdx-options.mjs), and so does the lesson test.

import fs from 'node:fs';
import path from 'node:path';

/** Node types whose text is never linked. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'math', 'inlineMath', 'yaml', 'toml', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The alias matcher for a glossary: longest aliases first, whole words only. */
export function glossaryMatcher(terms) {
  const byAlias = new Map();
  for (const t of terms) for (const a of t.aliases) byAlias.set(a.toLowerCase(), t);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  if (aliases.length === 0) return null;
  // Lookarounds instead of \b, so that aliases ending in punctuation (sync.Pool) still match.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${aliases.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { re, byAlias };
}

/** The glossary, read from the project (the MDX loader and the tests run from its root). Pages import lib/content/glossary.ts instead. */
export function readGlossary() {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'glossary.json'), 'utf8'));
}

function firstSentence(s) {
  const m = /^(.+?[.!?])(\s|$)/.exec(s);
  return (m ? m[1] : s).replace(/`/g, '');
}

export default function remarkGlossary(options = {}) {
  const terms = options.terms ?? readGlossary();
  const matcher = glossaryMatcher(terms);
  const base = options.base ?? '/glossary/';
  return (tree) => {
    if (!matcher) return;
    const linked = new Set();
    const visit = (node) => {
      if (!node.children) return;
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (SKIP.has(child.type)) continue;
        if (child.type !== 'text') {
          visit(child);
          continue;
        }
        const parts = split(child.value, matcher, linked, base);
        if (parts) {
          node.children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      }
    };
    visit(tree);
  };
}

/** The text split around the first mentions of terms not linked yet, or null when there are none. */
function split(text, { re, byAlias }, linked, base) {
  const out = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const term = byAlias.get(m[0].toLowerCase());
    if (!term || linked.has(term.id)) continue;
    linked.add(term.id);
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({
      type: 'link',
      url: `${base}#${term.id}`,
      title: firstSentence(term.definition),
      data: { hProperties: { className: ['glossary-link'] } },
      children: [{ type: 'text', value: m[0] }],
    });
    last = m.index + m[0].length;
  }
  if (out.length === 0) return null;
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}
