// Each feature of the subset, observed through stdout (values) and the trace (memory).
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, events, main, run } from './helpers';

const first = (src: string) => checkRust(src)[0];

const out = (body: string, items = '') => {
  const r = run(main(body, items));
  expect(r.diagnostics).toEqual([]);
  return r.stdout;
};

describe('values and control flow', () => {
  it('integers wrap with release semantics (-O: no overflow panic)', () => {
    // Operands known at compile time would be rejected by rustc's arithmetic_overflow lint (see
    // learner-programs.test.ts), so the values come in as parameters.
    const fns = 'fn dec_i8(b: i8) -> i8 { b - 1 }\nfn dec_u32(d: u32) -> u32 { d - 1 }\nfn inc(x: i32) -> i32 { x + 1 }';
    expect(out('let mut a: u8 = 250; a += 10; let c = dec_i8(-128); let e = dec_u32(0); println!("{} {} {}", a, c, e);', fns)).toBe('4 127 4294967295\n');
    expect(out('println!("{}", inc(i32::MAX));', fns)).toBe('-2147483648\n');
  });
  it('64/128-bit integers stay exact past 2^53', () => {
    expect(out('let a: u64 = u64::MAX; let b = a - 1; let c: u64 = 1 << 60; println!("{} {} {}", a, b, c * 15);')).toBe('18446744073709551615 18446744073709551614 17293822569102704640\n');
    expect(out('let m: i128 = i128::MIN; println!("{} {}", m, usize::MAX);')).toBe('-170141183460469231731687303715884105728 18446744073709551615\n');
    expect(out('let mut x: u64 = 9007199254740990; x += 5; println!("{}", x);')).toBe('9007199254740995\n');
  });
  it('literal suffixes, casts and shifts', () => {
    expect(out('let a = 300u32 as u8; let b = -1i32 as u32; let c = 3.99f64 as i32; let d = -1.5f64 as u8; let e = 65u8 as char; println!("{} {} {} {} {}", a, b, c, d, e);')).toBe('44 4294967295 3 0 A\n');
    // (a shift amount known at compile time ≥ the width is a compile error: arithmetic_overflow)
    expect(out('println!("{} {}", shl(1, 9), 255u8 >> 3);', 'fn shl(x: u8, n: u32) -> u8 { x << n }')).toBe('2 31\n');
  });
  it('a range whose end is parenthesised (lezer reads `0..(x)` as a call)', () => {
    expect(out('let round: i32 = 3; let mut s = 0; for j in 0..(round % 50 + 10) { s += j; } println!("{}", s);')).toBe('78\n');
    expect(out('let n: i32 = 3; let mut s = 0; for j in 0..(n) + 1 { s += j; } for j in 0..=(n) * 2 { s += j; } for j in 0..(n).min(2) { s += j; } println!("{}", s);')).toBe('28\n');
    expect(out('let v = vec![1, 2, 3, 4]; let k: usize = 1; let a = &v[1..(k + 2)]; println!("{}", a.len());')).toBe('2\n');
  });
  it('floats print like Rust (Display and Debug)', () => {
    expect(out('println!("{} {} {:?} {:?} {} {:.2} {}", 1.0f64, 0.1f64 + 0.2, 1.0f64, 1e-7f64, 1e21f64, 2.675f64, 1.5f32);')).toBe('1 0.30000000000000004 1.0 1e-7 1000000000000000000000 2.67 1.5\n');
  });
  it('if / while / loop with break value / for over ranges and labels', () => {
    expect(
      out(`let mut n = 0; while n < 5 { n += 1; }
let v = loop { n += 10; if n > 30 { break n * 2; } };
let mut s = 0; for i in 0..=4 { s += i; }
let mut hits = 0;
'outer: for i in 0..10 { for j in 0..10 { if i * j > 20 { break 'outer; } if j > i { continue 'outer; } hits += 1; } }
let kind = if v > 60 { "big" } else { "small" };
println!("{} {} {} {}", v, s, hits, kind);`),
    ).toBe('70 10 20 big\n');
  });
  it('functions with values, & and &mut', () => {
    expect(
      out(
        'let mut v: Vec<u32> = Vec::new(); fill(&mut v, 4); let mut x: u32 = 1; bump(&mut x); println!("{} {} {}", count(&v), x, add(2, 3));',
        `fn fill(v: &mut Vec<u32>, n: u32) { for i in 0..n { v.push(i); } }
fn count(v: &Vec<u32>) -> usize { v.len() }
fn bump(x: &mut u32) { *x += 41; }
fn add(a: i64, b: i64) -> i64 { return a + b; }`,
      ),
    ).toBe('4 42 5\n');
  });
  it('structs, field access and Debug', () => {
    expect(out('let mut p = P { x: 1, name: String::from("p") }; p.x += 2; println!("{:?} {}", p, p.x);', '#[derive(Debug)]\nstruct P { x: i32, name: String }')).toBe('P { x: 3, name: "p" } 3\n');
  });
  it('iterates over &v and v.iter(), sums', () => {
    expect(out('let v = vec![1u64, 2, 3]; let mut a = 0; for x in &v { a += x; } let s: u64 = v.iter().sum(); println!("{} {} {}", a, s, v.iter().sum::<u64>());')).toBe('6 6 6\n');
  });
  it('Option: if let, while let, match, unwrap', () => {
    expect(out('let mut v = vec![1, 2]; let mut t = 0; while let Some(x) = v.pop() { t += x; } let o: Option<i32> = None; let d = match o { Some(x) => x, None => -1 }; if let Some(y) = Some(5) { t += y; } println!("{} {} {:?}", t, d, Some(2).unwrap());')).toBe('8 -1 2\n');
  });
  it('print! and println! formatting: width, fill, sign, zero, debug strings', () => {
    expect(out('print!("[{:>5}]", 7); print!("[{:<3}]", "a"); println!("[{:^5}][{:+}][{:04}][{:?}][{:?}]", "x", 5, -3, "q\\"t", \'c\');')).toBe('[    7][a  ][  x  ][+5][-003]["q\\"t"][\'c\']\n');
  });
  it('usize::MAX-style constants and std::mem::size_of', () => {
    expect(out('println!("{} {} {} {}", u8::MAX, i16::MIN, std::mem::size_of::<S>(), std::mem::size_of::<Vec<u8>>());', 'struct S { a: u8, b: u64, c: u16 }')).toBe('255 -32768 16 24\n');
  });
});

