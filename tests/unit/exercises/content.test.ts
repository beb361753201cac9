import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocationsIn, evaluate } from '@/lib/exercises/evaluate';
import { loadExercises } from '@/lib/exercises/load';
import { functionLines } from '@/lib/exercises/scope';
import { RUNS_CHECK_ID } from '@/lib/exercises/types';
import { lessonsDir } from '@/lib/content/lessons';
import { buildView } from '@/lib/playground/worker-core';
import { toRunOptions } from '@/lib/playground/settings';
import { runProgram } from '@/lib/runtime/run';

// Every exercise in content/lessons/*/exercises/ runs on the real engines, as the page would run it:
// the reference solution passes every check, and the starting program fails exactly the checks the
// exercise says it fails (and no others).

const exercises = loadExercises();
const lessonSources = fs
  .readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), text: fs.readFileSync(path.join(lessonsDir, f), 'utf8') }));

describe('exercises (content)', () => {
  it('exist, and every one is used by its own lesson exactly once', () => {
    expect(exercises.length).toBeGreaterThan(0);
    const used = lessonSources.flatMap((l) => [...l.text.matchAll(/<Exercise\s+id="([^"]+)"/g)].map((m) => ({ lesson: l.slug, id: m[1] })));
    for (const u of used) expect(exercises.find((e) => e.id === u.id), `<Exercise id="${u.id}"> in ${u.lesson}.mdx`).toBeDefined();
    for (const ex of exercises) expect(used.filter((u) => u.id === ex.id), `${ex.id} in ${ex.lesson}.mdx`).toEqual([{ lesson: ex.lesson, id: ex.id }]);
  });

  for (const ex of exercises) {
    describe(ex.id, () => {
      const opts = toRunOptions(ex.settings);
      const startRun = runProgram(ex.language, ex.start, opts);
      const solutionRun = runProgram(ex.language, ex.solution, opts);
      const ctx = { startStdout: startRun.stdout };

      it('names functions that exist in both programs', () => {
        for (const c of ex.checks) {
          if (!('func' in c) || !c.func) continue;
          expect(functionLines(ex.start, ex.language, c.func), `${c.func} in the start`).not.toBeNull();
          expect(functionLines(ex.solution, ex.language, c.func), `${c.func} in the solution`).not.toBeNull();
        }
      });

      it('the reference solution passes every check', () => {
        const g = evaluate(ex, ex.solution, solutionRun, ctx);
        const failing = g.outcomes.filter((o) => o.status !== 'pass').map((o) => `${o.id}: ${o.message}`);
        expect(failing).toEqual([]);
        expect(g.passed).toBe(true);
      });

      it('the starting program fails for the stated reason, and only for it', () => {
        const g = evaluate(ex, ex.start, buildView(startRun, 0).result, ctx);
        const failing = g.outcomes.filter((o) => o.status === 'fail').map((o) => o.id);
        expect(failing.sort()).toEqual([...ex.startFails].sort());
        expect(g.outcomes.filter((o) => o.status === 'skipped').map((o) => o.id)).toEqual(ex.startFails.includes(RUNS_CHECK_ID) ? ex.checks.filter((c) => c.kind !== 'source').map((c) => c.id) : []);
        // Every failure says where: at least one detail with a line of the program, or a measured figure.
        for (const o of g.outcomes.filter((x) => x.status === 'fail')) expect(o.details.some((d) => d.line && d.line > 0) || /\d/.test(o.message), o.id).toBe(true);
      });

      it('the solution changes the code the checks measure', () => {
        expect(ex.solution).not.toBe(ex.start);
        // (A start that does not compile allocates nothing to compare with.)
        for (const c of ex.startFails.includes(RUNS_CHECK_ID) ? [] : ex.checks) {
          if (c.kind !== 'allocs' || !c.func) continue;
          const a = allocationsIn(ex.language, ex.start, startRun, c.func)!;
          const b = allocationsIn(ex.language, ex.solution, solutionRun, c.func)!;
          expect(b.count).toBeLessThan(a.count);
        }
      });
    });
  }
});
