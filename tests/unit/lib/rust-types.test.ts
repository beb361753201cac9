// Tests for lib/rust/types.ts (x86_64 layout, parser) plus a fixture from real rustc 1.95.0 runs.
import { describe, it, expect } from 'vitest';
import { TypeSyntaxError, formatRustType, parseRustType, rustLayout, type RustType } from '@/lib/rust/types';
import { TypeSyntaxError as SharedTypeSyntaxError } from '@/lib/types/errors';

const layout = (src: string) => rustLayout(parseRustType(src));

function syntaxError(src: string): TypeSyntaxError {
  try {
    parseRustType(src);
  } catch (e) {
    if (e instanceof TypeSyntaxError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(src)} to fail`);
}

describe('rustLayout', () => {
  it('reorders struct fields to remove padding', () => {
    // Go's struct{a bool; b int64; c bool} is 24 bytes; rustc puts b first.
    expect(layout('struct { a: bool, b: i64, c: bool }')).toEqual({ size: 16, align: 8, fieldOrder: [1, 0, 2], offsets: [8, 0, 9] });
    expect(layout('struct { a: u8, b: u64 }')).toEqual({ size: 16, align: 8, fieldOrder: [1, 0], offsets: [8, 0] });
    expect(layout('struct { a: u8, b: u32, c: u16 }')).toMatchObject({ size: 8, offsets: [6, 0, 4] });
  });

  it('keeps the last tuple element in place (tuples may be unsized)', () => {
    expect(layout('(u8, u64, u8)')).toMatchObject({ size: 16, offsets: [8, 0, 9] });
    expect(layout('(u64, u8, u32, u8)')).toMatchObject({ size: 16, offsets: [0, 12, 8, 13] });
  });

  it('knows primitive and std layouts on x86_64', () => {
    expect(layout('u128')).toEqual({ size: 16, align: 16 });
    expect(layout('i128')).toEqual({ size: 16, align: 16 });
    expect(layout('char')).toEqual({ size: 4, align: 4 });
    expect(layout('()')).toEqual({ size: 0, align: 1, fieldOrder: [], offsets: [] });
    expect(layout('Vec<u8>')).toEqual({ size: 24, align: 8 });
    expect(layout('String')).toEqual({ size: 24, align: 8 });
    expect(layout('VecDeque<u64>')).toEqual({ size: 32, align: 8 });
    expect(layout('Box<u64>')).toEqual({ size: 8, align: 8 });
    expect(layout('&str')).toEqual({ size: 16, align: 8 });
    expect(layout('Box<[u8]>')).toEqual({ size: 16, align: 8 });
    expect(layout('[u64; 3]')).toEqual({ size: 24, align: 8 });
  });

  it('fills niches in Option', () => {
    expect(layout('Option<Box<u64>>').size).toBe(8);
    expect(layout('Option<&u8>').size).toBe(8);
    expect(layout('Option<Vec<u8>>').size).toBe(24);
    expect(layout('Option<bool>').size).toBe(1);
    expect(layout('Option<char>').size).toBe(4);
    expect(layout('Option<Option<Box<u8>>>').size).toBe(16); // the single null niche is used up
    expect(layout('Option<u64>')).toEqual({ size: 16, align: 8 });
    expect(layout('Option<u128>')).toEqual({ size: 32, align: 16 });
    expect(layout('Option<u8>').size).toBe(2);
  });

  it('rejects unsized types outside pointers', () => {
    const str: RustType = { kind: 'str' };
    expect(() => rustLayout(str)).toThrow(RangeError);
  });
});

describe('parseRustType / formatRustType', () => {
  it('parses the supported forms', () => {
    expect(parseRustType('&mut u64')).toEqual({ kind: 'ref', mutable: true, elem: { kind: 'prim', name: 'u64' } });
    expect(parseRustType("&'static str")).toEqual({ kind: 'ref', mutable: false, elem: { kind: 'str' } });
    expect(parseRustType('[u8; 16]')).toEqual({ kind: 'array', len: 16, elem: { kind: 'prim', name: 'u8' } });
    expect(parseRustType('(u8,)')).toEqual({ kind: 'tuple', elems: [{ kind: 'prim', name: 'u8' }] });
    expect(parseRustType('(u8)')).toEqual({ kind: 'prim', name: 'u8' });
    expect(parseRustType('()')).toEqual({ kind: 'tuple', elems: [] });
    expect(parseRustType('struct Point { pub x: f64, y: f64, }')).toEqual({
      kind: 'struct',
      name: 'Point',
      fields: [
        { name: 'x', type: { kind: 'prim', name: 'f64' } },
        { name: 'y', type: { kind: 'prim', name: 'f64' } },
      ],
    });
    expect(parseRustType('Option<Box<[u8]>>').kind).toBe('option');
    expect(parseRustType('*const u8')).toEqual({ kind: 'rawptr', mutable: false, elem: { kind: 'prim', name: 'u8' } });
  });

  it('formats canonically and round-trips', () => {
    for (const src of ['struct { a: u8, b: u64 }', 'Option<&mut [u8; 4]>', '(u8, (u16,), Vec<String>)', 'Box<str>', '*mut [u8]', 'struct S { x: Rc<u8>, y: Arc<char> }']) {
      const t = parseRustType(src);
      expect(parseRustType(formatRustType(t))).toEqual(t);
    }
    expect(formatRustType(parseRustType('struct{a:u8,b:u64}'))).toBe('struct { a: u8, b: u64 }');
  });

  it('reports syntax errors with a 1-based column', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['Foo', 1, /unknown type 'Foo'/],
      ['toString', 1, /unknown type 'toString'/],
      ['constructor<u8>', 1, /unknown type 'constructor'/],
      ['Vec<u8', 7, /expected '>'/],
      ['[u8; ]', 6, /array length/],
      ['[u8 16]', 5, /expected ';'/],
      ['str', 1, /unsized/],
      ['Vec<str>', 5, /unsized/],
      ['&', 2, /end of input/],
      ['struct { a: u8 b: u8 }', 16, /expected ',' or '}'/],
      ['struct { a: u8, a: u16 }', 17, /duplicate field 'a'/],
      ['(u8 u16)', 5, /expected ',' or '\)'/],
      ['u8 u16', 4, /unexpected 'u'/],
      ['*u8', 2, /'const' or 'mut'/],
    ];
    for (const [src, column, msg] of cases) {
      const e = syntaxError(src);
      expect(e.column, src).toBe(column);
      expect(e.message, src).toMatch(msg);
    }
    expect(SharedTypeSyntaxError).toBe(TypeSyntaxError);
  });
});

// From real rustc 1.95.0 x86_64 runs: type | size_of align_of | offset_of! per field (source order) |
// size_of::<Option<T>>() size_of::<Option<Option<T>>>(). The later rows are random field mixes.
const RUSTC_RUN = `
u8|1 1||2 2
u16|2 2||4 4
u32|4 4||8 8
u64|8 8||16 16
u128|16 16||32 32
i128|16 16||32 32
usize|8 8||16 16
f32|4 4||8 8
f64|8 8||16 16
bool|1 1||1 1
char|4 4||4 4
()|0 1||1 1
&u8|8 8||8 16
&mut u64|8 8||8 16
Box<u8>|8 8||8 16
Vec<u8>|24 8||24 24
String|24 8||24 24
Option<Box<u64>>|8 8||16 16
Option<&u8>|8 8||16 16
&str|16 8||16 24
&[u8]|16 8||16 24
Box<[u64]>|16 8||16 24
Box<str>|16 8||16 24
*const u8|8 8||16 16
*const [u8]|16 8||24 24
Option<u8>|2 1||2 2
Option<u32>|8 4||8 8
Option<u64>|16 8||16 16
Option<u128>|32 16||32 32
Option<bool>|1 1||1 1
Option<char>|4 4||4 4
Option<()>|1 1||1 1
Option<Option<bool>>|1 1||1 1
Option<Option<Box<u8>>>|16 8||16 16
Option<Vec<u8>>|24 8||24 24
Option<Option<Vec<u8>>>|24 8||24 24
Option<String>|24 8||24 24
Option<[u64; 0]>|8 8||8 8
Option<(u8, u32)>|12 4||12 12
Option<Option<u32>>|8 4||8 8
[u8; 16]|16 1||17 17
[u64; 3]|24 8||32 32
[bool; 0]|0 1||1 1
Option<[bool; 2]>|2 1||2 2
(u8, u64)|16 8|0 8|24 24
(u8, u64, u8)|16 8|8 0 9|24 24
(u64, u8, u32, u8)|16 8|0 12 8 13|24 24
(u8, u16, u64)|16 8|2 0 8|24 24
(bool, u8)|2 1|0 1|2 2
(u8, bool)|2 1|0 1|2 2
(u8, u32, u16)|8 4|4 0 6|12 12
(u8,)|1 1|0|2 2
(u32, bool, u8, u16)|8 4|0 4 5 6|8 8
struct { a: u8, b: u64 }|16 8|8 0|24 24
struct { a: u8, b: u64, c: u8 }|16 8|8 0 9|24 24
struct { a: bool, b: i64, c: bool }|16 8|8 0 9|16 16
struct { a: u8, b: bool }|2 1|1 0|2 2
struct { a: u8, b: char, c: u32 }|12 4|8 0 4|12 12
struct { x: u64, v: Vec<u8> }|32 8|24 0|32 32
struct { a: u8, b: [u8; 4], c: u32, d: u16 }|12 4|10 0 4 8|16 16
struct { a: u8, b: [u8; 16], c: u64 }|32 8|24 0 16|40 40
struct { a: bool, b: [u8; 16] }|17 1|0 1|17 17
struct { a: u8, b: [u8; 16] }|17 1|16 0|18 18
struct { a: u128, b: u8, c: u64 }|32 16|0 24 16|48 48
struct { a: (), b: u8, c: u32 }|8 4|4 4 0|12 12
struct { a: u32, b: (bool, u8), c: u16 }|8 4|0 6 4|8 8
struct { a: u64, b: (u64, u64) }|24 8|16 0|32 32
struct { a: u64, b: (u64, u64), c: bool }|32 8|0 8 24|32 32
struct { a: u8, b: u16, c: u8, d: bool }|6 2|2 0 3 4|6 6
struct { a: u32, b: u8, c: bool, d: u16 }|8 4|0 6 7 4|8 8
struct { s: String, n: u32, f: bool }|32 8|0 24 28|32 32
struct { a: Option<u32>, b: u32, c: char }|16 4|0 12 8|16 16
struct { a: u16, b: bool, c: u64, d: Option<Box<u8>>, e: u8 }|24 8|16 19 0 8 18|24 24
struct { a: [u8; 3], b: u16, c: bool }|6 2|2 0 5|6 6
struct { a: (u8, u8, u8, bool), b: (u8, bool, u8) }|7 1|3 0|7 7
struct { a: u8, b: Option<u8>, c: u16 }|6 2|4 0 2|6 6
struct { a: [u64; 0], b: u8 }|8 8|0 0|16 16
struct { a: u8, b: [u64; 0] }|8 8|0 0|16 16
struct {}|0 1||1 1
struct { a: f32, b: (u8, bool), c: u8 }|8 4|0 5 4|8 8
struct { t: (u8, u64, u8), u: u8 }|24 8|0 16|32 32
(u8, (u8, u64), bool)|24 8|16 0 17|24 24
struct { a: u8, b: Box<u8>, c: bool, d: u32 }|16 8|12 0 13 8|16 16
struct { a: char, b: bool, c: u16, d: u8 }|8 4|0 6 4 7|8 8
struct { a: bool, b: u32, c: bool, d: u8 }|8 4|5 0 6 4|8 8
struct { a: u32, b: u64, c: bool, d: u32 }|24 8|8 0 16 12|24 24
struct { a: (u16, bool), b: u16, c: u64 }|16 8|10 8 0|16 16
([bool; 2], Box<u8>, (bool, u16), Vec<u8>)|40 8|12 0 8 16|40 40
struct { f0: u16, f1: [bool; 2] }|4 2|2 0|4 4
struct { f0: Option<bool>, f1: Option<bool> }|2 1|0 1|2 2
(f32, (u8, u8, u8, bool))|8 4|0 4|8 8
struct { f0: Option<bool>, f1: (u32, bool) }|12 4|8 0|12 12
struct { f0: (u32, bool), f1: [u64; 0] }|8 8|0 8|8 8
([u64; 0], Option<u32>)|8 8|0 0|8 8
struct { f0: &str, f1: [u8; 3] }|24 8|0 16|24 32
struct { f0: u16, f1: [u16; 3] }|8 2|0 2|10 10
(u32, [bool; 2])|8 4|0 4|8 8
struct { f0: &str, f1: (u8, u8, u8, bool) }|24 8|0 16|24 24
struct { f0: (u8, u8, u8, bool), f1: (u64, u64) }|24 8|16 0|24 24
(String, VecDeque<u8>)|56 8|0 24|56 56
struct { f0: f32, f1: u64 }|16 8|8 0|24 24
struct { f0: (u8, bool), f1: (u8, u8, u8, bool) }|6 1|0 2|6 6
((bool, u16), (u8, u8, u8, bool))|8 2|0 4|8 8
struct { f0: Vec<u8>, f1: [u16; 3] }|32 8|0 24|32 32
struct { f0: i16, f1: (bool, u16) }|6 2|4 0|6 6
(VecDeque<u8>, Box<u8>)|40 8|0 32|40 40
struct { f0: [bool; 2], f1: char }|8 4|4 0|8 8
struct { f0: Vec<u8>, f1: [u8; 16] }|40 8|0 24|40 40
((u32, bool), char)|12 4|0 8|12 12
struct { f0: Option<u8>, f1: [u64; 0] }|8 8|0 0|8 8
struct { f0: Option<u8>, f1: Option<u8> }|4 1|0 2|4 4
((u64, u64), u64)|24 8|0 16|32 32
struct { f0: Option<bool>, f1: u8 }|2 1|0 1|2 2
struct { f0: u8, f1: (u32, bool) }|12 4|8 0|12 12
(bool, [char; 2])|12 4|0 4|12 12
struct { f0: u128, f1: char }|32 16|0 16|32 32
struct { f0: Option<char>, f1: [u8; 16] }|20 4|0 4|20 20
((u8, u8, u8, bool), [u64; 0])|8 8|0 8|8 8
struct { f0: u128, f1: Option<bool> }|32 16|0 16|32 32
struct { f0: (u8, bool), f1: () }|2 1|0 2|2 2
(&str, i16)|24 8|0 16|24 32
struct { f0: [char; 2], f1: Box<u8> }|16 8|0 8|16 16
struct { f0: Option<u32>, f1: (u8, bool) }|12 4|0 8|12 12
(i16, VecDeque<u8>)|40 8|0 8|40 40
struct { f0: char, f1: (u8, u8, u8, bool) }|8 4|0 4|8 8
struct { f0: (u32, bool), f1: u32 }|12 4|4 0|12 12
([char; 2], Option<u8>)|12 4|0 8|12 12
struct { f0: char, f1: &str }|24 8|16 0|24 24
struct { f0: (u8, u8, u8, bool), f1: Option<u32> }|12 4|8 0|12 12
(f32, ())|4 4|0 4|8 8
struct { f0: bool, f1: Vec<u8> }|32 8|24 0|32 32
struct { f0: char, f1: String }|32 8|24 0|32 32
((u64, u64), Option<u32>)|24 8|0 16|24 24
struct { f0: [u8; 4], f1: Vec<u8> }|32 8|24 0|32 32
struct { f0: [u8; 4], f1: VecDeque<u8> }|40 8|32 0|40 40
(Box<u8>, [u8; 3])|16 8|0 8|16 24
struct { f0: Option<bool>, f1: char }|8 4|4 0|8 8
struct { f0: &str, f1: &str }|32 8|0 16|32 40
(u128, [u64; 0])|16 16|0 16|32 32
struct { f0: (), f1: (u8, bool) }|2 1|2 0|2 2
struct { f0: f32, f1: u16 }|8 4|0 4|12 12
(VecDeque<u8>, ())|32 8|0 32|32 32
struct { f0: Option<char>, f1: u32 }|8 4|0 4|8 8
struct { f0: (), f1: f32 }|4 4|4 0|8 8
((), (u8, bool))|2 1|0 0|2 2
struct { f0: (), f1: VecDeque<u8> }|32 8|32 0|32 32
struct { f0: i16, f1: [char; 2] }|12 4|8 0|12 12`;

describe('matches real rustc 1.95.0 layouts', () => {
  const rows = RUSTC_RUN.trim().split('\n').map((l) => l.split('|'));
  it('has the fixture', () => expect(rows.length).toBeGreaterThanOrEqual(140));
  for (const [src, sizeAlign, offs, options] of rows) {
    it(src, () => {
      const t = parseRustType(src);
      const l = rustLayout(t);
      expect(`${l.size} ${l.align}`).toBe(sizeAlign);
      if (offs) expect(l.offsets!.join(' ')).toBe(offs);
      const o1 = rustLayout({ kind: 'option', elem: t }).size;
      const o2 = rustLayout({ kind: 'option', elem: { kind: 'option', elem: t } }).size;
      expect(`${o1} ${o2}`).toBe(options);
    });
  }
});

describe('#[repr(C)]', () => {
  it('keeps declaration order and round-trips through formatRustType', () => {
    const t = parseRustType('#[repr(C)] struct { a: u8, b: u64, c: u8 }');
    expect(rustLayout(t)).toMatchObject({ size: 24, align: 8, offsets: [0, 8, 16] });
    expect(rustLayout(parseRustType(formatRustType(t))).size).toBe(24);
    expect(rustLayout(parseRustType('struct { a: u8, b: u64, c: u8 }')).size).toBe(16);
  });
  it('rejects other attributes with a column', () => {
    expect(() => parseRustType('#[repr(packed)] struct { a: u8 }')).toThrow(/only #\[repr\(C\)\]/);
  });
});
