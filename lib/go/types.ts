// Go type descriptors and layout for linux/amd64, as go1.23.5 cmd/compile/internal/types/size.go computes them.

import { TypeSyntaxError } from '../types/errors';
import { TypeLexer } from '../types/lexer';

export { TypeSyntaxError };

/**
 * A Go type expression. Predeclared names (including `string`) parse to `basic`; the bare
 * `{kind:'string'}` form is accepted by goLayout/formatGoType too but the parser never emits it.
 * map/chan/func/interface keep their normalised source in `text` (layout only needs the kind).
 */
export type GoType =
  | { kind: 'basic'; name: string }
  | { kind: 'pointer'; elem: GoType }
  | { kind: 'slice'; elem: GoType }
  | { kind: 'array'; len: number; elem: GoType }
  | { kind: 'struct'; fields: { name: string; type: GoType }[] }
  | { kind: 'map' | 'chan' | 'func' | 'interface' | 'string'; text?: string };

export interface GoLayout {
  size: number;
  align: number;
  hasPointers: boolean;
  /** Struct only: byte offset of each field, in declaration order. */
  offsets?: number[];
}

const PTR = 8;

// [size, align, hasPointers] of the predeclared types on amd64.
const BASIC: Record<string, [number, number, boolean]> = {
  bool: [1, 1, false],
  int8: [1, 1, false], uint8: [1, 1, false], byte: [1, 1, false],
  int16: [2, 2, false], uint16: [2, 2, false],
  int32: [4, 4, false], uint32: [4, 4, false], rune: [4, 4, false], float32: [4, 4, false],
  int64: [8, 8, false], uint64: [8, 8, false], float64: [8, 8, false],
  int: [8, 8, false], uint: [8, 8, false], uintptr: [8, 8, false],
  complex64: [8, 4, false], complex128: [16, 8, false],
  string: [16, 8, true], // {ptr, len}
  'unsafe.Pointer': [8, 8, true],
};

// Predeclared names that are not basic: they parse straight to their kind.
const NAMED_KINDS: Record<string, GoType> = {
  any: { kind: 'interface', text: 'any' },
  error: { kind: 'interface', text: 'error' },
};

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Size, alignment and pointer-ness of a Go type on amd64. */
export function goLayout(t: GoType): GoLayout {
  switch (t.kind) {
    case 'basic': {
      const b = Object.hasOwn(BASIC, t.name) ? BASIC[t.name] : undefined;
      if (!b) throw new RangeError(`unknown Go basic type '${t.name}'`);
      return { size: b[0], align: b[1], hasPointers: b[2] };
    }
    case 'string':
      return { size: 16, align: 8, hasPointers: true };
    case 'interface':
      return { size: 16, align: 8, hasPointers: true }; // {itab/type, data}
    case 'slice':
      return { size: 24, align: 8, hasPointers: true }; // {ptr, len, cap}
    case 'pointer':
    case 'map':
    case 'chan':
    case 'func':
      return { size: PTR, align: PTR, hasPointers: true };
    case 'array': {
      const e = goLayout(t.elem);
      // A zero-length array holds no pointers (PtrBytes == 0).
      return { size: e.size * t.len, align: e.align, hasPointers: t.len > 0 && e.hasPointers };
    }
    case 'struct': {
      let offset = 0;
      let align = 1;
      let hasPointers = false;
      const offsets: number[] = [];
      for (const f of t.fields) {
        const l = goLayout(f.type);
        offset = roundUp(offset, l.align);
        offsets.push(offset);
        offset += l.size;
        align = Math.max(align, l.align);
        hasPointers ||= l.hasPointers;
      }
      // A trailing zero-size field gets a padding byte so its address can't point
      // at the next object (issue 9401).
      const last = t.fields[t.fields.length - 1];
      if (offset > 0 && last && goLayout(last.type).size === 0) offset++;
      return { size: roundUp(offset, align), align, hasPointers, offsets };
    }
  }
}

/** Canonical Go spelling of a type (gofmt style: `struct{ a bool; b int64 }`). */
export function formatGoType(t: GoType): string {
  switch (t.kind) {
    case 'basic':
      return t.name;
    case 'pointer':
      return `*${formatGoType(t.elem)}`;
    case 'slice':
      return `[]${formatGoType(t.elem)}`;
    case 'array':
      return `[${t.len}]${formatGoType(t.elem)}`;
    case 'struct':
      return t.fields.length === 0
        ? 'struct{}'
        : `struct{ ${t.fields.map((f) => `${f.name} ${formatGoType(f.type)}`).join('; ')} }`;
    default:
      return t.text ?? (t.kind === 'interface' ? 'interface{}' : t.kind);
  }
}

