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

describe('diagnostics of impl blocks, methods, tuples (rustc 1.95 wording and positions)', () => {
  const S = 'struct S { x: u32, name: String }\nimpl S {\n    fn new(x: u32) -> S { S { x, name: String::new() } }\n    fn get(&self) -> u32 { self.x }\n    fn set(&mut self, x: u32) { self.x = x; }\n    fn take(self) -> String { self.name }\n}\n';
  const at = (src: string) => {
    const d = first(src);
    return [d.code, d.line, d.column, d.message];
  };
  it('E0599: unknown method, unknown associated item, associated function called as a method', () => {
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    s.foo();\n}`)).toEqual(['E0599', 10, 7, 'no method named `foo` found for struct `S` in the current scope']);
    expect(at(`${S}fn main() {\n    let s = S::nope();\n}`)).toEqual(['E0599', 9, 16, 'no function or associated item named `nope` found for struct `S` in the current scope']);
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    let t = s.new(2);\n}`)).toEqual(['E0599', 10, 15, 'no method named `new` found for struct `S` in the current scope']);
    expect(at('fn main() {\n    let t = (1, 2);\n    t.len();\n}')).toEqual(['E0599', 3, 7, 'no method named `len` found for tuple `({integer}, {integer})` in the current scope']);
  });
  it('E0615 (a method used as a field), E0609 (a tuple field that does not exist)', () => {
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    let a = s.get;\n}`)).toEqual(['E0615', 10, 15, 'attempted to take value of method `get` on type `S`']);
    expect(at('fn main() {\n    let t = (1, 2);\n    println!("{}", t.2);\n}')).toEqual(['E0609', 3, 22, 'no field `2` on type `({integer}, {integer})`']);
  });
  it('E0433 (an undeclared type in a path), E0425 (a method called as a function), E0424, E0411', () => {
    expect(at('fn main() {\n    let b = Foo::new();\n}')).toEqual(['E0433', 2, 13, 'cannot find type `Foo` in this scope']);
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    let v = get(&s);\n}`)).toEqual(['E0425', 10, 13, 'cannot find function `get` in this scope']);
    expect(at('struct S { x: u32 }\nimpl S { fn get() -> u32 { self.x } }\nfn main() {}')).toEqual(['E0424', 2, 28, 'expected value, found module `self`']);
    expect(at('fn f() -> Self { 1 }\nfn main() {}')).toEqual(['E0411', 1, 11, 'cannot find type `Self` in this scope']);
  });
  it('E0061: methods, associated functions and tuple structs with the wrong number of arguments', () => {
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    let v = s.get(2);\n}`)).toEqual(['E0061', 10, 15, 'this method takes 0 arguments but 1 argument was supplied']);
    expect(at(`${S}fn main() {\n    let s = S::new();\n}`)).toEqual(['E0061', 9, 13, 'this function takes 1 argument but 0 arguments were supplied']);
    expect(at('struct M(u32);\nfn main() {\n    let m = M(1, 2);\n}')).toEqual(['E0061', 3, 13, 'this struct takes 1 argument but 2 arguments were supplied']);
  });
  it('E0596 / E0594: &mut self on an immutable binding, through & and through a Box; assigning in &self', () => {
    expect(at(`${S}fn main() {\n    let s = S::new(1);\n    s.set(2);\n}`)).toEqual(['E0596', 10, 5, 'cannot borrow `s` as mutable, as it is not declared as mutable']);
    expect(at(`${S}fn f(s: &S) {\n    s.set(3);\n}\nfn main() {}`)).toEqual(['E0596', 9, 5, 'cannot borrow `*s` as mutable, as it is behind a `&` reference']);
    expect(at(`${S}fn main() {\n    let b = Box::new(S::new(1));\n    b.set(2);\n}`)).toEqual(['E0596', 10, 5, 'cannot borrow `*b` as mutable, as `b` is not declared as mutable']);
    expect(at('struct S { x: u32 }\nimpl S { fn set(&self, x: u32) { self.x = x; } }\nfn main() {}')).toEqual(['E0594', 2, 34, 'cannot assign to `self.x`, which is behind a `&` reference']);
  });
  it('E0382 after a self-consuming call; E0507 moving out of &self', () => {
    const d = first(`${S}fn main() {\n    let s = S::new(1);\n    let n = s.take();\n    println!("{}", s.x);\n}`);
    expect([d.code, d.line, d.column, d.message]).toEqual(['E0382', 11, 20, 'borrow of moved value: `s`']);
    expect(d.notes).toContainEqual({ line: 10, column: 15, message: '`s` moved due to this method call' });
    expect(at('struct S { name: String }\nimpl S { fn peek(&self) -> String { self.name } }\nfn main() {}')).toEqual(['E0507', 2, 37, 'cannot move out of `self.name` which is behind a shared reference']);
    expect(at('struct S { name: String }\nimpl S {\n    fn take(self) -> String { self.name }\n    fn bad(&self) -> String { self.take() }\n}\nfn main() {}')).toEqual(['E0507', 4, 31, 'cannot move out of `*self` which is behind a shared reference']);
  });
  it('Drop: E0509 (moving a field out), E0040 (calling drop), E0184 (Copy with a destructor), E0046, E0407', () => {
    const D = 'struct S { name: String }\nimpl Drop for S { fn drop(&mut self) {} }\n';
    expect(at(`${D}fn main() {\n    let s = S { name: String::from("a") };\n    let n = s.name;\n}`)).toEqual(['E0509', 5, 13, 'cannot move out of type `S`, which implements the `Drop` trait']);
    expect(at(`${D}fn main() {\n    let mut s = S { name: String::from("a") };\n    s.drop();\n}`)).toEqual(['E0040', 5, 7, 'explicit use of destructor method']);
    expect(at('#[derive(Clone, Copy)]\nstruct S { x: u32 }\nimpl Drop for S { fn drop(&mut self) {} }\nfn main() {}')).toEqual(['E0184', 2, 8, 'the trait `Copy` cannot be implemented for this type; the type has a destructor']);
    expect(at('struct S { x: u32 }\nimpl Drop for S { }\nfn main() {}')).toEqual(['E0046', 2, 1, 'not all trait items implemented, missing: `drop`']);
    expect(at('struct S { x: u32 }\nimpl Drop for S { fn drop(&mut self) {} fn other(&self) {} }\nfn main() {}')).toEqual(['E0407', 2, 41, 'method `other` is not a member of trait `Drop`']);
  });
  it('Display: E0277 without an impl, ? outside a fmt::Result function; E0592 duplicate methods; E0023', () => {
    expect(at('struct S { x: u32 }\nfn main() {\n    let s = S { x: 1 };\n    println!("{}", s);\n}')).toEqual(['E0277', 4, 20, expect.stringContaining('`S` doesn\'t implement `std::fmt::Display`')]);
    expect(at('use std::fmt;\nfn g(f: &mut fmt::Formatter) { write!(f, "x")?; }\nfn main() {}')).toEqual(['E0277', 2, 46, 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)']);
    expect(at('struct S { x: u32 }\nimpl S { fn a(&self) {} }\nimpl S { fn a(&self) {} }\nfn main() {}')).toEqual(['E0592', 2, 10, 'duplicate definitions with name `a`']);
    expect(at('struct M(u32, u32);\nfn main() {\n    let m = M(1, 2);\n    let M(a) = m;\n}')).toEqual(['E0023', 4, 11, 'this pattern has 1 field, but the corresponding tuple struct has 2 fields']);
  });
  it('rustc\'s arithmetic_overflow / unconditional_panic lints see through constants', () => {
    const d = checkRust('const N: u8 = 200;\nstruct S;\nimpl S { const M: u32 = 0; }\nfn main() {\n    let x = N + 100;\n    let y = 10 / S::M;\n}');
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
      [5, 13, 'this arithmetic operation will overflow'],
      [6, 13, 'this operation will panic at runtime'],
    ]);
  });
  it('E0391: a constant defined by itself', () => {
    expect(at('const A: u32 = A;\nfn main() {\n    println!("{}", A);\n}')).toEqual(['E0391', 1, 1, 'cycle detected when checking if `A` is a trivial const']);
  });
  it('what stays outside the subset is named', () => {
    expect(first('struct S;\nimpl Clone for S { fn clone(&self) -> S { S } }\nfn main() {}').message).toBe('traits are not supported (only `impl Drop for Type` and `impl fmt::Display for Type`)');
    expect(first('struct S<T> { x: T }\nfn main() {}').message).toBe('generic structs are not supported');
    expect(first('struct S;\nimpl S { fn f(self: Box<Self>) {} }\nfn main() {}').message).toBe('this form of `self` parameter is not supported (only `self`, `mut self`, `&self`, `&mut self`)');
  });

  describe('enums and patterns (rustc 1.95 --edition 2021)', () => {
    const SHAPE = 'enum Shape { Circle(f64), Rect { w: f64, h: f64 }, Empty }\n';
    it('E0004 names the variants no arm covers', () => {
      expect(first(`${SHAPE}fn main() {\n    let s = Shape::Circle(1.0);\n    let a = match s {\n        Shape::Circle(r) => r,\n    };\n    println!("{}", a);\n}`)).toMatchObject({ line: 4, column: 19, code: 'E0004', message: 'non-exhaustive patterns: `Shape::Rect { .. }` and `Shape::Empty` not covered' });
      expect(first('enum Dir { N, E, S, W }\nfn main() {\n    let d = Dir::N;\n    match d {\n        Dir::N => println!("n"),\n    }\n}')).toMatchObject({ line: 4, column: 11, code: 'E0004', message: 'non-exhaustive patterns: `Dir::E`, `Dir::S` and `Dir::W` not covered' });
    });
    it('E0023, E0026: sub-patterns that do not fit the variant', () => {
      expect(first(`${SHAPE}fn main() {\n    let s = Shape::Circle(1.0);\n    match s {\n        Shape::Circle(r, q) => println!("{}", r),\n        _ => {}\n    }\n}`)).toMatchObject({ line: 5, column: 23, code: 'E0023', message: 'this pattern has 2 fields, but the corresponding tuple variant has 1 field' });
      expect(first(`${SHAPE}fn main() {\n    let s = Shape::Circle(1.0);\n    match s {\n        Shape::Rect { w, d } => println!("{}", w),\n        _ => {}\n    }\n}`)).toMatchObject({ line: 5, column: 26, code: 'E0026', message: 'variant `Shape::Rect` does not have a field named `d`' });
    });
    it('E0005 for a refutable `let`, E0308 for a let-else that falls through', () => {
      const d = checkRust(`${SHAPE}fn main() {\n    let s = Shape::Circle(1.0);\n    let Shape::Circle(r) = s;\n    println!("{}", r);\n}`);
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ line: 4, column: 9, code: 'E0005', message: 'refutable pattern in local binding' });
      expect(first('fn main() {\n    let v: Option<u32> = Some(3);\n    let Some(x) = v else {\n        println!("none");\n    };\n    println!("{}", x);\n}')).toMatchObject({ line: 3, column: 26, code: 'E0308', message: '`else` clause of `let...else` does not diverge' });
    });
  });
  it('`?` outside a function returning Result/Option, and an error type without From (E0277)', () => {
    expect(first('fn f() -> Result<u32, String> { Ok(1) }\nfn main() {\n    let x = f()?;\n    println!("{}", x);\n}')).toMatchObject({ line: 3, column: 16, code: 'E0277', message: 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)' });
    expect(first('fn f() -> Result<u32, String> { Ok(1) }\nfn g() -> Result<u32, u8> {\n    let x = f()?;\n    Ok(x)\n}\nfn main() {\n    println!("{:?}", g());\n}')).toMatchObject({ line: 3, column: 16, code: 'E0277', message: "`?` couldn't convert the error to `u8`" });
  });
  it('E0382 after a match moved a variant payload out: a partially moved value', () => {
    expect(first('#[derive(Debug)]\nenum Msg { Text(String), Quit }\nfn main() {\n    let m = Msg::Text(String::from("a"));\n    match m {\n        Msg::Text(s) => println!("{}", s),\n        Msg::Quit => {}\n    }\n    println!("{:?}", m);\n}')).toMatchObject({ line: 9, column: 22, code: 'E0382', message: 'borrow of partially moved value: `m`' });
  });
  it('E0599 for an enum names the variant or associated item, and the enum', () => {
    const d = checkRust('enum Shape { Circle(f64), Empty }\nfn main() {\n    let s = Shape::Triangle(1.0);\n    let t = Shape::Square;\n}');
    expect(d[0]).toMatchObject({ line: 3, column: 20, code: 'E0599', message: 'no variant or associated item named `Triangle` found for enum `Shape` in the current scope' });
    expect(d[1]).toMatchObject({ line: 4, column: 20, code: 'E0599', message: 'no variant or associated item named `Square` found for enum `Shape` in the current scope' });
  });
});

