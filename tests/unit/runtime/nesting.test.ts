// The nesting budget: what it counts, where it stops, and that a program past it ends with a
// budget message at its line and column in both engines, never with a wrong syntax error or an
// internal error. Expected outputs of the real toolchains were recorded from go1.23.5 and
// rustc 1.95.0 on this machine (see each case).
import { describe, expect, it } from 'vitest';
import { checkGo, runGo } from '@/lib/go/interp';
import { checkRust, runRust } from '@/lib/rust/interp';
import { checkNesting, MAX_CHAIN, MAX_NESTING, MAX_UNARY_RUN, nestingGate, stripRedundantParens } from '@/lib/runtime/nesting';

const goMain = (body: string, imports = 'import "fmt"\n') => `package main\n${imports}func main() {\n${body}\n}\n`;
const rsMain = (body: string) => `fn main() {\n${body}\n}\n`;

describe('checkNesting', () => {
  it('allows MAX_NESTING levels of brackets and stops at the next one, at its offset', () => {
    const ok = `${'('.repeat(MAX_NESTING)}1${')'.repeat(MAX_NESTING)}`;
    expect(checkNesting(ok, 'rust')).toBeNull();
    const over = `x = ${'['.repeat(MAX_NESTING + 1)}`;
    expect(checkNesting(over, 'go')?.offset).toBe(4 + MAX_NESTING);
    expect(checkNesting(over, 'go')?.message).toMatch(/^This program nests brackets more than 200 levels deep: .*go1\.23 accepts deeper programs/);
    expect(checkNesting(over, 'rust')?.message).toMatch(/rustc 1\.95 goes somewhat deeper before its own stack overflows/);
  });

  it('does not count brackets or operators inside comments, strings, raw strings, runes and chars', () => {
    const junk = '('.repeat(1000) + '+'.repeat(1000);
    expect(checkNesting(`// ${junk}\n/* ${junk} */ x := "${junk}" + \`${junk}\` + '('`, 'go')).toBeNull();
    expect(checkNesting(`/* /* ${junk} */ ${junk} */ let s = r#"${junk}"#; let b = b"${junk}"; let c = '('; let l: &'a str;`, 'rust')).toBeNull();
  });

  it('counts operators per expression, restarting at ; , { } and at a Go line end that ends a statement', () => {
    const chain = (n: number) => `1${'+1'.repeat(n)}`;
    expect(checkNesting(`x := ${chain(MAX_CHAIN - 1)}`, 'go')).toBeNull();
    expect(checkNesting(`x := ${chain(MAX_CHAIN + 1)}`, 'go')?.message).toMatch(/more than 500 operators/);
    // Many short statements, on lines, with semicolons or in a list, are fine.
    expect(checkNesting(Array.from({ length: 400 }, () => 'x = a + b').join('\n'), 'go')).toBeNull();
    expect(checkNesting(Array.from({ length: 400 }, () => 'x = a + b;').join(' '), 'rust')).toBeNull();
    expect(checkNesting(`v := []int{${Array.from({ length: 400 }, () => '1 + 2').join(', ')}}`, 'go')).toBeNull();
    // A Go line ending in an operator continues the expression.
    expect(checkNesting(`x := 1${' +\n1'.repeat(MAX_CHAIN + 1)}`, 'go')).not.toBeNull();
  });

  it('counts prefix operators and [] type prefixes in a row', () => {
    expect(checkNesting(`x := ${'- '.repeat(MAX_UNARY_RUN)}1`, 'go')).toBeNull();
    expect(checkNesting(`x := ${'- '.repeat(MAX_UNARY_RUN + 1)}1`, 'go')?.message).toMatch(/prefix operators more than 200/);
    expect(checkNesting(`var x ${'[]'.repeat(MAX_UNARY_RUN + 1)}int`, 'go')?.message).toMatch(/This type chains prefixes/);
    expect(checkNesting(`var x ${'[]*'.repeat(MAX_UNARY_RUN / 2 + 1)}int`, 'go')).not.toBeNull();
    expect(checkNesting(`x := a[i] - b[j] - -c`, 'go')).toBeNull();
  });
});

describe('stripRedundantParens', () => {
  it('leaves programs within the budget exactly as they are', () => {
    const src = goMain('\tfmt.Println(((1)))');
    expect(stripRedundantParens(src, 'go')).toBe(src);
  });

  it('blanks out parentheses that only wrap other parentheses, keeping every offset', () => {
    const deep = `x := f(${'('.repeat(300)}a + b${')'.repeat(300)}, ${'('.repeat(300)}c${')'.repeat(300)})`;
    const out = stripRedundantParens(deep, 'go');
    expect(out.length).toBe(deep.length);
    // One group of each stays: the program means what it meant.
    expect(out.replace(/\s+/g, '')).toBe('x:=f((a+b),(c))');
  });

  it('keeps a group with a comma (a Rust tuple), and the call parentheses around a group', () => {
    const src = `x := g(${'('.repeat(250)}(a, b)${')'.repeat(250)})`;
    const out = stripRedundantParens(src, 'go').replace(/\s+/g, '');
    expect(out).toBe('x:=g((a,b))');
  });
});

