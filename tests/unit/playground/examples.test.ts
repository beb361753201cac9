// The examples menu: every example is listed, teaches something, and runs cleanly in the real
// engine (they must stay inside the simulated subset).
import { describe, expect, it } from 'vitest';
import type { Example } from '@/lib/playground/examples';
import { loadExamples } from '@/lib/playground/load-examples';
import { DEFAULT_SETTINGS, toRunOptions } from '@/lib/playground/settings';
import { runProgram } from '@/lib/runtime/run';
import { checkGo } from '@/lib/go/interp';
import { checkRust } from '@/lib/rust/interp';

const examples = loadExamples();

describe('playground examples', () => {
  it('are at least 8, in both languages, with unique ids, titles and what they teach', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.some((e) => e.lang === 'go')).toBe(true);
    expect(examples.some((e) => e.lang === 'rust')).toBe(true);
    expect(new Set(examples.map((e) => `${e.lang}/${e.id}`)).size).toBe(examples.length);
    for (const e of examples) {
      expect(e.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.teaches.length).toBeGreaterThan(20);
      expect(e.code).toContain(e.lang === 'go' ? 'package main' : 'fn main()');
    }
  });

  const runsClean = (e: Example, code: string) => {
    expect((e.lang === 'go' ? checkGo : checkRust)(code)).toEqual([]);
    const r = runProgram(e.lang, code, toRunOptions({ ...DEFAULT_SETTINGS, ...e.settings }));
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.trace.length).toBeGreaterThan(0);
    return r;
  };

  for (const e of examples) {
    if (e.fails) {
      it(`${e.lang}/${e.id} stops with ${e.fails}, and its program B compiles and runs`, () => {
        const d = (e.lang === 'go' ? checkGo : checkRust)(e.code);
        expect(d.map((x) => x.code)).toEqual([e.fails]);
        expect(e.compareCode).toBeDefined();
        runsClean(e, e.compareCode!);
      });
      continue;
    }
    it(`${e.lang}/${e.id} checks clean and runs to exit 0`, () => {
      runsClean(e, e.code);
      if (e.compareCode) runsClean(e, e.compareCode);
    });
  }

  // The figures the Rust examples state in `teaches`, from the engine (whose Vec, HashMap and Rc
  // models the corpus holds to rustc's allocator calls; these programs were also run on rustc 1.95).
  const heapAt = (id: string, text: string) => {
    const e = examples.find((x) => x.lang === 'rust' && x.id === id)!;
    const line = e.code.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(line).toBeGreaterThan(0);
    const r = runProgram('rust', e.code, toRunOptions(DEFAULT_SETTINGS));
    return r.sites.filter((s) => s.kind === 'heap' && s.line === line).reduce((n, s) => n + s.count, 0);
  };
  it('collect-size-hint: one allocation for the map, 1 + 7 reallocations for the filter', () => {
    expect(heapAt('collect-size-hint', '.map(|x| x * x).collect()')).toBe(1);
    expect(heapAt('collect-size-hint', '.filter(|x| x % 2 == 0).collect()')).toBe(8);
  });
  it('hashmap-capacity: 10 tables grown, 1 with_capacity', () => {
    expect(heapAt('hashmap-capacity', 'grown.insert')).toBe(10);
    expect(heapAt('hashmap-capacity', 'sized.insert') + heapAt('hashmap-capacity', 'HashMap::with_capacity(n as usize)')).toBe(1);
  });
  it('rc-vs-arena: 126 allocations for the Rc tree, 26 for the arena', () => {
    const e = examples.find((x) => x.id === 'rc-vs-arena')!;
    const r = runProgram('rust', e.code, toRunOptions(DEFAULT_SETTINGS));
    const split = e.code.split('\n').findIndex((l) => l.includes('An index arena')) + 1;
    const main = e.code.split('\n').findIndex((l) => l.startsWith('fn main')) + 1;
    const count = (from: number, to: number) => r.sites.filter((s) => s.kind === 'heap' && s.line > from && s.line < to).reduce((n, s) => n + s.count, 0);
    expect(count(main, split)).toBe(126 + 1); // + stdout's line buffer at the first println!
    expect(count(split, 1e9)).toBe(26);
  });

  it('the GOGC example shows the knob: more cycles at 50 than at 200', () => {
    const e = examples.find((x) => x.id === 'gogc')!;
    const at = (gogc: number) => runProgram('go', e.code, toRunOptions({ ...DEFAULT_SETTINGS, gogc })).stats.gcCycles;
    expect(at(50)).toBeGreaterThan(at(200));
  });
});
