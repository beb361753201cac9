// Rust type layout on x86_64-unknown-linux-gnu, following rustc 1.95 compiler/rustc_abi/src/layout.rs
// (default repr: field reordering by alignment group and niche, niche-filling Option).

import { TypeSyntaxError } from '../types/errors';
import { TypeLexer } from '../types/lexer';

export { TypeSyntaxError };

export type RustPrim =
  | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize'
  | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize'
  | 'f32' | 'f64' | 'bool' | 'char';

/**
 * A Rust type expression. `()` is the empty tuple. `str` and `[T]` are unsized and only valid
 * behind a pointer (`&str`, `Box<[T]>`, ...), which then is a 16-byte fat pointer.
 */
export type RustType =
  | { kind: 'prim'; name: RustPrim }
  | { kind: 'ref'; mutable: boolean; elem: RustType }
  | { kind: 'rawptr'; mutable: boolean; elem: RustType }
  | { kind: 'box' | 'rc' | 'arc'; elem: RustType }
  | { kind: 'vec' | 'vecdeque'; elem: RustType }
  | { kind: 'string' }
  | { kind: 'str' }
  | { kind: 'slice'; elem: RustType }
  | { kind: 'option'; elem: RustType }
  | { kind: 'array'; len: number; elem: RustType }
  | { kind: 'tuple'; elems: RustType[] }
  | { kind: 'struct'; name?: string; reprC?: boolean; fields: { name: string; type: RustType }[] }
  | { kind: 'enum'; name?: string; tag?: number; variants: { name: string; fields: RustType[] }[] };

export interface RustLayout {
  size: number;
  align: number;
  /** Struct/tuple: source field indices in increasing memory offset. */
  fieldOrder?: number[];
  /** Struct/tuple: byte offset of each field, in source order. */
  offsets?: number[];
}

// A niche: invalid values of one scalar that enums (Option) can use as a tag.
interface Niche {
  offset: number;
  bytes: number;
  available: bigint;
}

interface FullLayout extends RustLayout {
  niche: Niche | null;
}

const PRIM: Record<RustPrim, [size: number, align: number]> = {
  u8: [1, 1], i8: [1, 1], bool: [1, 1],
  u16: [2, 2], i16: [2, 2],
  u32: [4, 4], i32: [4, 4], f32: [4, 4], char: [4, 4],
  u64: [8, 8], i64: [8, 8], f64: [8, 8], usize: [8, 8], isize: [8, 8],
  u128: [16, 16], i128: [16, 16], // align 16 since Rust 1.77 on x86_64
};

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;
const ctz = (n: number): number => 31 - Math.clz32(n & -n);
const isUnsized = (t: RustType): boolean => t.kind === 'str' || t.kind === 'slice';

// Non-null pointer: only 0 is invalid. Fat pointers keep the niche in their data pointer.
const nonNull = (fat: boolean): FullLayout => ({
  size: fat ? 16 : 8,
  align: 8,
  niche: { offset: 0, bytes: 8, available: 1n },
});

function layoutOf(t: RustType): FullLayout {
  switch (t.kind) {
    case 'prim': {
      const [size, align] = PRIM[t.name];
      const niche =
        t.name === 'bool'
          ? { offset: 0, bytes: 1, available: 254n } // valid 0..=1
          : t.name === 'char'
            ? { offset: 0, bytes: 4, available: 2n ** 32n - 0x110000n } // valid 0..=0x10FFFF
            : null;
      return { size, align, niche };
    }
    case 'ref':
    case 'box':
    case 'rc':
    case 'arc':
      return nonNull(isUnsized(t.elem));
    case 'rawptr':
      return { size: isUnsized(t.elem) ? 16 : 8, align: 8, niche: null };
    case 'vec':
    case 'string':
    case 'vecdeque':
      // {cap, ptr, len} (+ head for VecDeque); cap is 0..=isize::MAX and is placed first.
      return { size: t.kind === 'vecdeque' ? 32 : 24, align: 8, niche: { offset: 0, bytes: 8, available: 2n ** 63n } };
    case 'str':
    case 'slice':
      throw new RangeError(`${formatRustType(t)} is unsized; put it behind a pointer (&, Box)`);
    case 'array': {
      const e = layoutOf(t.elem);
      return { size: e.size * t.len, align: e.align, niche: t.len > 0 ? e.niche : null };
    }
    case 'tuple':
      // rustc lays out non-empty tuples as MaybeUnsized: the last element is never reordered.
      return univariant(t.elems.map(layoutOf), t.elems.length > 0);
    case 'struct':
      // #[repr(C)]: declaration order, no reordering; niches still count.
      if (t.reprC) return univariantBiased(t.fields.map((f) => layoutOf(f.type)), true, 'start', false);
      return univariant(t.fields.map((f) => layoutOf(f.type)), false);
    case 'option':
      return optionLayout(layoutOf(t.elem));
    case 'enum':
      // #[repr(u8)] etc. on a fieldless enum: the tag alone, its unused values a niche
      if (t.tag && t.variants.every((v) => !v.fields.length)) return { size: t.tag, align: t.tag, niche: { offset: 0, bytes: t.tag, available: 2n ** BigInt(8 * t.tag) - BigInt(t.variants.length) } };
      return enumLayout(t.variants.map((v) => v.fields.map(layoutOf)));
  }
}

