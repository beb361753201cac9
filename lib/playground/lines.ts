// Per-line notes for the editor: how many allocations each source line made and how many bytes,
// from the engine's allocation sites.

import type { Site } from '@/lib/runtime/result';
import { fmtBytes, fmtInt } from './format';

export interface LineNote {
  line: number;
  heapCount: number;
  heapBytes: number;
  stackCount: number;
  /** Shown after the line: "3 allocs · 1.5 KiB" or "stack only". */
  text: string;
}

export function lineNotes(sites: Site[]): LineNote[] {
  const by = new Map<number, LineNote>();
  for (const s of sites) {
    if (s.line <= 0) continue;
    const n = by.get(s.line) ?? { line: s.line, heapCount: 0, heapBytes: 0, stackCount: 0, text: '' };
    if (s.kind === 'heap') {
      n.heapCount += s.count;
      n.heapBytes += s.bytes;
    } else n.stackCount += s.count;
    by.set(s.line, n);
  }
  const notes = [...by.values()].sort((x, y) => x.line - y.line);
  for (const n of notes) {
    n.text =
      n.heapCount > 0
        ? `${fmtInt(n.heapCount)} alloc${n.heapCount === 1 ? '' : 's'} · ${fmtBytes(n.heapBytes)}${n.stackCount ? ` (+${fmtInt(n.stackCount)} on stack)` : ''}`
        : `stack only (${fmtInt(n.stackCount)})`;
  }
  return notes;
}
