// Expressions → closures: constants, variables, operators, indexing, slicing, literals,
// conversions, interface boxing (convT rules) and type assertions. Calls: compile-call.ts.

import type * as A from './ast';
import { unparen, type ConstVal, type Info } from './check';
import { missingMethod } from './check/interfaces';
import { funcLit, funcValue, methodValue } from './compile-func';
import { BOX_KEY, concatOperands } from './escape';
import { compileCall } from './compile-call';
import { compileMapIndex, compileMapLit } from './lib-map';
import type { Compiler, Ev, Frame } from './compile';
import { decodeFirstRune } from './parse';
import { add64, addU64, and64, andNot64, andNotU64, andU64, div64, divU64, divZero, mod64, mul64, mulU64, neg64, negU64, norm, not64, notU64, or64, orU64, shl64, shr64, sub64, subU64, toFloat, toInt, wrapBits, xor64, xorU64, type I64 } from './ops';
import { bytesToStr, bytesToString, cloneFn, constStrToBytes, copyIntoFn, heapString, isAggregate, newData, strToBytes, zeroFn, zeroValue } from './mem';
import { BuilderObj, BufferObj, ErrorVal, isLibError } from './lib-std';
import { isErrorValType } from './std';
import { encodeRune } from './format';
import { hasPointers, identical, intInfo, isFloat, isInteger, isInterface, isPointerShaped, isString, isUnsigned, layout, sizeof, typeString, underlying, type T } from './types';
import { EMPTY_STR, Fn, GoPanicSignal, HeapObj, Iface, NIL_SLICE, Ptr, Slice, Str } from './values';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

export function compileExpr(c: Compiler, e: A.Expr): Ev {
  const ov = c.overrides.get(e.id); // a defer's argument, evaluated at the defer statement
  if (ov) return ov;
  const info = c.info;
  const boxT = info.toIface[e.id];
  const raw = compileRaw(c, e);
  if (!boxT) return raw;
  return boxValue(c, raw, boxT, e, info.consts[e.id] !== undefined);
}

/** The value of a constant of type t. */
export function constValue(v: ConstVal, t: T): unknown {
  const u = underlying(t);
  if (v.k === 'string') return new Str(v.v, null);
  if (v.k === 'bool') return v.v;
  if (u.k === 'iface') {
    // untyped constant stored in an interface: boxed by boxValue
    return v.k === 'int' ? Number(v.v) : v.v;
  }
  if (v.k === 'int') {
    if (isFloat(t)) return u.k === 'basic' && u.name === 'float32' ? Math.fround(Number(v.v)) : Number(v.v);
    return norm(v.v); // 64-bit values beyond 2^53 stay exact as bigints
  }
  if (isInteger(t)) return Math.trunc(v.v);
  return u.k === 'basic' && u.name === 'float32' ? Math.fround(v.v) : v.v;
}

/** An expression without its implicit conversion to an interface (what a hoisted temporary holds). */
export function compileRawExpr(c: Compiler, e: A.Expr): Ev {
  return compileRaw(c, e);
}

function compileRaw(c: Compiler, e: A.Expr): Ev {
  const info = c.info;
  const slot = c.hoisted.get(e.id);
  if (slot !== undefined) return (f) => f[slot];
  const cv = info.consts[e.id];
  if (cv !== undefined && e.kind !== 'FuncLit') {
    const t = info.types[e.id] ?? { k: 'invalid' };
    const v = constValue(cv, t.k === 'untyped' ? (cv.k === 'float' ? { k: 'basic', name: 'float64' } : { k: 'basic', name: 'int' }) : t);
    return () => v;
  }
  switch (e.kind) {
    case 'Paren':
      return compileRaw(c, e.x);
    case 'Ident':
      return ident(c, e);
    case 'IntLit':
    case 'FloatLit':
    case 'RuneLit':
    case 'StrLit':
      return () => 0; // folded above
    case 'Selector':
      return selector(c, e);
    case 'Index':
      return index(c, e);
    case 'SliceExpr':
      return sliceExpr(c, e);
    case 'TypeAssert':
      return typeAssert(c, e, false);
    case 'Call':
      return compileCall(c, e);
    case 'Unary':
      return unary(c, e);
    case 'Binary':
      return binary(c, e);
    case 'CompositeLit':
      return compositeLit(c, e, c.typeOf(e));
    case 'FuncLit':
      return funcLit(c, e);
    default:
      throw new CompileError(e, `unsupported expression`);
  }
}

export class CompileError extends Error {
  constructor(
    readonly node: { from: number; to: number },
    message: string,
  ) {
    super(message);
  }
}

function ident(c: Compiler, e: A.Ident): Ev {
  const o = c.info.uses[e.id];
  if (!o) throw new CompileError(e, `undefined: ${e.name}`);
  switch (o.kind) {
    case 'var':
      return c.varGet(o);
    case 'nil': {
      const t = c.typeOf(e);
      if (underlying(t).k === 'slice') return () => NIL_SLICE;
      return () => null;
    }
    case 'func':
      return funcValue(c, o.info);
    default:
      throw new CompileError(e, `${e.name} is not a value`);
  }
}

// ---- places (addressable expressions) ----

/**
 * A pointer to the location an addressable expression denotes: Ptr(container, index, owner) for
 * scalars, Ptr(aggregate, -1, owner) for structs and arrays. Used for &x, op=, ++ and method receivers.
 */