describe('memory semantics', () => {
  it('Box::new allocates size_of::<T>() and a zero-sized T nothing', () => {
    const r = run(main('let b = Box::new(5u64); let c = Box::new(P { a: 1, b: 2 }); let z = Box::new(()); println!("{} {}", b, c.a);', 'struct P { a: u8, b: u32 }'));
    expect(compact(r)).toEqual(['a8', 'a8', 'a1024', 'd8', 'd8']);
  });
  it('vec![0; n] counts as one allocation of n elements; clone allocates cap == len', () => {
    const r = run(main('let mut v: Vec<u16> = vec![0; 10]; v.push(1); let c = v.clone(); println!("{} {}", v.capacity(), c.capacity());'));
    expect(r.stdout).toBe('20 11\n');
    expect(compact(r)).toEqual(['a20', 'r20>40', 'a22', 'a1024', 'd22', 'd40']);
  });
  it('drops at scope end in reverse declaration order (frees in the trace)', () => {
    const r = run(main('let a = vec![1u8]; let b = vec![1u16]; let c = vec![1u32]; { let d = vec![1u64]; }'));
    expect(compact(r)).toEqual(['a1', 'a2', 'a4', 'a8', 'd8', 'd4', 'd2', 'd1']);
    const frees = events(r).filter((e) => e.kind === 'free');
    expect(frees[0].line).toBe(3); // the inner block's closing brace
    expect(frees[1].line).toBe(4); // main's closing brace
  });
  it('moved-from values are not dropped; drop(x) frees immediately', () => {
    const r = run(main('let a = String::from("abc"); let b = a; drop(b); let c = String::from("z"); println!("{}", c);'));
    expect(compact(r)).toEqual(['a3', 'd3', 'a1', 'a1024', 'd1']);
  });
  it('temporaries are dropped at the end of their statement', () => {
    const r = run(main('let n = String::from("hello").len(); let k = format!("{}{}", n, n).len(); let keep = String::from("kept"); println!("{} {}", n, k);'));
    expect(compact(r)).toEqual(['a5', 'd5', 'a8', 'd8', 'a4', 'a1024', 'd4']);
  });
  it('std::mem::take leaves an empty value that does not allocate', () => {
    const r = run(main('let mut v = vec![1, 2, 3]; let w = std::mem::take(&mut v); println!("{} {} {}", v.len(), v.capacity(), w.len());'));
    expect(r.stdout).toBe('0 0 3\n');
    expect(compact(r)).toEqual(['a12', 'a1024', 'd12']);
  });
  it('truncate / clear / pop keep the capacity; shrink_to_fit reallocates', () => {
    const r = run(main('let mut v: Vec<u32> = Vec::with_capacity(8); for i in 0..8 { v.push(i); } v.pop(); v.truncate(3); v.clear(); println!("{}", v.capacity()); v.push(1); v.shrink_to_fit(); println!("{}", v.capacity());'));
    expect(r.stdout).toBe('8\n1\n');
    expect(compact(r)).toEqual(['a32', 'a1024', 'r32>4', 'd4']);
  });
  it('format! sizes its buffer with Arguments::estimated_capacity', () => {
    // "{}" starts with a placeholder and has < 16 literal bytes: capacity 0, then push_str growth.
    // Literal arguments are inlined into the template by rustc: format!("{}", 5) is the static "5".
    const r = run(main('let k = 12345; let a = format!("{}", k); let b = format!("n = {}", k); let c = format!("static {}", 5); println!("{}{}{}", a, b, c);'));
    expect(compact(r).slice(0, 4)).toEqual(['a8', 'a8', 'r8>16', 'a8']); // 'n = ' doubled = 8, then 12345 overflows it
  });
  it('stdout allocates its 1024-byte LineWriter buffer once, on the first print', () => {
    const r = run(main('println!("a"); println!("b"); print!("c");'));
    expect(compact(r)).toEqual(['a1024']);
    expect(r.stats).toMatchObject({ heapAllocs: 1, heapBytes: 1024, frees: 0, peakHeapBytes: 1024 });
  });
  it('stats: heapAllocs = alloc + realloc calls, heapBytes = their requested bytes, frees = deallocs, peak of live bytes', () => {
    const r = run(main('let mut v: Vec<u64> = Vec::new(); for i in 0..5 { v.push(i); }'));
    expect(compact(r)).toEqual(['a32', 'r32>64', 'd64']);
    expect(r.stats).toMatchObject({ heapAllocs: 2, heapBytes: 96, frees: 1, peakHeapBytes: 64 });
  });
  it('sites name the line and the reason', () => {
    const r = run(main('let mut v: Vec<u8> = Vec::new();\nfor i in 0..20 { v.push(i); }\nlet b = Box::new(1u32);\nlet s = String::from("x");'));
    const reasons = r.sites.map((s) => `${s.line}:${s.reason}`);
    expect(reasons).toContain('4:Vec growth: capacity 0 → 8 (push)');
    expect(reasons).toContain('4:Vec growth: capacity 8 → 16 (push)');
    expect(reasons).toContain('5:Box::new (4 bytes)');
    expect(reasons).toContain('6:String::from');
    expect(r.sites.every((s) => s.kind === 'heap' && s.count > 0)).toBe(true);
  });
  it('virtual time increases monotonically', () => {
    const r = run(main('let mut v: Vec<u8> = Vec::new(); for i in 0..100 { v.push(i); }'));
    for (let i = 1; i < r.trace.length; i++) expect(r.trace.time[i]).toBeGreaterThanOrEqual(r.trace.time[i - 1]);
    expect(r.trace.time[r.trace.length - 1]).toBeGreaterThan(0);
  });
});

