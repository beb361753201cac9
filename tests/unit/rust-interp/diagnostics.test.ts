// checkRust: syntax errors, constructs outside the subset, type errors and moves, with 1-based
// positions and rustc's wording.
import { describe, expect, it } from 'vitest';
import { checkRust, runRust } from '@/lib/rust/interp';

const first = (src: string) => {
  const d = checkRust(src);
  expect(d.length).toBeGreaterThan(0);
  return d[0];
};

describe('diagnostics', () => {
  it('E0382 names the move and the later use, in rustc words', () => {
    const d = first(`fn main() {
    let v: Vec<i32> = vec![1];
    let w = v;
    println!("{}", v.len());
    println!("{}", w.len());
}`);
    expect(d).toMatchObject({ line: 4, column: 20, code: 'E0382', message: 'borrow of moved value: `v`', severity: 'error' });
    expect(d.notes).toContainEqual({ line: 3, column: 13, message: 'value moved here' });
    expect(d.notes).toContainEqual({ line: 4, column: 20, message: 'value borrowed here after move' });
    expect(d.notes!.some((n) => n.line === 2 && /has type `Vec<i32>`, which does not implement the `Copy` trait/.test(n.message))).toBe(true);
  });
  it('E0382 use (not borrow) and moves in a previous loop iteration', () => {
    const d = first(`fn consume(v: Vec<u8>) {}
fn main() {
    let v: Vec<u8> = Vec::new();
    for _ in 0..3 {
        consume(v);
    }
}`);
    expect(d).toMatchObject({ line: 5, column: 17, code: 'E0382', message: 'use of moved value: `v`' });
    expect(d.notes).toContainEqual({ line: 5, column: 17, message: 'value moved here, in previous iteration of loop' });
  });
  it('a move in one branch makes later uses errors; reassignment re-initialises', () => {
    expect(first(`fn main() {
    let s = String::from("x");
    if true { drop(s); }
    println!("{}", s);
}`)).toMatchObject({ line: 4, code: 'E0382' });
    expect(checkRust(`fn main() {
    let mut s = String::from("x");
    drop(s);
    s = String::from("y");
    println!("{}", s);
}`)).toEqual([]);
  });
  it('E0596 and E0384 for missing mut', () => {
    expect(first('fn main() {\n    let v: Vec<i32> = Vec::new();\n    v.push(1);\n}')).toMatchObject({ line: 3, column: 5, code: 'E0596', message: 'cannot borrow `v` as mutable, as it is not declared as mutable' });
    expect(first('fn main() {\n    let x = 1;\n    x = 2;\n    println!("{}", x);\n}')).toMatchObject({ line: 3, code: 'E0384', message: 'cannot assign twice to immutable variable `x`' });
    expect(first('fn f(v: &Vec<u8>) {\n    v.push(1);\n}\nfn main() {}')).toMatchObject({ line: 2, code: 'E0596' });
  });
  it('E0507: moving out of an index or a reference', () => {
    expect(first('fn main() {\n    let v = vec![String::from("a")];\n    let s = v[0];\n}')).toMatchObject({ line: 3, column: 13, code: 'E0507', message: 'cannot move out of index of `Vec<String>`' });
  });
  it('mismatched types and unknown names', () => {
    expect(first('fn main() {\n    let a: u64 = 5;\n    let b: i32 = a;\n}')).toMatchObject({ line: 3, column: 18, code: 'E0308', message: 'mismatched types: expected `i32`, found `u64`' });
    expect(first('fn main() {\n    println!("{}", nope);\n}')).toMatchObject({ line: 2, column: 20, code: 'E0425', message: 'cannot find value `nope` in this scope' });
    expect(first('fn main() {\n    let x: u8 = 256;\n}')).toMatchObject({ line: 2, message: expect.stringContaining('literal out of range for `u8`') });
    expect(first('fn main() {\n    let v: Vec<u8> = Vec::new();\n    v.frobnicate();\n}')).toMatchObject({ line: 3, column: 7, code: 'E0599' });
  });
  it('constructs outside the subset are named, with line/column and end', () => {
    const d = checkRust(`trait Shape {}
fn main() {
    let f = |x: i32| x + 1;
    let m = std::collections::HashMap::new();
}`);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
      [1, 1, 'traits are not supported'],
      [3, 13, 'closures are not supported'],
      [4, 13, 'HashMap is not supported'],
    ]);
    expect(d[1].endLine).toBe(3);
    expect(d[1].endColumn).toBeGreaterThan(d[1].column);
    expect(checkRust('use std::collections::HashMap;\nfn main() {}')[0].message).toBe('HashMap is not supported');
    expect(checkRust('struct P { x: u8 }\nimpl P {}\nfn main() {}')).toEqual([]);
    expect(checkRust('struct P { x: u8 }\nimpl Clone for P {}\nfn main() {}')[0]).toMatchObject({ line: 2, column: 6, message: 'traits are not supported (only `impl Drop for Type` and `impl fmt::Display for Type`)' });
  });
  it('syntax errors come from the parser only', () => {
    const d = checkRust('fn main() {\n    let x = ;\n}');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 2, column: 13, message: 'syntax error: unexpected `;`' });
  });
  it('a program that does not compile exits with 1 and rustc-like stderr', () => {
    const r = runRust('fn main() {\n    let v: Vec<i32> = vec![1];\n    let w = v;\n    println!("{}", v.len());\n}');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('error[E0382]: borrow of moved value: `v`');
    expect(r.stderr).toContain('--> src/main.rs:4:20');
    expect(r.trace.length).toBe(0);
  });
  it('checkRust accepts a long valid program', () => {
    const body = Array.from({ length: 200 }, (_, i) => `    let mut v${i}: Vec<u64> = Vec::new();\n    v${i}.push(${i});\n    println!("{}", v${i}.len());`).join('\n');
    expect(checkRust(`fn main() {\n${body}\n}`)).toEqual([]);
  });
});