export function place(c: Compiler, e: A.Expr): Ev {
  const x = unparen(e);
  const info = c.info;
  const line = c.line(x);
  switch (x.kind) {
    case 'Ident': {
      const o = info.uses[x.id] ?? info.defs[x.id];
      if (o?.kind !== 'var') throw new CompileError(x, 'cannot take the address');
      if (o.global || c.isBoxed(o)) return c.varAddr(o);
      // An unboxed local (only reached for op= on plain variables): a pointer into the frame.
      const s = c.slotOf(o);
      if (isAggregate(o.type)) return (f) => new Ptr(f[s], -1, null);
      return (f) => new Ptr(f, s, null);
    }
    case 'Selector': {
      const sel = info.sels[x.id];
      if (sel?.k === 'field') {
        const idx = sel.index;
        const ft = c.typeOf(x);
        const agg = isAggregate(ft);
        if (sel.ptr) {
          const p = c.expr(x.x);
          return (f) => {
            const pp = p(f) as Ptr | null;
            if (pp === null) c.panicAt(line, NIL_DEREF, true);
            const st = pp.c as unknown[];
            return agg ? new Ptr(st[idx], -1, pp.o) : new Ptr(st, idx, pp.o);
          };
        }
        const base = place(c, x.x);
        return (f) => {
          const bp = base(f) as Ptr;
          const st = (bp.k === -1 ? bp.c : bp.c[bp.k]) as unknown[];
          return agg ? new Ptr(st[idx], -1, bp.o) : new Ptr(st, idx, bp.o);
        };
      }
      if (sel?.k === 'pkg') {
        const v = compileRaw(c, x);
        const box = [null as unknown];
        return (f) => {
          box[0] = v(f);
          return new Ptr(box, 0, null);
        };
      }
      if (sel?.k === 'memstats') {
        const base = sel.ptr ? c.expr(x.x) : place(c, x.x);
        const name = x.sel;
        return (f) => {
          const bp = base(f) as Ptr;
          const ms = bp.c as { f: Record<string, number> };
          return new Ptr(ms.f, name as unknown as number, bp.o);
        };
      }
      throw new CompileError(x, 'cannot take the address');
    }
    case 'Index': {
      const xt = c.typeOf(x.x);
      const u = underlying(xt);
      const idx = c.expr(x.index);
      const et = c.typeOf(x);
      const agg = isAggregate(et);
      if (u.k === 'slice') {
        const s = c.expr(x.x);
        return (f) => {
          const sl = s(f) as Slice;
          const i = idx(f) as number;
          if (i < 0 || i >= sl.len) c.boundsPanic(line, indexMsg(i, sl.len));
          const d = sl.d as unknown[];
          return agg ? new Ptr(d[sl.off + i], -1, sl.o) : new Ptr(d, sl.off + i, sl.o);
        };
      }
      if (u.k === 'array' || (u.k === 'ptr' && underlying(u.elem).k === 'array')) {
        const isPtr = u.k === 'ptr';
        const len = isPtr ? (underlying((u as { elem: T }).elem) as { len: number }).len : (u as { len: number }).len;
        const base = isPtr ? c.expr(x.x) : place(c, x.x);
        return (f) => {
          const bp = base(f) as Ptr | null;
          if (bp === null) c.panicAt(line, NIL_DEREF, true);
          const arr = (bp.k === -1 ? bp.c : bp.c[bp.k]) as unknown[];
          const i = idx(f) as number;
          if (i < 0 || i >= len) c.boundsPanic(line, indexMsg(i, len));
          return agg ? new Ptr(arr[i], -1, bp.o) : new Ptr(arr, i, bp.o);
        };
      }
      throw new CompileError(x, 'cannot take the address');
    }
    case 'Unary':
      if (x.op === '*') {
        const p = c.expr(x.x);
        return (f) => {
          const pp = p(f) as Ptr | null;
          if (pp === null) c.panicAt(line, NIL_DEREF, true);
          return pp;
        };
      }
      throw new CompileError(x, 'cannot take the address');
    case 'CompositeLit': {
      const v = c.expr(x);
      return (f) => new Ptr(v(f), -1, null);
    }
    default:
      throw new CompileError(x, 'cannot take the address');
  }
}

export function indexMsg(i: number, len: number): string {
  if (i < 0) return `runtime error: index out of range [${i}]`;
  return `runtime error: index out of range [${i}] with length ${len}`;
}

// ---- selectors, indexing, slicing ----

function selector(c: Compiler, e: A.Selector): Ev {
  const info = c.info;
  const sel = info.sels[e.id];
  const line = c.line(e);
  if (!sel) throw new CompileError(e, 'unsupported selector');
  if (sel.k === 'pkg') {
    const m = sel.member;
    if (m.kind === 'var') {
      const v = stdVar(m.pkg, m.name);
      return () => v;
    }
    throw new CompileError(e, `${m.pkg}.${m.name} is not a value (call it)`);
  }
  if (sel.k === 'method') throw new CompileError(e, 'method values are not supported (call the method)');
  if (sel.k === 'imethod') throw new CompileError(e, 'method values of interfaces (x.M without calling it) are not supported yet: call the method');
  if (sel.k === 'umethod') return methodValue(c, e, sel.fn, sel.how);
  if (sel.k === 'mexpr') {
    const fv = funcValue(c, sel.fn);
    const recvT = (underlying(c.typeOf(e)) as { params: T[] }).params[0];
    if (sel.fn.recv!.ptr || underlying(recvT).k !== 'ptr') return fv;
    // (*T).m of a value method: a wrapper that loads *p (the compiler's (*T).m wrapper).
    const rt = sel.fn.recv!.base;
    const agg = isAggregate(rt);
    const clone = agg ? cloneFn(rt) : null;
    let w: Fn | null = null;
    return (f) => {
      if (!w) {
        const inner = fv(f) as Fn;
        w = new Fn((args) => {
          const p = args[0] as Ptr | null;
          if (p === null) c.panicAt(c.curLine, 'value method main.' + sel.fn.name + ' called using nil *' + typeString(rt) + ' pointer');
          return inner.call([clone ? clone(p.c) : p.c[p.k], ...args.slice(1)]);
        }, null, null, sel.fn.name);
      }
      return w;
    };
  }
  if (sel.k === 'memstats') {
    const x = c.expr(e.x);
    const name = e.sel;
    return (f) => {
      let v = x(f) as { f: Record<string, number> } | Ptr | null;
      if (v instanceof Ptr) v = v.c;
      if (v === null) c.panicAt(line, NIL_DEREF, true);
      return (v as { f: Record<string, number> }).f[name] ?? 0;
    };
  }
  const idx = sel.index;
  const x = c.expr(e.x);
  if (sel.structType.k === 'named' && (sel.structType as { std?: unknown }).std) {
    // sync.Pool's New field
    return (f) => {
      let v = x(f) as { New: Fn | null } | Ptr | null;
      if (v instanceof Ptr) v = v.c;
      if (v === null) c.panicAt(line, NIL_DEREF, true);
      return (v as { New: Fn | null }).New;
    };
  }
  if (sel.ptr) {
    return (f) => {
      const p = x(f) as Ptr | null;
      if (p === null) c.panicAt(line, NIL_DEREF, true);
      return (p.c as unknown[])[idx];
    };
  }
  return (f) => (x(f) as unknown[])[idx];
}