describe('VecDeque and String', () => {
  it('VecDeque grows through RawVec like Vec', () => {
    const r = run(main('let mut d: std::collections::VecDeque<u32> = std::collections::VecDeque::new(); for i in 0..5 { d.push_back(i); d.push_front(i); } println!("{} {} {:?}", d.len(), d.capacity(), d.pop_front());', 'use std::collections::VecDeque;'));
    expect(r.stdout).toBe('10 16 Some(4)\n');
  });
  it('String len() counts UTF-8 bytes', () => {
    expect(out('let mut s = String::from("héllo"); s.push(\'€\'); println!("{} {}", s.len(), s.capacity());')).toBe('9 12\n');
  });
});

describe('impl blocks, methods and Self', () => {
  const counter = `struct Counter { hits: Vec<u32> }
impl Counter {
    const START: u32 = 10;
    fn new() -> Self { Self { hits: Vec::new() } }
    fn add(&mut self, x: u32) { self.hits.push(x + Self::START); }
    fn total(&self) -> u32 { self.hits.iter().sum() }
    fn into_hits(self) -> Vec<u32> { self.hits }
}`;
  it('associated functions, &self / &mut self methods, associated consts', () => {
    expect(out('let mut c = Counter::new(); c.add(1); Counter::add(&mut c, 2); println!("{} {} {}", c.total(), Counter::total(&c), Counter::START);', counter)).toBe('23 23 10\n');
  });
  it('auto-ref and auto-deref of the receiver: a value, &T, &mut T, Box<T>', () => {
    expect(
      out('let mut c = Counter::new(); { let r = &mut c; r.add(1); } let s = &c; let b = Box::new(Counter::new()); let mut m = Box::new(Counter::new()); m.add(5); println!("{} {} {} {}", c.total(), s.total(), b.total(), m.total());', counter),
    ).toBe('11 11 0 15\n');
  });
  it('a method taking self consumes the receiver: its fields move out without copying', () => {
    const r = run(main('let mut c = Counter::new(); c.add(1); let v = c.into_hits(); println!("{:?}", v);', counter));
    expect(r.stdout).toBe('[11]\n');
    expect(compact(r)).toEqual(['a16', 'a1024', 'd16']);
  });
  it('mut self and builder chains move one value from call to call', () => {
    const src = `struct B { parts: Vec<String> }
impl B {
    fn new() -> B { B { parts: Vec::new() } }
    fn part(mut self, p: &str) -> Self { self.parts.push(p.to_string()); self }
}`;
    const r = run(main('let b = B::new().part("a").part("bc"); println!("{:?}", b.parts);', src));
    expect(r.stdout).toBe('["a", "bc"]\n');
    expect(compact(r)).toEqual(['a1', 'a96', 'a2', 'a1024', 'd1', 'd2', 'd96']);
  });
  it('Copy structs are copied into self; methods on temporaries drop them at the end of the statement', () => {
    const src = `#[derive(Clone, Copy, Debug)]
struct P { x: i32, y: i32 }
impl P { fn sum(self) -> i32 { self.x + self.y } fn swap(self) -> P { P { x: self.y, y: self.x } } }
struct T { s: String }
impl T { fn len(&self) -> usize { self.s.len() } }`;
    const r = run(main('let p = P { x: 1, y: 2 }; let q = p.swap(); let n = T { s: String::from("abc") }.len(); println!("{} {:?} {:?} {}", p.sum(), p, q, n);', src));
    expect(r.stdout).toBe('3 P { x: 1, y: 2 } P { x: 2, y: 1 } 3\n');
    expect(compact(r)).toEqual(['a3', 'd3', 'a1024']);
  });
  it('inherent methods come before the builtin ones; fields and methods may share a name', () => {
    const src = 'struct S { len: usize, v: Vec<u8> }\nimpl S { fn len(&self) -> usize { self.len * 10 } fn clone(&self) -> u8 { 7 } }';
    expect(out('let s = S { len: 2, v: vec![1] }; println!("{} {} {} {}", s.len, s.len(), s.clone(), s.v.len());', src)).toBe('2 20 7 1\n');
  });
  it('self by value through Box<Box<T>> moves the contents out; both boxes are freed when the outer one drops', () => {
    const src = 'struct S { v: Vec<u8> }\nimpl S { fn n(self) -> usize { self.v.len() } }';
    const r = run(main('let b = Box::new(Box::new(S { v: vec![1, 2] })); let n = b.n(); println!("{}", n);', src));
    expect(r.stdout).toBe('2\n');
    expect(compact(r)).toEqual(['a2', 'a24', 'a8', 'd2', 'a1024', 'd24', 'd8']);
  });
  it('top-level constants are evaluated at each use', () => {
    expect(out('let mut a = EMPTY; a.push(N); let b = EMPTY; println!("{:?} {:?} {}", a, b, N * 2);', 'const N: u8 = 21;\nconst EMPTY: Vec<u8> = Vec::new();')).toBe('[21] [] 42\n');
  });
});

