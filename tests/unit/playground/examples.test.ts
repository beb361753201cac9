// The examples menu: every example is listed, teaches something, and runs cleanly in the real
// engine (they must stay inside the simulated subset).
import { describe, expect, it } from 'vitest';
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

  for (const e of examples) {
    it(`${e.lang}/${e.id} checks clean and runs to exit 0`, () => {
      expect((e.lang === 'go' ? checkGo : checkRust)(e.code)).toEqual([]);
      const r = runProgram(e.lang, e.code, toRunOptions({ ...DEFAULT_SETTINGS, ...e.settings }));
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.trace.length).toBeGreaterThan(0);
    });
  }

  it('the GOGC example shows the knob: more cycles at 50 than at 200', () => {
    const e = examples.find((x) => x.id === 'gogc')!;
    const at = (gogc: number) => runProgram('go', e.code, toRunOptions({ ...DEFAULT_SETTINGS, gogc })).stats.gcCycles;
    expect(at(50)).toBeGreaterThan(at(200));
  });
});
