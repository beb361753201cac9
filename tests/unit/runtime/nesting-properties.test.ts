// Property test: generated deep, long and huge programs (nested expressions, blocks, types, calls
// and literals from a few levels to thousands; long lines, names and literals) never reach an
// internal error or overflow the host stack in either engine: each run ends normally, with the
// language's own message, or with the nesting budget's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGo, runGo } from '@/lib/go/interp';
import { checkRust, runRust } from '@/lib/rust/interp';
import type { RunResult } from '@/lib/runtime/result';

/** Sizes below, at and far past the budgets. */
const size = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 180, max: 520 }), fc.integer({ min: 1000, max: 4000 }));

const GO: Record<string, (n: number) => string> = {
  parens: (n) => `x := ${'('.repeat(n)}1${')'.repeat(n)}\n\tfmt.Println(x)`,
  unary: (n) => `x := ${'- '.repeat(n)}1\n\tfmt.Println(x)`,
  not: (n) => `x := ${'!'.repeat(n)}true\n\tfmt.Println(x)`,
  chain: (n) => `x := 1${' + 1'.repeat(n)}\n\tfmt.Println(x)`,
  multiline: (n) => `x := 1${' +\n\t\t1'.repeat(n)}\n\tfmt.Println(x)`,
  blocks: (n) => `${'{'.repeat(n)}fmt.Println(1)${'}'.repeat(n)}`,
  ifs: (n) => `${'if true {\n'.repeat(n)}fmt.Println(1)\n${'}\n'.repeat(n)}`,
  fors: (n) => `${'for i := 0; i < 1; i++ {\n'.repeat(n)}fmt.Println(1)\n${'}\n'.repeat(n)}`,
  index: (n) => `a := []int{0}\n\tfmt.Println(${'a['.repeat(n)}0${']'.repeat(n)})`,
  slices: (n) => `var x ${'[]'.repeat(n)}int\n\tfmt.Println(len(x))`,
  pointers: (n) => `var x ${'*'.repeat(n)}int\n\tfmt.Println(x == nil)`,
  funclits: (n) => `x := ${'func() int { return '.repeat(n)}1${' }()'.repeat(n)}\n\tfmt.Println(x)`,
  composite: (n) => `x := ${'[]any{'.repeat(n)}1${'}'.repeat(n)}\n\tfmt.Println(len(x))`,
  statements: (n) => `x := 0\n\t${'x++; '.repeat(n * 3)}\n\tfmt.Println(x)`,
  name: (n) => `${'v'.repeat(n * 50)} := 1\n\tfmt.Println(${'v'.repeat(n * 50)})`,
  bigint: (n) => `x := ${'7'.repeat(n * 5)}\n\tfmt.Println(x)`,
  bigfloat: (n) => `x := 1${'0'.repeat(n * 5)}.25\n\tfmt.Println(x)`,
  exponent: (n) => `x := 1e${n}\n\tfmt.Println(x)`,
  string: (n) => `x := "${'s'.repeat(n * 50)}"\n\tfmt.Println(len(x))`,
};

const RUST: Record<string, (n: number) => string> = {
  parens: (n) => `let x = ${'('.repeat(n)}1${')'.repeat(n)};\n    println!("{}", x);`,
  unary: (n) => `let x: i64 = ${'-'.repeat(n)}1;\n    println!("{}", x);`,
  not: (n) => `let x = ${'!'.repeat(n)}true;\n    println!("{}", x);`,
  chain: (n) => `let x: i64 = 1${' + 1'.repeat(n)};\n    println!("{}", x);`,
  blocks: (n) => `${'{'.repeat(n)}println!("1");${'}'.repeat(n)}`,
  ifs: (n) => `${'if true {\n'.repeat(n)}println!("1");\n${'}\n'.repeat(n)}`,
  loops: (n) => `${'loop {\n'.repeat(n)}println!("1");\n${'break;\n}\n'.repeat(n)}`,
  index: (n) => `let a = vec![0usize];\n    println!("{}", ${'a['.repeat(n)}0${']'.repeat(n)});`,
  types: (n) => `let x: ${'Vec<'.repeat(n)}i32${'>'.repeat(n)} = Vec::new();\n    println!("{}", x.len());`,
  refs: (n) => `let x = 1;\n    let y = ${'&'.repeat(n)}x;\n    println!("{}", y);`,
  statements: (n) => `let mut x = 0;\n    ${'x += 1; '.repeat(n * 3)}\n    println!("{}", x);`,
  name: (n) => `let ${'v'.repeat(n * 50)} = 1;\n    println!("{}", ${'v'.repeat(n * 50)});`,
  bigint: (n) => `let x = ${'7'.repeat(n * 5)};\n    println!("{}", x);`,
  bigfloat: (n) => `let x = 1${'0'.repeat(n * 5)}.25;\n    println!("{}", x);`,
  exponent: (n) => `let x = 1e${n};\n    println!("{}", x);`,
  string: (n) => `let x = "${'s'.repeat(n * 50)}";\n    println!("{}", x.len());`,
};

function expectClean(r: RunResult, allowed: number[], label: string): void {
  const text = r.stderr + JSON.stringify(r.diagnostics) + (r.budget?.message ?? '');
  expect(text, label).not.toMatch(/internal|call stack|Maximum/i);
  expect(allowed, `${label}: exit ${r.exitCode}`).toContain(r.exitCode);
  if (r.exitCode === 3) expect(r.budget, label).toBeDefined();
}

describe('deep, long and huge programs', () => {
  it('Go: every run ends normally, with Go\'s message or with a budget', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(GO)), size, (kind, n) => {
        const src = `package main\n\nimport "fmt"\n\nfunc main() {\n\t${GO[kind](n)}\n}\n`;
        const label = `${kind} × ${n}`;
        expectClean(runGo(src), [0, 1, 2, 3], label);
        for (const d of checkGo(src)) expect(d.message, label).not.toMatch(/internal|call stack/i);
      }),
      { numRuns: 120, seed: 20261203, endOnFailure: true },
    );
  });

  it('Rust: every run ends normally, with rustc\'s message or with a budget', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(RUST)), size, (kind, n) => {
        const src = `fn main() {\n    ${RUST[kind](n)}\n}\n`;
        const label = `${kind} × ${n}`;
        expectClean(runRust(src), [0, 1, 3, 101], label);
        for (const d of checkRust(src)) expect(d.message, label).not.toMatch(/internal|call stack/i);
      }),
      { numRuns: 120, seed: 20261203, endOnFailure: true },
    );
  });
});