describe('tuples, tuple structs and unit structs', () => {
  it('tuple expressions, .0/.1 (nested), destructuring let, returning tuples', () => {
    expect(out('let t = (1u8, String::from("x"), (2.5, true)); let (a, b) = pair(); println!("{} {} {} {} {} {}", t.0, t.1, t.2.0, t.2.1, a, b);', 'fn pair() -> (i32, char) { (7, \'z\') }')).toBe('1 x 2.5 true 7 z\n');
  });
  it('tuples have rustc\'s layout and Debug output', () => {
    expect(out('println!("{} {} {:?} {:?} {:?}", std::mem::size_of::<(u8, u64, u8)>(), std::mem::size_of::<(String, u32)>(), (1, "a"), (5,), ((1, 2), [3]));')).toBe('16 32 (1, "a") (5,) ((1, 2), [3])\n');
  });
  it('a Vec of tuples stores them inline; destructuring moves the Strings out', () => {
    const r = run(main('let mut v: Vec<(String, u32)> = Vec::new(); v.push((String::from("ab"), 1)); let (s, n) = v.pop().unwrap(); println!("{} {} {}", s, n, v.len());'));
    expect(r.stdout).toBe('ab 1 0\n');
    expect(compact(r)).toEqual(['a2', 'a128', 'a1024', 'd2', 'd128']);
  });
  it('`let (a, _) = temporary` drops the rest at the end of the let; from a place, the rest stays', () => {
    const src = 'fn two() -> (String, String) { (String::from("a"), String::from("bb")) }';
    expect(compact(run(main('let (a, _) = two(); let t = two(); let (x, _) = t; println!("{}{}", a, x);', src)))).toEqual(['a1', 'a2', 'd2', 'a1', 'a2', 'a1024', 'd1', 'd2', 'd1']);
  });
  it('match on tuples: literals, wildcards, guards and exhaustive bool pairs', () => {
    const src = 'fn f(p: (i32, bool)) -> u8 { match p { (0, _) => 0, (n, true) if n > 10 => 1, (_, true) => 2, (_, false) => 3 } }';
    expect(out('println!("{} {} {} {}", f((0, true)), f((11, true)), f((5, true)), f((5, false)));', src)).toBe('0 1 2 3\n');
  });
  it('for over &pairs and &mut pairs destructures each element by reference', () => {
    expect(out('let mut v = vec![(String::from("a"), 1), (String::from("b"), 2)]; for (s, n) in &mut v { *n *= 10; s.push(\'!\'); } for (s, n) in &v { print!("{}={} ", s, n); } println!();')).toBe('a!=10 b!=20 \n');
  });
  it('tuple structs: construction, .0, patterns, derive(Debug); a newtype is as big as its field', () => {
    const src = '#[derive(Debug)]\nstruct Meters(u32);\nstruct Name(String);';
    expect(out('let m = Meters(5); let Meters(x) = m; let mut n = Name(String::from("a")); n.0.push(\'b\'); println!("{} {:?} {} {} {}", x, m, n.0, std::mem::size_of::<Meters>(), std::mem::size_of::<Name>());', src)).toBe('5 Meters(5) ab 4 24\n');
  });
  it('unit structs are zero-sized: Box::new and a Vec of them never allocate', () => {
    const src = '#[derive(Debug)]\nstruct U;\nimpl U { fn hi(&self) -> u8 { 1 } }';
    const r = run(main('let b = Box::new(U); let mut v = Vec::new(); for _ in 0..100 { v.push(U); } println!("{:?} {} {}", U, b.hi() + U.hi(), v.len());', src));
    expect(r.stdout).toBe('U 2 100\n');
    expect(compact(r)).toEqual(['a1024']);
  });
});