// A default-repr enum (rustc_abi layout_of_enum): the smaller of the tagged layout and the
// niche-filling one (on a tie, the one leaving the larger niche; else tagged).
function enumLayout(variants: FullLayout[][]): FullLayout {
  const n = variants.length;
  if (n === 0) return { size: 0, align: 1, niche: null };
  // One variant: laid out as a struct, no tag.
  if (n === 1) return univariant(variants[0], false);
  const tagBytes = n <= 256 ? 1 : 2;
  // Tagged: each variant is a struct prefixed by the tag, its fields in ascending alignment.
  let align = tagBytes;
  let size = tagBytes;
  let startAlign = 256;
  for (const fs of variants) {
    const sorted = [...fs].sort((a, b) => a.align - b.align);
    let off = tagBytes;
    let va = 1;
    for (const f of sorted) {
      if (!(f.size === 0 && f.align === 1)) startAlign = Math.min(startAlign, f.align);
      off = alignUp(off, f.align) + f.size;
      va = Math.max(va, f.align);
    }
    align = Math.max(align, va);
    size = Math.max(size, off);
  }
  size = alignUp(size, align);
  // The tag widens to the smallest first-field alignment of all variants.
  const tagWidth = startAlign !== 256 && INT_BY_ALIGN[startAlign] && startAlign > tagBytes ? startAlign : tagBytes;
  const tagged: FullLayout = { size, align, niche: { offset: 0, bytes: tagWidth, available: 2n ** BigInt(8 * tagWidth) - BigInt(n) } };
  // Niche-filling: the largest variant keeps its fields; the others' tags are invalid values of its niche.
  const lays = variants.map((fs) => univariant(fs, false));
  let big = 0;
  lays.forEach((l, i) => {
    if (l.size >= lays[big].size) big = i;
  });
  const niche = lays[big].niche;
  const count = BigInt(n - 1 + (big > 0 && big < n - 1 ? 1 : 0));
  if (!niche || niche.available < count) return tagged;
  const nAlign = Math.max(...lays.map((l) => l.align));
  const nSize = alignUp(lays[big].size, nAlign);
  const fits = lays.every((l, i) => {
    if (i === big || l.size <= niche.offset) return true;
    const at = alignUp(niche.offset + niche.bytes, l.align);
    return at + l.size <= nSize;
  });
  if (!fits) return tagged;
  const filled: FullLayout = { size: nSize, align: nAlign, niche: { ...niche, available: niche.available - count } };
  if (tagged.size > filled.size) return filled;
  if (tagged.size === filled.size && tagged.niche!.available < filled.niche!.available) return filled;
  return tagged;
}

type Bias = 'start' | 'end';

// rustc's `univariant`: try niche-at-start; if that leaves the niche in the middle, try niche-at-end.
function univariant(fields: FullLayout[], maybeUnsized: boolean): FullLayout {
  const l = univariantBiased(fields, maybeUnsized, 'start');
  if (!maybeUnsized && l.niche && fields.length > 1) {
    const head = l.niche.offset;
    const tail = l.size - head - l.niche.bytes;
    if (head !== 0 && tail > 0) {
      const alt = univariantBiased(fields, maybeUnsized, 'end');
      const altHead = alt.niche!.offset;
      const altTail = alt.size - altHead - alt.niche!.bytes;
      if (altHead > head && altHead > altTail) return alt;
    }
  }
  return l;
}

const cmpBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function univariantBiased(fields: FullLayout[], maybeUnsized: boolean, bias: Bias, reorder = true): FullLayout {
  const order = fields.map((_, i) => i);
  const end = maybeUnsized ? fields.length - 1 : fields.length;
  if (reorder && fields.length > 1) {
    const movable = fields.slice(0, end);
    const maxFieldAlign = Math.max(1, ...movable.map((f) => f.align));
    const largestNiche = movable.reduce((m, f) => (f.niche && f.niche.available > m ? f.niche.available : m), 0n);
    // log2 of the "effective alignment": [u8; 4] groups with u32 unless a niche needs to lead.
    const groupKey = (f: FullLayout): number => {
      const sizeAsAlign = ctz(Math.max(f.align, f.size));
      if (largestNiche === 0n) return sizeAsAlign;
      if (bias === 'start') return Math.min(ctz(maxFieldAlign), sizeAsAlign);
      return (f.niche?.available ?? 0n) === largestNiche ? ctz(f.align) : sizeAsAlign;
    };
    const nicheSize = (f: FullLayout): bigint => f.niche?.available ?? 0n;
    // Distance of the niche from the field's end (end bias prefers niches near the end).
    const tailDist = (f: FullLayout): number => (f.niche ? f.size - f.niche.bytes - f.niche.offset : 0);
    const head = order.slice(0, end);
    head.sort((a, b) => {
      const fa = fields[a];
      const fb = fields[b];
      const g = groupKey(fb) - groupKey(fa); // largest alignment group first
      if (g !== 0) return g;
      if (bias === 'start') {
        const n = cmpBig(nicheSize(fb), nicheSize(fa)); // larger niche first
        if (n !== 0) return n;
        return (fa.niche?.offset ?? 0) - (fb.niche?.offset ?? 0);
      }
      const n = cmpBig(nicheSize(fa), nicheSize(fb)); // larger niche last
      if (n !== 0) return n;
      // rustc's key is !dist for fields with a niche and 0 without (0 sorts first).
      if (!fa.niche || !fb.niche) return (fa.niche ? 1 : 0) - (fb.niche ? 1 : 0);
      return tailDist(fb) - tailDist(fa);
    });
    order.splice(0, end, ...head);
  }

  const offsets = new Array<number>(fields.length).fill(0);
  let offset = 0;
  let align = 1;
  let niche: Niche | null = null;
  for (const i of order) {
    const f = fields[i];
    offset = alignUp(offset, f.align);
    align = Math.max(align, f.align);
    offsets[i] = offset;
    if (f.niche) {
      const avail = f.niche.available;
      const better = bias === 'start' ? avail > (niche?.available ?? 0n) : avail >= (niche?.available ?? 0n);
      if (better) niche = { ...f.niche, offset: f.niche.offset + offset };
    }
    offset += f.size;
  }
  return { size: alignUp(offset, align), align, niche, fieldOrder: order, offsets };
}

const INT_BY_ALIGN: Record<number, number> = { 1: 1, 2: 2, 4: 4, 8: 8, 16: 16 };

// Option<T> = enum { None, Some(T) }: niche-filling if T has a spare invalid value, else a tag.
function optionLayout(t: FullLayout): FullLayout {
  const is1Zst = t.size === 0 && t.align === 1;
  // Tagged: u8 tag, then Some's field after it; the tag widens to the field's alignment.
  const align = Math.max(1, t.align);
  const tagged: FullLayout = {
    size: alignUp(Math.max(1, alignUp(1, t.align) + t.size), align),
    align,
    niche: null,
  };
  const tagBytes = is1Zst ? 1 : (INT_BY_ALIGN[t.align] ?? 1);
  tagged.niche = { offset: 0, bytes: tagBytes, available: 2n ** BigInt(8 * tagBytes) - 2n };
  if (!t.niche || t.niche.available < 1n) return tagged;
  const filled: FullLayout = {
    size: alignUp(t.size, t.align),
    align: t.align,
    niche: { ...t.niche, available: t.niche.available - 1n },
  };
  // rustc: smaller wins; on a tie the larger remaining niche wins; else tagged.
  if (tagged.size > filled.size) return filled;
  if (tagged.size === filled.size && tagged.niche.available < filled.niche!.available) return filled;
  return tagged;
}

