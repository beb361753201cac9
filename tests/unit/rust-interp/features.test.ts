// Each feature of the subset, observed through stdout (values) and the trace (memory).
import { describe, expect, it } from 'vitest';
import { compact, events, main, run } from './helpers';

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
