// Panics, exit codes, budgets and large loops (speed is measured by `npm run bench`, not here).
import { describe, expect, it } from 'vitest';
import { compact, main, run } from './helpers';

describe('panics and exit codes', () => {
  it('index out of bounds: Rust 1.95 message, location of `[`, exit 101, unwinding drops', () => {
    const r = run(main('    let v: Vec<i32> = vec![1, 2, 3];\n    let i: usize = 5;\n    let x = v[i];\n    println!("{}", x);'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toBe(
      "\nthread 'main' (1) panicked at src/main.rs:5:14:\nindex out of bounds: the len is 3 but the index is 5\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
    );
    // message String (32 → 64), RUST_BACKTRACE lookup, Box<String>, exception, then v's buffer.
    expect(compact(r)).toEqual(['a12', 'a32', 'r32>64', 'a1', 'd1', 'a24', 'a56', 'd12']);
  });
  it('unwrap on None and explicit panics use a static payload (Box<&str>)', () => {
    const r = run(main('    let o: Option<u8> = None;\n    let x = o.unwrap();'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain("panicked at src/main.rs:4:15:\ncalled `Option::unwrap()` on a `None` value\n");
    expect(compact(r)).toEqual(['a1', 'd1', 'a16', 'a56']);
    expect(run(main('    panic!("boom {}", 7);')).stderr).toContain('boom 7');
  });
  it('division by zero panics even in release', () => {
    // (`let z = 0; 10 / z` is rejected by rustc's unconditional_panic lint: the divisor comes in as a parameter)
    const r = run(main('    println!("{}", div(10, 0));', 'fn div(a: i32, z: i32) -> i32 {\n    a / z\n}'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('attempt to divide by zero');
  });
  it('capacity overflow past isize::MAX', () => {
    const r = run(main('    let v: Vec<u64> = Vec::with_capacity(usize::MAX);'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('\ncapacity overflow\n');
  });
  it('an allocation the machine cannot satisfy aborts like the real program (SIGABRT, 134), without host allocation', () => {
    const r = run(main('    print!("lost ");\n    let v: Vec<u8> = Vec::<u8>::with_capacity(1 << 40);\n    println!("{}", v.len());'));
    expect(r.exitCode).toBe(134);
    expect(r.stderr.startsWith('memory allocation of 1099511627776 bytes failed\n')).toBe(true);
    expect(r.budget?.kind).toBe('memory');
    expect(r.stdout).toBe(''); // abort skips the final flush of stdout's line buffer
  });
  it('assert_eq! reports both sides', () => {
    const r = run(main('    let a = 1;\n    assert_eq!(a + 1, 3);'));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('assertion `left == right` failed\n  left: 2\n right: 3\n');
  });
});

describe('budgets', () => {
  it('an endless loop stops at the step budget with exit code 3 and keeps the trace', () => {
    const r = run(main('    let mut v: Vec<u8> = Vec::new();\n    v.push(1);\n    loop {}'));
    expect(r.exitCode).toBe(3);
    expect(r.budget).toEqual({ kind: 'steps', message: 'Stopped after 50,000,000 steps: the program may loop forever. The trace so far is kept.' });
    expect(compact(r)).toEqual(['a8']);
  });
  it('stepBudget and memoryBudget options', () => {
    expect(run(main('    let mut i: u64 = 0;\n    while i < 1000000 { i += 1; }'), { stepBudget: 1000 }).budget?.kind).toBe('steps');
    const r = run(main('    let v: Vec<u8> = Vec::with_capacity(4096);'), { memoryBudget: 1000 });
    expect(r.exitCode).toBe(134);
    expect(r.budget?.kind).toBe('memory');
  });
  it('eventBudget folds the rest of the events into aggregates', () => {
    const r = run(main('    for i in 0..2000 {\n        let b = Box::new(i);\n    }'), { eventBudget: 200 });
    expect(r.exitCode).toBe(0);
    expect(r.trace.length).toBeLessThanOrEqual(200);
    expect(r.trace.aggregated).toBeGreaterThan(0);
    expect(r.stats.heapAllocs).toBe(2000);
  });
});

describe('large loops', () => {
  it('runs a 5 000 000-iteration loop to the right sum', () => {
    const r = run(main('    let n: u64 = 5000000;\n    let mut x: u64 = 0;\n    for i in 0..n {\n        x += i;\n    }\n    println!("{}", x);'));
    expect(r.stdout).toBe('12499997500000\n');
  });
  it('a 1 000 000-iteration push loop with its trace', () => {
    const r = run(main('    let mut v: Vec<u64> = Vec::new();\n    for i in 0..1000000u64 {\n        v.push(i);\n    }\n    println!("{}", v.len());'));
    expect(r.stdout).toBe('1000000\n');
    expect(r.stats.heapAllocs).toBe(1 + 18 + 1); // alloc 4, 18 doublings to 2^20, stdout
  });
});
