// Full-text search over the build-time index (/search-index.json, lib/content/search-index.ts), in the
// browser, with no dependency: an inverted index built when the index loads, words matched whole or
// by prefix, every word of the query required, ranked by where the words are (title, heading, text)
// and how rare they are. Pure: unit-tested in Node.

export interface SearchDoc { href: string; page: string; section: string; track?: string; text: string }
export interface SearchIndexFile { v: 1; docs: SearchDoc[] }

export interface Snippet { text: string; mark: boolean }
export interface SearchHit { doc: SearchDoc; score: number; snippet: Snippet[] }

const WEIGHT = { page: 4, section: 3, text: 1 } as const;
type Field = keyof typeof WEIGHT;

/** Lower case, accents folded, split on anything that is not a letter, digit or underscore. */
export function tokenize(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
}

interface Posting { doc: number; field: Field; count: number }

export class SearchEngine {
  private postings = new Map<string, Posting[]>();
  private vocab: string[];

  constructor(readonly docs: SearchDoc[]) {
    docs.forEach((d, i) => {
      for (const field of ['page', 'section', 'text'] as Field[]) {
        const counts = new Map<string, number>();
        for (const t of tokenize(d[field])) counts.set(t, (counts.get(t) ?? 0) + 1);
        for (const [t, count] of counts) {
          let list = this.postings.get(t);
          if (!list) this.postings.set(t, (list = []));
          list.push({ doc: i, field, count });
        }
      }
    });
    this.vocab = [...this.postings.keys()].sort();
  }

  /** Words of the index that a query word matches: itself, and (from 2 letters) the words it begins. */
  private expand(q: string): { word: string; exact: boolean }[] {
    const out: { word: string; exact: boolean }[] = [];
    if (this.postings.has(q)) out.push({ word: q, exact: true });
    if (q.length >= 2) {
      // The vocabulary is sorted: the words with prefix q are one run.
      let lo = 0;
      let hi = this.vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.vocab[mid] < q) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.vocab.length && this.vocab[i].startsWith(q); i++) if (this.vocab[i] !== q) out.push({ word: this.vocab[i], exact: false });
    }
    return out;
  }

  search(query: string, limit = 20): SearchHit[] {
    const words = [...new Set(tokenize(query))].slice(0, 12);
    if (words.length === 0) return [];
    const n = this.docs.length;
    let scores: Map<number, number> | null = null;
    const matched: string[] = [];
    for (const q of words) {
      const per = new Map<number, number>();
      for (const { word, exact } of this.expand(q)) {
        const list = this.postings.get(word)!;
        const docsWith = new Set(list.map((p) => p.doc)).size;
        const idf = Math.log(1 + n / docsWith);
        for (const p of list) {
          const s = WEIGHT[p.field] * (1 + Math.log(p.count)) * idf * (exact ? 1 : 0.6);
          per.set(p.doc, (per.get(p.doc) ?? 0) + s);
        }
        matched.push(word);
      }
      // Every word of the query must match somewhere in the document.
      const prev: Map<number, number> | null = scores;
      const next = new Map<number, number>();
      for (const [doc, s] of per) if (!prev || prev.has(doc)) next.set(doc, (prev?.get(doc) ?? 0) + s);
      scores = next;
      if (scores.size === 0) return [];
    }
    return [...scores!]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i, score]) => ({ doc: this.docs[i], score, snippet: snippet(this.docs[i].text, matched) }));
  }
}

/** A window of the text around the first matched word, with the matches marked. */
export function snippet(text: string, words: string[], width = 180): Snippet[] {
  const set = new Set(words);
  // Find word boundaries in the original text, so marks land on what the learner reads.
  const re = /[\p{L}\p{N}_]+/gu;
  const hits: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = tokenize(m[0])[0];
    if (t && set.has(t)) hits.push([m.index, m.index + m[0].length]);
  }
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space > 0 && first - space < width / 2 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space > 0 && space - end < 20 ? space : end;
  }
  const out: Snippet[] = [];
  if (start > 0) out.push({ text: '…', mark: false });
  let at = start;
  for (const [a, b] of hits) {
    if (b <= start || a >= end) continue;
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(Math.max(a, at), b), mark: true });
    at = b;
  }
  if (at < end) out.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) out.push({ text: '…', mark: false });
  return out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
}

/** Checks a fetched index file's shape; anything else is refused (the page then says search is unavailable). */
export function readIndex(x: unknown): SearchIndexFile | null {
  if (!x || typeof x !== 'object' || (x as { v?: unknown }).v !== 1 || !Array.isArray((x as { docs?: unknown }).docs)) return null;
  const docs = (x as { docs: unknown[] }).docs.filter(
    (d): d is SearchDoc =>
      !!d && typeof d === 'object' && ['href', 'page', 'section', 'text'].every((k) => typeof (d as Record<string, unknown>)[k] === 'string') && (d as SearchDoc).href.startsWith('/'),
  );
  return { v: 1, docs };
}
