// Types of the interpreted Go subset. Layout (size, alignment, pointer-ness) comes from
// lib/go/types.ts (goLayout), so the interpreter and the growth models agree.

import { goLayout, type GoType } from '../types';

export type BasicKind =
  | 'bool' | 'string'
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64';

export type UntypedKind = 'untyped int' | 'untyped float' | 'untyped rune' | 'untyped string' | 'untyped bool' | 'untyped nil';

export interface Layout {
  size: number;
  align: number;
  ptr: boolean;
}

export type T =
  | { k: 'basic'; name: BasicKind; lay?: Layout; alias?: string }
  | { k: 'untyped'; name: UntypedKind; lay?: Layout }
  | { k: 'ptr'; elem: T; lay?: Layout }
  | { k: 'slice'; elem: T; lay?: Layout }
  | { k: 'array'; len: number; elem: T; lay?: Layout }
  | { k: 'map'; key: T; elem: T; lay?: Layout }
  | { k: 'struct'; fields: StructField[]; lay?: Layout; offsets?: number[] }
  | { k: 'named'; name: string; pkg: string; underlying: T; lay?: Layout; std?: StdTypeInfo }
  // any, error, io.Reader, io.Writer, and the program's interfaces: method names sorted, with their
  // signatures when known (sigs; the library's interfaces are matched by name).
  | { k: 'iface'; name: string; methods: string[]; sigs?: Record<string, T>; lay?: Layout; unions?: { tilde: boolean; type: T }[][]; comparableOnly?: boolean }
  | { k: 'func'; params: T[]; results: T[]; variadic: boolean; lay?: Layout }
  | { k: 'chan'; elem: T; dir: 'both' | 'send' | 'recv'; lay?: Layout }
  | { k: 'tuple'; types: T[]; lay?: Layout }
  | { k: 'invalid'; lay?: Layout };

export interface StructField {
  name: string;
  type: T;
  /** An embedded field (`T`, `*T`, `pkg.T`): its name is the type's name. */
  embedded?: boolean;
}

/** Library types (strings.Builder, bytes.Buffer, ...): their layout and whether values are pointers. */
export interface StdTypeInfo {
  size: number;
  align: number;
  ptr: boolean;
}

const basics = new Map<string, T>();
function basic(name: BasicKind): T {
  let t = basics.get(name);
  if (!t) {
    t = { k: 'basic', name };
    basics.set(name, t);
  }
  return t;
}

export const tBool = basic('bool');
export const tString = basic('string');
export const tInt = basic('int');
export const tInt8 = basic('int8');
export const tInt16 = basic('int16');
export const tInt32 = basic('int32');
export const tInt64 = basic('int64');
export const tUint = basic('uint');
export const tUint8 = basic('uint8');
export const tUint16 = basic('uint16');
export const tUint32 = basic('uint32');
export const tUint64 = basic('uint64');
export const tUintptr = basic('uintptr');
export const tFloat32 = basic('float32');
export const tFloat64 = basic('float64');
export const tInvalid: T = { k: 'invalid' };
/** byte and rune: the same types as uint8 and int32, spelled as written in compiler messages. */
export const tByte: T = { k: 'basic', name: 'uint8', alias: 'byte' };
export const tRune: T = { k: 'basic', name: 'int32', alias: 'rune' };

export const tUntypedInt: T = { k: 'untyped', name: 'untyped int' };
export const tUntypedFloat: T = { k: 'untyped', name: 'untyped float' };
export const tUntypedRune: T = { k: 'untyped', name: 'untyped rune' };
export const tUntypedString: T = { k: 'untyped', name: 'untyped string' };
export const tUntypedBool: T = { k: 'untyped', name: 'untyped bool' };
export const tUntypedNil: T = { k: 'untyped', name: 'untyped nil' };

export const tAny: T = { k: 'iface', name: 'any', methods: [] };
/** The predeclared constraint comparable (type parameters only). */
export const tComparable: T = { k: 'iface', name: 'comparable', methods: [], comparableOnly: true };
export const tError: T = { k: 'iface', name: 'error', methods: ['Error'], sigs: { Error: { k: 'func', params: [], results: [basic('string')], variadic: false } } };
export const tByteSlice: T = { k: 'slice', elem: tByte };

/** Predeclared type names. byte and rune are aliases of uint8 and int32. */
export const PREDECLARED_TYPES: Record<string, T> = {
  bool: tBool, string: tString, int: tInt, int8: tInt8, int16: tInt16, int32: tInt32, int64: tInt64,
  uint: tUint, uint8: tUint8, uint16: tUint16, uint32: tUint32, uint64: tUint64, uintptr: tUintptr,
  float32: tFloat32, float64: tFloat64, byte: tByte, rune: tRune, any: tAny, error: tError, comparable: tComparable,
};

export function underlying(t: T): T {
  while (t.k === 'named') t = t.underlying;
  return t;
}

