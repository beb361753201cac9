// The exercises' prose (prompt and hints) is plain text with `code` in backticks and paragraphs
// separated by blank lines: split here, rendered by the widget without an MDX compiler.

export type Span = { code: boolean; text: string };

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function spans(text: string): Span[] {
  const out: Span[] = [];
  const parts = text.split('`');
  // An odd number of backticks leaves the last one as text.
  const closed = parts.length % 2 === 1;
  parts.forEach((p, i) => {
    const code = i % 2 === 1 && (closed || i < parts.length - 1);
    if (!code && i % 2 === 1) out.push({ code: false, text: `\`${p}` });
    else if (p) out.push({ code, text: p });
  });
  return out;
}