describe('impl Drop and impl fmt::Display', () => {
  const noisy = 'struct N { s: String }\nimpl Drop for N { fn drop(&mut self) { println!("drop {}", self.s); } }\nfn n(s: &str) -> N { N { s: s.to_string() } }';
  it('Drop runs at scope end in reverse declaration order, before the fields are freed', () => {
    const r = run(main('let a = n("a"); let b = n("b"); { let c = n("c"); } println!("end");', noisy));
    expect(r.stdout).toBe('drop c\nend\ndrop b\ndrop a\n');
    expect(compact(r)).toEqual(['a1', 'a1', 'a1', 'a1024', 'd1', 'd1', 'd1']);
  });
  it('Drop follows moves, drop(x), temporaries, Vec elements and assignment', () => {
    const src = `${noisy}\nfn take(x: N) { println!("took {}", x.s); }`;
    expect(out('let a = n("a"); take(a); let mut b = n("b"); b = n("b2"); let _ = n("tmp"); let v = vec![n("v1"), n("v2")]; drop(v); println!("end");', src)).toBe('took a\ndrop a\ndrop b\ndrop tmp\ndrop v1\ndrop v2\nend\ndrop b2\n');
  });
  it('Drop runs while a panic unwinds', () => {
    const r = run(main('let _a = n("a"); let v: Vec<u8> = Vec::new(); let _b = n("b"); println!("{}", v[3]);', noisy));
    expect(r.exitCode).toBe(101);
    expect(r.stdout).toBe('drop b\ndrop a\n');
  });
  it('Display: {} and format! run the impl; to_string grows from an empty String; width is ignored by write!', () => {
    const src = 'use std::fmt;\nstruct P { x: i32, y: i32 }\nimpl fmt::Display for P {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }\n}';
    const r = run(main('let p = P { x: 3, y: -4 }; let s = p.to_string(); println!("{} [{:>10}] {} {}", p, p, s, s.capacity());', src));
    expect(r.stdout).toBe('(3, -4) [(3, -4)] (3, -4) 8\n');
    expect(compact(r)).toEqual(['a8', 'a1024', 'd8']);
  });
  it('Display with writeln!, ? and Ok(())', () => {
    const src = 'use std::fmt;\nstruct L(Vec<u8>);\nimpl fmt::Display for L {\n    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result {\n        for x in &self.0 { writeln!(f, "- {}", x)?; }\n        Ok(())\n    }\n}';
    expect(out('print!("{}", L(vec![1, 2]));', src)).toBe('- 1\n- 2\n');
  });
  it('Display with f.write_str and `use std::fmt::{self, Display, Formatter}`', () => {
    const src = 'use std::fmt::{self, Display, Formatter};\nstruct S(u8);\nimpl Display for S {\n    fn fmt(&self, f: &mut Formatter) -> fmt::Result { f.write_str("S=")?; write!(f, "{}", self.0) }\n}';
    const r = run(main('let s = S(7).to_string(); println!("{} {} {}", S(1), s, s.capacity());', src));
    expect(r.stdout).toBe('S=1 S=7 8\n');
    expect(compact(r)).toEqual(['a8', 'a1024', 'd8']);
  });
});