const bytesOf = (s: Str, i: number) => s.s.charCodeAt(i);

function index(c: Compiler, e: A.Index): Ev {
  const xt = c.typeOf(e.x);
  const u = underlying(xt);
  if (u.k === 'map') return compileMapIndex(c, e); // lib-map.ts
  const line = c.line(e);
  const x = c.expr(e.x);
  const cvi = c.info.consts[e.index.id];
  if (u.k === 'slice') {
    if (cvi !== undefined) {
      const i = Number((cvi as { v: bigint }).v);
      return (f) => {
        const s = x(f) as Slice;
        if (i >= s.len) c.boundsPanic(line, indexMsg(i, s.len));
        return (s.d as unknown[])[s.off + i];
      };
    }
    const idx = c.expr(e.index);
    return (f) => {
      const s = x(f) as Slice;
      const i = idx(f) as number;
      if (i < 0 || i >= s.len) c.boundsPanic(line, indexMsg(i, s.len));
      return (s.d as unknown[])[s.off + i];
    };
  }
  const idx = c.expr(e.index);
  if (u.k === 'array') {
    const len = u.len;
    return (f) => {
      const a = x(f) as unknown[];
      const i = idx(f) as number;
      if (i < 0 || i >= len) c.boundsPanic(line, indexMsg(i, len));
      return a[i];
    };
  }
  if (u.k === 'ptr') {
    const len = (underlying(u.elem) as { len: number }).len;
    return (f) => {
      const p = x(f) as Ptr | null;
      if (p === null) c.panicAt(line, NIL_DEREF, true);
      const a = (p.k === -1 ? p.c : p.c[p.k]) as unknown[];
      const i = idx(f) as number;
      if (i < 0 || i >= len) c.boundsPanic(line, indexMsg(i, len));
      return a[i];
    };
  }
  if (isString(xt)) {
    return (f) => {
      const s = x(f) as Str;
      const i = idx(f) as number;
      if (i < 0 || i >= s.s.length) c.boundsPanic(line, indexMsg(i, s.s.length));
      return bytesOf(s, i);
    };
  }
  throw new CompileError(e, 'cannot index');
}

function sliceMsg(kind: 'len' | 'cap', lo: number | null, hi: number, max: number | null, bound: number, three: boolean): string {
  void lo;
  void max;
  if (three) return `runtime error: slice bounds out of range [::${hi}] with ${kind === 'cap' ? 'capacity' : 'length'} ${bound}`;
  return `runtime error: slice bounds out of range [:${hi}] with ${kind === 'cap' ? 'capacity' : 'length'} ${bound}`;
}

/** Bounds checks in the runtime's order (panicSlice*): high against cap/len, then low against high. */
function checkSlice(c: Compiler, line: number, lo: number, hi: number, max: number, bound: number, kind: 'len' | 'cap', three: boolean): void {
  if (three) {
    if (max < 0 || max > bound) c.boundsPanic(line, max < 0 ? `runtime error: slice bounds out of range [::${max}]` : `runtime error: slice bounds out of range [::${max}] with ${kind === 'cap' ? 'capacity' : 'length'} ${bound}`);
    if (hi < 0 || hi > max) c.boundsPanic(line, hi < 0 ? `runtime error: slice bounds out of range [:${hi}:]` : `runtime error: slice bounds out of range [:${hi}:${max}]`);
    if (lo < 0 || lo > hi) c.boundsPanic(line, lo < 0 ? `runtime error: slice bounds out of range [${lo}::]` : `runtime error: slice bounds out of range [${lo}:${hi}:]`);
    return;
  }
  if (hi < 0 || hi > bound) c.boundsPanic(line, hi < 0 ? `runtime error: slice bounds out of range [:${hi}]` : sliceMsg(kind, lo, hi, null, bound, false));
  if (lo < 0 || lo > hi) c.boundsPanic(line, lo < 0 ? `runtime error: slice bounds out of range [${lo}:]` : `runtime error: slice bounds out of range [${lo}:${hi}]`);
}

function sliceExpr(c: Compiler, e: A.SliceExpr): Ev {
  const xt = c.typeOf(e.x);
  const u = underlying(xt);
  const line = c.line(e);
  const lo = e.lo ? c.expr(e.lo) : null;
  const hi = e.hi ? c.expr(e.hi) : null;
  const max = e.max ? c.expr(e.max) : null;
  const three = e.three;
  if (isString(xt)) {
    const x = c.expr(e.x);
    return (f) => {
      const s = x(f) as Str;
      const n = s.s.length;
      const l = lo ? (lo(f) as number) : 0;
      const h = hi ? (hi(f) as number) : n;
      checkSlice(c, line, l, h, h, n, 'len', false);
      if (l === 0 && h === n) return s;
      return new Str(s.s.slice(l, h), h > l ? s.o : s.o);
    };
  }
  if (u.k === 'slice') {
    const x = c.expr(e.x);
    return (f) => {
      const s = x(f) as Slice;
      const l = lo ? (lo(f) as number) : 0;
      const h = hi ? (hi(f) as number) : s.len;
      const mx = max ? (max(f) as number) : s.cap;
      checkSlice(c, line, l, h, mx, s.cap, 'cap', three);
      if (s.d === null) return l === 0 && h === 0 ? s : new Slice(null, null, 0, h - l, mx - l);
      return new Slice(s.d, s.o, s.off + l, h - l, mx - l);
    };
  }
  // arrays (addressable) and pointers to arrays
  const isPtr = u.k === 'ptr';
  const len = isPtr ? (underlying((u as { elem: T }).elem) as { len: number }).len : (u as { len: number }).len;
  const base = isPtr ? c.expr(e.x) : place(c, e.x);
  return (f) => {
    const bp = base(f) as Ptr | null;
    if (bp === null) c.panicAt(line, NIL_DEREF, true);
    const arr = (bp.k === -1 ? bp.c : bp.c[bp.k]) as unknown[];
    const l = lo ? (lo(f) as number) : 0;
    const h = hi ? (hi(f) as number) : len;
    const mx = max ? (max(f) as number) : len;
    checkSlice(c, line, l, h, mx, len, 'len', three);
    return new Slice(arr as never, bp.o, l, h - l, mx - l);
  };
}

// ---- interfaces ----