// ---------------------------------------------------------------------------------------------
// Parser: a small recursive-descent parser over the source string.

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c) || c > '\x7f';
const isIdentPart = (c: string): boolean => /[A-Za-z0-9_]/.test(c) || c > '\x7f';

class GoParser extends TypeLexer {
  eat(s: string): boolean {
    this.skip();
    if (this.src.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }

  expect(s: string, what = `'${s}'`): void {
    if (!this.eat(s)) this.fail(`expected ${what}${this.found()}`);
  }

  found(): string {
    this.skip();
    return this.pos >= this.src.length ? ', found end of input' : `, found '${this.src[this.pos]}'`;
  }

  ident(): string | null {
    this.skip();
    if (!isIdentStart(this.src[this.pos] ?? '')) return null;
    const start = this.pos;
    while (this.pos < this.src.length && isIdentPart(this.src[this.pos])) this.pos++;
    return this.src.slice(start, this.pos);
  }

  // Keyword only if followed by a non-identifier character.
  keyword(k: string): boolean {
    this.skip();
    if (!this.src.startsWith(k, this.pos) || isIdentPart(this.src[this.pos + k.length] ?? '')) return false;
    this.pos += k.length;
    return true;
  }

  type(): GoType {
    const c = this.peek();
    const at = this.pos;
    if (c === '') this.fail('expected a type, found end of input');
    if (c === '*') {
      this.pos++;
      return { kind: 'pointer', elem: this.type() };
    }
    if (c === '(') {
      this.pos++;
      const t = this.type();
      this.expect(')');
      return t;
    }
    if (c === '[') {
      this.pos++;
      if (this.eat(']')) return { kind: 'slice', elem: this.type() };
      this.skip();
      const numAt = this.pos;
      const m = /^(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)/.exec(this.src.slice(this.pos));
      if (!m) this.fail(`expected array length${this.found()}`);
      this.pos += m[0].length;
      const len = Number(m[0].replace(/_/g, ''));
      if (!Number.isSafeInteger(len)) this.fail('array length too large', numAt);
      this.expect(']');
      return { kind: 'array', len, elem: this.type() };
    }
    if (this.src.startsWith('<-', this.pos)) {
      this.pos += 2;
      if (!this.keyword('chan')) this.fail(`expected 'chan'${this.found()}`);
      const elem = this.type();
      return { kind: 'chan', text: `<-chan ${formatGoType(elem)}` };
    }
    if (this.keyword('struct')) return this.struct();
    if (this.keyword('map')) {
      this.expect('[');
      const key = this.type();
      this.expect(']');
      const val = this.type();
      return { kind: 'map', text: `map[${formatGoType(key)}]${formatGoType(val)}` };
    }
    if (this.keyword('chan')) {
      const send = this.eat('<-');
      const elem = this.type();
      return { kind: 'chan', text: `chan${send ? '<-' : ''} ${formatGoType(elem)}` };
    }
    if (this.keyword('func')) return { kind: 'func', text: this.funcSignature() };
    if (this.keyword('interface')) {
      this.expect('{');
      const body = this.balanced('{', '}', this.pos - 1).trim().replace(/\s+/g, ' ');
      return { kind: 'interface', text: body ? `interface{ ${body} }` : 'interface{}' };
    }
    const name = this.ident();
    if (name === null) this.fail(`unexpected '${c}', expected a type`);
    if (name === 'unsafe' && this.eat('.')) {
      const sel = this.ident();
      if (sel !== 'Pointer') this.fail('only unsafe.Pointer is supported', at);
      return { kind: 'basic', name: 'unsafe.Pointer' };
    }
    // hasOwn, not `in`: 'toString' etc. must stay unknown.
    if (Object.hasOwn(BASIC, name)) return { kind: 'basic', name };
    if (Object.hasOwn(NAMED_KINDS, name)) return { ...NAMED_KINDS[name] };
    this.fail(`unknown type '${name}'`, at);
  }

  // Consumes up to the matching close bracket (the opener is already consumed) and returns the inside.
  balanced(open: string, close: string, openAt: number): string {
    let depth = 1;
    const start = this.pos;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === open) depth++;
      else if (c === close && --depth === 0) return this.src.slice(start, this.pos - 1);
    }
    this.fail(`unclosed '${open}'`, openAt);
  }

  // func(params) [result]: parameters are skipped, not checked (layout is 8 bytes regardless).
  funcSignature(): string {
    this.expect('(');
    const squash = (x: string): string => x.trim().replace(/\s+/g, ' ');
    let text = `func(${squash(this.balanced('(', ')', this.pos - 1))})`;
    // A result starts on the same line; inside a struct, ';' / newline / '}' / a tag end the field.
    this.skip(true);
    const c = this.src[this.pos] ?? '';
    if (c === '(') {
      this.pos++;
      text += ` (${squash(this.balanced('(', ')', this.pos - 1))})`;
    } else if (/[A-Za-z_*[<]/.test(c)) {
      text += ` ${formatGoType(this.type())}`;
    }
    return text;
  }

  struct(): GoType {
    this.expect('{');
    const fields: { name: string; type: GoType }[] = [];
    for (;;) {
      this.skip();
      while (this.eat(';')) this.skip();
      if (this.eat('}')) return { kind: 'struct', fields };
      if (this.pos >= this.src.length) this.fail("expected '}', found end of input");
      this.fieldDecl(fields);
      // Fields end at ';', a newline, or the closing brace.
      this.skip(true);
      const c = this.src[this.pos] ?? '';
      if (c === ';' || c === '\n') this.pos++;
      else if (c !== '}') this.fail(`expected ';' or '}' after field${this.found()}`);
    }
  }

  fieldDecl(fields: { name: string; type: GoType }[]): void {
    const at = (this.skip(), this.pos);
    if (this.peek() === '*') {
      // Embedded *T: the field is named after T.
      const t = this.type();
      fields.push({ name: formatGoType(t).replace(/^\*/, ''), type: t });
      this.tag();
      return;
    }
    const first = this.ident();
    if (first === null) this.fail(`expected field name${this.found()}`);
    const names = [first];
    while (this.eat(',')) {
      const n = this.ident();
      if (n === null) this.fail(`expected field name${this.found()}`);
      names.push(n);
    }
    this.skip(true);
    const c = this.src[this.pos] ?? '';
    if (names.length === 1 && (c === ';' || c === '\n' || c === '}' || c === '`' || c === '"' || c === '.')) {
      // Embedded field: a type name on its own.
      this.pos = at;
      const t = this.type();
      fields.push({ name: first === 'unsafe' ? 'Pointer' : first, type: t });
    } else {
      const t = this.type();
      for (const name of names) fields.push({ name, type: t });
    }
    this.tag();
  }

  // Optional struct tag: `...` or "...".
  tag(): void {
    this.skip(true);
    const q = this.src[this.pos];
    if (q !== '`' && q !== '"') return;
    const at = this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== q) this.pos += this.src[this.pos] === '\\' && q === '"' ? 2 : 1;
    if (this.pos >= this.src.length) this.fail('unterminated struct tag', at);
    this.pos++;
  }
}

