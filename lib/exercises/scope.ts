// Where a function's lines are, without a parser: the source with comments and the insides of
// string, rune and char literals blanked out (newlines kept, so offsets and lines stay put), then the
// declaration found by name and its body by brace matching. Small enough for the main thread.

import type { Lang } from './types';

/** The source with comments and literal contents replaced by spaces; same length, same lines. */
export function maskSource(src: string, lang: Lang): string {
  const out = src.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && d === '*') {
      // Rust block comments nest; Go's do not.
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (src[j] === '*' && src[j + 1] === '/') {
          depth--;
          j += 2;
        } else if (lang === 'rust' && src[j] === '/' && src[j + 1] === '*') {
          depth++;
          j += 2;
        } else j++;
      }
      blank(i, j);
      i = j;
    } else if (c === '"') {
      const j = skipQuoted(src, i, '"');
      blank(i + 1, j - 1);
      i = j;
    } else if (lang === 'go' && c === '`') {
      const end = src.indexOf('`', i + 1);
      const j = end < 0 ? n : end + 1;
      blank(i + 1, j - 1);
      i = j;
    } else if (lang === 'go' && c === "'") {
      const j = skipQuoted(src, i, "'");
      blank(i + 1, j - 1);
      i = j;
    } else if (lang === 'rust' && c === "'") {
      // A char literal ('a', '\n', '\u{1F600}') or a lifetime ('a, 'static): only the former is blanked.
      const m = /^'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/u.exec(src.slice(i, i + 12));
      if (m) {
        blank(i + 1, i + m[0].length - 1);
        i += m[0].length;
      } else i++;
    } else if (lang === 'rust' && (c === 'r' || c === 'b') && /^(?:br|r)#*"/.test(src.slice(i, i + 40)) && !/[A-Za-z0-9_]/.test(src[i - 1] ?? '')) {
      // Raw strings: r"…", r#"…"#, br"…".
      const m = /^(?:br|r)(#*)"/.exec(src.slice(i, i + 40))!;
      const close = `"${m[1]}`;
      const end = src.indexOf(close, i + m[0].length);
      const j = end < 0 ? n : end + close.length;
      blank(i + m[0].length, j - close.length);
      i = j;
    } else i++;
  }
  return out.join('');
}

function skipQuoted(src: string, i: number, q: string): number {
  let j = i + 1;
  while (j < src.length && src[j] !== q && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, src.length);
}

export interface LineRange {
  /** 1-based, inclusive: the line of `func`/`fn` to the line of the closing brace. */
  from: number;
  to: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const lineAt = (src: string, offset: number) => {
  let line = 1;
  for (let k = 0; k < offset; k++) if (src.charCodeAt(k) === 10) line++;
  return line;
};

/**
 * The lines of the top-level function (Go: or method) called `name`, or null when there is none.
 * Go's `interface{}` and `struct{…}` in a signature are skipped as types, not taken for the body.
 */
export function functionLines(src: string, lang: Lang, name: string): LineRange | null {
  const masked = maskSource(src, lang);
  const decl =
    lang === 'go'
      ? new RegExp(`(^|\\n)func\\s*(\\([^)]*\\)\\s*)?${escapeRe(name)}\\s*[[(]`, 'g')
      : new RegExp(`(^|[\\n;{}])\\s*(pub(\\([^)]*\\))?\\s+)?(const\\s+|async\\s+|unsafe\\s+)*fn\\s+${escapeRe(name)}\\s*[<(]`, 'g');
  const m = decl.exec(masked);
  if (!m) return null;
  const start = m.index + m[1].length + (masked.slice(m.index + m[1].length).search(/\S/) || 0);
  let depth = 0;
  let j = m.index + m[0].length - 1;
  let body = -1;
  for (; j < masked.length; j++) {
    const c = masked[j];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '{' && depth === 0) {
      if (lang === 'go' && /\b(interface|struct)\s*$/.test(masked.slice(Math.max(0, j - 16), j))) {
        j = matchBrace(masked, j);
        if (j < 0) return null;
        continue;
      }
      body = j;
      break;
    } else if (c === ';' && depth === 0 && lang === 'rust') return null; // a declaration without a body
  }
  if (body < 0) return null;
  const end = matchBrace(masked, body);
  if (end < 0) return null;
  return { from: lineAt(src, start), to: lineAt(src, end) };
}

/** The offset of the brace closing the one at `open`, or -1. */
function matchBrace(masked: string, open: number): number {
  let depth = 0;
  for (let j = open; j < masked.length; j++) {
    if (masked[j] === '{') depth++;
    else if (masked[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

/** The 1-based lines whose code (outside comments and strings) matches `pattern`. */
export function matchingLines(src: string, lang: Lang, pattern: string): number[] {
  const re = new RegExp(pattern);
  const lines: number[] = [];
  maskSource(src, lang)
    .split('\n')
    .forEach((l, i) => {
      if (re.test(l)) lines.push(i + 1);
    });
  return lines;
}
