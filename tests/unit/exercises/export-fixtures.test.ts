import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocationsIn } from '@/lib/exercises/evaluate';
import { exportableChecks, exportFor } from '@/lib/exercises/export';
import { loadExercises } from '@/lib/exercises/load';
import { toRunOptions } from '@/lib/playground/settings';
import { runProgram } from '@/lib/runtime/run';

// tests/fixtures/calibration/exercises.json is what scripts/calibrate/exercises.mjs recorded when it
// compiled and ran every exercise's exported test file on go1.23.5 and rustc 1.95.0. The files the
// page offers today must be exactly the ones that ran, and the engine must agree with what the real
// toolchains measured. A changed exercise (or export generator) fails here until
// `bash scripts/calibrate/run.sh exercises` is run again.

interface BuildError {
  code?: string;
  line?: number;
  column?: number;
  message: string;
}
/** A program as written; a start meant not to compile has `compiles: false` and the compiler's first error. */
interface Program {
  compiles?: false;
  error?: BuildError;
  stdout: string;
  exitCode: number;
  gcCycles?: number[];
}
interface Variant {
  program: Program;
  export?: {
    filename: string;
    command: string;
    source: string;
    exitCode: number;
    compiles?: false;
    results: Record<string, 'pass' | 'fail'>;
    runs: { measured: Record<string, number | { allocs: number; bytes: number }> }[];
  };
}
interface Entry {
  id: string;
  language: 'go' | 'rust';
  asserts: string[];
  startFails: string[];
  variants: { start: Variant; solution: Variant };
}

const FIXTURE = path.join(process.cwd(), 'tests/fixtures/calibration/exercises.json');
const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { toolchain: string; exercises: Entry[] };
const exercises = loadExercises();
const RERUN = 'the exercise or the export generator changed: run `bash scripts/calibrate/run.sh exercises` and commit tests/fixtures/calibration/exercises.json';

describe('exercise exports against the real toolchains', () => {
  it('were recorded with go1.23 and rustc 1.95', () => {
    expect(fixture.toolchain).toMatch(/go1\.23\.\d+/);
    expect(fixture.toolchain).toMatch(/rustc 1\.95\./);
  });

  it('cover every exercise, and only those', () => {
    expect(fixture.exercises.map((e) => e.id).sort()).toEqual(exercises.map((e) => e.id).sort());
  });

  for (const ex of exercises) {
    const entry = fixture.exercises.find((e) => e.id === ex.id);
    describe(ex.id, () => {
      const opts = toRunOptions(ex.settings);

      it('exports at least one assertion, and the fixture ran that same file', () => {
        expect(entry, RERUN).toBeDefined();
        expect(exportableChecks(ex).map((c) => c.id)).toEqual(entry!.asserts);
        expect(entry!.startFails, RERUN).toEqual(ex.startFails);
        for (const v of ['start', 'solution'] as const) {
          const file = exportFor(ex, ex[v]);
          expect(file).not.toBeNull();
          expect(file!.source, `${v}: ${RERUN}`).toBe(entry!.variants[v].export!.source);
          expect(file!.command).toBe(entry!.variants[v].export!.command);
        }
      });

      it('passes for the reference solution and fails for the start on the real toolchain', () => {
        const sol = entry!.variants.solution.export!;
        const start = entry!.variants.start.export!;
        expect(sol.exitCode).toBe(0);
        expect(Object.values(sol.results).every((r) => r === 'pass')).toBe(true);
        expect(start.exitCode).not.toBe(0);
        // A start that does not compile fails every assertion; otherwise exactly the stated ones.
        const noCompile = ex.startFails.includes('runs');
        expect(start.compiles === false).toBe(noCompile);
        for (const id of entry!.asserts) expect(start.results[id]).toBe(noCompile || ex.startFails.includes(id) ? 'fail' : 'pass');
      });

      it('the engine prints what the real programs print', () => {
        for (const v of ['start', 'solution'] as const) {
          const r = runProgram(ex.language, ex[v], opts);
          const real = entry!.variants[v].program;
          if (real.compiles === false) {
            // The engine refuses it too, with the compiler's first error at the same place.
            expect(r.exitCode, v).toBe(1);
            const first = r.diagnostics.find((d) => d.severity === 'error')!;
            expect({ code: first.code, line: first.line, column: first.column }, v).toEqual({ code: real.error!.code, line: real.error!.line, column: real.error!.column });
            continue;
          }
          expect(r.stdout, v).toBe(real.stdout);
          expect(r.exitCode, v).toBe(entry!.variants[v].program.exitCode);
          const gc = entry!.variants[v].program.gcCycles;
          if (gc) {
            // The real count can vary from run to run; the engine's must be one the real runs gave.
            expect(gc, `${v}: GC cycles of the real program`).toContain(r.stats.gcCycles);
          }
        }
      });

      it('the engine measures the same allocations as the exported tests did', () => {
        for (const v of ['start', 'solution'] as const) {
          const r = runProgram(ex.language, ex[v], opts);
          for (const c of exportableChecks(ex)) {
            if (entry!.variants[v].export!.compiles === false) continue;
            const real = entry!.variants[v].export!.runs.map((run) => run.measured[c.id]);
            if (c.kind === 'gcCycles') {
              // In a test binary the call starts from a freshly collected heap, as main does.
              expect(real.map(Number), `${v} ${c.id}`).toContain(r.stats.gcCycles);
              continue;
            }
            if (c.kind !== 'allocs' && c.kind !== 'heapBytes') continue;
            const mine = allocationsIn(ex.language, ex[v], r, c.func)!;
            for (const m of real) {
              if (typeof m === 'object') {
                expect(mine, `${v} ${c.id}`).toEqual({ count: m.allocs, bytes: m.bytes });
              } else {
                expect(c.kind === 'allocs' ? mine.count : mine.bytes, `${v} ${c.id}`).toBe(m);
              }
            }
          }
        }
      });
    });
  }
});
