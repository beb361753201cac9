// Traits, generics and trait objects (check/traits.ts, check/generics.ts, check/conversions.ts,
// compile-trait.ts). Expected values were observed with rustc 1.95 (-O; a counting global allocator
// printing every call for the event lists).
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, run } from './helpers';

const SHAPES = `trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Circle { r: f64 }
struct Unit;
struct Pair { a: u8, b: u64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.0 * self.r * self.r } }
impl Shape for Unit { fn area(&self) -> f64 { 0.0 } fn name(&self) -> String { String::from("unit") } }
impl Shape for Pair { fn area(&self) -> f64 { (self.a as u64 * self.b) as f64 } }
`;

describe('trait objects', () => {
  it('a Box<dyn Trait> allocates the concrete size (nothing for a zero-sized type) and frees it on drop', () => {
    const r = run(`${SHAPES}fn main() {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Unit), Box::new(Pair { a: 2, b: 3 })];
    let mut t = 0.0;
    for s in &v { t += s.area(); }
    eprintln!("t{} {}", t, v[1].name());
}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stderr).toBe('t9 unit\n');
    expect(compact(r)).toEqual(['a48', 'a8', 'a16', 'a4', 'd4', 'd8', 'd16', 'd48']);
  });

  it('a method the trait does not declare is E0599 on the Box', () => {
    const d = checkRust(`${SHAPES}impl Circle { fn radius(&self) -> f64 { self.r } }
fn main() {
    let s: Box<dyn Shape> = Box::new(Circle { r: 1.0 });
    println!("{}", s.radius());
}`)[0];
    expect(d).toMatchObject({ code: 'E0599', line: 11, column: 22, message: 'no method named `radius` found for struct `Box<dyn Shape>` in the current scope' });
  });
});

describe('generics', () => {
  it('an unsatisfied bound is E0277 at the argument', () => {
    const d = checkRust(`${SHAPES}struct Sq;
fn show<T: Shape>(x: &T) -> f64 { x.area() }
fn main() {
    println!("{}", show(&Circle { r: 1.0 }));
    println!("{}", show(&Sq));
}`)[0];
    expect(d).toMatchObject({ code: 'E0277', line: 12, column: 25, message: 'the trait bound `Sq: Shape` is not satisfied' });
  });

  it('std traits the subset does not implement by hand are named', () => {
    expect(checkRust('struct P { x: u8 }\nimpl Ord for P {}\nfn main() {}')[0]).toMatchObject({ line: 2, column: 6, message: 'impls of the std trait `Ord` are not supported' });
  });
});
