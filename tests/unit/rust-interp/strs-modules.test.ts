// str/char/integer methods, `parse`, modules and privacy, lifetimes on structs: each expectation
// was printed (or reported) by rustc 1.95.0 for the same program.
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { main, run } from './helpers';

const out = (body: string, items = '') => {
  const r = run(main(body, items));
  expect(r.diagnostics).toEqual([]);
  return r.stdout;
};
const first = (src: string) => {
  const d = checkRust(src)[0];
  return d ? `${d.code} ${d.line}:${d.column} ${d.message}` : 'none';
};

describe('str methods and parse', () => {
  it('split, lines, split_terminator and split_whitespace yield what std yields', () => {
    expect(out('println!("{:?}", "a,b,,c".split(\',\').collect::<Vec<&str>>());')).toBe('["a", "b", "", "c"]\n');
    expect(out('println!("{:?}", "a--b--c".split("--").collect::<Vec<&str>>());')).toBe('["a", "b", "c"]\n');
    expect(out('println!("{:?}", "x\\r\\ny\\n\\nz\\n".lines().collect::<Vec<&str>>());')).toBe('["x", "y", "", "z"]\n');
    expect(out('println!("{:?}", "a,b,".split_terminator(\',\').collect::<Vec<&str>>());')).toBe('["a", "b"]\n');
    expect(out('println!("{:?}", " \\u{3000}a\\tb ".split_whitespace().collect::<Vec<&str>>());')).toBe('["a", "b"]\n');
  });
  it('find and rfind return byte offsets', () => {
    expect(out('println!("{:?} {:?}", "héllo".find(\'l\'), "héllo".rfind("l"));')).toBe('Some(3) Some(4)\n');
  });
  it('parse follows from_str_radix and dec2flt', () => {
    expect(out('println!("{:?} {:?}", "-0".parse::<i32>(), "+".parse::<i32>());')).toBe('Ok(0) Err(ParseIntError { kind: InvalidDigit })\n');
    expect(out('println!("{:?} {:?}", "256".parse::<u8>(), "-129".parse::<i8>());')).toBe('Err(ParseIntError { kind: PosOverflow }) Err(ParseIntError { kind: NegOverflow })\n');
    expect(out('println!("{:?} {:?} {:?}", "inf".parse::<f64>(), "1e3".parse::<f64>(), ".5".parse::<f32>());')).toBe('Ok(inf) Ok(1000.0) Ok(0.5)\n');
    expect(out('println!("{:?} {:?}", "1.".parse::<f64>(), "1e".parse::<f64>());')).toBe('Ok(1.0) Err(ParseFloatError { kind: Invalid })\n');
  });
  it('parse without a target type is E0284', () => {
    expect(first(main('let n = "42".parse().unwrap();\nprintln!("{}", n);'))).toMatch(/^E0284 .* type annotations needed$/);
  });
  it('char and integer methods', () => {
    expect(out('println!("{:?} {:?} {:?}", \'ß\'.is_lowercase(), char::from_digit(7, 10), char::from_digit(11, 16));')).toBe("true Some('7') Some('b')\n");
    expect(out('println!("{} {}", i8::MIN.checked_div(-1).is_none(), (-7i32).rem_euclid(-3));')).toBe('true 2\n');
    expect(out('println!("{:?} {} {}", 100u8.checked_rem(0), 5u32.trailing_zeros(), 0u16.leading_zeros());')).toBe('None 0 16\n');
  });
});

describe('modules', () => {
  it('resolves super::, crate::, nested modules and `use a::b as c`', () => {
    const src = `mod outer {
    pub mod inner {
        pub fn f() -> u32 { super::helper() + crate::top() }
    }
    fn helper() -> u32 { 10 }
    mod hidden {
        pub fn g() -> u32 { 1 }
    }
    pub fn via_hidden() -> u32 { hidden::g() }
}
fn top() -> u32 { 100 }
use outer::inner as inn;
fn main() {
    println!("{} {} {}", inn::f(), outer::inner::f(), outer::via_hidden());
}
`;
    const r = run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('110 110 1\n');
  });
  it('pub use re-exports and glob imports', () => {
    const src = 'mod shapes {\n    pub mod round {\n        pub fn circle(r: u32) -> u32 { 3 * r * r }\n    }\n    pub use self::round::circle;\n    pub fn square(s: u32) -> u32 { s * s }\n}\nuse shapes::*;\nfn main() {\n    println!("{} {} {}", square(3), shapes::circle(2), round::circle(1));\n}\n';
    const r = run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('9 12 3\n');
  });
  it('a private module reached from outside is E0603', () => {
    const src = 'mod outer {\n    mod hidden {\n        pub fn g() -> u32 { 1 }\n    }\n}\nfn main() {\n    println!("{}", outer::hidden::g());\n}\n';
    expect(first(src)).toBe('E0603 7:27 module `hidden` is private');
  });
});

describe('lifetimes on structs', () => {
  it('a method returning &\'a str does not keep the struct mutably borrowed', () => {
    const items = "struct P<'a> { s: &'a str, i: usize }\nimpl<'a> P<'a> {\n    fn next(&mut self) -> Option<&'a str> {\n        if self.i >= self.s.len() { return None; }\n        self.i += 1;\n        Some(&self.s[self.i - 1..self.i])\n    }\n}";
    expect(out('let mut p = P { s: "abc", i: 0 };\nlet mut v = Vec::new();\nwhile let Some(c) = p.next() { v.push(c); }\nprintln!("{:?}", v);', items)).toBe('["a", "b", "c"]\n');
  });
});