/** convT: the value in an interface; allocates a box unless the runtime avoids it. */
export function boxValue(c: Compiler, raw: Ev, t: T, e: A.Expr, isConst: boolean): Ev {
  if (isInterface(t)) return raw;
  if (isPointerShaped(t)) return (f) => new Iface(t, raw(f), null);
  const m = c.m;
  const line = c.line(e);
  const size = sizeof(t);
  const u = underlying(t);
  const noscan = !hasPointers(t);
  if (isConst || size === 0) return (f) => new Iface(t, raw(f), null); // static data
  const heap = c.siteHeap(BOX_KEY + e.id);
  const desc = c.src.slice(e.from, e.to).replace(/\s+/g, ' ');
  if (!heap) return (f) => new Iface(t, isAggregate(t) ? cloneFn(t)(raw(f)) : raw(f), null);
  const site = c.site(line, 'heap', `${desc} escapes to heap (converted to an interface)`);
  const alloc = (v: unknown): HeapObj => m.malloc(size, noscan, site, line, noscan ? 0 : 2, v, t);
  if (u.k === 'basic' && size === 1) return (f) => new Iface(t, raw(f), null); // staticuint64s
  const cl = isAggregate(t) ? cloneFn(t) : (v: unknown) => v;
  const free = staticBox(t);
  return (f) => {
    const v = cl(raw(f));
    return new Iface(t, v, free?.(v) ? null : alloc(v));
  };
}

/**
 * walk's dataWordFuncName: values the runtime boxes without allocating. A type of size 2, 4 or 8
 * with that alignment and no pointers goes through convT16/32/64 (bits below 256 use
 * staticuint64s: small integers, a struct{X int}{5}, 0.0); a sole string or slice component through
 * convTstring/convTslice ("" and nil use zeroVal). null: convT always allocates.
 */
function staticBox(t: T): ((v: unknown) => boolean) | null {
  const { size, align, ptr } = layout(t);
  let depth = 0;
  let c = underlying(t);
  for (;;) {
    if (c.k === 'struct' && c.fields.length === 1) c = underlying(c.fields[0].type);
    else if (c.k === 'array' && c.len === 1) c = underlying(c.elem);
    else break;
    depth++;
  }
  const sole = (v: unknown) => {
    for (let i = 0; i < depth; i++) v = (v as ArrayLike<unknown>)[0];
    return v;
  };
  if (!ptr && size === align && (size === 2 || size === 4 || size === 8)) {
    if (c.k !== 'basic') return null;
    const name = c.name;
    return (v) => {
      const x = sole(v);
      if (name === 'float64' || name === 'float32') {
        const dv = new DataView(new ArrayBuffer(8));
        if (name === 'float64') dv.setFloat64(0, x as number, true);
        else dv.setFloat32(0, x as number, true);
        return dv.getBigUint64(0, true) < 256n;
      }
      return BigInt.asUintN(size * 8, BigInt(x as number | bigint)) < 256n;
    };
  }
  if (c.k === 'basic' && c.name === 'string') return (v) => (sole(v) as Str).s.length === 0;
  if (c.k === 'slice') return (v) => (sole(v) as Slice).d === null;
  return null;
}

function ifaceName(t: T): string {
  const u = underlying(t);
  if (u.k === 'iface' && u.name === 'any') return 'interface {}';
  return typeString(t, true);
}

export function typeAssert(c: Compiler, e: A.TypeAssert, commaOk: boolean): Ev {
  const x = c.expr(e.x);
  const target = c.typeOf(e);
  const src = c.typeOf(e.x);
  const line = c.line(e);
  const zero = zeroFn(target);
  if (isInterface(target)) {
    const tu = underlying(target) as Extract<T, { k: 'iface' }>;
    const missing = (t: T): string | null => {
      if (tu.methods.length === 0 || implementsIface(t, tu.name)) return null;
      if (!tu.sigs) return tu.methods[0];
      const why = missingMethod(c.info, t, target);
      return why === null ? null : (tu.methods.find((m) => why.includes(` ${m})`) || why.includes(` ${m} `)) ?? tu.methods[0]);
    };
    return (f) => {
      const v = x(f) as Iface | null;
      const miss = v === null ? '' : missing(v.t);
      const ok = v !== null && miss === null;
      if (commaOk) return [ok ? v : null, ok];
      if (!ok) {
        if (v === null) c.assertPanic(line, `interface conversion: interface is nil, not ${typeString(target, true)}`);
        c.assertPanic(line, `interface conversion: ${typeString(v.t, true)} is not ${typeString(target, true)}: missing method ${miss}`);
      }
      return v;
    };
  }
  return (f) => {
    const v = x(f) as Iface | null;
    const ok = v !== null && identical(v.t, target);
    if (commaOk) return [ok ? v!.v : zero(), ok];
    if (!ok) {
      if (v === null) c.assertPanic(line, `interface conversion: ${ifaceName(src)} is nil, not ${typeString(target, true)}`);
      c.assertPanic(line, `interface conversion: ${ifaceName(src)} is ${typeString(v.t, true)}, not ${typeString(target, true)}`);
    }
    return v.v;
  };
}

function implementsIface(t: T, name: string): boolean {
  if (name === 'error') return isErrorValType(t) || isLibError(t);
  if (name === 'io.Reader' || name === 'io.Writer') return t.k === 'ptr' || (t.k === 'named' && t.pkg === 'io');
  return false;
}

// ---- unary and binary operators ----

function unary(c: Compiler, e: A.Unary): Ev {
  const t = c.typeOf(e);
  const line = c.line(e);
  switch (e.op) {
    case '&': {
      const x = unparen(e.x);
      if (x.kind === 'CompositeLit') return addrOfLiteral(c, e, x);
      return place(c, e.x);
    }
    case '*': {
      const p = c.expr(e.x);
      const agg = isAggregate(t);
      return (f) => {
        const pp = p(f) as Ptr | null;
        if (pp === null) c.panicAt(line, NIL_DEREF, true);
        return agg ? pp.c : pp.c[pp.k];
      };
    }
    case '<-':
      throw new CompileError(e, 'a channel receive is not supported here (inside a library callback or a package initializer)');
    case '+':
      return c.expr(e.x);
    case '-': {
      const x = c.expr(e.x);
      if (isFloat(t)) return (f) => -(x(f) as number);
      const { bits, signed } = intInfo(t);
      if (bits === 64) return signed ? (f) => neg64(x(f) as I64) : (f) => negU64(x(f) as I64);
      return (f) => wrapBits(-(x(f) as number), bits, signed);
    }
    case '!': {
      const x = c.expr(e.x);
      return (f) => !x(f);
    }
    case '^': {
      const x = c.expr(e.x);
      const { bits, signed } = intInfo(t);
      if (bits === 64) return signed ? (f) => not64(x(f) as I64) : (f) => notU64(x(f) as I64);
      return (f) => wrapBits(~(x(f) as number), bits, signed);
    }
  }
  throw new CompileError(e, `operator ${e.op} not supported`);
}

