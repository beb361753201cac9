// Diagnostics → Monaco marker data (kept free of Monaco imports so it can be unit-tested).

import type { Diagnostic } from '@/lib/runtime/result';

export interface ModelLike {
  getLineCount(): number;
  getLineMaxColumn(line: number): number;
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

/** Clamps each diagnostic into the model and widens an empty range to one character. */
export function markerData(ds: Diagnostic[], model: ModelLike, severity: { error: number; warning: number }, resource?: unknown): MarkerLike[] {
  const lines = model.getLineCount();
  const clampLine = (l: number) => Math.min(Math.max(1, l), lines);
  return ds.map((d) => {
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
    return m;
  });
}
