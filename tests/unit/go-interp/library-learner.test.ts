import { describe, expect, it } from 'vitest';
import { runGoDetailed } from '@/lib/go/interp/run';

// Learner mistakes with the library added in std-extra.ts; every expected value was recorded from
// go1.23.5 (`go build` / the binary's output, GOMAXPROCS=1).

const prog = (imports: string[], body: string) =>
  `package main\n\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n\nfunc main() {\n${body}}\n`;

describe('library misuse as go prints it', () => {
  it('errors.As with a nil target panics', () => {
    const { result } = runGoDetailed(prog(['errors', 'fmt'], '\terr := errors.New("x")\n\tvar target error\n\tfmt.Println(errors.As(err, target))\n'));
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('panic: errors: target cannot be nil');
  });

  it('slices.Max of an empty slice panics', () => {
    const { result } = runGoDetailed(prog(['fmt', 'slices'], '\tvar xs []int\n\tfmt.Println(slices.Max(xs))\n'));
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('panic: slices.Max: empty list');
  });

  it('a misspelt function is undefined; a wrong argument type uses the call checker', () => {
    const { result } = runGoDetailed(prog(['fmt', 'strings'], '\tfmt.Println(strings.Splitt("a,b", ","))\n\tfmt.Println(strings.Fields(42))\n'));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      '# command-line-arguments\n' +
        './prog.go:9:22: undefined: strings.Splitt\n' +
        './prog.go:10:29: cannot use 42 (untyped int constant) as string value in argument to strings.Fields\n',
    );
  });

  it('%w of a non-error is a bad verb and wraps nothing; Map can drop every rune', () => {
    const { result } = runGoDetailed(
      prog(['errors', 'fmt', 'strings'], '\terr := fmt.Errorf("bad: %w", 7)\n\tfmt.Println(err, errors.Unwrap(err) == nil)\n\tfmt.Println(strings.Map(func(r rune) rune { return -1 }, "abc") == "")\n'),
    );
    expect(result.stdout).toBe('bad: %!w(int=7) true\ntrue\n');
    expect(result.exitCode).toBe(0);
  });
});
