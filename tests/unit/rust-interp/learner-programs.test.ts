// Small programs a learner would type, compared with the real thing: every expected value below
// (stdout, exit code, panic message, diagnostic position and message, allocator calls) was recorded
// from `rustc 1.95 -O --edition 2021` builds of the same program (allocator figures through
// scripts/calibrate/rust/counting_alloc.rs, as the corpus harness measures them).
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { run } from './helpers';

const firstError = (src: string) => {
  const d = checkRust(src)[0];
  return d && `${d.line}:${d.column}: ${d.message}`;
};
const body = (s: string) => `fn main() {\n    ${s}\n}\n`;

describe('rustc rejects operations known to overflow or panic (arithmetic_overflow, unconditional_panic)', () => {
  // Each line: the program's body (line 2 of the file), then rustc's error position and message.
  const cases: [string, string | undefined][] = [
    ['let a: u8 = 200;\n    let b: u8 = 100;\n    let c = a + b;\n    println!("{}", c);', '4:13: this arithmetic operation will overflow'],
    ['let x: i32 = i32::MAX;\n    println!("{}", x + 1);', '3:20: this arithmetic operation will overflow'],
    ['let d = 0;\n    println!("{}", 10 / d);', '3:20: this operation will panic at runtime'],
    ['let a = [1, 2, 3];\n    let i = 5;\n    println!("{}", a[i]);', '4:20: this operation will panic at runtime'],
    ['let n: u32 = 3;\n    let m = n - 5;\n    println!("{}", m);', '3:13: this arithmetic operation will overflow'],
    ['let mut a: u8 = 255; let b = a + 1; println!("{}", b);', '2:34: this arithmetic operation will overflow'],
    ['let a = i32::MIN; let b = -a; println!("{}", b);', '2:31: this arithmetic operation will overflow'],
    ['let a: i32 = i32::MIN; println!("{}", a / -1);', '2:43: this operation will panic at runtime'],
    ['let x: u32 = 1; println!("{}", x << 40);', '2:36: this arithmetic operation will overflow'],
    ['let v = [1, 2, 3]; let r = &v; println!("{}", r[5]);', '2:51: this operation will panic at runtime'],
    ['let x = 5u8; let y = x as i8 * 100; println!("{}", y);', '2:26: this arithmetic operation will overflow'],
    ['for i in 0..3 { let base: u8 = 200; println!("{}", base + 100 + i); }', '2:56: this arithmetic operation will overflow'],
    ['let n = 10; let z = n - 10; println!("{}", 5 % z);', '2:48: this operation will panic at runtime'],
    ['let big = u64::MAX; let z = big + 1 - 1; println!("{}", z);', '2:33: this arithmetic operation will overflow'],
    // Not propagated by rustc: a branch not taken, a local borrowed by println!/a method, a reassigned local.
    ['let d = 0; if d == 0 { println!("zero"); } else { println!("{}", 10 / d); }', undefined],
    ['let x = 7; println!("{}", x); let y = x + i32::MAX; println!("{}", y);', undefined],
    ['let x = 7; let s = x.to_string(); let y = x + i32::MAX; println!("{} {}", y, s);', undefined],
    ['let mut a: u8 = 250;\n    a += 10;\n    println!("{}", a);', undefined],
    ['let a = [0u8; 4]; for i in 0..10 { if i < 4 { println!("{}", a[i]); } }', undefined],
    ['let n: u8 = 255; let v = vec![1]; if v.len() > 5 { return; } let m = n + 1; println!("{}", m);', undefined],
    ['let v = vec![1]; if v.len() > 5 { return; } let n: u8 = 255; let m = n + 1; println!("{}", m);', '2:74: this arithmetic operation will overflow'],
    ['let a: usize = 2; let b: usize = 3; let d = a.wrapping_sub(b); let e = a - b; println!("{} {}", d, e);', '2:76: this arithmetic operation will overflow'],
    ['let n: u32 = 3; let p = n.pow(2); let q = n - 5; println!("{} {}", p, q);', '2:47: this arithmetic operation will overflow'],
    ['let a = [0; 5]; let i = 10; if i < a.len() { println!("{}", a[i]); } else { println!("out"); }', '2:65: this operation will panic at runtime'],
    ['let x = 3; match x { 3 => println!("three"), _ => println!("{}", 10 / (x - 3)) }', undefined],
    ['let x: i32 = 1_000_000; let y = x * x; println!("{}", y);', '2:37: this arithmetic operation will overflow'],
  ];
  for (const [src, want] of cases) {
    it(src.split('\n')[0], () => {
      expect(firstError(body(src))).toBe(want);
    });
  }
  it('the same operations on values only known at run time wrap (release) or panic', () => {
    const r = run('fn dec(d: u32) -> u32 { d - 1 }\nfn div(a: i32, b: i32) -> i32 { a / b }\nfn main() {\n    let d: u32 = 0;\n    println!("{}", dec(d));\n    println!("{}", div(1, 0));\n}\n');
    expect(r.stdout).toBe('4294967295\n');
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('panicked at src/main.rs:2:33:\nattempt to divide by zero\n');
  });
});

