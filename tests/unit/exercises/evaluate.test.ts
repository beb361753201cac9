import { describe, expect, it } from 'vitest';
import { checkLabels, evaluate } from '@/lib/exercises/evaluate';
import { functionLines, maskSource, matchingLines } from '@/lib/exercises/scope';
import type { Check, Exercise } from '@/lib/exercises/types';
import { DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { runProgram } from '@/lib/runtime/run';

const ex = (language: 'go' | 'rust', checks: Check[], settings = DEFAULT_SETTINGS): Pick<Exercise, 'language' | 'checks' | 'settings'> => ({ language, checks, settings });

describe('functionLines', () => {
  it('finds Go functions, methods and generic functions, skipping braces in types, strings and comments', () => {
    const src = [
      'package main', //                          1
      '', //                                      2
      '// func fake() { not this }', //           3
      'func (b *Buf) add(x interface{}) {', //    4
      '\ts := "}{"', //                           5
      "\tr := '}'", //                            6
      '\t_ = `{`', //                             7
      '}', //                                     8
      'func keep[T any](v T) struct{ x int } {', // 9
      '\treturn struct{ x int }{1}', //           10
      '}', //                                     11
      'func main() {}', //                        12
    ].join('\n');
    expect(functionLines(src, 'go', 'add')).toEqual({ from: 4, to: 8 });
    expect(functionLines(src, 'go', 'keep')).toEqual({ from: 9, to: 11 });
    expect(functionLines(src, 'go', 'main')).toEqual({ from: 12, to: 12 });
    expect(functionLines(src, 'go', 'fake')).toBeNull();
    expect(functionLines(src, 'go', 'ad')).toBeNull();
  });

  it('finds Rust functions past lifetimes, char literals, raw strings and nested comments', () => {
    const src = [
      'fn first<\'a>(v: &\'a [u8]) -> &\'a u8 {', // 1
      "    let _c = '{';", //                        2
      '    let _s = r#"}"#;', //                     3
      '    /* { /* } */ { */', //                    4
      '    &v[0]', //                                5
      '}', //                                        6
      'pub fn fill(n: u64) -> Vec<u64> { Vec::with_capacity(n as usize) }', // 7
    ].join('\n');
    expect(functionLines(src, 'rust', 'first')).toEqual({ from: 1, to: 6 });
    expect(functionLines(src, 'rust', 'fill')).toEqual({ from: 7, to: 7 });
  });

  it('masks keep lengths and lines', () => {
    const src = 'let s = "a\\"b"; // x\nlet c = \'q\';';
    const m = maskSource(src, 'rust');
    expect(m.length).toBe(src.length);
    expect(m.split('\n').length).toBe(2);
    expect(m).not.toContain('x');
    expect(m).not.toContain('q');
    expect(matchingLines('let v = w.clone(); // .clone() here is fine\nlet s = ".clone()";', 'rust', '\\.clone\\(\\)')).toEqual([1]);
  });
});

describe('evaluate', () => {
  const GO = `package main

import "fmt"

func build(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprint(i))
	}
	return out
}

func main() {
	fmt.Println(len(build(100)))
}
`;

  it('says which lines of the function allocate, how much, and why', () => {
    const checks: Check[] = [{ id: 'a', kind: 'allocs', func: 'build', max: 1, perIteration: 100 }];
    const g = evaluate(ex('go', checks), GO, runProgram('go', GO));
    const a = g.outcomes.find((o) => o.id === 'a')!;
    expect(a.status).toBe('fail');
    expect(a.message).toMatch(/^build made \d+ heap allocations, .* in all, [\d.]+ per iteration; at most 1 per iteration is allowed\.$/);
    expect(a.details.map((d) => d.line)).toEqual(expect.arrayContaining([8]));
    expect(a.details.every((d) => d.line! >= 5 && d.line! <= 11)).toBe(true);
    expect(a.details[0].text).toMatch(/^Line 8: \d+ heap allocations, /);
  });

  it('fails a check whose function is gone, and passes a generous one', () => {
    const checks: Check[] = [
      { id: 'gone', kind: 'allocs', func: 'missing', max: 1 },
      { id: 'lots', kind: 'allocs', max: 10_000 },
      { id: 'bytes', kind: 'heapBytes', func: 'build', max: 1 << 20 },
    ];
    const g = evaluate(ex('go', checks), GO, runProgram('go', GO));
    expect(g.outcomes.map((o) => [o.id, o.status])).toEqual([
      ['runs', 'pass'],
      ['gone', 'fail'],
      ['lots', 'pass'],
      ['bytes', 'pass'],
    ]);
    expect(g.outcomes[1].message).toContain('no function missing');
    expect(g.passed).toBe(false);
  });

  it('a compile error fails "runs" at its line and skips what needs a run; source checks still apply', () => {
    const RS = `fn total(v: Vec<u64>) -> u64 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    let w = v.clone();
    println!("{}", total(v));
    println!("{}", v.len() + w.len());
}
`;
    const checks: Check[] = [
      { id: 'noclone', kind: 'source', forbid: '\\.clone\\(\\)', label: 'Fixed without a .clone()', message: 'a clone copies the whole vector' },
      { id: 'out', kind: 'stdout', equals: '6\n3\n' },
    ];
    const g = evaluate(ex('rust', checks), RS, runProgram('rust', RS));
    const [runs, noclone, out] = g.outcomes;
    expect(runs.status).toBe('fail');
    expect(runs.message).toMatch(/does not compile/);
    expect(runs.details[0]).toMatchObject({ line: 9 });
    expect(runs.details[0].text).toContain('E0382');
    expect(noclone).toMatchObject({ status: 'fail', details: [{ line: 7, text: 'Line 7: a clone copies the whole vector' }] });
    expect(out.status).toBe('skipped');
  });

  it('compares the output line by line', () => {
    const SRC = 'fn main() {\n    println!("a");\n    println!("b");\n}\n';
    const g = evaluate(ex('rust', [{ id: 'o', kind: 'stdout', sameAsStart: true }]), SRC, runProgram('rust', SRC), { startStdout: 'a\nc\n' });
    expect(g.outcomes[1]).toMatchObject({ status: 'fail', message: 'Output line 2 is “b”; expected “c”.' });
    const unknown = evaluate(ex('rust', [{ id: 'o', kind: 'stdout', sameAsStart: true }]), SRC, runProgram('rust', SRC));
    expect(unknown.outcomes[1].status).toBe('skipped');
  });

  it('a panic fails "runs" with the runtime message', () => {
    const SRC = 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n';
    const g = evaluate(ex('go', [{ id: 'a', kind: 'allocs', max: 0 }]), SRC, runProgram('go', SRC));
    expect(g.outcomes[0].status).toBe('fail');
    expect(g.outcomes[0].message).toMatch(/exit status 2: panic: runtime error: index out of range/);
  });

  it('names the line and GC cycle of the heap peak and of each GC start', () => {
    const SRC = `package main

import "fmt"

var keep [][]byte

func main() {
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 128<<10))
	}
	fmt.Println(len(keep))
}
`;
    const checks: Check[] = [
      { id: 'gc', kind: 'gcCycles', max: 0 },
      { id: 'peak', kind: 'peakHeap', max: 1 << 20 },
    ];
    const r = runProgram('go', SRC, { gogc: 100 });
    const g = evaluate(ex('go', checks), SRC, r);
    const gc = g.outcomes.find((o) => o.id === 'gc')!;
    expect(gc.status).toBe('fail');
    expect(gc.message).toMatch(/^\d+ GC cycles? ran at GOGC=100 GOMAXPROCS=1; at most 0 are allowed\.$/);
    expect(gc.details[0]).toMatchObject({ line: 9 });
    expect(gc.details[0].text).toMatch(/^GC cycle 1 started after an allocation at line 9: the heap had reached [\d.]+ MiB \(goal [\d.]+ MiB\); /);
    const peak = g.outcomes.find((o) => o.id === 'peak')!;
    expect(peak.status).toBe('fail');
    // Everything stays live, so the peak comes with the last allocation (fmt's, line 11); the line that
    // allocated most of it is listed next.
    expect(peak.message).toMatch(/^The live heap peaked at 8 MiB \(line 11, in GC cycle \d+\); at most 1 MiB is allowed\.$/);
    expect(peak.details[1]).toMatchObject({ line: 9 });
    expect(peak.details[1].text).toMatch(/^Line 9: \d+ heap allocations, 8 MiB \(\d+ before the first GC cycle, \d+ in GC cycle 1\): .*make\(\[\]byte, 131072\) escapes to heap/);
  });

  it('labels every check, the implicit one first', () => {
    const checks: Check[] = [
      { id: 'a', kind: 'allocs', func: 'f', max: 1 },
      { id: 'b', kind: 'allocs', max: 2 },
      { id: 'g', kind: 'gcCycles', max: 2 },
      { id: 'p', kind: 'peakHeap', max: 1 << 20 },
      { id: 'o', kind: 'stdout', sameAsStart: true },
      { id: 'x', kind: 'heapBytes', func: 'f', max: 8192, label: 'Custom' },
    ];
    expect(checkLabels(ex('go', checks)).map((l) => l.label)).toEqual([
      'The program compiles and runs to its end',
      'f makes at most 1 heap allocation',
      'The program makes at most 2 heap allocations',
      'At most 2 GC cycles (at GOGC=100 GOMAXPROCS=1)',
      'The live heap never exceeds 1 MiB',
      "The output is the same as the starting program's",
      'Custom',
    ]);
    expect(checkLabels(ex('rust', [{ id: 'a', kind: 'allocs', func: 'fill', max: 8 }]))[1].label).toBe('fill makes at most 8 allocator calls (alloc or realloc)');
    expect(checkLabels(ex('rust', [{ id: 'o', kind: 'stdout', equals: 'average 499\n' }]))[1].label).toBe('The output is exactly “average 499”');
    expect(checkLabels(ex('rust', [{ id: 'o', kind: 'stdout', equals: 'a\nb\n' }]))[1].label).toBe('The output is exactly the expected text');
  });
});
