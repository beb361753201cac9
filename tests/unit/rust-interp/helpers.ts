// Shared helpers for the Rust interpreter tests.
import { Ev } from '@/lib/runtime/trace';
import type { RunResult } from '@/lib/runtime/result';
import { runRust } from '@/lib/rust/interp';

export function run(src: string, opts = {}): RunResult {
  return runRust(src, opts);
}

/** `fn main() { BODY }` */
export const main = (body: string, items = ''): string => `${items}\nfn main() {\n${body}\n}\n`;

export interface HeapEvent {
  kind: 'alloc' | 'free' | 'realloc';
  bytes: number;
  old?: number;
  line: number;
  id: number;
}

export function events(r: RunResult): HeapEvent[] {
  const t = r.trace;
  const out: HeapEvent[] = [];
  for (let i = 0; i < t.length; i++) {
    const k = t.kind[i];
    if (k === Ev.Alloc) out.push({ kind: 'alloc', bytes: t.a[i], line: t.line[i], id: t.b[i] });
    else if (k === Ev.Free) out.push({ kind: 'free', bytes: t.a[i], line: t.line[i], id: t.b[i] });
    else if (k === Ev.Realloc) out.push({ kind: 'realloc', bytes: t.a[i], old: t.c[i], line: t.line[i], id: t.b[i] });
  }
  return out;
}

/** Compact form like the counting allocator's log: a32, r32>64, d16. */
export function compact(r: RunResult): string[] {
  return events(r).map((e) => (e.kind === 'alloc' ? `a${e.bytes}` : e.kind === 'free' ? `d${e.bytes}` : `r${e.old}>${e.bytes}`));
}

/** The counting allocator's event log in the same compact form. */
export function compactReal(evs: (string | number)[][]): string[] {
  return evs.map((e) => (e[0] === 'a' || e[0] === 'z' ? `a${e[1]}` : e[0] === 'd' ? `d${e[1]}` : `r${e[1]}>${e[2]}`));
}