describe('`as` binds tighter than binary operators, assignments and ranges', () => {
  // @lezer/rust groups `t += i as u64` as `(t += i) as u64`; stdout recorded from rustc.
  it('casts on the right of =, +=, [..] = and ..', () => {
    const src = `fn main() {
    let mut total: u64 = 0;
    let mut v = vec![0u8; 3];
    let mut f = 0.0;
    for i in 0..3u32 {
        total += i as u64; // widen
        v[i as usize] = i as u8 * 2;
        f = i as f64 / 2.0;
    }
    let neg = -5i32;
    let mut w: u8 = 0;
    w = neg as u8;
    let b = total < 3 as u64;
    println!("{} {:?} {} {} {}", total, v, f, w, b);
}
`;
    const r = run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('3 [0, 2, 4] 1 251 false\n');
  });
  it('a cast followed by a tighter operator', () => {
    const src = `fn main() {
    let a = 1.0;
    let i = 3u32;
    let mut f = 0.0;
    f = i as f64 / 2.0;
    let h = a + i as f64 / 2.0;
    let k = a + i as f64 * 2.0 + 1.0;
    let mut t: u64 = 10;
    t -= i as u64 * 3;
    let cmp = 1.0 < i as f64 / 2.0;
    let sh = 1u64 << i as u64 + 1;
    let m = 7 - i as i32 % 2;
    let mut acc = 0u64;
    for j in 0..i as usize + 1 {
        acc += j as u64 * 10 + 1;
    }
    let neg = -(i as i64) * 2 - 1;
    let mixed = (i as u8 + 250) as u32 & 0xF0;
    println!("{} {} {} {} {} {} {} {} {} {}", f, h, k, t, cmp, sh, m, acc, neg, mixed);
}
`;
    const r = run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('1.5 2.5 8 1 true 16 6 64 -7 240\n');
  });
  it('row[c] = (r * n + c) as u32 in a nested loop (allocator calls as the counting allocator saw them)', () => {
    const src = `fn build(n: usize) -> Vec<Vec<u32>> {
    let mut grid = Vec::new();
    for r in 0..n {
        let mut row = vec![0u32; n];
        for c in 0..n {
            row[c] = (r * n + c) as u32;
        }
        grid.push(row);
    }
    grid
}

fn main() {
    let g = build(3);
    println!("{:?}", g);
    let mut diag = 0;
    for i in 0..g.len() {
        diag += g[i][i];
    }
    println!("diag={}", diag);
    let empty: Vec<Vec<u32>> = Vec::new();
    println!("{:?} {}", empty, empty.is_empty());
}
`;
    const r = run(src);
    expect(r.stdout).toBe('[[0, 1, 2], [3, 4, 5], [6, 7, 8]]\ndiag=12\n[] true\n');
    expect({ allocs: r.stats.heapAllocs, bytes: r.stats.heapBytes, frees: r.stats.frees }).toEqual({ allocs: 5, bytes: 1156, frees: 4 });
  });
});