/** Parses a Go type expression such as `[]*int` or `struct{ a bool; b int64 }`. */
export function parseGoType(src: string): GoType {
  const p = new GoParser(src);
  const t = p.type();
  p.skip();
  if (p.pos < src.length) p.fail(`unexpected '${src[p.pos]}' after type`);
  return t;
}

/** Layout facts of a slice element type, as growslice needs them. */
export function goElemInfo(elem: GoType): { size: number; hasPointers: boolean } {
  const l = goLayout(elem);
  return { size: l.size, hasPointers: l.hasPointers };
}

/**
 * Slice types offered by the UI. `src` is the whole slice type (parse it, then use `.elem`);
 * `label` is a short description.
 */
export const goTypePresets: readonly { label: string; src: string }[] = [
  { label: 'bytes (1 B)', src: '[]byte' },
  { label: 'int32 (4 B)', src: '[]int32' },
  { label: 'int (8 B)', src: '[]int' },
  { label: 'pointers (8 B, scanned)', src: '[]*int' },
  { label: 'strings (16 B, scanned)', src: '[]string' },
  { label: 'interfaces (16 B, scanned)', src: '[]any' },
  { label: 'points (16 B)', src: '[]struct{x, y float64}' },
  { label: 'padded struct (24 B)', src: '[]struct{a bool; b int64; c bool}' },
  { label: 'pointer + pad (24 B, scanned)', src: '[]struct{p *int; pad [16]byte}' },
  { label: 'slices (24 B, scanned)', src: '[][]int' },
  { label: '100-byte arrays', src: '[][100]byte' },
  { label: '1000-byte arrays', src: '[][1000]byte' },
  { label: 'empty structs (0 B)', src: '[]struct{}' },
];