describe('closures', () => {
  it('capture by reference (read, or mutate through `let mut`), by value with `move`', () => {
    expect(out('let k = 10; let add = |x| x + k; let mut n = 0; let mut inc = || n += 1; inc(); inc(); println!("{} {}", add(5), n);')).toBe('15 2\n');
    // a move closure keeps its own copy of a Copy capture
    expect(out('let mut id = 0u32; let mut next = move || { id += 1; id }; println!("{} {} {}", next(), next(), id);')).toBe('1 2 0\n');
  });
  it('Box<dyn Fn> allocates the captured size; a closure capturing nothing allocates nothing', () => {
    const r = run(main('let k: i64 = 7; let s = String::from("ab"); let a: Box<dyn Fn(i64) -> i64> = Box::new(move |x| x + k); let b: Box<dyn Fn() -> usize> = Box::new(move || s.len()); let z: Box<dyn Fn(i64) -> i64> = Box::new(|x| x); println!("{} {} {}", a(1), b(), z(3));'));
    expect(r.stdout).toBe('8 2 3\n');
    // String "ab", the Box of the i64 closure (8), the Box owning the String (24), none for z
    expect(compact(r)).toEqual(['a2', 'a8', 'a24', 'a1024', 'd2', 'd24', 'd8']);
  });
  it('closures made in a loop keep their own captures', () => {
    expect(out('let mut fs: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new(); for i in 1..4 { fs.push(Box::new(move |x| x + i)); } for f in &fs { print!("{} ", f(10)); } println!();')).toBe('11 12 13 \n');
  });
  it('impl Fn / &dyn Fn parameters and returned closures', () => {
    const fns = 'fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 { f(x) }\nfn twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 { f(f(x)) }\nfn adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }';
    expect(out('println!("{} {} {}", apply(|x| x * 2, 21), twice(&|x| x * x, 3), adder(4)(1));', fns)).toBe('42 81 5\n');
  });
});