describe('range and or-patterns in match', () => {
  // stdout recorded from rustc.
  it('integer ranges (..= and ..), i32::MIN..=-1, char alternatives', () => {
    const r = run(`fn classify(n: i32) -> String {
    let s = match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "small",
        _ => "big",
    };
    s.to_string()
}

fn main() {
    let nums = [-5, 0, 7, 42];
    for n in nums {
        println!("{} is {}", n, classify(n));
    }
    let c = 'e';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        _ => "consonant",
    };
    println!("{}", kind);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('-5 is negative\n0 is zero\n7 is small\n42 is big\nvowel\n');
  });
  it('grades, char ranges, an exhaustive i64 match without `_`, patterns inside Some', () => {
    const r = run(`fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..70 => 'F',
        _ => '?',
    }
}

fn main() {
    for s in [100, 95, 85, 71, 12, 101] {
        print!("{} ", grade(s));
    }
    println!();
    let word = vec!['H', 'e', 'l', 'l', 'o', ' ', 'W', 'o', 'r', 'l', 'd'];
    let mut upper = 0;
    let mut vowels = 0;
    for i in 0..word.len() {
        let c = word[i];
        match c {
            'A'..='Z' => upper += 1,
            _ => {}
        }
        match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' => vowels += 1,
            _ => (),
        }
    }
    println!("{} {}", upper, vowels);
    let big: i64 = -9_000_000_000_000_000;
    let r = match big {
        i64::MIN..=-1 => "neg",
        0 => "zero",
        1..=i64::MAX => "pos",
    };
    println!("{}", r);
    let o: Option<u8> = Some(7);
    match o {
        Some(1 | 2 | 3) => println!("low"),
        Some(4..=9) => println!("mid"),
        Some(_) => println!("high"),
        None => println!("none"),
    }
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('A A B C F ? \n2 3\nneg\nmid\n');
  });
  it('integer patterns that leave a gap still need `_`', () => {
    expect(checkRust(body('let n = 5;\n    match n {\n        i32::MIN..=0 => println!("a"),\n        2..=i32::MAX => println!("b"),\n    }'))[0]).toMatchObject({ line: 3, column: 11, code: 'E0004' });
  });
});

describe('assert_eq! / assert_ne! failures', () => {
  // stdout, panic message and allocator figures (alloc+realloc calls, requested bytes, frees) from
  // the rustc build: the message String grows with one push_str per piece, `op` being one of them.
  const cases: [string, string, string, string, [number, number, number]][] = [
    [
      `fn check(v: &Vec<i32>) {
    let total: i32 = v.iter().sum();
    assert_eq!(total, 10, "sum of {:?} was wrong", v);
    println!("ok");
}
fn main() {
    check(&vec![1, 2, 3, 4]);
    check(&vec![1, 2, 3]);
}
`,
      'ok\n',
      '3:5',
      "assertion `left == right` failed: sum of [1, 2, 3] was wrong\n  left: 6\n right: 10",
      [10, 1373, 3],
    ],
    [
      `fn main() {
    let v = vec![1, 2, 3];
    let n = v.len();
    assert_ne!(n, 4);
    assert_eq!(n, 4);
}
`,
      '',
      '5:5',
      "assertion `left == right` failed\n  left: 3\n right: 4",
      [7, 205, 2],
    ],
    [
      `fn main() {
    let name = String::from("bob");
    assert_eq!(name, "alice", "names differ");
}
`,
      '',
      '3:5',
      "assertion `left == right` failed: names differ\n  left: \"bob\"\n right: \"alice\"",
      [8, 324, 2],
    ],
    [
      `fn main() {
    let name = String::from("bob");
    let r = "bob";
    assert_eq!(name, r);
    assert_eq!(r, name);
    assert_ne!(name, "x");
    println!("ok");
    assert_eq!("alice", name);
}
`,
      'ok\n',
      '8:5',
      "assertion `left == right` failed\n  left: \"alice\"\n right: \"bob\"",
      [8, 1220, 2],
    ],
  ];
  for (const [src, stdout, loc, msg, [allocs, bytes, frees]] of cases) {
    it(msg.split('\n')[0], () => {
      const r = run(src);
      expect(r.diagnostics).toEqual([]);
      expect(r.stdout).toBe(stdout);
      expect(r.exitCode).toBe(101);
      expect(r.stderr).toContain(`panicked at src/main.rs:${loc}:\n${msg}\nnote:`);
      expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([allocs, bytes, frees]);
    });
  }
});