export function isInteger(t: T): boolean {
  const u = underlying(t);
  if (u.k === 'untyped') return u.name === 'untyped int' || u.name === 'untyped rune';
  return u.k === 'basic' && INT_INFO[u.name] !== undefined;
}
export function isUnsigned(t: T): boolean {
  const u = underlying(t);
  return u.k === 'basic' && !!INT_INFO[u.name] && !INT_INFO[u.name].signed;
}
export function isFloat(t: T): boolean {
  const u = underlying(t);
  if (u.k === 'untyped') return u.name === 'untyped float';
  return u.k === 'basic' && (u.name === 'float32' || u.name === 'float64');
}
export function isNumeric(t: T): boolean {
  return isInteger(t) || isFloat(t);
}
export function isString(t: T): boolean {
  const u = underlying(t);
  return (u.k === 'basic' && u.name === 'string') || (u.k === 'untyped' && u.name === 'untyped string');
}
export function isBoolean(t: T): boolean {
  const u = underlying(t);
  return (u.k === 'basic' && u.name === 'bool') || (u.k === 'untyped' && u.name === 'untyped bool');
}
export function isUntyped(t: T): boolean {
  return t.k === 'untyped';
}
export function isInterface(t: T): boolean {
  return underlying(t).k === 'iface';
}

/** bits and signedness of each integer kind (int/uint are 64-bit on amd64). */
export const INT_INFO: Record<string, { bits: number; signed: boolean }> = {
  int: { bits: 64, signed: true }, int8: { bits: 8, signed: true }, int16: { bits: 16, signed: true },
  int32: { bits: 32, signed: true }, int64: { bits: 64, signed: true },
  uint: { bits: 64, signed: false }, uint8: { bits: 8, signed: false }, uint16: { bits: 16, signed: false },
  uint32: { bits: 32, signed: false }, uint64: { bits: 64, signed: false }, uintptr: { bits: 64, signed: false },
};

export function intInfo(t: T): { bits: number; signed: boolean } {
  const u = underlying(t);
  if (u.k === 'basic' && INT_INFO[u.name]) return INT_INFO[u.name];
  return INT_INFO.int;
}

// ---- layout ----

function toGoType(t: T): GoType {
  switch (t.k) {
    case 'basic':
      return { kind: 'basic', name: t.name };
    case 'untyped':
      return { kind: 'basic', name: t.name === 'untyped string' ? 'string' : t.name === 'untyped float' ? 'float64' : t.name === 'untyped bool' ? 'bool' : 'int' };
    case 'ptr':
    case 'chan':
    case 'map':
      return { kind: 'pointer', elem: { kind: 'basic', name: 'int' } };
    case 'slice':
      return { kind: 'slice', elem: { kind: 'basic', name: 'int' } };
    case 'array':
      return { kind: 'array', len: t.len, elem: toGoType(t.elem) };
    case 'struct':
      return { kind: 'struct', fields: t.fields.map((f) => ({ name: f.name, type: toGoType(f.type) })) };
    case 'named':
      return toGoType(t.underlying);
    case 'iface':
      return { kind: 'interface' };
    case 'func':
      return { kind: 'func' };
    default:
      return { kind: 'basic', name: 'int' };
  }
}

/** Size, alignment and pointer-ness on linux/amd64 (cached on the type). */
export function layout(t: T): Layout {
  if (t.lay) return t.lay;
  let lay: Layout;
  if (t.k === 'named' && t.std) lay = { size: t.std.size, align: t.std.align, ptr: t.std.ptr };
  else if (t.k === 'named') lay = layout(t.underlying);
  else if (t.k === 'array') {
    const e = layout(t.elem);
    lay = { size: e.size * t.len, align: e.align, ptr: t.len > 0 && e.ptr };
  } else if (t.k === 'struct' && t.fields.some((f) => f.type.k === 'named' && f.type.std)) {
    // Structs holding library types: lay fields out by hand.
    let off = 0;
    let align = 1;
    let ptr = false;
    const offsets: number[] = [];
    for (const f of t.fields) {
      const l = layout(f.type);
      off = Math.ceil(off / l.align) * l.align;
      offsets.push(off);
      off += l.size;
      align = Math.max(align, l.align);
      ptr ||= l.ptr;
    }
    t.offsets = offsets;
    lay = { size: Math.ceil(off / align) * align, align, ptr };
  } else if (t.k === 'tuple' || t.k === 'invalid') lay = { size: 0, align: 1, ptr: false };
  else {
    const g = goLayout(toGoType(t));
    lay = { size: g.size, align: g.align, ptr: g.hasPointers };
    if (t.k === 'struct') t.offsets = g.offsets;
  }
  t.lay = lay;
  return lay;
}

export function sizeof(t: T): number {
  return layout(t).size;
}
export function hasPointers(t: T): boolean {
  return layout(t).ptr;
}

