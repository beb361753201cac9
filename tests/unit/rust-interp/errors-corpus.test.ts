// The must-not-compile corpus (scripts/calibrate/programs/rust-fail/*.rs), recorded against rustc
// 1.95.0 by scripts/calibrate/rust-errors.mjs (CI has no rustc: the fixture is the reference). For
// every program the engine's first diagnostic must have rustc's first error's code, message, line
// and column, and its notes must be rustc's labelled spans (line, column, text). Labels and notes
// that are suggestions (`help: …`, `note: …`) are left out on both sides. Programs listed in
// knownExceptions are allowed to differ in what is named there, which is enforced both ways.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import errorsJson from '@/tests/fixtures/calibration/rust-errors.json';
import { checkRust, runRust } from '@/lib/rust/interp';
import type { Diagnostic } from '@/lib/runtime/result';

interface Span {
  line: number;
  column: number;
}

interface Recorded {
  summary: string;
  code: string;
  message: string;
  primary: Span & { endLine: number; endColumn: number; label?: string };
  labels: (Span & { label: string; primary?: boolean })[];
  children: string[];
  errorCount: number;
}

const fixture = errorsJson as unknown as { toolchain: string; programs: Record<string, Recorded> };
const DIR = join(__dirname, '..', '..', '..', 'scripts', 'calibrate', 'programs', 'rust-fail');

/**
 * Programs where the engine is known to differ from rustc, what differs ('labels': code, message
 * and position agree but the labelled spans don't; 'first': the first error itself differs), and
 * why. Each entry must really differ, so the list cannot go stale.
 */
const knownExceptions: Record<string, { differs: 'labels' | 'first'; reason: string }> = {
  thread_rc_not_send: { differs: 'labels', reason: "rustc's \"within this `{closure@FILE:7:27: 7:34}`\" label names the source file, which the engine does not know" },
};

const isSuggestion = (s: string) => /^(help|note): /.test(s);
const key = (s: Span & { label?: string; message?: string }) => `${s.line}:${s.column} ${s.label ?? s.message}`;

function expectedLabels(p: Recorded): string[] {
  return p.labels.filter((l) => !isSuggestion(l.label)).map(key).sort();
}

function engineLabels(d: Diagnostic): string[] {
  return (d.notes ?? []).filter((n) => !isSuggestion(n.message)).map(key).sort();
}

const sameFirst = (d: Diagnostic | undefined, p: Recorded) => !!d && d.code === p.code && d.message === p.message && d.line === p.primary.line && d.column === p.primary.column;

describe(`programs that must not compile (${fixture.toolchain})`, () => {
  const names = Object.keys(fixture.programs).sort();

  it('every program has a recording and every recording a program', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.rs'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(names).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('the exceptions name recorded programs', () => {
    for (const n of Object.keys(knownExceptions)) expect(names).toContain(n);
  });

  for (const name of names) {
    const p = fixture.programs[name];
    describe(name, () => {
      const src = readFileSync(join(DIR, `${name}.rs`), 'utf8');
      const diags = checkRust(src);
      const d = diags[0];
      const ex = knownExceptions[name];

      it('starts with its summary and does not run', () => {
        expect(src.startsWith(`// ${p.summary}\n`)).toBe(true);
        const r = runRust(src);
        expect(r.exitCode).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.diagnostics).toEqual(diags);
      });

      if (ex?.differs === 'first') {
        it(`differs from rustc in its first error, as known: ${ex.reason}`, () => {
          expect(sameFirst(d, p)).toBe(false);
        });
        return;
      }

      it(`first error: ${p.code} at ${p.primary.line}:${p.primary.column}`, () => {
        expect(d).toBeDefined();
        expect({ code: d.code, message: d.message, line: d.line, column: d.column }).toEqual({ code: p.code, message: p.message, line: p.primary.line, column: p.primary.column });
      });

      if (ex?.differs === 'labels') {
        it(`differs in its labels, as known: ${ex.reason}`, () => {
          expect(engineLabels(d)).not.toEqual(expectedLabels(p));
        });
      } else {
        it('labelled spans', () => {
          expect(engineLabels(d)).toEqual(expectedLabels(p));
        });
      }
    });
  }
});