function addrOfLiteral(c: Compiler, e: A.Unary, lit: A.CompositeLit): Ev {
  const t = c.typeOf(lit);
  const v = compositeLit(c, lit, t);
  return newObject(c, e, t, v);
}

/** new(T) / &T{...}: a heap object when the site escapes, else a stack slot. */
export function newObject(c: Compiler, site: A.Expr, t: T, init: Ev | null): Ev {
  const m = c.m;
  const line = c.line(site);
  const heap = c.siteHeap(site.id);
  const size = sizeof(t);
  const noscan = !hasPointers(t);
  const agg = isAggregate(t);
  const zero = zeroFn(t);
  const desc = siteDesc(c, site);
  const sid = c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap' : 'does not escape'}${c.siteReason(site.id) ? ': ' + c.siteReason(site.id) : ''}`);
  const stdScan = t.k === 'named' && !!t.std;
  return (f) => {
    const v = init ? init(f) : zero();
    const container = agg ? v : [v];
    let o: HeapObj | null = null;
    if (heap) {
      o = m.malloc(size, noscan, sid, line, noscan ? 0 : agg && !stdScan ? 2 : 3, container, t);
      if (o.scanKind === 3) {
        const cc = container as unknown[];
        o.scanFn = stdScan ? (mk) => (cc as unknown as { scan(m: unknown): void }).scan(mk) : (mk) => mk.markValue(cc[0], t);
      }
    } else if (size > 0) m.stackAlloc(size, sid, line);
    return new Ptr(container, agg ? -1 : 0, o);
  };
}

