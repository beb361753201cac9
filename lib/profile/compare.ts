// `pprof -diff_base` at function granularity, and `pprof -list` per line of one file.

import { top, type Profile } from './model';

export interface DiffRow {
  function: string;
  file: string;
  base: number;
  current: number;
  delta: number;
}

/** Flat values of one sample type (found by name in each profile) in base and current, by |delta|. */
export function diffProfiles(base: Profile, current: Profile, sampleType: string): DiffRow[] {
  const bi = base.sampleTypes.findIndex((t) => t.type === sampleType);
  const ci = current.sampleTypes.findIndex((t) => t.type === sampleType);
  if (bi < 0 || ci < 0) throw new Error(`both profiles need the sample type ${sampleType}`);
  const rows = new Map<string, DiffRow>();
  const add = (p: Profile, i: number, which: 'base' | 'current') => {
    for (const r of top(p, i)) {
      const k = `${r.function}\u0000${r.file}`;
      const row = rows.get(k) ?? { function: r.function, file: r.file, base: 0, current: 0, delta: 0 };
      row[which] += r.flat;
      rows.set(k, row);
    }
  };
  add(base, bi, 'base');
  add(current, ci, 'current');
  return [...rows.values()]
    .map((r) => ({ ...r, delta: r.current - r.base }))
    .filter((r) => r.base || r.current)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.function < b.function ? -1 : 1));
}

export interface LineRow {
  line: number;
  flat: number;
  cum: number;
}

/** Per line of `file`: flat (samples whose leaf is this line) and cum (on the stack at this line). */
export function linesOf(p: Profile, valueIndex: number, file: string): LineRow[] {
  const rows = new Map<number, LineRow>();
  const seen = new Set<number>();
  for (const s of p.samples) {
    const v = s.values[valueIndex];
    if (!v) continue;
    seen.clear();
    s.stack.forEach((id, depth) => {
      const f = p.frames[id];
      if (f.file !== file) return;
      const r = rows.get(f.line) ?? { line: f.line, flat: 0, cum: 0 };
      if (depth === 0) r.flat += v;
      if (!seen.has(f.line)) {
        seen.add(f.line);
        r.cum += v;
      }
      rows.set(f.line, r);
    });
  }
  return [...rows.values()].sort((a, b) => a.line - b.line);
}

/** Files that carry any value, largest cum first (the source view's file menu). */
export function filesOf(p: Profile, valueIndex: number): { file: string; value: number }[] {
  const m = new Map<string, number>();
  for (const r of top(p, valueIndex)) if (r.file) m.set(r.file, Math.max(m.get(r.file) ?? 0, r.cum));
  return [...m].map(([file, value]) => ({ file, value })).sort((a, b) => b.value - a.value);
}
