// Diagnostics: compile errors in the compiler's words at its line:col (verified against
// go1.23.5's `go build` output), constructs outside the subset named at their position, and the
// `go build`-style stderr of a program that does not compile.
import { describe, expect, it } from 'vitest';
import { checkGo, runGo } from '@/lib/go/interp';
import { diagCases, subsetCases } from './diag-cases';

const fmtDiag = (d: { line: number; column: number; message: string }) => `${d.line}:${d.column}: ${d.message.split('\n')[0]}`;

describe('type errors in the compiler words', () => {
  for (const c of diagCases) {
    it(c.name, () => {
      expect(checkGo(c.src).map(fmtDiag)).toEqual(c.want);
    });
  }
});

describe('constructs outside the subset', () => {
  for (const c of subsetCases) {
    it(c.name, () => {
      expect(checkGo(c.src).map(fmtDiag)).toEqual(c.want);
    });
  }
});

describe('diagnostics carry ranges and severity', () => {
  it('1-based line/column with an end', () => {
    const [d] = checkGo('package main\n\nfunc main() {\n\tunused := 1\n}\n');
    expect(d).toMatchObject({ line: 4, column: 2, severity: 'error' });
    expect(d.endLine).toBe(4);
    expect(d.endColumn).toBeGreaterThan(2);
  });
  it('too many arguments lists have/want like go build', () => {
    const [d] = checkGo('package main\n\nfunc f(a int) {}\n\nfunc main() {\n\tf(1, 2)\n}\n');
    expect(d.message).toBe('too many arguments in call to f\n\thave (number, number)\n\twant (int)');
  });
  it('a valid program has none', () => {
    expect(checkGo('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ok")\n}\n')).toEqual([]);
  });
});

describe('runGo on a program that does not compile', () => {
  it('exit code 1, stderr like go build, no output', () => {
    const r = runGo('package main\n\nfunc main() {\n\tx := 1\n}\n');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('# command-line-arguments\n./prog.go:4:2: declared and not used: x\n');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.trace.length).toBe(0);
  });
});