describe('iterators', () => {
  it('adaptors and consumers', () => {
    expect(out('let v = vec![3, 1, 4, 1, 5]; let s: i32 = v.iter().map(|x| x * 2).filter(|x| *x > 2).sum(); println!("{} {} {:?} {:?} {}", s, v.iter().count(), v.iter().max(), v.iter().position(|&x| x == 4), v.iter().fold(0, |a, x| a + x));')).toBe('24 5 Some(5) Some(2) 14\n');
    expect(out('let v: Vec<u32> = (1..=6).rev().step_by(2).collect(); println!("{:?}", v);')).toBe('[6, 4, 2]\n');
    expect(out('let a = [1, 2]; let b = vec![10, 20, 30]; let z: Vec<(i32, i32)> = a.iter().cloned().zip(b.iter().cloned()).collect(); println!("{:?}", z);')).toBe('[(1, 10), (2, 20)]\n');
  });
  it('collect: exact capacity from a TrustedLen chain, growth from 4 after a filter', () => {
    const r = run(main('let v: Vec<u64> = (0..10).map(|x| x * 3).collect(); let w: Vec<u64> = (0..10).filter(|x| x % 2 == 0).collect(); println!("{} {}", v.capacity(), w.capacity());'));
    expect(r.stdout).toBe('10 8\n');
    expect(compact(r)).toEqual(['a80', 'a32', 'r32>64', 'a1024', 'd64', 'd80']);
  });
  it('collect into String: chars reserve the lower bound of the size hint', () => {
    const r = run(main('let s: String = "héllo".chars().rev().collect(); println!("{} {}", s, s.capacity());'));
    expect(r.stdout).toBe('olléh 8\n');
  });
  it('the 1M-element pipeline of the issue', () => {
    expect(out('let s = (0..1_000_000).map(|x| x * 2).filter(|x| x % 3 == 0).sum::<u64>(); println!("{}", s);')).toBe('333333666666\n');
  });
});
describe('enums with data and patterns', () => {
  const items = `#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Quit,
    Text(String),
    Move { x: i32, y: i32 },
}`;
  it('constructs, matches and prints every kind of variant', () => {
    expect(out('let v = vec![Msg::Quit, Msg::Text(String::from("hi")), Msg::Move { x: 1, y: -2 }];\nfor m in &v {\n    match m {\n        Msg::Quit => println!("quit"),\n        Msg::Text(t) => println!("text {}", t),\n        Msg::Move { x, .. } if *x > 0 => println!("right {:?}", m),\n        Msg::Move { .. } => println!("left"),\n    }\n}\nprintln!("{}", v[1] == Msg::Text(String::from("hi")));', items)).toBe('quit\ntext hi\nright Move { x: 1, y: -2 }\ntrue\n');
  });
  it('a payload is freed with its enum, or moved out by a by-value match', () => {
    const r = run(main('let a = Msg::Text(String::from("abc"));\nlet b = Msg::Text(String::from("defg"));\nif let Msg::Text(s) = b {\n    println!("{}", s);\n}\ndrop(a);\nprintln!("end");', items));
    expect(r.stdout).toBe('defg\nend\n');
    expect(compact(r)).toEqual(['a3', 'a4', 'a1024', 'd4', 'd3']);
  });
  it('@ bindings, ref bindings, nested and struct patterns, .. in tuple patterns, let-else', () => {
    expect(out('let t = (1, 2, 3, 4);\nlet (a, .., d) = t;\nlet n = 7;\nlet k = match n { x @ 1..=9 => x * 10, _ => 0 };\nlet m = Msg::Text(String::from("z"));\nif let Msg::Text(ref s) = m { println!("{} {}", s, s.len()); }\nlet Some(q) = Some(5) else { return; };\nprintln!("{} {} {} {}", a, d, k, q);\nprintln!("{:?}", m);', items)).toBe('z 1\n1 4 70 5\nText("z")\n');
  });
  it('layouts: tags, niches and the largest variant (rustc 1.95 size_of)', () => {
    const src = 'enum A { X, Y(String), Z { x: i32, y: i32 } }\nenum B { X(u8), Y(u32) }\nenum C { X(bool), Y }\nenum D { P(Box<u32>), Q }\nenum E { P(Box<u32>), Q, R }\nenum F { P(u64, u8), Q(u32) }\nenum G { A, B, C }\nenum H { A(char), B, C }\nenum I { A(String), B(u8), C }\nenum J { A(Vec<u8>), B(Vec<u8>) }\nenum K { A(u8, u16), B(u32) }\nenum L { N(Box<L>), E }';
    expect(out('println!("{} {} {} {} {} {} {} {} {} {} {} {} {} {}", std::mem::size_of::<A>(), std::mem::size_of::<B>(), std::mem::size_of::<C>(), std::mem::size_of::<D>(), std::mem::size_of::<E>(), std::mem::size_of::<F>(), std::mem::size_of::<G>(), std::mem::size_of::<H>(), std::mem::size_of::<I>(), std::mem::size_of::<J>(), std::mem::size_of::<K>(), std::mem::size_of::<L>(), std::mem::size_of::<Option<A>>(), std::mem::size_of::<Option<G>>());', src)).toBe('24 8 1 8 16 16 1 4 24 32 8 8 24 1\n');
  });
});