export function siteDesc(c: Compiler, n: A.Expr): string {
  const t = c.typeOf(n);
  if (n.kind === 'Unary') return `&${typeString(c.typeOf(unparen(n.x)))}{...}`;
  if (n.kind === 'CompositeLit') return `${typeString(t)}{...}`;
  if (n.kind === 'Call') {
    const ck = c.info.calls[n.id];
    if (ck?.k === 'builtin' && ck.name === 'new') return `new(${typeString((underlying(t) as { elem: T }).elem)})`;
    if (ck?.k === 'builtin' && ck.name === 'make') {
      const args = n.args.slice(1).map((a) => {
        const cv = c.info.consts[a.id];
        return cv && cv.k === 'int' ? cv.v.toString() : c.src.slice(a.from, a.to).replace(/\s+/g, ' ');
      });
      return `make(${[typeString(t), ...args].join(', ')})`;
    }
  }
  return c.src.slice(n.from, n.to).replace(/\s+/g, ' ');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BinFn = (a: any, b: any) => any;

function intOp(op: string, bits: number, signed: boolean, line: number, c: Compiler): BinFn {
  if (bits === 64) {
    if (signed) {
      switch (op) {
        case '+': return add64;
        case '-': return sub64;
        case '*': return mul64;
        case '/': return (a, b) => (b === 0 ? zdiv(c, line) : div64(a, b));
        case '%': return (a, b) => (b === 0 ? zdiv(c, line) : mod64(a, b));
        case '&': return and64;
        case '|': return or64;
        case '^': return xor64;
        case '&^': return andNot64;
        case '<<': return (a, b) => shl64(a, b, false);
        case '>>': return shr64;
      }
    } else {
      switch (op) {
        case '+': return addU64;
        case '-': return subU64;
        case '*': return mulU64;
        case '/': return (a, b) => (b === 0 ? zdiv(c, line) : divU64(a, b));
        case '%': return (a, b) => (b === 0 ? zdiv(c, line) : mod64(a, b));
        case '&': return andU64;
        case '|': return orU64;
        case '^': return xorU64;
        case '&^': return andNotU64;
        case '<<': return (a, b) => shl64(a, b, true);
        case '>>': return shr64;
      }
    }
  }
  const w = (x: number) => wrapBits(x, bits, signed);
  switch (op) {
    case '+': return (a, b) => w(a + b);
    case '-': return (a, b) => w(a - b);
    case '*': return bits === 32 ? (signed ? (a, b) => Math.imul(a, b) : (a, b) => Math.imul(a, b) >>> 0) : (a, b) => w(Math.imul(a, b));
    case '/': return (a, b) => (b === 0 ? zdiv(c, line) : w(Math.trunc(a / b)));
    case '%': return (a, b) => (b === 0 ? zdiv(c, line) : w(a % b));
    case '&': return (a, b) => w(a & b);
    case '|': return (a, b) => w(a | b);
    case '^': return (a, b) => w(a ^ b);
    case '&^': return (a, b) => w(a & ~b);
    case '<<': return (a, b) => (b < 0 ? negShift(c, line) : b >= bits ? 0 : w(bits === 32 ? a << b : a * 2 ** b));
    case '>>': return (a, b) => (b < 0 ? negShift(c, line) : b >= bits ? (signed && a < 0 ? -1 : 0) : signed ? Math.floor(a / 2 ** b) : Math.floor(a / 2 ** b));
  }
  throw new Error(`bad int op ${op}`);
}

function zdiv(c: Compiler, line: number): never {
  c.m.panicLine = line;
  return divZero();
}
function negShift(c: Compiler, line: number): never {
  c.panicAt(line, 'runtime error: negative shift amount');
}

export function arith(c: Compiler, op: string, t: T, line: number): (a: unknown, b: unknown) => unknown {
  if (isString(t)) {
    if (op === '+') return (a, b) => new Str((a as Str).s + (b as Str).s, null);
    throw new Error('bad string op');
  }
  if (isFloat(t)) {
    const f32 = (underlying(t) as { name: string }).name === 'float32';
    const r = f32 ? Math.fround : (x: number) => x;
    switch (op) {
      case '+': return (a, b) => r((a as number) + (b as number));
      case '-': return (a, b) => r((a as number) - (b as number));
      case '*': return (a, b) => r((a as number) * (b as number));
      case '/': return (a, b) => r((a as number) / (b as number));
    }
  }
  const { bits, signed } = intInfo(t);
  return intOp(op, bits, signed, line, c) as (a: unknown, b: unknown) => unknown;
}

/** Equality with Go semantics (structs and arrays field by field, interfaces by dynamic type and value). */
export function equalFn(t: T, c: Compiler | null = null, line = 0): (a: unknown, b: unknown) => boolean {
  const u = underlying(t);
  switch (u.k) {
    case 'basic':
      if (u.name === 'string') return (a, b) => (a as Str).s === (b as Str).s;
      return (a, b) => a === b;
    case 'ptr':
      return (a, b) => {
        const p = a as Ptr | null;
        const q = b as Ptr | null;
        if (p === null || q === null) return p === q;
        return p.c === q.c && p.k === q.k;
      };
    case 'slice':
      return (a, b) => (a as Slice).d === null && (b as Slice).d === null;
    case 'func':
      return (a, b) => a === b;
    case 'iface':
      return (a, b) => {
        const x = a as Iface | null;
        const y = b as Iface | null;
        if (x === null || y === null) return x === y;
        if (!identical(x.t, y.t)) return false;
        const xu = underlying(x.t);
        if (xu.k === 'slice' || xu.k === 'func' || xu.k === 'map') {
          if (c) c.panicAt(line, `runtime error: comparing uncomparable type ${typeString(x.t, true)}`);
          return false;
        }
        if (x.v instanceof ErrorVal) return x.v === y.v;
        return equalFn(x.t, c, line)(x.v, y.v);
      };
    case 'struct': {
      const fs = u.fields.map((f) => equalFn(f.type, c, line));
      return (a, b) => {
        const x = a as unknown[];
        const y = b as unknown[];
        for (let i = 0; i < fs.length; i++) if (!fs[i](x[i], y[i])) return false;
        return true;
      };
    }
    case 'array': {
      const el = equalFn(u.elem, c, line);
      return (a, b) => {
        const x = a as unknown[];
        const y = b as unknown[];
        for (let i = 0; i < x.length; i++) if (!el(x[i], y[i])) return false;
        return true;
      };
    }
    default:
      return (a, b) => a === b;
  }
}

function binary(c: Compiler, e: A.Binary): Ev {
  const info = c.info;
  const t = c.typeOf(e);
  const line = c.line(e);
  const op = e.op;
  if (op === '&&') {
    const x = c.expr(e.x);
    const y = c.expr(e.y);
    return (f) => !!x(f) && !!y(f);
  }
  if (op === '||') {
    const x = c.expr(e.x);
    const y = c.expr(e.y);
    return (f) => !!x(f) || !!y(f);
  }
  const ot = c.typeOf(e.x);
  if (['==', '!=', '<', '<=', '>', '>='].includes(op)) {
    const x = c.expr(e.x);
    const y = c.expr(e.y);
    // operand type: the non-nil side (comparisons with nil)
    const xt = ot.k === 'untyped' ? c.typeOf(e.y) : ot;
    if (op === '==' || op === '!=') {
      const u = underlying(xt);
      if (u.k === 'basic' && u.name !== 'string') return op === '==' ? (f) => x(f) === y(f) : (f) => x(f) !== y(f);
      if (u.k === 'basic') return op === '==' ? (f) => (x(f) as Str).s === (y(f) as Str).s : (f) => (x(f) as Str).s !== (y(f) as Str).s;
      if (u.k === 'slice') {
        // only against nil
        return op === '==' ? (f) => (x(f) as Slice).d === null && (y(f) as Slice).d === null : (f) => !((x(f) as Slice).d === null && (y(f) as Slice).d === null);
      }
      const eq = equalFn(isInterface(c.typeOf(e.x)) || isInterface(c.typeOf(e.y)) ? { k: 'iface', name: 'any', methods: [] } : xt, c, line);
      return op === '==' ? (f) => eq(x(f), y(f)) : (f) => !eq(x(f), y(f));
    }
    if (isString(xt)) {
      switch (op) {
        case '<': return (f) => (x(f) as Str).s < (y(f) as Str).s;
        case '<=': return (f) => (x(f) as Str).s <= (y(f) as Str).s;
        case '>': return (f) => (x(f) as Str).s > (y(f) as Str).s;
        default: return (f) => (x(f) as Str).s >= (y(f) as Str).s;
      }
    }
    switch (op) {
      case '<': return (f) => (x(f) as number) < (y(f) as number);
      case '<=': return (f) => (x(f) as number) <= (y(f) as number);
      case '>': return (f) => (x(f) as number) > (y(f) as number);
      default: return (f) => (x(f) as number) >= (y(f) as number);
    }
  }
  if (op === '+' && isString(t)) return concat(c, e);
  const x = c.expr(e.x);
  const y = c.expr(e.y);
  void info;
  if (op === '<<' || op === '>>') {
    const fn = arith(c, op, t, line);
    return (f) => fn(x(f), y(f));
  }
  // Fast paths for int: + - * on safe integers (numbers); anything else goes through ops.ts.
  const u = underlying(t);
  if (u.k === 'basic' && (u.name === 'int' || u.name === 'int64')) {
    const MAX = Number.MAX_SAFE_INTEGER;
    if (op === '+')
      return (f) => {
        const a = x(f);
        const b = y(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a + b;
          if (r <= MAX && r >= -MAX) return r;
        }
        return add64(a as I64, b as I64);
      };
    if (op === '-')
      return (f) => {
        const a = x(f);
        const b = y(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a - b;
          if (r <= MAX && r >= -MAX) return r;
        }
        return sub64(a as I64, b as I64);
      };
    if (op === '*')
      return (f) => {
        const a = x(f);
        const b = y(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const r = a * b;
          if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
        }
        return mul64(a as I64, b as I64);
      };
  }
  const fn = arith(c, op, t, line);
  return (f) => fn(x(f), y(f));
}

/** concatstrings: one allocation of the total length; at most 32 bytes on the stack when the result does not escape. */
function concat(c: Compiler, e: A.Binary): Ev {
  const ops = concatOperands(e, c.info).map((x) => c.expr(x));
  return concatEval(c, e, ops);
}

export function concatEval(c: Compiler, site: { id: number; from: number; to: number }, ops: Ev[]): Ev {
  const m = c.m;
  const line = c.line(site);
  const heap = c.siteHeap(site.id);
  const desc = c.src.slice(site.from, site.to).replace(/\s+/g, ' ');
  const hs = c.site(line, 'heap', `${desc}: concatenation allocates len(result) bytes (escapes to heap)`);
  const ss = c.site(line, 'stack', `${desc}: concatenation does not escape (≤ 32 bytes use a stack buffer)`);
  return (f) => {
    let count = 0;
    let last: Str = EMPTY_STR;
    let s = '';
    for (let i = 0; i < ops.length; i++) {
      const v = ops[i](f) as Str;
      if (v.s.length === 0) continue;
      count++;
      last = v;
      s += v.s;
    }
    if (count === 0) return EMPTY_STR;
    // concatstrings returns a lone operand, unless the result escapes and it lives on the stack.
    if (count === 1 && !(heap && last.stack)) return last;
    if (!heap && s.length <= 32) {
      m.stackAlloc(s.length, ss, line);
      return new Str(s, null, true);
    }
    return heapString(m, s, { site: hs, line });
  };
}

// ---- composite literals ----

export function compositeLit(c: Compiler, e: A.CompositeLit, t: T): Ev {
  const u = underlying(t);
  if (u.k === 'map') return compileMapLit(c, e, t); // lib-map.ts
  if (u.k === 'ptr') {
    // &T elided in a literal of pointers
    const inner = compositeLit(c, e, u.elem);
    return newObject(c, e, u.elem, inner);
  }
  if (t.k === 'named' && t.std) {
    const zero = zeroFn(t);
    const newEl = e.elts.find((el) => el.key && el.key.kind === 'Ident' && el.key.name === 'New');
    const nv = newEl ? c.expr(newEl.value) : null;
    return (f) => {
      const v = zero() as { New: unknown };
      if (nv) v.New = nv(f);
      return v;
    };
  }
  if (u.k === 'struct') {
    const n = u.fields.length;
    const inits: (Ev | null)[] = new Array(n).fill(null);
    e.elts.forEach((el, i) => {
      const idx = el.key && el.key.kind === 'Ident' ? u.fields.findIndex((fl) => fl.name === (el.key as A.Ident).name) : i;
      const ft = u.fields[idx].type;
      inits[idx] = elemValue(c, el.value, ft);
    });
    const zeros = u.fields.map((fl) => zeroFn(fl.type));
    return (f) => {
      const a = new Array(n);
      for (let i = 0; i < n; i++) {
        const ini = inits[i];
        a[i] = ini ? ini(f) : zeros[i]();
      }
      return a;
    };
  }
  if (u.k === 'array' || u.k === 'slice') {
    const elem = u.elem;
    const items: { i: number; v: Ev }[] = [];
    let idx = 0;
    let maxIdx = 0;
    for (const el of e.elts) {
      if (el.key) idx = Number((c.info.consts[el.key.id] as { v: bigint }).v);
      items.push({ i: idx, v: elemValue(c, el.value, elem) });
      idx++;
      maxIdx = Math.max(maxIdx, idx);
    }
    const agg = isAggregate(elem);
    const cp = agg ? copyIntoFn(elem) : null;
    if (u.k === 'array') {
      const len = u.len;
      return (f) => {
        const d = newData(elem, len) as unknown[];
        for (const it of items) {
          if (cp) cp(d[it.i], it.v(f));
          else d[it.i] = it.v(f);
        }
        return d;
      };
    }
    // slice literal: a new [N]T array (heap if it escapes)
    const m = c.m;
    const line = c.line(e);
    const heap = c.siteHeap(e.id);
    const n = maxIdx;
    const size = sizeof(elem) * n;
    const noscan = !hasPointers(elem);
    const desc = `${typeString(t)}{...}`;
    const sid = c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap' : 'does not escape'}`);
    return (f) => {
      const d = newData(elem, n) as unknown[];
      for (const it of items) {
        if (cp) cp(d[it.i], it.v(f));
        else d[it.i] = it.v(f);
      }
      let o: HeapObj | null = null;
      if (heap && size > 0) o = m.malloc(size, noscan, sid, line, noscan ? 0 : 1, d, elem);
      else if (size > 0) m.stackAlloc(size, sid, line);
      return new Slice(d as never, o, 0, n, n);
    };
  }
  throw new CompileError(e, `unsupported composite literal of type ${typeString(t)}`);
}

export function elemValue(c: Compiler, v: A.Expr, t: T): Ev {
  if (v.kind === 'CompositeLit' && !v.type) return compositeLit(c, v, c.typeOf(v) ?? t);
  return c.valueForStore(v, t);
}

// ---- library variables ----

import { Discard, EOF } from './lib-std';
function stdVar(pkg: string, name: string): unknown {
  if (pkg === 'io' && name === 'EOF') return EOF;
  if (pkg === 'io' && name === 'Discard') return Discard;
  throw new Error(`unknown ${pkg}.${name}`);
}

// ---- conversions ----

export function conversion(c: Compiler, e: A.Call, to: T): Ev {
  const arg = e.args[0];
  const from = c.typeOf(arg);
  const x = c.expr(arg);
  const m = c.m;
  const line = c.line(e);
  const tu = underlying(to);
  const fu = underlying(from);
  if (isInterface(to)) return x; // boxing was recorded on the argument
  if (isString(to)) {
    if (fu.k === 'slice') {
      const eu = underlying(fu.elem);
      if (eu.k === 'basic' && eu.name === 'int32') {
        // slicerunetostring: rawstringtmp(buf, len+3): the stack tmpBuf when the result does not
        // escape and len+3 <= 32, else a heap allocation of len+3 bytes.
        const heap = c.siteHeap(e.id);
        const desc = `string(${c.src.slice(arg.from, arg.to)})`;
        const hs = c.site(line, 'heap', `${desc} escapes to heap (slicerunetostring allocates len+3 bytes)`);
        const ss = c.site(line, 'stack', `${desc} does not escape (len+3 <= 32 bytes use a stack buffer)`);
        return (f) => {
          const s = x(f) as Slice;
          let out = '';
          for (let i = 0; i < s.len; i++) out += encodeRune((s.d as Int32Array)[s.off + i]);
          if (!heap && out.length + 3 <= 32) {
            m.stackAlloc(32, ss, line);
            return new Str(out, null, true);
          }
          return new Str(out, m.malloc(out.length + 3, true, hs, line, 0, null, null));
        };
      }
      const heap = c.siteHeap(e.id);
      const desc = `string(${c.src.slice(arg.from, arg.to)})`;
      const at = { site: c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap' : 'does not escape (≤ 32 bytes use a stack buffer)'}`), line };
      return (f) => bytesToStr(m, x(f) as Slice, heap, at);
    }
    if (isString(from)) return x;
    if (isInteger(from)) {
      const heap = c.siteHeap(e.id);
      const at = { site: c.site(line, heap ? 'heap' : 'stack', `string(rune) ${heap ? 'escapes to heap: intstring allocates 4 bytes' : 'does not escape'}`), line };
      // intstring: a [4]byte stack buffer, or (escaping) rawstring(4) whatever the rune's length.
      return (f) => {
        const r = x(f) as number;
        const s = encodeRune(r < 0 || r > 0x10ffff ? 0xfffd : r);
        if (!heap) return new Str(s, null, true);
        return new Str(s, m.malloc(4, true, at.site, line, 0, null, null));
      };
    }
  }
  if (tu.k === 'slice' && isString(from)) {
    const eu = underlying(tu.elem);
    if (eu.k === 'basic' && eu.name === 'int32') {
      const heap = c.siteHeap(e.id);
      if (c.info.consts[arg.id]?.k === 'string') {
        // []rune("const") is a []rune{...} literal: exactly len runes (heap or stack), cap == len.
        const s0 = (c.info.consts[arg.id] as { v: string }).v;
        const runes: number[] = [];
        for (let i = 0; i < s0.length; ) {
          const c0 = s0.charCodeAt(i);
          const n = c0 < 0x80 ? 1 : c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
          runes.push(c0 < 0x80 ? c0 : decodeFirstRune(s0.slice(i, i + n)));
          i += n;
        }
        const site = c.site(line, heap ? 'heap' : 'stack', `[]rune{...} ${heap ? 'escapes to heap' : 'does not escape'}`);
        return () => {
          const d = Int32Array.from(runes);
          if (!heap || runes.length === 0) {
            if (runes.length) m.stackAlloc(runes.length * 4, site, line);
            return new Slice(d, null, 0, runes.length, runes.length);
          }
          return new Slice(d, m.malloc(runes.length * 4, true, site, line, 0, d, null), 0, runes.length, runes.length);
        };
      }
      return (f) => {
        const s = (x(f) as Str).s;
        const runes: number[] = [];
        for (let i = 0; i < s.length; ) {
          const c0 = s.charCodeAt(i);
          const n = c0 < 0x80 ? 1 : c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
          runes.push(c0 < 0x80 ? c0 : decodeFirstRune(s.slice(i, i + n)));
          i += n;
        }
        return makeRuneSlice(c, runes, line, heap);
      };
    }
    if (c.zeroCopy(e.id)) {
      // Not escaping and never written: a view of the string's bytes (no copy).
      return (f) => {
        const s = (x(f) as Str).s;
        const d = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i);
        return new Slice(d, (x(f) as Str).o, 0, s.length, s.length);
      };
    }
    const heap = c.siteHeap(e.id);
    const desc = `([]byte)(${c.src.slice(arg.from, arg.to)})`;
    if (c.info.consts[arg.id]?.k === 'string') {
      // A constant string: the compiler allocates a [len(s)]byte (new, or a stack array) and slices
      // it, so cap == len.
      const at = { site: c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap: new([len]byte)' : 'does not escape'}`), line };
      return (f) => constStrToBytes(m, x(f) as Str, heap, at);
    }
    const at = { site: c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap' : 'does not escape (≤ 32 bytes use a stack buffer)'}`), line };
    return (f) => strToBytes(m, x(f) as Str, heap, at);
  }
  if (isInteger(to)) {
    const { bits, signed } = intInfo(to);
    if (isInteger(from)) {
      const fi = intInfo(from);
      if (fi.bits <= bits && (fi.signed === signed || (!fi.signed && fi.bits < bits))) return x;
    }
    return (f) => toInt(x(f) as I64, bits, signed);
  }
  if (isFloat(to)) {
    const f32 = (tu as { name: string }).name === 'float32';
    if (isInteger(from) && intInfo(from).bits === 64) return f32 ? (f) => Math.fround(toFloat(x(f) as I64)) : (f) => toFloat(x(f) as I64);
    if (isUnsigned(from) || isInteger(from) || isFloat(from)) return f32 ? (f) => Math.fround(x(f) as number) : x;
  }
  return x; // identical underlying types, pointer conversions
}

/** stringtoslicerune: a [32]rune stack buffer when it does not escape and fits, else rawruneslice. */
function makeRuneSlice(c: Compiler, runes: number[], line: number, heap: boolean): Slice {
  const m = c.m;
  const n = runes.length;
  if (!heap && n <= 32) {
    m.stackAlloc(128, c.site(line, 'stack', '[]rune(s) does not escape (≤ 32 runes use a stack buffer)'), line);
    const d = new Int32Array(32);
    d.set(runes);
    return new Slice(d, null, 0, n, 32);
  }
  if (n === 0) return new Slice(new Int32Array(0), null, 0, 0, 0);
  const capBytes = roundup(n * 4);
  const o = m.malloc(capBytes, true, c.site(line, 'heap', '[]rune(s) allocates'), line, 0, null, null);
  const d = new Int32Array(capBytes / 4);
  d.set(runes);
  return new Slice(d, o, 0, n, capBytes / 4);
}
import { roundupsize } from '../msize';
const roundup = (n: number) => roundupsize(n, true);

export { zeroValue, BuilderObj, BufferObj, GoPanicSignal, bytesToString };
export type { Frame };

/** Does dynamic type t implement interface iface (the program's methods, or the library's)? */
export function implementsAt(info: Info, t: T, iface: T): boolean {
  const iu = underlying(iface) as Extract<T, { k: 'iface' }>;
  if (iu.methods.length === 0 || implementsIface(t, iu.name)) return true;
  return !!iu.sigs && missingMethod(info, t, iface) === null;
}
