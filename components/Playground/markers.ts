// Diagnostics → Monaco marker data (kept free of Monaco imports so it can be unit-tested).

import type { Diagnostic } from '@/lib/runtime/result';

export interface ModelLike {
  getLineCount(): number;
  getLineMaxColumn(line: number): number;
  /** When available, a secondary marker covers the word (or `&x`, `&mut x`) at its column. */
  getLineContent?(line: number): string;
}

export interface MarkerLike {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  severity: number;
  source: string;
  code?: string;
  relatedInformation?: { resource: unknown; startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number; message: string }[];
}

/** How far a secondary span reaches from its column: the identifier, `&x` / `&mut x`, or one character. */
export function spanEnd(text: string, column: number): number {
  const rest = text.slice(column - 1);
  const m = /^(&(mut\s+)?)?[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
  return column + (m ? m[0].length : 1);
}

/**
 * Clamps each diagnostic into the model and widens an empty range to one character. A diagnostic's
 * notes (rustc's labelled spans: "immutable borrow occurs here", "value moved here", …) go with it as
 * related information and, when `severity.hint` is given, also as hint markers of their own at their
 * positions, so the editor shows where each one is.
 */
export function markerData(ds: Diagnostic[], model: ModelLike, severity: { error: number; warning: number; hint?: number }, resource?: unknown): MarkerLike[] {
  const lines = model.getLineCount();
  const clampLine = (l: number) => Math.min(Math.max(1, l), lines);
  const secondary: MarkerLike[] = [];
  const primary = ds.map((d) => {
    const line = clampLine(d.line);
    const col = Math.min(Math.max(1, d.column), model.getLineMaxColumn(line));
    let endLine = clampLine(d.endLine ?? line);
    let endCol = d.endColumn ?? col + 1;
    if (endLine < line || (endLine === line && endCol <= col)) {
      endLine = line;
      endCol = col + 1;
    }
    const m: MarkerLike = {
      startLineNumber: line,
      startColumn: col,
      endLineNumber: endLine,
      endColumn: endCol,
      message: d.message,
      severity: d.severity === 'error' ? severity.error : severity.warning,
      source: 'heaplab',
    };
    if (d.code) m.code = d.code;
    if (d.notes?.length && resource !== undefined) {
      m.relatedInformation = d.notes.map((n) => ({ resource, startLineNumber: clampLine(n.line), startColumn: Math.max(1, n.column), endLineNumber: clampLine(n.line), endColumn: Math.max(1, n.column) + 1, message: n.message }));
    }
    if (severity.hint !== undefined) {
      for (const n of d.notes ?? []) {
        const nl = clampLine(n.line);
        const nc = Math.min(Math.max(1, n.column), model.getLineMaxColumn(nl));
        // the primary marker already covers its own label
        if (nl === line && nc === col) continue;
        const end = model.getLineContent ? Math.min(spanEnd(model.getLineContent(nl), nc), model.getLineMaxColumn(nl)) : nc + 1;
        const s2: MarkerLike = { startLineNumber: nl, startColumn: nc, endLineNumber: nl, endColumn: Math.max(end, nc + 1), message: `${n.message} (${d.code ? `${d.code}: ` : ''}${d.message}, line ${line})`, severity: severity.hint, source: 'heaplab' };
        if (d.code) s2.code = d.code;
        secondary.push(s2);
      }
    }
    return m;
  });
  return [...primary, ...secondary];
}