/** Size, alignment and (for structs/tuples) the reordered field placement rustc picks. */
export function rustLayout(t: RustType): RustLayout {
  const { size, align, fieldOrder, offsets } = layoutOf(t);
  return fieldOrder ? { size, align, fieldOrder, offsets } : { size, align };
}

/** Canonical spelling: `struct { a: u8, b: u64 }`, `Option<Box<u8>>`, `[u8; 16]`, `(u8, u64)`. */
export function formatRustType(t: RustType): string {
  switch (t.kind) {
    case 'prim':
      return t.name;
    case 'ref':
      return `&${t.mutable ? 'mut ' : ''}${formatRustType(t.elem)}`;
    case 'rawptr':
      return `*${t.mutable ? 'mut' : 'const'} ${formatRustType(t.elem)}`;
    case 'box':
      return `Box<${formatRustType(t.elem)}>`;
    case 'rc':
      return `Rc<${formatRustType(t.elem)}>`;
    case 'arc':
      return `Arc<${formatRustType(t.elem)}>`;
    case 'vec':
      return `Vec<${formatRustType(t.elem)}>`;
    case 'vecdeque':
      return `VecDeque<${formatRustType(t.elem)}>`;
    case 'option':
      return `Option<${formatRustType(t.elem)}>`;
    case 'string':
      return 'String';
    case 'str':
      return 'str';
    case 'slice':
      return `[${formatRustType(t.elem)}]`;
    case 'array':
      return `[${formatRustType(t.elem)}; ${t.len}]`;
    case 'tuple':
      return t.elems.length === 1 ? `(${formatRustType(t.elems[0])},)` : `(${t.elems.map(formatRustType).join(', ')})`;
    case 'enum':
      return `enum ${t.name ?? ''} { ${t.variants.map((v) => (v.fields.length ? `${v.name}(${v.fields.map(formatRustType).join(', ')})` : v.name)).join(', ')} }`;
    case 'struct': {
      const body = t.fields.map((f) => `${f.name}: ${formatRustType(f.type)}`).join(', ');
      const name = `${t.reprC ? '#[repr(C)] ' : ''}${t.name ? `struct ${t.name}` : 'struct'}`;
      return body ? `${name} { ${body} }` : `${name} {}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Parser

const GENERIC: Record<string, 'box' | 'rc' | 'arc' | 'vec' | 'vecdeque' | 'option'> = {
  Box: 'box', Rc: 'rc', Arc: 'arc', Vec: 'vec', VecDeque: 'vecdeque', Option: 'option',
};

class RustParser extends TypeLexer {
  found(): string {
    this.skip();
    return this.pos >= this.src.length ? ', found end of input' : `, found '${this.src[this.pos]}'`;
  }

  eat(s: string): boolean {
    this.skip();
    if (!this.src.startsWith(s, this.pos)) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string): void {
    if (!this.eat(s)) this.fail(`expected '${s}'${this.found()}`);
  }

  ident(): string | null {
    this.skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  // A sized type (fields, array elements, generic arguments other than pointee positions).
  sized(): RustType {
    const at = (this.skip(), this.pos);
    const t = this.type();
    if (isUnsized(t)) this.fail(`'${formatRustType(t)}' is unsized here; use &${formatRustType(t)} or Box<...>`, at);
    return t;
  }

  type(): RustType {
    const c = this.peek();
    const at = this.pos;
    if (c === '') this.fail('expected a type, found end of input');
    if (c === '&') {
      this.pos++;
      if (this.eat("'")) {
        if (this.ident() === null) this.fail(`expected lifetime name${this.found()}`);
      }
      const mutable = this.keyword('mut');
      return { kind: 'ref', mutable, elem: this.type() };
    }
    if (c === '*') {
      this.pos++;
      const mutable = this.keyword('mut');
      if (!mutable && !this.keyword('const')) this.fail(`expected 'const' or 'mut' after '*'${this.found()}`);
      return { kind: 'rawptr', mutable, elem: this.type() };
    }
    if (c === '(') return this.tuple();
    if (c === '[') {
      this.pos++;
      const elem = this.sized();
      if (this.eat(']')) return { kind: 'slice', elem };
      this.expect(';');
      this.skip();
      const numAt = this.pos;
      const m = /^[0-9][0-9_]*(usize)?/.exec(this.src.slice(this.pos));
      if (!m) this.fail(`expected array length${this.found()}`);
      this.pos += m[0].length;
      const len = Number(m[0].replace(/usize$/, '').replace(/_/g, ''));
      if (!Number.isSafeInteger(len)) this.fail('array length too large', numAt);
      this.expect(']');
      return { kind: 'array', len, elem };
    }
    if (c === '#') return this.reprC();
    const name = this.ident();
    if (name === null) this.fail(`unexpected '${c}', expected a type`);
    if (name === 'struct') return this.struct();
    // hasOwn, not `in`: 'toString' etc. must stay unknown.
    if (Object.hasOwn(PRIM, name)) return { kind: 'prim', name: name as RustPrim };
    if (name === 'String') return { kind: 'string' };
    if (name === 'str') return { kind: 'str' };
    const g = Object.hasOwn(GENERIC, name) ? GENERIC[name] : undefined;
    if (g) {
      this.expect('<');
      const argAt = (this.skip(), this.pos);
      const arg = g === 'box' || g === 'rc' || g === 'arc' ? this.type() : this.sized();
      if (arg.kind === 'str' && g !== 'box' && g !== 'rc' && g !== 'arc') this.fail("'str' is unsized here", argAt);
      this.expect('>');
      return { kind: g, elem: arg } as RustType;
    }
    this.fail(`unknown type '${name}'`, at);
  }

  keyword(k: string): boolean {
    this.skip();
    if (!this.src.startsWith(k, this.pos) || /[A-Za-z0-9_]/.test(this.src[this.pos + k.length] ?? '')) return false;
    this.pos += k.length;
    return true;
  }

  tuple(): RustType {
    this.expect('(');
    const elems: RustType[] = [];
    let trailingComma = false;
    while (!this.eat(')')) {
      if (elems.length > 0 && !trailingComma) this.fail(`expected ',' or ')'${this.found()}`);
      if (this.pos >= this.src.length) this.fail("expected ')', found end of input");
      elems.push(this.sized());
      trailingComma = this.eat(',');
    }
    // `(T)` is just T in parentheses; `(T,)` is a 1-tuple.
    if (elems.length === 1 && !trailingComma) return elems[0];
    return { kind: 'tuple', elems };
  }

  // `#[repr(C)] struct { … }`: the only attribute the type syntax knows.
  reprC(): RustType {
    const at = this.pos;
    this.expect('#');
    this.expect('[');
    if (!this.keyword('repr')) this.fail('only #[repr(C)] is supported here', at);
    this.expect('(');
    if (!this.keyword('C')) this.fail('only #[repr(C)] is supported here', at);
    this.expect(')');
    this.expect(']');
    if (!this.keyword('struct')) this.fail(`expected 'struct' after #[repr(C)]${this.found()}`);
    return { ...(this.struct() as Extract<RustType, { kind: 'struct' }>), reprC: true };
  }

  struct(): RustType {
    const name = this.peek() === '{' ? undefined : (this.ident() ?? undefined);
    this.expect('{');
    const fields: { name: string; type: RustType }[] = [];
    const seen = new Set<string>();
    while (!this.eat('}')) {
      if (this.pos >= this.src.length) this.fail("expected '}', found end of input");
      this.keyword('pub');
      const at = (this.skip(), this.pos);
      const fname = this.ident();
      if (fname === null) this.fail(`expected field name${this.found()}`);
      if (seen.has(fname)) this.fail(`duplicate field '${fname}'`, at);
      seen.add(fname);
      this.expect(':');
      fields.push({ name: fname, type: this.sized() });
      if (!this.eat(',') && this.peek() !== '}') this.fail(`expected ',' or '}'${this.found()}`);
    }
    return name ? { kind: 'struct', name, fields } : { kind: 'struct', fields };
  }
}

/** Parses a Rust type such as `Vec<u8>`, `Option<&u64>`, `[u8; 16]` or `struct { a: u8, b: u64 }`. */
export function parseRustType(src: string): RustType {
  const p = new RustParser(src);
  const at = (p.skip(), p.pos);
  const t = p.type();
  p.skip();
  if (p.pos < src.length) p.fail(`unexpected '${src[p.pos]}' after type`);
  if (isUnsized(t)) p.fail(`'${formatRustType(t)}' is unsized; use &${formatRustType(t)}`, at);
  return t;
}