describe('Result and ?', () => {
  const items = `fn half(n: u32) -> Result<u32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{} is odd", n)) }
}
fn quarter(n: u32) -> Result<u32, String> {
    let h = half(n)?;
    half(h)
}
fn first(v: &Vec<u32>) -> Option<u32> {
    let x = v.first()?;
    Some(x + 1)
}`;
  it('Ok/Err, match, ? with an early return of the error, methods', () => {
    expect(out('println!("{:?} {:?} {:?}", quarter(8), quarter(6), quarter(3));\nmatch quarter(12) { Ok(v) => println!("ok {}", v), Err(e) => println!("err {}", e) }\nlet r = half(5);\nprintln!("{} {} {:?} {:?} {}", r.is_ok(), r.is_err(), half(4).ok(), half(3).err(), half(7).unwrap_or(0));\nprintln!("{:?} {:?}", first(&vec![3]), first(&Vec::new()));', items)).toBe('Ok(2) Err("3 is odd") Err("3 is odd")\nok 3\nfalse true Some(2) Some("3 is odd") 0\nSome(4) None\n');
  });
  it('unwrap on Err panics with the Debug of the error', () => {
    const r = run(main('let v = half(3).unwrap();\nprintln!("{}", v);', items));
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('called `Result::unwrap()` on an `Err` value: "3 is odd"');
  });
});

describe('or-patterns with bindings and guards on moving patterns', () => {
  const items = `enum E { A(String), B(String), C }`;
  it('one name bound in every alternative; a failing guard moves nothing', () => {
    expect(out('let v = vec![E::A(String::from("a")), E::B(String::from("bb")), E::C];\nfor e in v {\n    match e {\n        E::A(s) | E::B(s) if s.len() > 1 => println!("long {}", s),\n        E::A(s) | E::B(s) => println!("short {}", s),\n        E::C => println!("c"),\n    }\n}', items)).toBe('short a\nlong bb\nc\n');
    expect(first('enum E { A(u8), B(u8) }\nfn main() {\n    match E::A(1) {\n        E::A(x) | E::B(y) => {}\n    }\n}').code).toBe('E0408');
  });
});

