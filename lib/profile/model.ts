// One in-memory shape for every profile the site reads or writes (pprof, DHAT, massif): interned
// frames, samples as leaf-first stacks with one value per sample type. Pure, no I/O.

export interface Frame {
  function: string;
  file: string;
  /** 0 when the format does not say. */
  line: number;
}

export interface SampleType {
  type: string;
  unit: string;
}

export interface Sample {
  /** Frame ids, the allocating frame first (pprof's order). */
  stack: number[];
  /** One value per sample type. */
  values: number[];
}

/** The four figures every heap profile can answer (null where a format does not carry one). */
export interface HeapTotals {
  allocObjects: number | null;
  allocBytes: number | null;
  inuseObjects: number | null;
  inuseBytes: number | null;
}

export interface Profile {
  format: 'pprof' | 'dhat' | 'massif';
  sampleTypes: SampleType[];
  /** Which sample type answers each of the four questions (index into sampleTypes), if any. */
  heapIndex: Record<keyof HeapTotals, number | null>;
  frames: Frame[];
  samples: Sample[];
  /** Format-specific facts worth showing (sampling rate, command, peak time...). */
  meta: Record<string, string | number>;
}

/** Interns frames by function, file and line. */
export class FrameTable {
  readonly frames: Frame[] = [];
  private ids = new Map<string, number>();
  id(f: Frame): number {
    const k = `${f.function}\u0000${f.file}\u0000${f.line}`;
    let i = this.ids.get(k);
    if (i === undefined) {
      i = this.frames.length;
      this.frames.push(f);
      this.ids.set(k, i);
    }
    return i;
  }
}

export function totals(p: Profile): HeapTotals {
  const sum = (i: number | null) => (i === null ? null : p.samples.reduce((t, s) => t + s.values[i], 0));
  return { allocObjects: sum(p.heapIndex.allocObjects), allocBytes: sum(p.heapIndex.allocBytes), inuseObjects: sum(p.heapIndex.inuseObjects), inuseBytes: sum(p.heapIndex.inuseBytes) };
}

export interface TopRow {
  function: string;
  file: string;
  /** The line carrying most of the flat value (pprof -top shows none; -list does), else the first seen. */
  line: number;
  flat: number;
  cum: number;
}

/**
 * `pprof -top` at function granularity for one sample type: flat = samples whose leaf frame is in
 * the function, cum = samples with the function anywhere on the stack (once per sample). Sorted by
 * flat, then cum, then name, as pprof sorts.
 */
export function top(p: Profile, valueIndex: number): TopRow[] {
  const rows = new Map<string, TopRow & { lines: Map<number, number> }>();
  // Keyed by function and file: valgrind names inlined frames briefly ({closure#0}, new<T>), and the
  // file tells them apart; Go's function names are unique, so this is pprof's function granularity.
  const key = (f: Frame) => `${f.function}\u0000${f.file}`;
  const row = (f: Frame) => {
    let r = rows.get(key(f));
    if (!r) rows.set(key(f), (r = { function: f.function, file: f.file, line: f.line, flat: 0, cum: 0, lines: new Map() }));
    return r;
  };
  const seen = new Set<string>();
  for (const s of p.samples) {
    const v = s.values[valueIndex];
    if (!v) continue;
    seen.clear();
    s.stack.forEach((id, depth) => {
      const f = p.frames[id];
      const r = row(f);
      if (depth === 0) {
        r.flat += v;
        r.lines.set(f.line, (r.lines.get(f.line) ?? 0) + v);
      }
      if (!seen.has(key(f))) {
        seen.add(key(f));
        r.cum += v;
      }
    });
  }
  const out = [...rows.values()].map(({ lines, ...r }) => {
    let best = -1;
    for (const [line, v] of lines) if (v > best) [best, r.line] = [v, line];
    return r;
  });
  return out.sort((a, b) => b.flat - a.flat || b.cum - a.cum || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0));
}