describe('diagnostics where rustc puts them', () => {
  // Positions and messages from rustc's output for the same files.
  it('a missing `;` after a let: just after the initializer, naming what follows', () => {
    expect(firstError('fn main() {\n    let x = 5\n    println!("{}", x);\n}\n')).toBe('2:14: expected `;`, found `println`');
    expect(firstError('fn main() {\n    let mut v = Vec::new();\n    v.push(1);\n    let n = v.len()\n}\n')).toBe('4:20: expected `;`, found `}`');
    expect(firstError('fn main() {\n    let a = 1;\n    let b = a + 2\n    let c = b * 2;\n    println!("{}", c);\n}\n')).toBe('3:18: expected `;`, found keyword `let`');
    expect(checkRust('fn main() {\n    let x = 5\n    println!("{}", x);\n}\n')).toHaveLength(1);
  });
  it('an unknown field: at the field name', () => {
    expect(firstError('fn main() {\n    let p = P { x: 1 };\n    println!("{}", p.y);\n}\nstruct P { x: i32 }\n')).toBe('3:22: no field `y` on type `P`');
  });
  it('assert_eq! between String and &str compiles, as `==` does', () => {
    expect(checkRust('fn main() {\n    let name = String::from("bob");\n    assert_eq!(name, "bob");\n    assert_eq!("bob", name);\n}\n')).toEqual([]);
  });
  it('constructs outside the subset are named', () => {
    expect(firstError('fn main() {\n    unsafe {}\n}\n')).toBe('2:5: unsafe blocks are not supported');
    expect(firstError('fn main() {\n    let mut v = vec![3, 1];\n    v.sort_by_cached_key(|a| *a);\n}\n')).toMatch(/^3:7: no method named `sort_by_cached_key` .*\(`sort_by_cached_key` is not in the playground's subset\)$/);
  });
});

describe('slicing panics (Vec, arrays, String, &str)', () => {
  // [body of main, panic location, message, [alloc+realloc calls, requested bytes, frees]], all from
  // the rustc build: the location is the `[`, str slices have their own messages, `..=h` past the end
  // names h itself.
  const cases: [string, string, string, [number, number, number]][] = [
    ["let s = String::from(\"abc\"); let u = &s[..5]; println!(\"{}\", u);", "2:44", "end byte index 5 is out of bounds of `abc`", [7, 189, 2]],
    ["let s = String::from(\"abc\"); let u = &s[4..]; println!(\"{}\", u);", "2:44", "start byte index 4 is out of bounds of `abc`", [7, 203, 2]],
    ["let s = String::from(\"abc\"); let a = 2; let b = a - 1; println!(\"{}\", b); let u = &s[a..b]; println!(\"{}\", u);", "2:89", "begin > end (2 > 1) when slicing `abc`", [8, 1199, 2]],
    ["let s = String::from(\"héllo\"); let u = &s[0..2]; println!(\"{}\", u);", "2:46", "end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`", [8, 312, 2]],
    ["let v = vec![1, 2, 3]; let u = &v[..5]; println!(\"{:?}\", u);", "2:38", "range end index 5 out of range for slice of length 3", [7, 205, 2]],
    ["let v = vec![1, 2, 3]; let u = &v[4..]; println!(\"{:?}\", u);", "2:38", "range start index 4 out of range for slice of length 3", [7, 219, 2]],
    ["let s = String::from(\"abc\"); let u = &s[1..=3]; println!(\"{}\", u);", "2:44", "end byte index 3 is out of bounds of `abc`", [7, 189, 2]],
    ["let s = String::from(\"héllo\"); let u = &s[0..=1]; println!(\"{}\", u);", "2:46", "end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`", [8, 312, 2]],
    ["let s = String::from(\"héllo\"); let u = &s[2..]; println!(\"{}\", u);", "2:46", "start byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`", [8, 342, 2]],
    ["let s = String::from(\"ab\"); let u = &s[..=9]; println!(\"{}\", u);", "2:43", "end byte index 9 is out of bounds of `ab`", [7, 188, 2]],
    ["let v = vec![1]; let u = &v[..=9]; println!(\"{:?}\", u);", "2:32", "range end index 9 out of range for slice of length 1", [7, 197, 2]],
    ["let a = [1, 2, 3]; let n = 5; println!(\"{}\", n); let u = &a[..n]; println!(\"{:?}\", u);", "2:64", "range end index 5 out of range for slice of length 3", [7, 1217, 1]],
    ["let mut s = String::new(); for i in 0..300 { s.push(if i == 299 { (b'a' + (i % 26) as u8) as char } else { 'é' }); } let u = &s[..1000]; println!(\"{}\", u);", "2:132", "end byte index 1000 is out of bounds of `éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé`[...]", [16, 3117, 2]],
  ];
  for (const [src, loc, msg, [allocs, bytes, frees]] of cases) {
    it(msg.slice(0, 60), () => {
      const r = run(body(src));
      expect(r.diagnostics).toEqual([]);
      expect(r.exitCode).toBe(101);
      expect(r.stderr).toContain(`panicked at src/main.rs:${loc}:\n${msg}\nnote:`);
      expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([allocs, bytes, frees]);
    });
  }
  it('in-bounds slices of a UTF-8 string', () => {
    expect(run(body('let s = String::from("héllo wörld"); println!("{} {} {}", &s[0..1], &s[1..3], &s[7..]);')).stdout).toBe('h é wörld\n');
  });
});

describe('`&x` patterns', () => {
  // stdout and the E0507 position from rustc.
  it('for &x in &v, (i, &x) in .enumerate(), &_ and Some(&m)', () => {
    const r = run(`fn main() {
    let v = vec![3, 9, 2, 7];
    let mut best = 0;
    for &x in &v {
        if x > best { best = x; }
    }
    let mut total = 0u64;
    for (i, &x) in v.iter().enumerate() {
        total += (i as u64) * (x as u64);
    }
    let mut cnt = 0;
    for &_ in v.iter() { cnt += 1; }
    match v.iter().max() {
        Some(&m) => println!("max {}", m),
        None => println!("empty"),
    }
    let arr = [1.5, 2.5];
    let mut s = 0.0;
    for &f in arr.iter() { s += f; }
    println!("{} {} {} {}", best, total, cnt, s);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('max 9\n9 34 4 4\n');
  });
  it('a sieve with for (i, &b) in is.iter().enumerate()', () => {
    const r = run(`fn sieve(n: usize) -> Vec<usize> {
    let mut is = vec![true; n + 1];
    is[0] = false;
    if n >= 1 { is[1] = false; }
    let mut p = 2;
    while p * p <= n {
        if is[p] {
            let mut m = p * p;
            while m <= n {
                is[m] = false;
                m += p;
            }
        }
        p += 1;
    }
    let mut out = Vec::new();
    for (i, &b) in is.iter().enumerate() {
        if b { out.push(i); }
    }
    out
}
fn main() {
    let primes = sieve(50);
    println!("{:?}", primes);
    println!("{} primes, last {}", primes.len(), primes[primes.len() - 1]);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('[2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]\n15 primes, last 47\n');
  });
  it('&s over Strings cannot move out: E0507 at the iterator expression', () => {
    expect(firstError('fn main() {\n    let v = vec![String::from("a")];\n    for &s in &v {\n        println!("{}", s);\n    }\n}\n')).toBe('3:15: cannot move out of a shared reference');
  });
});

describe('match guards', () => {
  // stdout from rustc.
  it('guards on integer bindings, on &String and on Option<u8>', () => {
    const r = run(`fn describe(n: i32) -> String {
    match n {
        x if x < 0 => format!("negative {}", x),
        0 => String::from("zero"),
        x if x % 2 == 0 => format!("even {}", x),
        _ => String::from("odd"),
    }
}
fn main() {
    for n in [-3, 0, 4, 7] {
        println!("{}", describe(n));
    }
    let names = vec![String::from("al"), String::from("beatrice")];
    for name in &names {
        match name.len() {
            l if l > 5 => println!("{} is long", name),
            l => println!("{} has {}", name, l),
        }
    }
    let o: Option<&String> = names.first();
    match o {
        Some(s) if s.len() == 2 => println!("short first {}", s),
        Some(s) => println!("first {}", s),
        None => println!("none"),
    }
    let t = Some(5u8);
    let r = match t {
        Some(v) if v > 3 => v * 2,
        Some(v) => v,
        None => 0,
    };
    println!("{}", r);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('negative -3\nzero\neven 4\nodd\nal has 2\nbeatrice is long\nshort first al\n10\n');
  });
  it('Some(v) if v > 100 in a learner program with blocks as values', () => {
    const r = run(`fn main() {
    let mut x = 10;
    {
        let y = &mut x;
        *y += 5;
    }
    let z = {
        let t = x * 2;
        t + 1
    };
    let mut count = 0;
    while count < 3 {
        count += 1;
    }
    let opt: Option<i32> = if z > 30 { Some(z) } else { None };
    match opt {
        Some(v) if v > 100 => println!("huge {}", v),
        Some(v) => println!("some {}", v),
        None => println!("none"),
    }
    println!("{} {} {}", x, z, count);
    println!("{}", opt.unwrap_or(0) + opt.is_some() as i32);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('some 31\n15 31 3\n32\n');
  });
  it('a guard on a pattern that moves a String runs as rustc does (the move happens only when the guard holds)', () => {
    const r = run('fn main() {\n    for w in ["abc", "x"] {\n        let o = Some(String::from(w));\n        match o {\n            Some(s) if s.len() > 2 => println!("long {}", s),\n            Some(s) => println!("{}", s),\n            None => {}\n        }\n    }\n}\n');
    expect(r.stdout).toBe('long abc\nx\n');
    expect(r.stats.frees).toBe(2);
  });
});

describe('panics raised inside std', () => {
  // [program, location printed, message, [alloc+realloc calls, requested bytes, frees]], from the rustc
  // build: Vec::swap_remove and raw_vec's capacity_overflow are not #[track_caller], so their panics
  // point into the library; VecDeque's Index panics through `expect` (a formatted payload).
  const cases: [string, string, string, [number, number, number]][] = [
    ["fn main() {\n    let mut v = vec![1, 2]; let x = v.swap_remove(2); println!(\"{}\", x);\n}\n", "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/vec/mod.rs:2202:13", "swap_remove index (is 2) should be < len (is 2)", [7, 243, 2]],
    ["fn main() {\n    let mut q = std::collections::VecDeque::new(); q.push_back(1); println!(\"{}\", q[3]);\n}\n", "src/main.rs:2:84", "Out of bounds access", [5, 117, 2]],
    ["fn main() {\n    let v: Vec<u8> = Vec::with_capacity(usize::MAX);\n    println!(\"{}\", v.len());\n}\n", "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5", "capacity overflow", [3, 73, 1]],
    ["fn main() {\n    let mut v = vec![1u8];\n    v.reserve(usize::MAX);\n    println!(\"{}\", v.len());\n}\n", "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5", "capacity overflow", [4, 74, 2]],
    ["fn main() {\n    let mut s = String::from(\"a\");\n    s.reserve(usize::MAX);\n}\n", "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5", "capacity overflow", [4, 74, 2]],
  ];
  for (const [src, at, msg, [allocs, bytes, frees]] of cases) {
    it(`${msg} at ${at.slice(-30)}`, () => {
      const r = run(src);
      expect(r.diagnostics).toEqual([]);
      expect(r.exitCode).toBe(101);
      expect(r.stderr).toContain(`panicked at ${at}:\n${msg}\nnote:`);
      expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([allocs, bytes, frees]);
    });
  }
});

describe("more diagnostics at rustc's position, with its words and code", () => {
  // [program, rustc's first error (line:col: message), its code]
  const cases: [string, string, string | null][] = [
    ["fn main() {\n    let x: i32; println!(\"{}\", x);\n}\n", "2:32: used binding `x` isn't initialized", "E0381"],
    ["fn main() {\n    let x;\n    let c = 3 > 2;\n    if c {\n        x = 1;\n    }\n    println!(\"{}\", x);\n}\n", "7:20: used binding `x` is possibly-uninitialized", "E0381"],
    ["fn main() {\n    let n = 5; let r = if n > 3 { 10 }; println!(\"{:?}\", r);\n}\n", "2:24: `if` may be missing an `else` clause", "E0317"],
    ["fn f(x: i32) -> i32 {\n    if x > 0 {\n        return 1;\n    }\n}\nfn main() {\n    println!(\"{}\", f(1));\n}\n", "2:5: `if` may be missing an `else` clause", "E0317"],
    ["fn main() {\n    let mut i = 0; let r = while i < 3 { i += 1; break 5; };\n}\n", "2:50: `break` with value from a `while` loop", "E0571"],
    ["fn main() {\n    for i in 0..3 {\n        break i;\n    }\n}\n", "3:9: `break` with value from a `for` loop", "E0571"],
    ["fn main() {\n    let x = 5; let y = &mut x; *y += 1; println!(\"{}\", x);\n}\n", "2:24: cannot borrow `x` as mutable, as it is not declared as mutable", "E0596"],
    ["fn main() {\n    let p = Point { x: 1 }; println!(\"{}\", p.x);\n}\n", "2:13: cannot find struct, variant or union type `Point` in this scope", "E0422"],
    ["fn main() {\n    let v = vec![1];\n    let n: u64 = v[0];\n    let m = v.lenn();\n}\n", "4:15: no method named `lenn` found for struct `Vec<u64>` in the current scope", "E0599"],
    ["fn main() {\n    let o: Option<i32> = Some(1);\n    println!(\"{}\", o.flatten());\n}\n", "3:22: no method named `flatten` found for enum `Option<i32>` in the current scope", "E0599"],
    ["fn main() {\n    println!(\"{} {}\", 1);\n}\n", "2:15: 2 positional arguments in format string, but there is 1 argument", null],
    ["fn main() {\n    let a = 1;\n    println!(\"a={} b={}\", a);\n    println!(\"x\\ty {} {}\", a);\n}\n", "3:17: 2 positional arguments in format string, but there is 1 argument", null],
  ];
  for (const [src, want, code] of cases) {
    it(want, () => {
      expect(firstError(src)).toBe(want);
      expect(checkRust(src)[0].code ?? null).toBe(code);
    });
  }
  it('`let x;` assigned on every path before the read compiles and runs', () => {
    // stdout from rustc
    const r = run("fn main() {\n    let x;\n    let mut i = 0;\n    loop {\n        i += 1;\n        if i > 2 {\n            x = i * 10;\n            break;\n        }\n    }\n    println!(\"{}\", x);\n    let total: u32;\n    let n = 4;\n    match n {\n        0 => total = 0,\n        _ => total = n * 2,\n    }\n    println!(\"{}\", total);\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('30\n8\n');
  });
});

describe('integer to_string allocations', () => {
  // stdout and allocator figures from the rustc build (counting allocator): unsigned types allocate the
  // digits exactly, signed ones digits(T::MAX) (+ 1 for '-').
  const cases: [string, string, [number, number, number]][] = [
    ["fn main() {\n    let a: u64 = 1;\n    let b: u64 = 123456;\n    let c: i32 = -5;\n    let d: u8 = 7;\n    let e: i64 = -1234567;\n    let f: usize = 99;\n    let g: u128 = 5;\n    let h: i8 = -100;\n    let s1 = a.to_string();\n    let s2 = b.to_string();\n    let s3 = c.to_string();\n    let s4 = d.to_string();\n    let s5 = e.to_string();\n    let s6 = f.to_string();\n    let s7 = g.to_string();\n    let s8 = h.to_string();\n    println!(\"{} {} {} {} {} {} {} {}\", s1, s2, s3, s4, s5, s6, s7, s8);\n}\n", "1 123456 -5 7 -1234567 99 5 -100\n", [9, 1070, 8]],
    ["fn main() {\n    let a: i64 = 42;\n    let b: isize = -3;\n    let c: i16 = 300;\n    let d: u16 = 65535;\n    let e: u32 = u32::MAX;\n    let f: i128 = -1;\n    let g = 5.to_string();\n    let h = (-0i32).to_string();\n    let v = vec![a.to_string(), b.to_string(), c.to_string(), d.to_string(), e.to_string(), f.to_string(), g, h];\n    println!(\"{:?}\", v);\n    let mut total = String::new();\n    for i in 0..12u64 {\n        total += &i.to_string();\n    }\n    println!(\"{}\", total);\n}\n", "[\"42\", \"-3\", \"300\", \"65535\", \"4294967295\", \"-1\", \"5\", \"0\"]\n01234567891011\n", [24, 1373, 22]],
    ["fn main() {\n    let mut log = String::new();\n    let mut n: u64 = 27;\n    let mut steps = 0;\n    while n != 1 && steps < 10 {\n        log.push_str(&format!(\"{} -> \", n));\n        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };\n        steps += 1;\n    }\n    log += &n.to_string();\n    println!(\"{}\", log);\n    println!(\"{} {}\", log.len(), log.capacity());\n    let words = vec![\"a\", \"bb\", \"ccc\"];\n    let mut out = String::with_capacity(3);\n    for (i, w) in words.iter().enumerate() {\n        if i > 0 { out.push(','); }\n        out.push_str(w);\n    }\n    println!(\"{} {}\", out, out.capacity());\n}\n", "27 -> 82 -> 41 -> 124 -> 62 -> 31 -> 94 -> 47 -> 142 -> 71 -> 214\n65 128\na,bb,ccc 8\n", [20, 1414, 14]],
  ];
  for (const [src, stdout, [allocs, bytes, frees]] of cases) {
    it(stdout.split('\n')[0].slice(0, 50), () => {
      const r = run(src);
      expect(r.diagnostics).toEqual([]);
      expect(r.stdout).toBe(stdout);
      expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([allocs, bytes, frees]);
    });
  }
});

describe('{:x} {:X} {:b} {:o}', () => {
  // stdout and allocator figures from the rustc build.
  it('radix formats with #, width, fill, zero padding and sign; negative values as two\'s complement', () => {
    const r = run("fn main() {\n    let a: u8 = 255;\n    let b: i32 = -1;\n    let c: u64 = 0xDEAD_BEEF;\n    let d: i8 = -128;\n    println!(\"{:x} {:X} {:b} {:o}\", a, a, a, a);\n    println!(\"{:x} {:#x} {:#X} {:#b} {:#o}\", b, c, c, 5u8, 64);\n    println!(\"[{:08b}] [{:#010x}] [{:>8x}] [{:<6o}] [{:^9b}] [{:+x}]\", 5u8, 255, 255, 8, 3, 10);\n    println!(\"{:x} {:b} {:#06b}\", d, d, 1);\n    let mut hex = String::new();\n    for byte in [0u8, 15, 16, 171, 255] {\n        hex.push_str(&format!(\"{:02x}\", byte));\n    }\n    println!(\"{}\", hex);\n    let s = format!(\"{:#x}-{:b}\", 4096u32, 6i64);\n    println!(\"{} {}\", s, s.len());\n    let w = 1u128 << 100;\n    println!(\"{:x} {:X}\", w, -1i128);\n    let r = &c;\n    println!(\"{:x}\", r);\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe("ff FF 11111111 377\nffffffff 0xdeadbeef 0xDEADBEEF 0b101 0o100\n[00000101] [0x000000ff] [      ff] [10    ] [   11    ] [+a]\n80 10000000 0b0001\n000f10abff\n0x1000-110 10\n10000000000000000000000000 FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\ndeadbeef\n");
    expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([10, 1112, 7]);
  });
  it('on a float: E0277 as rustc words it', () => {
    expect(firstError('fn main() {\n    let f = 2.5;\n    println!("{:x}", f);\n}\n')).toBe('3:22: the trait bound `{float}: LowerHex` is not satisfied');
  });
});

describe('if/else of different types', () => {
  // rustc: error[E0308]: `if` and `else` have incompatible types, at the else value (the engine adds the types)
  it('at the else value', () => {
    const d = checkRust('fn main() {\n    let n = 3;\n    let s = if n > 2 {\n        String::from("big")\n    } else {\n        5\n    };\n    println!("{}", s);\n}\n')[0];
    expect(d).toMatchObject({ line: 6, column: 9, code: 'E0308' });
    expect(d.message).toMatch(/^`if` and `else` have incompatible types/);
  });
});

describe('casts mixed with operators of every precedence', () => {
  it('as rustc evaluates them (stdout from rustc)', () => {
    const r = run("fn main() {\n    let a: u8 = 200;\n    let b: u8 = 100;\n    let d = a as i64 - b as i64 * 3;\n    let e = a as u32 * b as u32 + 1 as u32;\n    let f = (a as f64) / b as f64 - 0.5 * 2.0;\n    let g = a as i32 >= b as i32 && b as i32 > 50;\n    let h = -(a as i16) + b as i16 % 7;\n    let i = a as u64 | (b as u64) << 8;\n    let j = 3 + a as usize % 4 * 2;\n    let mut k = 0i64;\n    k -= a as i64 - 1;\n    println!(\"{} {} {} {} {} {} {} {}\", d, e, f, g, h, i, j, k);\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe("-100 20001 1 true -198 25800 3 -199\n");
  });
});
