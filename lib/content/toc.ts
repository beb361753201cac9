import GithubSlugger from 'github-slugger';

export interface TocEntry { depth: 2 | 3; text: string; id: string }

/**
 * The table of contents of an MDX source: its ## and ### headings outside code fences.
 * Ids use github-slugger, as rehype-slug does, so the links land on the rendered anchors.
 */
export function tableOfContents(source: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1].startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = plainText(h[2]);
    const id = slugger.slug(text);
    if (h[1].length === 2 || h[1].length === 3) entries.push({ depth: h[1].length as 2 | 3, text, id });
  }
  return entries;
}

// Markdown inline syntax to the text rehype-slug sees.
export function plainText(md: string): string {
  return md
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .trim();
}
