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
  it('an inline format argument `{name}` is pointed at inside the string, as rustc does', () => {
    expect(first('fn main() {\n    let s1 = String::from("hello");\n    let s2 = s1;\n    println!("{s1}, world! {s2}");\n}')).toMatchObject({ line: 4, column: 16, code: 'E0382' });
    expect(first('fn main() {\n    let mut v = vec![1, 2];\n    let first = &v[0];\n    v.push(6);\n    println!("{{x}} first: {first:>3}");\n}')).toMatchObject({ code: 'E0502', notes: expect.arrayContaining([{ line: 5, column: 29, message: 'immutable borrow later used here' }]) });
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
  it('E0502: a reference into a Vec lives until its last use (rustc words and labels)', () => {
    const src = `fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}`;
    const d = first(src);
    expect(d).toMatchObject({ line: 4, column: 5, code: 'E0502', message: 'cannot borrow `v` as mutable because it is also borrowed as immutable' });
    expect(d.notes).toEqual([
      { line: 4, column: 5, message: 'mutable borrow occurs here' },
      { line: 3, column: 18, message: 'immutable borrow occurs here' },
      { line: 5, column: 20, message: 'immutable borrow later used here' },
    ]);
    const r = runRust(src);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
  });
  it('NLL: a borrow ends at its last use, even before the end of its scope', () => {
    const ok = (body: string) => expect(checkRust(`fn main() {\n${body}\n}`)).toEqual([]);
    ok('let mut v = vec![1];\nlet r = &v;\nprintln!("{}", r.len());\nv.push(1);');
    ok('let mut s = String::new();\nlet r = &mut s;\nr.push(\'a\');\ns.push(\'b\');\nprintln!("{}", s);');
    // reassigned in every iteration before it is read: the old borrow is dead at the push
    ok('let mut v = vec![1];\nlet mut last = &0;\nfor i in 0..3 {\n    println!("{}", last);\n    v.push(i);\n    last = &v[0];\n}');
    // only one branch uses the reference
    ok('let mut v = vec![1];\nlet r = &v;\nif v.len() > 3 {\n    println!("{}", r.len());\n} else {\n    v.push(2);\n}');
    // a clone through a reference owns its data
    ok('let mut v = vec![1, 2];\nlet r = &v;\nlet c = r.clone();\nv.push(3);\nprintln!("{:?} {:?}", c, v);');
    // a Copy value read out of a borrow does not keep it
    ok('let mut v = vec![1, 2];\nlet x = v[0];\nlet total: i32 = v.iter().sum();\nv.push(x + total);\nfor i in 0..v.len() {\n    let y = v[i];\n    v.push(y);\n}');
    expect(first('fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    if v.len() > 3 {\n        v.push(2);\n    }\n    println!("{}", r.len());\n}')).toMatchObject({ line: 5, code: 'E0502' });
  });
  it('two-phase borrows: a method\'s &mut self is activated at the call', () => {
    expect(checkRust('fn main() {\n    let mut v = vec![1];\n    v.push(v.len());\n    v.insert(0, v[1]);\n    let mut s = String::from("a");\n    s.push_str(&s.clone());\n    println!("{:?} {}", v, s);\n}')).toEqual([]);
    // …but an argument that is still a borrow of the receiver at the call conflicts
    expect(first('fn main() {\n    let mut s = String::from("ab");\n    s.push_str(&s);\n}')).toMatchObject({ line: 3, column: 5, code: 'E0502', notes: expect.arrayContaining([{ line: 3, column: 7, message: 'immutable borrow later used by call' }]) });
    expect(first('fn main() {\n    let mut v = vec![1];\n    v.push(v.pop().unwrap());\n}')).toMatchObject({ line: 3, column: 12, code: 'E0499' });
  });
  it('reborrows: a &mut through a &mut, used in turn', () => {
    expect(checkRust('fn add(v: &mut Vec<i32>) {\n    v.push(1);\n    let first = v[0];\n    v.push(first);\n}\nfn main() {\n    let mut v = vec![1];\n    let m = &mut v;\n    add(m);\n    let m2 = &mut *m;\n    m2.push(2);\n    m.push(3);\n    add(&mut v);\n    println!("{:?}", v);\n}')).toEqual([]);
    expect(first('fn main() {\n    let mut v = vec![1];\n    let m = &mut v;\n    let m2 = &mut *m;\n    m.push(1);\n    m2.push(2);\n}')).toMatchObject({ line: 5, code: 'E0499', message: 'cannot borrow `*m` as mutable more than once at a time' });
  });
  it('references returned by functions borrow their argument (lifetime elision)', () => {
    const items = 'fn largest(v: &Vec<i32>) -> &i32 {\n    let mut m = &v[0];\n    for x in v {\n        if *x > *m {\n            m = x;\n        }\n    }\n    m\n}\n';
    expect(checkRust(items + 'fn main() {\n    let mut v = vec![3, 9];\n    let b = *largest(&v);\n    v.push(b);\n}')).toEqual([]);
    expect(first(items + 'fn main() {\n    let mut v = vec![3, 9];\n    let b = largest(&v);\n    v.push(1);\n    println!("{}", b);\n}')).toMatchObject({ line: 13, code: 'E0502' });
  });
  it('E0597, E0716, E0505, E0506 and E0515', () => {
    expect(first('fn main() {\n    let r;\n    {\n        let x = 5;\n        r = &x;\n    }\n    println!("{}", r);\n}')).toMatchObject({
      line: 5,
      column: 13,
      code: 'E0597',
      message: '`x` does not live long enough',
      notes: expect.arrayContaining([{ line: 6, column: 5, message: '`x` dropped here while still borrowed' }]),
    });
    expect(first('fn main() {\n    let s: &str = String::from("t").as_str();\n    println!("{}", s);\n}')).toMatchObject({ line: 2, column: 19, code: 'E0716', message: 'temporary value dropped while borrowed' });
    // a `let` extends the temporary of `&value` to the end of the block
    expect(checkRust('fn main() {\n    let v = &vec![1, 2];\n    let s = &String::from("x");\n    println!("{:?} {}", v, s);\n}')).toEqual([]);
    expect(first('fn main() {\n    let s = String::new();\n    let r = &s;\n    let t = s;\n    println!("{} {}", r, t);\n}')).toMatchObject({ line: 4, column: 13, code: 'E0505' });
    expect(first('fn main() {\n    let mut x = 1;\n    let r = &x;\n    x = 2;\n    println!("{} {}", r, x);\n}')).toMatchObject({ line: 4, column: 5, code: 'E0506', message: 'cannot assign to `x` because it is borrowed' });
    expect(first('fn f(a: &String) -> &String {\n    let s = String::new();\n    &s\n}\nfn main() {}')).toMatchObject({ line: 3, column: 5, code: 'E0515', message: 'cannot return reference to local variable `s`' });
  });
  it('E0106: a returned reference needs exactly one reference parameter to borrow from', () => {
    expect(checkRust('fn pick(v: &Vec<i32>, n: usize) -> Option<&i32> {\n    if n < v.len() { Some(&v[n]) } else { None }\n}\nfn main() {\n    let v = vec![1];\n    println!("{:?}", pick(&v, 0));\n}')).toEqual([]);
    const d = first('fn longest(a: &String, b: &String) -> &String {\n    a\n}\nfn main() {}');
    expect(d).toMatchObject({ line: 1, column: 39, code: 'E0106', message: 'missing lifetime specifier' });
    expect(d.notes).toContainEqual({ line: 1, column: 39, message: "help: this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from `a` or `b`" });
    expect(first('fn make() -> &String {\n    panic!()\n}\nfn main() {}')).toMatchObject({ line: 1, column: 14, code: 'E0106' });
  });
  it('fields are borrowed separately; array elements are not', () => {
    expect(checkRust('struct P { name: String, score: u32 }\nfn main() {\n    let mut p = P { name: String::new(), score: 0 };\n    let n = &p.name;\n    p.score += 1;\n    println!("{} {}", n, p.score);\n}')).toEqual([]);
    expect(first('fn main() {\n    let mut a = [1, 2];\n    let r = &a[0];\n    a[1] = 5;\n    println!("{}", r);\n}')).toMatchObject({ code: 'E0506', message: 'cannot assign to `a[_]` because it is borrowed' });
  });
  it('mismatched types and unknown names', () => {
    expect(first('fn main() {\n    let a: u64 = 5;\n    let b: i32 = a;\n}')).toMatchObject({ line: 3, column: 18, code: 'E0308', message: 'mismatched types: expected `i32`, found `u64`' });
    expect(first('fn main() {\n    println!("{}", nope);\n}')).toMatchObject({ line: 2, column: 20, code: 'E0425', message: 'cannot find value `nope` in this scope' });
    expect(first('fn main() {\n    let x: u8 = 256;\n}')).toMatchObject({ line: 2, message: expect.stringContaining('literal out of range for `u8`') });
    expect(first('fn main() {\n    let v: Vec<u8> = Vec::new();\n    v.frobnicate();\n}')).toMatchObject({ line: 3, column: 7, code: 'E0599' });
  });
  it('constructs outside the subset are named, with line/column and end', () => {
    const d = checkRust(`type Km = u32;
fn main() {
    let f = unsafe { 1 };
    let m = Condvar::new();
}`);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
      [1, 1, 'type aliases are not supported'],
      [3, 13, 'unsafe blocks are not supported'],
      [4, 13, 'cannot find type `Condvar` in this scope'],
    ]);
    expect(d[1].endLine).toBe(3);
    expect(d[1].endColumn).toBeGreaterThan(d[1].column);
    expect(checkRust('use std::sync::Condvar;\nfn main() {}')[0].message).toBe('Condvar is not supported');
    expect(checkRust('use std::collections::HashMap;\nfn main() {}')).toEqual([]);
    expect(checkRust('struct P { x: u8 }\nimpl P {}\nfn main() {}')).toEqual([]);
    expect(checkRust('struct P { x: u8 }\nimpl Hash for P {}\nfn main() {}')[0]).toMatchObject({ line: 2, column: 6, message: 'impls of the std trait `Hash` are not supported' });
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
    expect(first('struct S;\nimpl Ord for S { fn cmp(&self, o: &S) -> u8 { 0 } }\nfn main() {}').message).toBe('impls of the std trait `Ord` are not supported');
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

describe('closure errors, as rustc 1.95 reports them', () => {
  it('E0373: a returned closure that borrows a parameter', () => {
    expect(first('fn make_adder(n: i32) -> impl Fn(i32) -> i32 {\n    |x| x + n\n}\nfn main() {\n    println!("{}", make_adder(1)(2));\n}')).toMatchObject({ line: 2, column: 5, code: 'E0373', message: 'closure may outlive the current function, but it borrows `n`, which is owned by the current function' });
  });
  it('E0382: use after a move into a `move` closure', () => {
    const d = first('fn main() {\n    let s = String::from("hi");\n    let f = move || println!("{}", s);\n    f();\n    println!("{}", s);\n}');
    expect(d).toMatchObject({ line: 5, column: 20, code: 'E0382', message: 'borrow of moved value: `s`' });
    expect(d.notes?.map((n) => [n.line, n.message])).toContainEqual([3, 'value moved into closure here']);
  });
  it('E0596: calling an FnMut closure bound without `let mut`', () => {
    expect(first('fn main() {\n    let mut count = 0;\n    let inc = || count += 1;\n    inc();\n    println!("{}", count);\n}')).toMatchObject({ line: 4, column: 5, code: 'E0596', message: 'cannot borrow `inc` as mutable, as it is not declared as mutable' });
  });
  it('E0594: assigning to a captured variable in a closure passed as `impl Fn`', () => {
    expect(first('fn call(f: impl Fn()) {\n    f();\n}\nfn main() {\n    let mut count = 0;\n    call(|| count += 1);\n    println!("{}", count);\n}')).toMatchObject({ line: 6, column: 13, code: 'E0594', message: 'cannot assign to `count`, as it is a captured variable in a `Fn` closure' });
  });
  it('E0283: collect without a target type', () => {
    expect(first('fn main() {\n    let v: Vec<i32> = vec![1, 2, 3];\n    let w = v.iter().map(|x| x * 2).collect();\n    println!("{:?}", w);\n}')).toMatchObject({ line: 3, code: 'E0283', message: 'type annotations needed' });
  });
});

describe('FnOnce closures', () => {
  it('E0382: a closure that moves a capture out is moved by its first call', () => {
    const d = first('fn main() {\n    let s = String::from("hi");\n    let f = move || s;\n    let a = f();\n    let b = f();\n    println!("{} {}", a, b);\n}');
    expect(d).toMatchObject({ line: 5, column: 13, code: 'E0382', message: 'use of moved value: `f`' });
    expect(d.notes?.map((n) => [n.line, n.column, n.message])).toContainEqual([4, 13, '`f` moved due to this call']);
  });
  it('called once, it runs', () => {
    expect(runRust('fn main() {\n    let s = String::from("hi");\n    let f = || s;\n    let t = f();\n    println!("{}", t);\n}').stdout).toBe('hi\n');
  });
});
