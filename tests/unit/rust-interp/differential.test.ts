// Programs recorded against the real rustc 1.95.0 by record.mjs (same counting allocator as the
// calibration corpus): stdout, exit code, the panic line, and the exact sequence of allocator calls.
// Where LLVM (-O) removed an allocation the abstract machine makes, the unoptimised build's
// sequence is the reference (listed in optimizedAway, enforced both ways).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import diff from './differential.json';
import { compact, compactReal, run } from './helpers';

interface Rec {
  name: string;
  file: string;
  stdout: string;
  exitCode: number;
  stderrFirstLine: string | null;
  panicMessage: string | null;
  stats: { events: (string | number)[][] } | null;
  statsDebug: { events: (string | number)[][] } | null;
}

const optimizedAway: Record<string, string> = {
  format_temps_take: '`String::from("temp").len()`: LLVM deletes the temporary String whose bytes are never read',
  drop_order: '`build(7).len()`: LLVM deletes the temporary String whose bytes are never read',
  into_iter_option: 'LLVM keeps `opt` in registers and skips the Some(String) round trip',
  formatting: 'LLVM folds `format!(<static string>)` whose length and capacity are all that is read',
  learner2_generic_largest: 'LLVM evaluates `largest(&vec![3, 9, 2, 7])` at compile time and never allocates the Vec',
};

const ROOT = join(__dirname, '..', '..', '..');

describe('differential programs (rustc 1.95.0)', () => {
  for (const p of (diff as unknown as { programs: Rec[] }).programs) {
    it(p.name, () => {
      const r = run(readFileSync(join(ROOT, p.file), 'utf8'));
      expect(r.diagnostics).toEqual([]);
      expect(r.stdout).toBe(p.stdout);
      expect(r.exitCode).toBe(p.exitCode);
      if (p.stderrFirstLine) {
        const lines = r.stderr.split('\n').filter((l) => l !== '');
        expect(lines[0].replace(/\(\d+\)/, '(<tid>)')).toBe(p.stderrFirstLine);
        if (p.panicMessage) expect(lines[1]).toBe(p.panicMessage);
      }
      if (p.stats) {
        const mine = compact(r);
        if (optimizedAway[p.name]) {
          expect(mine).not.toEqual(compactReal(p.stats.events));
          expect(mine).toEqual(compactReal(p.statsDebug!.events));
        } else expect(mine).toEqual(compactReal(p.stats.events));
      }
    });
  }
});