describe('deep programs in the engines', () => {
  it('Go: 5,000 nested parentheses run as go1.23 runs them (it prints 1)', () => {
    const src = goMain(`\tx := ${'('.repeat(5000)}1${')'.repeat(5000)}\n\tfmt.Println(x)`);
    const r = runGo(src);
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([0, '1\n', '']);
    expect(checkGo(src)).toEqual([]);
  });

  it('Go: 5,000 nested blocks stop with the budget message at their line and column', () => {
    const src = goMain(`${'{'.repeat(5000)}fmt.Println(1)${'}'.repeat(5000)}`);
    const r = runGo(src);
    expect(r.exitCode).toBe(3);
    expect(r.budget?.kind).toBe('nesting');
    // main's own brace is the first level, so the 200th brace of line 4 is the 201st.
    expect(r.budget?.message).toMatch(/^Line 4, column 200: This program nests brackets more than 200 levels deep/);
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 4, column: 200 })]);
    expect(checkGo(src)).toEqual([expect.objectContaining({ line: 4, column: 200 })]);
  });

  it('Rust: 5,000 nested parentheses stop with the budget message (rustc 1.95 itself crashes with SIGSEGV on them)', () => {
    const src = rsMain(`    let x = ${'('.repeat(5000)}1${')'.repeat(5000)};\n    println!("{}", x);`);
    const r = runRust(src);
    expect(r.exitCode).toBe(3);
    expect(r.budget?.message).toMatch(/^Line 2, column 212: /);
    expect(checkRust(src)[0]).toEqual(expect.objectContaining({ line: 2, column: 212 }));
  });

  it('Rust: 1,000 nested parentheses are fine for rustc and for the engine up to the budget', () => {
    const src = rsMain(`    let x = ${'('.repeat(MAX_NESTING - 2)}1${')'.repeat(MAX_NESTING - 2)};\n    println!("{}", x);`);
    expect(runRust(src).stdout).toBe('1\n');
  });

  it('never reaches an internal error or a wrong syntax error for long chains, unary runs, calls and types', () => {
    const cases: [string, string][] = [
      ['go', goMain(`\tx := 1${'+1'.repeat(5000)}\n\tfmt.Println(x)`)],
      ['go', goMain(`\tfmt.Println(${'f('.repeat(3000)}1${')'.repeat(3000)})`).replace('func main', 'func f(x int) int { return x }\nfunc main')],
      ['go', goMain(`\tvar x ${'[]'.repeat(3000)}int\n\tfmt.Println(len(x))`)],
      ['go', goMain(`\tvar x ${'*'.repeat(3000)}int\n\tfmt.Println(x == nil)`)],
      ['rust', rsMain(`    let x: i64 = 1${' + 1'.repeat(5000)};\n    println!("{}", x);`)],
      ['rust', rsMain(`    let x: i64 = ${'-'.repeat(3000)}1;\n    println!("{}", x);`)],
      ['rust', rsMain(`    let x: ${'Vec<'.repeat(3000)}i32${'>'.repeat(3000)} = Vec::new();`)],
    ];
    for (const [lang, src] of cases) {
      const r = lang === 'go' ? runGo(src) : runRust(src);
      expect(r.exitCode, src.slice(0, 80)).toBe(3);
      expect(r.budget?.kind).toBe('nesting');
      expect(JSON.stringify(r.diagnostics) + r.stderr).not.toMatch(/internal|syntax error/);
    }
  });
});

describe('long lines, long names and huge literals', () => {
  it('Go: a 200,000-character name and string run; a 100,000-digit literal gets go1.23\'s message', () => {
    const name = 'a'.repeat(200_000);
    expect(runGo(goMain(`\t${name} := "${'x'.repeat(200_000)}"\n\tfmt.Println(len(${name}))`)).stdout).toBe('200000\n');
    // go1.23.5: ./main.go:4:7: excessively long constant: 9999999999... (100000 chars)
    expect(runGo(goMain(`\tx := ${'9'.repeat(100_000)}\n\tfmt.Println(x)`)).stderr).toBe('# command-line-arguments\n./prog.go:4:7: excessively long constant: 9999999999... (100000 chars)\n');
    expect(runGo(goMain(`\tx := 1${'0'.repeat(100_000)}.5\n\tfmt.Println(x)`)).stderr).toBe('# command-line-arguments\n./prog.go:4:7: excessively long constant: 1000000000... (100003 chars)\n');
  });

  it('Go: float constants past float64 and float32 overflow as in go1.23', () => {
    const r = runGo(goMain('\tx := 1e400\n\tfmt.Println(x)\n\tvar y float32 = 1e39\n\tfmt.Println(y)'));
    expect(r.stderr).toBe(
      '# command-line-arguments\n' +
        './prog.go:4:7: cannot use 1e400 (untyped float constant 1e+400) as float64 value in assignment (overflows)\n' +
        './prog.go:6:18: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)\n',
    );
  });

  it('Rust: an integer literal past u128 and float literals past their type get rustc 1.95\'s errors', () => {
    const big = runRust(rsMain(`    let x = ${'9'.repeat(100_000)};\n    println!("{}", x);`));
    expect(big.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[2, 13, 'integer literal is too large']]);
    const f = runRust(rsMain('    let x = 1e400;\n    println!("{}", x);\n    let y: f32 = 1e39;\n    println!("{}", y);'));
    expect(f.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 13, 'literal out of range for `f64`'],
      [4, 18, 'literal out of range for `f32`'],
    ]);
  });
});

describe('nestingGate', () => {
  it('reports the stop at the line and column of the original source', () => {
    const g = nestingGate(`line one\n  ${'{'.repeat(MAX_NESTING + 1)}`, 'rust');
    expect(g.stop).toEqual(expect.objectContaining({ line: 2, column: 3 + MAX_NESTING }));
  });
});