// ---- identity and formatting ----

export function identical(a: T, b: T): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'basic':
      return a.name === (b as typeof a).name;
    case 'untyped':
      return a.name === (b as typeof a).name;
    case 'ptr':
    case 'slice':
      return identical(a.elem, (b as typeof a).elem);
    case 'chan':
      return a.dir === (b as typeof a).dir && identical(a.elem, (b as typeof a).elem);
    case 'map':
      return identical(a.key, (b as typeof a).key) && identical(a.elem, (b as typeof a).elem);
    case 'array':
      return a.len === (b as typeof a).len && identical(a.elem, (b as typeof a).elem);
    case 'struct': {
      const bf = (b as typeof a).fields;
      return a.fields.length === bf.length && a.fields.every((f, i) => f.name === bf[i].name && !f.embedded === !bf[i].embedded && identical(f.type, bf[i].type));
    }
    case 'named':
      return false; // named types are identical only to themselves
    case 'iface':
      return a.methods.length === (b as typeof a).methods.length && a.methods.every((m, i) => m === (b as typeof a).methods[i]);
    case 'func': {
      const bb = b as typeof a;
      return (
        a.variadic === bb.variadic &&
        a.params.length === bb.params.length &&
        a.results.length === bb.results.length &&
        a.params.every((p, i) => identical(p, bb.params[i])) &&
        a.results.every((p, i) => identical(p, bb.results[i]))
      );
    }
    default:
      return false;
  }
}

/**
 * Go spelling of a type. `qualify` = the runtime's form (`*main.Buf`, `[]uint8`), used in panics and
 * %T; otherwise the compiler's (`*Buf`, `[]byte`).
 */
export function typeString(t: T, qualify = false): string {
  switch (t.k) {
    case 'basic':
      return qualify ? t.name : (t.alias ?? t.name);
    case 'untyped':
      return t.name;
    case 'ptr':
      return '*' + typeString(t.elem, qualify);
    case 'slice':
      return '[]' + typeString(t.elem, qualify);
    case 'chan':
      return (t.dir === 'recv' ? '<-chan ' : t.dir === 'send' ? 'chan<- ' : 'chan ') + typeString(t.elem, qualify);
    case 'array':
      return `[${t.len}]` + typeString(t.elem, qualify);
    case 'map':
      return `map[${typeString(t.key, qualify)}]` + typeString(t.elem, qualify);
    case 'struct':
      return t.fields.length === 0 ? 'struct {}' : `struct { ${t.fields.map((f) => (f.embedded ? typeString(f.type, qualify) : `${f.name} ${typeString(f.type, qualify)}`)).join('; ')} }`;
    case 'named':
      if (t.pkg === 'main') return qualify ? `main.${t.name}` : t.name;
      return `${t.pkg}.${t.name}`;
    case 'iface':
      if (t.name === 'any') return qualify ? 'interface {}' : 'any';
      return t.name;
    case 'func': {
      const ps = t.params.map((p, i) => (t.variadic && i === t.params.length - 1 ? '...' + typeString((p as { elem: T }).elem, qualify) : typeString(p, qualify)));
      const rs = t.results.length === 0 ? '' : t.results.length === 1 ? ' ' + typeString(t.results[0], qualify) : ` (${t.results.map((r) => typeString(r, qualify)).join(', ')})`;
      return `func(${ps.join(', ')})${rs}`;
    }
    case 'tuple':
      return `(${t.types.map((x) => typeString(x, qualify)).join(', ')})`;
    default:
      return 'invalid type';
  }
}

/** Default type of an untyped constant kind. */
export function defaultType(t: T): T {
  if (t.k !== 'untyped') return t;
  switch (t.name) {
    case 'untyped int':
      return tInt;
    case 'untyped float':
      return tFloat64;
    case 'untyped rune':
      return tRune;
    case 'untyped string':
      return tString;
    case 'untyped bool':
      return tBool;
    default:
      return t;
  }
}

/** Comparable with == (slices, funcs only against nil). */
export function comparable(t: T): boolean {
  const u = underlying(t);
  switch (u.k) {
    case 'slice':
    case 'func':
    case 'map':
      return false;
    case 'struct':
      return u.fields.every((f) => comparable(f.type));
    case 'array':
      return comparable(u.elem);
    default:
      return true;
  }
}

/** Pointer-shaped types: stored directly in an interface's data word (no allocation to box). */
export function isPointerShaped(t: T): boolean {
  const u = underlying(t);
  if (u.k === 'ptr' || u.k === 'func' || u.k === 'chan' || u.k === 'map') return true;
  if (t.k === 'named' && t.std) return false;
  if (u.k === 'struct') return u.fields.length === 1 && isPointerShaped(u.fields[0].type);
  if (u.k === 'array') return u.len === 1 && isPointerShaped(u.elem);
  return false;
}
