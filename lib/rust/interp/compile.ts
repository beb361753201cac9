// Compiles the checked AST to JS closures over a frame array (`f[slot]`), so no per-node switch
// runs at execution time. This file: the compiler context and expressions. Statements, loops
// and patterns are in compile-stmt.ts, builtins in std.ts, macros and panics in compile-fmt.ts.

import type { Expr, FnDecl, Span } from './ast';
import type { Checked, FnInfo } from './check';
import { dropGlue, type DropFn } from './drop';
import { rustFnName } from './alloc-stacks';
import { ArithPanic, addFn, bitFn, divFn, floatToInt, mulFn, negFn, norm, notFn, shiftFn, subFn, wrapTo, type Int } from './int';
import { Machine, Place, RBox, RString, RSome, RVec, RustPanic } from './machine';
import { RGuard, RRc } from './rrc';
import { mapIndexPlace } from './std-map';
import { compileBlock, compileStmtExpr, isStmtLike } from './compile-stmt';
import { compileBuiltinCall, compileMethod, compileVecMacro } from './std';
import { compileClosure, compileClosureCall } from './compile-closure';
import { compileIterMethod } from './iter';
import { compileTry, compileVariant, enumEq } from './compile-enum';
import { compileAssert, compileFmtMacro, compileWrite } from './compile-fmt';
import { compileConst, compileTupleStruct, compileUserCall, compileUserMethod, installTraitHooks } from './compile-impl';
import { compareDerived, compileDerivedDefault, compileStructUpdate, compileDynCoerce, compileDynMethod, compileTryFrom, compileUserIter, compileUserOp } from './compile-trait';
import { INT_NAMES, isCopy, needsDrop, prune, zonk, type IntName, type Ty } from './ty';
import { autoDeref, copier, derefFn, isObjectKind, transplant, type E, type F } from './values';
import { minOf, maxOf } from './int';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

/** break/continue/return from expression position: caught by the enclosing statement. */
export class Ctl {
  constructor(readonly code: number) {}
}

export class LineMap {
  private starts: number[] = [0];
  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line and column (columns count chars, as rustc does). */
  private ascii: boolean | undefined;

  pos(off: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    // Columns count chars; in ASCII-only source that is the offset (and a very long line must not cost its length per lookup).
    this.ascii ??= !/[^\x00-\x7f]/.test(this.src);
    return { line: lo + 1, col: this.ascii ? off - lineStart + 1 : [...this.src.slice(lineStart, off)].length + 1 };
  }
}

export interface PlaceC {
  get: E;
  set: (f: F, v: unknown) => void;
  /** `&mut` of a scalar place: a Place pointing at it. */
  ref: (f: F) => Place;
}

export interface CompiledFn {
  call: ((args: unknown[]) => unknown) | null;
}

export const tyOf = (e: Expr): Ty => zonk(e.ty!);

export class Compiler {
  readonly fnCode = new Map<FnDecl, CompiledFn>();
  /** Temporaries registered while compiling the current statement (so it unwinds them). */
  temps = 0;
  /** Expression-position break/continue/return seen while compiling the current statement. */
  valueCtl = 0;
  readonly budget: number;
  /** With stacks recorded: the function being compiled and its closures so far ({closure#N}). */
  fnName = '';
  closureSeq = 0;

  constructor(
    readonly m: Machine,
    readonly lm: LineMap,
    readonly checked: Checked,
  ) {
    this.budget = m.stepBudget;
    installTraitHooks(this);
  }

  line(s: Span): number {
    return this.lm.pos(s.from).line;
  }

  panicAt(s: Span | number): (message: string, chunks: string[] | null, at?: string) => never {
    const p = this.lm.pos(typeof s === 'number' ? s : s.from);
    return (message, chunks, at) => {
      throw new RustPanic(message, p.line, p.col, chunks, at);
    };
  }

  drop(t: Ty): DropFn | null {
    return needsDrop(t) ? dropGlue(t, this.m) : null;
  }

  fn(info: FnInfo): CompiledFn {
    let c = this.fnCode.get(info.decl);
    if (c) return c;
    c = { call: null };
    this.fnCode.set(info.decl, c);
    const d = info.decl;
    const m = this.m;
    const nslots = d.nslots ?? 0;
    const params = d.paramDecls ?? [];
    const pslots = params.map((p) => p.slot);
    const dropParams = params.filter((p) => needsDrop(zonk(p.ty!)));
    const dslots = dropParams.map((p) => p.slot);
    const ddrops = dropParams.map((p) => dropGlue(zonk(p.ty!), m));
    const [outerName, outerSeq] = [this.fnName, this.closureSeq];
    [this.fnName, this.closureSeq] = [rustFnName(d), 0];
    const body = compileBlock(this, d.body, true);
    [this.fnName, this.closureSeq] = [outerName, outerSeq];
    const np = pslots.length;
    const endLine = this.line({ from: Math.max(d.body.from, d.body.to - 1), to: d.body.to });
    if (dslots.length === 0) {
      c.call = (args) => {
        const f: F = new Array(nslots);
        for (let i = 0; i < np; i++) f[pslots[i]] = args[i];
        const mark = m.unwind.length;
        const code = body(f);
        const ret = code === RETURN ? m.ret : m.val;
        // the body's tail temporaries (`format!("{}", self.name())`) die with the call
        if (m.unwind.length > mark) {
          m.line = endLine;
          m.unwindTo(mark);
        }
        return ret;
      };
    } else {
      c.call = (args) => {
        const f: F = new Array(nslots);
        for (let i = 0; i < np; i++) f[pslots[i]] = args[i];
        const mark = m.unwind.length;
        m.unwind.push({ f, slots: dslots, drops: ddrops });
        const code = body(f);
        const ret = code === RETURN ? m.ret : m.val;
        m.line = endLine;
        m.unwindTo(mark);
        return ret;
      };
    }
    const st = m.stacks;
    if (st) {
      // Only when stacks are recorded: the call's frame for the allocation stacks.
      const inner = c.call;
      const name = rustFnName(d);
      c.call = (args) => {
        st.enter(name, m.line);
        try {
          return inner(args);
        } finally {
          st.leave();
        }
      };
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  /** The value of `e` in a move/copy context, with the coercion the checker recorded. */
  expr(e: Expr): E {
    const base = this.exprRaw(e);
    const co = (e as { coerce?: string }).coerce;
    if (!co) return base;
    switch (co) {
      case 'str':
        return (f) => {
          const v = base(f);
          return typeof v === 'string' ? v : (v as RString).s;
        };
      case 'vecSlice':
        return (f) => (base(f) as RVec).a;
      case 'unbox':
        return (f) => (base(f) as RBox).v;
      case 'boxDyn':
      case 'refDyn':
        return compileDynCoerce(this, e, base, co);
      case 'userIter':
        return compileUserIter(this, e, base);
      case 'readMut': {
        const t = prune(tyOf(e)) as Extract<Ty, { k: 'ref' }>;
        const d = derefFn(t);
        return (f) => d(base(f));
      }
    }
    return base;
  }

  /** Value expressions whose result is a fresh owned value (not a place). */
  isPlace(e: Expr): boolean {
    if (e.k === 'name') return !e.konst && !e.unitStruct;
    if (e.k === 'field') return this.isPlace(e.e) || this.isRefValued(e.e);
    if (e.k === 'index') return true;
    if (e.k === 'unary' && e.op === '*') return true;
    return false;
  }

  private isRefValued(e: Expr): boolean {
    const t = prune(tyOf(e));
    // a field through a reference, an Rc or a RefCell guard is a place (`cell.borrow().name`)
    return t.k === 'ref' || t.k === 'Rc' || t.k === 'Guard';
  }

  /**
   * `e` in a borrow context (method receiver, `&e`, format argument, comparison): a place is
   * read without moving; a value expression becomes a temporary dropped at the statement's end.
   */
  read(e: Expr): E {
    if (this.isPlace(e)) return this.place(e).get;
    const v = this.expr(e);
    const d = this.drop(tyOf(e));
    if (!d) return v;
    this.temps++;
    const m = this.m;
    return (f) => {
      const x = v(f);
      m.unwind.push({ v: x, d });
      return x;
    };
  }

  private exprRaw(e: Expr): E {
    const m = this.m;
    switch (e.k) {
      case 'int': {
        const t = prune(tyOf(e));
        if (t.k === 'float') {
          const v = Number(e.value);
          return () => v;
        }
        const name = (t as { name: IntName }).name;
        const v = norm(e.value);
        if (v > maxOf(name) || v < minOf(name)) {
          // rustc denies this (overflowing_literals); the checker reports it too.
          const w = wrapTo(name, v);
          return () => w;
        }
        return () => v;
      }
      case 'float': {
        const t = prune(tyOf(e)) as { name: string };
        const v = t.name === 'f32' ? Math.fround(e.value) : e.value;
        return () => v;
      }
      case 'bool':
      case 'char':
      case 'str': {
        const v = e.value;
        return () => v;
      }
      case 'unit':
        return () => null;
      case 'name': {
        if (e.konst) return compileConst(this, e.konst);
        if (e.unitStruct) return () => [];
        const slot = e.slot!;
        const t = tyOf(e);
        if (isCopy(t)) {
          const c = copier(t);
          if (c) return (f) => c(f[slot]);
          return (f) => f[slot];
        }
        if (!needsDrop(t)) return (f) => f[slot];
        return (f) => {
          const v = f[slot];
          f[slot] = undefined;
          return v;
        };
      }
      case 'path': {
        if (e.konst) return compileConst(this, e.konst);
        const b = (e as { builtin?: string }).builtin!;
        if (b === 'none' || b === 'ordering') return () => null;
        const t = prune(tyOf(e));
        if (b === 'variant') return compileVariant(this, e, (t as Extract<Ty, { k: 'struct' }>).s);
        if (b.startsWith('int.')) {
          const name = (t.k === 'int' ? t.name : 'u32') as IntName;
          const which = b.slice(4);
          const owner = e.segs[0] as IntName;
          const v = which === 'MAX' ? maxOf(owner) : which === 'MIN' ? minOf(owner) : Number(owner.slice(1)) || 64;
          void name;
          return () => v;
        }
        if (b.startsWith('float.')) {
          const f32 = (t as { name: string }).name === 'f32';
          const which = b.slice(6);
          const v =
            which === 'MAX' ? (f32 ? 3.4028234663852886e38 : Number.MAX_VALUE)
            : which === 'MIN' ? (f32 ? -3.4028234663852886e38 : -Number.MAX_VALUE)
            : which === 'EPSILON' ? (f32 ? 1.1920929e-7 : Number.EPSILON)
            : which === 'INFINITY' ? Infinity
            : which === 'NEG_INFINITY' ? -Infinity
            : which === 'NAN' ? NaN
            : which === 'MIN_POSITIVE' ? (f32 ? 1.17549435e-38 : 2.2250738585072014e-308)
            : Math.PI;
          return () => v;
        }
        throw new Error(`path ${b}`);
      }
      case 'unary':
        return this.unary(e);
      case 'ref':
        return this.refExpr(e);
      case 'binary':
        return this.binary(e);
      case 'assign':
        return this.assign(e);
      case 'cast':
        return this.cast(e);
      case 'call': {
        if (e.fn) return compileUserCall(this, e);
        if (e.builtin === 'tstruct') return compileTupleStruct(this, e);
        if (e.builtin === 'variant') return compileVariant(this, e, (prune(tyOf(e)) as Extract<Ty, { k: 'struct' }>).s);
        if (e.builtin === 'ok') return () => null;
        if (e.builtin === 'closureCall') return compileClosureCall(this, e);
        if (e.builtin === 'derive.default') return compileDerivedDefault(tyOf(e));
        if (e.builtin === 'some') {
          const a = this.expr(e.args[0]);
          return (f) => new RSome(a(f));
        }
        return compileBuiltinCall(this, e);
      }
      case 'method':
        if (e.builtin === 'iter.op' || e.builtin === 'iter.src') return compileIterMethod(this, e);
        if (e.builtin === 'dyn') return compileDynMethod(this, e);
        return e.builtin === 'user' ? compileUserMethod(this, e) : compileMethod(this, e);
      case 'closure':
        return compileClosure(this, e);
      case 'tuple': {
        const els = e.elems.map((x) => this.expr(x));
        return (f) => els.map((x) => x(f));
      }
      case 'try': {
        const tk = (e as { tryKind?: string }).tryKind;
        if (tk === 'resultFrom') return compileTryFrom(this, e);
        if (tk) return compileTry(this, e, tk);
        // `?` on a fmt::Result: writes into a Formatter never fail here
        const v = this.expr(e.e);
        return (f) => {
          v(f);
          return null;
        };
      }
      case 'write':
        return compileWrite(this, e);
      case 'field': {
        if (this.isPlace(e)) {
          const p = this.place(e);
          const t = tyOf(e);
          if (isCopy(t)) {
            const c = copier(t);
            return c ? (f) => c(p.get(f)) : p.get;
          }
          if (!needsDrop(t)) return p.get;
          // A partial move out of a struct: the field is gone, the rest is dropped later.
          return (f) => {
            const v = p.get(f);
            p.set(f, undefined);
            return v;
          };
        }
        // Field of a temporary: move the field out, drop the rest at the statement's end.
        const base = this.read(e.e);
        const i = e.index!;
        const bt = autoDeref(tyOf(e.e));
        const get = bt.get;
        const t = tyOf(e);
        const c = isCopy(t) ? copier(t) : null;
        return (f) => {
          const o = get(base(f)) as unknown[];
          const v = o[i];
          if (!isCopy(t)) o[i] = undefined;
          return c ? c(v) : v;
        };
      }
      case 'index': {
        const p = this.place(e);
        const t = tyOf(e);
        const c = isCopy(t) ? copier(t) : null;
        return c ? (f) => c(p.get(f)) : p.get;
      }
      case 'range': {
        const lo = e.lo ? this.expr(e.lo) : () => 0;
        const hi = e.hi ? this.expr(e.hi) : () => null;
        const inc = e.inclusive;
        return (f) => [lo(f), hi(f), inc];
      }
      case 'struct': {
        const s = (prune(tyOf(e)) as Extract<Ty, { k: 'struct' }>).s;
        if (s.variants) return compileVariant(this, e, s);
        const inits = e.fields.map((fi) => ({ i: s.fields.findIndex((x) => x.name === fi.name), e: this.expr(fi.e) }));
        const n = s.fields.length;
        if (e.base) return compileStructUpdate(this, s, inits, this.expr(e.base));
        return (f) => {
          const a = new Array(n);
          for (const x of inits) a[x.i] = x.e(f);
          return a;
        };
      }
      case 'array': {
        const els = e.elems.map((x) => this.expr(x));
        return (f) => els.map((x) => x(f));
      }
      case 'arrayRepeat': {
        const v = this.expr(e.e);
        const n = Number(e.n.k === 'int' ? e.n.value : 0);
        const c = copier(tyOf(e.e));
        return (f) => {
          const x = v(f);
          const a = new Array(n);
          for (let i = 0; i < n; i++) a[i] = c ? c(x) : x;
          return a;
        };
      }
      case 'vecMacro':
        return compileVecMacro(this, e);
      case 'fmtMacro':
        return compileFmtMacro(this, e);
      case 'assert':
        return compileAssert(this, e);
      default: {
        // Block-like and control-flow expressions in value position.
        if (isStmtLike(e)) {
          const s = compileStmtExpr(this, e, true);
          if (e.k === 'break' || e.k === 'continue' || e.k === 'return') this.valueCtl++;
          else this.valueCtl++;
          return (f) => {
            const code = s(f);
            if (code !== NORMAL) throw new Ctl(code);
            return m.val;
          };
        }
        throw new Error(`cannot compile ${e.k}`);
      }
    }
  }

  private unary(e: Extract<Expr, { k: 'unary' }>): E {
    if (e.op === '*') {
      const inner = tyOf(e.e);
      const it = prune(inner);
      if (it.k === 'Box') {
        const t = tyOf(e);
        if (this.isPlace(e.e) && !isCopy(t) && needsDrop(t)) {
          // `*b` moves the contents out of the box; the allocation is freed when `b` drops.
          const p = this.place(e.e);
          return (f) => {
            const b = p.get(f) as RBox;
            const v = b.v;
            b.v = undefined;
            return v;
          };
        }
        const v = this.read(e.e);
        const c = copier(t);
        return c ? (f) => c((v(f) as RBox).v) : (f) => (v(f) as RBox).v;
      }
      if (it.k === 'Rc') {
        const v = this.read(e.e);
        const c = copier(tyOf(e));
        return c ? (f) => c((v(f) as RRc).b.v) : (f) => (v(f) as RRc).b.v;
      }
      if (it.k === 'Guard') {
        const v = this.read(e.e);
        const c = copier(tyOf(e));
        return c ? (f) => c((v(f) as RGuard).c.a[0]) : (f) => (v(f) as RGuard).c.a[0];
      }
      const v = this.expr(e.e);
      const d = derefFn(inner);
      const c = copier(tyOf(e));
      return c ? (f) => c(d(v(f))) : (f) => d(v(f));
    }
    const v = this.expr(e.e);
    const t = prune(tyOf(e));
    const vt = prune(tyOf(e.e));
    const dv = vt.k === 'ref' ? derefFn(vt) : null;
    const val = dv ? (f: F) => dv(v(f)) : v;
    if (e.op === '!') {
      if (t.k === 'bool') return (f) => !val(f);
      const fn = notFn((t as { name: IntName }).name);
      return (f) => fn(val(f) as Int);
    }
    if (t.k === 'float') return (f) => -(val(f) as number);
    const fn = negFn((t as { name: IntName }).name);
    return (f) => fn(val(f) as Int);
  }

  private refExpr(e: Extract<Expr, { k: 'ref' }>): E {
    const inner = e.e;
    const t = tyOf(inner);
    if (inner.k === 'index' && prune(tyOf(inner.i)).k === 'range') return this.slice(inner);
    if (this.isPlace(inner)) {
      const p = this.place(inner);
      if (e.mut && !isObjectKind(t)) return p.ref;
      return p.get;
    }
    const v = this.read(inner);
    if (e.mut && !isObjectKind(t)) return (f) => new Place([v(f)], 0);
    return v;
  }

  /** `&v[a..b]`: a slice (a copy of the elements; the subset only reads slices). */
  private slice(e: Extract<Expr, { k: 'index' }>): E {
    const base = this.read(e.e);
    const bt = autoDeref(tyOf(e.e));
    const r = e.i as Extract<Expr, { k: 'range' }>;
    const lo = r.lo ? this.expr(r.lo) : null;
    const hi = r.hi ? this.expr(r.hi) : null;
    const inc = r.inclusive;
    // The slicing Index impls report the position of `[`.
    const bracket = this.src().indexOf('[', e.e.to);
    const panic = this.panicAt(bracket >= 0 ? bracket : e.from);
    const fail = (chunks: string[]): never => panic(chunks.join(''), chunks);
    const isStr = bt.ty.k === 'String' || bt.ty.k === 'str';
    return (f) => {
      const o = bt.get(base(f));
      const arr: unknown[] | string = isStr ? (typeof o === 'string' ? o : (o as RString).s) : o instanceof RVec ? o.a : (o as unknown[]);
      const bytes = isStr ? utf8Bytes(arr as string) : null;
      const len = bytes ? bytes.length : (arr as unknown[]).length;
      const a = lo ? Number(lo(f)) : 0;
      const h = hi ? Number(hi(f)) : null;
      // `..=h` with h >= len fails on h itself; otherwise it is `..h + 1`.
      if (inc && h !== null && h >= len) {
        if (bytes) strSliceFail(fail, bytes, a, h, true);
        fail(['range end index ', String(h), ' out of range for slice of length ', String(len)]);
      }
      const b = h === null ? len : inc ? h + 1 : h;
      if (bytes) {
        if (a > len || b > len || a > b || !charBoundary(bytes, a) || !charBoundary(bytes, b)) strSliceFail(fail, bytes, a, b, false);
        return new TextDecoder().decode(bytes.slice(a, b));
      }
      if (h === null && a > len) fail(['range start index ', String(a), ' out of range for slice of length ', String(len)]);
      if (a > b) fail(['slice index starts at ', String(a), ' but ends at ', String(b)]);
      if (b > len) fail(['range end index ', String(b), ' out of range for slice of length ', String(len)]);
      return (arr as unknown[]).slice(a, b);
    };
  }

  place(e: Expr): PlaceC {
    switch (e.k) {
      case 'name': {
        const slot = e.slot!;
        return {
          get: (f) => f[slot],
          set: (f, v) => {
            f[slot] = v;
          },
          ref: (f) => new Place(f, slot),
        };
      }
      case 'field': {
        const base = this.isPlace(e.e) ? this.place(e.e).get : this.read(e.e);
        const bt = autoDeref(tyOf(e.e));
        const i = e.index!;
        if (bt.identity)
          return {
            get: (f) => (base(f) as unknown[])[i],
            set: (f, v) => {
              (base(f) as unknown[])[i] = v;
            },
            ref: (f) => new Place(base(f) as unknown[], i),
          };
        const g = bt.get;
        return {
          get: (f) => (g(base(f)) as unknown[])[i],
          set: (f, v) => {
            (g(base(f)) as unknown[])[i] = v;
          },
          ref: (f) => new Place(g(base(f)) as unknown[], i),
        };
      }
      case 'index': {
        if (prune(tyOf(e.i)).k === 'range') {
          // `s[a..b]` as a method receiver or operand: the slice (read-only)
          const v = this.slice(e);
          return { get: v, set: () => {}, ref: (f) => new Place([v(f)], 0) };
        }
        const base = this.isPlace(e.e) ? this.place(e.e).get : this.read(e.e);
        const bt = autoDeref(tyOf(e.e));
        const idx = this.expr(e.i);
        if (bt.ty.k === 'Map') return mapIndexPlace(this, e, base, bt.get, idx, bt.ty);
        const isVec = bt.ty.k === 'Vec' || bt.ty.k === 'VecDeque';
        const deque = bt.ty.k === 'VecDeque';
        // Vec's Index impl reports the position of `[`; arrays/slices the whole expression.
        const bracket = isVec ? this.src().indexOf('[', e.e.to) : e.from;
        const panic = this.panicAt(bracket >= 0 ? bracket : e.from);
        const g = bt.get;
        const arrOf = isVec ? (f: F) => (g(base(f)) as RVec).a : (f: F) => g(base(f)) as unknown[];
        const check = (a: unknown[], i: unknown): number => {
          const n = typeof i === 'number' ? i : Number.MAX_SAFE_INTEGER;
          if (n >= a.length) {
            // VecDeque's Index is `self.get(i).expect("Out of bounds access")`: a formatted payload
            if (deque) panic('Out of bounds access', ['Out of bounds access']);
            const shown = String(i);
            panic(`index out of bounds: the len is ${a.length} but the index is ${shown}`, ['index out of bounds: the len is ', String(a.length), ' but the index is ', shown]);
          }
          return n;
        };
        return {
          get: (f) => {
            const a = arrOf(f);
            return a[check(a, idx(f))];
          },
          set: (f, v) => {
            const a = arrOf(f);
            a[check(a, idx(f))] = v;
          },
          ref: (f) => {
            const a = arrOf(f);
            return new Place(a, check(a, idx(f)));
          },
        };
      }
      case 'unary': {
        if (e.op !== '*') break;
        const it = prune(tyOf(e.e));
        const base = this.isPlace(e.e) ? this.place(e.e).get : this.read(e.e);
        if (it.k === 'Guard') {
          // `*cell.borrow_mut() = v` / `+= 1`: the value inside the RefCell
          return {
            get: (f) => (base(f) as RGuard).c.a[0],
            set: (f, v) => {
              (base(f) as RGuard).c.a[0] = v;
            },
            ref: (f) => new Place((base(f) as RGuard).c.a, 0),
          };
        }
        if (it.k === 'Box') {
          return {
            get: (f) => (base(f) as RBox).v,
            set: (f, v) => {
              (base(f) as RBox).v = v;
            },
            ref: (f) => new Place([(base(f) as RBox).v], 0),
          };
        }
        if (it.k === 'ref' && isObjectKind(it.e)) {
          // `*r = value` through &mut Object: replace the object's contents in place.
          return {
            get: base,
            set: (f, v) => {
              if (v !== undefined) transplant(base(f), v);
            },
            ref: (f) => new Place([base(f)], 0),
          };
        }
        if (it.k === 'ref' && it.mut) {
          return {
            get: (f) => {
              const p = base(f) as Place;
              return p.o[p.k];
            },
            set: (f, v) => {
              const p = base(f) as Place;
              p.o[p.k] = v;
            },
            ref: (f) => base(f) as Place,
          };
        }
        return {
          get: base,
          set: () => {
            throw new Error('assignment through a shared reference');
          },
          ref: (f) => new Place([base(f)], 0),
        };
      }
    }
    // Not a place: evaluate into a temporary slot.
    const v = this.read(e);
    return {
      get: v,
      set: () => {},
      ref: (f) => new Place([v(f)], 0),
    };
  }

  src(): string {
    return this.lm.src;
  }

  private binary(e: Extract<Expr, { k: 'binary' }>): E {
    if ((e as { opFn?: unknown }).opFn) return compileUserOp(this, e); // `impl Add for P`
    const op = e.op;
    if (op === '&&') {
      const l = this.expr(e.l);
      const r = this.expr(e.r);
      return (f) => (l(f) as boolean) && (r(f) as boolean);
    }
    if (op === '||') {
      const l = this.expr(e.l);
      const r = this.expr(e.r);
      return (f) => (l(f) as boolean) || (r(f) as boolean);
    }
    if ((e as { builtin?: string }).builtin === 'string.add') {
      const l = this.expr(e.l);
      const r = this.expr(e.r);
      const push = stringPushStr(this, e);
      return (f) => {
        const s = l(f) as RString;
        push(s, r(f) as string);
        return s;
      };
    }
    const cmp = op === '==' || op === '!=' || op === '<' || op === '>' || op === '<=' || op === '>=';
    if (cmp) {
      const lt = tyOf(e.l);
      const l = this.cmpOperand(e.l);
      const r = this.cmpOperand(e.r);
      const base = autoDeref(lt).ty;
      if (base.k === 'String' || base.k === 'str') {
        const sv = (v: unknown) => (typeof v === 'string' ? v : (v as RString).s);
        const cmpS = (a: string, b: string) => compareUtf8(a, b);
        switch (op) {
          case '==':
            return (f) => sv(l(f)) === sv(r(f));
          case '!=':
            return (f) => sv(l(f)) !== sv(r(f));
          case '<':
            return (f) => cmpS(sv(l(f)), sv(r(f))) < 0;
          case '>':
            return (f) => cmpS(sv(l(f)), sv(r(f))) > 0;
          case '<=':
            return (f) => cmpS(sv(l(f)), sv(r(f))) <= 0;
          default:
            return (f) => cmpS(sv(l(f)), sv(r(f))) >= 0;
        }
      }
      if (base.k === 'struct' && op !== '==' && op !== '!=') return compareDerived(base, op, l, r); // #[derive(PartialOrd)]
      if (base.k !== 'int' && base.k !== 'float' && base.k !== 'char' && base.k !== 'bool') {
        const eq = deepEq(base);
        return op === '==' ? (f) => eq(l(f), r(f)) : (f) => !eq(l(f), r(f));
      }
      switch (op) {
        case '==':
          return (f) => l(f) === r(f);
        case '!=':
          return (f) => l(f) !== r(f);
        case '<':
          return (f) => (l(f) as number) < (r(f) as number);
        case '>':
          return (f) => (l(f) as number) > (r(f) as number);
        case '<=':
          return (f) => (l(f) as number) <= (r(f) as number);
        default:
          return (f) => (l(f) as number) >= (r(f) as number);
      }
    }
    const t = prune(tyOf(e));
    const l = this.scalar(e.l);
    const r = this.scalar(e.r);
    if (t.k === 'bool') {
      if (op === '&') return (f) => (l(f) as boolean) && (r(f) as boolean);
      if (op === '|') return (f) => (l(f) as boolean) || (r(f) as boolean);
      return (f) => l(f) !== r(f);
    }
    if (t.k === 'float') {
      const f32 = t.name === 'f32';
      const fr = f32 ? Math.fround : (x: number) => x;
      switch (op) {
        case '+':
          return (f) => fr((l(f) as number) + (r(f) as number));
        case '-':
          return (f) => fr((l(f) as number) - (r(f) as number));
        case '*':
          return (f) => fr((l(f) as number) * (r(f) as number));
        case '/':
          return (f) => fr((l(f) as number) / (r(f) as number));
        case '%':
          return (f) => fr((l(f) as number) % (r(f) as number));
      }
      throw new Error(`float op ${op}`);
    }
    const name = (t as { name: IntName }).name;
    const fn = intOp(name, op);
    if (op === '/' || op === '%') {
      const panic = this.panicAt(e);
      return (f) => {
        const a = l(f) as Int;
        const b = r(f) as Int;
        try {
          return fn(a, b);
        } catch (err) {
          if (err instanceof ArithPanic) panic(err.message, null);
          throw err;
        }
      };
    }
    // Specialise the hottest shapes: local op local / local op literal.
    return (f) => fn(l(f) as Int, r(f) as Int);
  }

  /** Operand of arithmetic: auto-deref `&i32` (std's impls for references). */
  scalar(e: Expr): E {
    const t = prune(tyOf(e));
    const v = this.expr(e);
    if (t.k !== 'ref') return v;
    let d = derefFn(t);
    let inner = prune(t.e);
    while (inner.k === 'ref') {
      const d0 = d;
      const d1 = derefFn(inner);
      d = (x) => d1(d0(x));
      inner = prune(inner.e);
    }
    return (f) => d(v(f));
  }

  private cmpOperand(e: Expr): E {
    const t = prune(tyOf(e));
    const v = this.isPlace(e) ? this.place(e).get : this.read(e);
    const ad = autoDeref(t);
    if (ad.identity) return v;
    return (f) => ad.get(v(f));
  }

  private assign(e: Extract<Expr, { k: 'assign' }>): E {
    const m = this.m;
    let p = this.place(e.l);
    // `*map.entry(k).or_insert(0) += 1`, `cell.borrow_mut().n += 1`: a target reached through a call is
    // evaluated once (the get and the set share it)
    const dt = e.l.k === 'unary' && e.l.op === '*' ? prune(tyOf(e.l.e)) : null;
    const throughCall =
      (dt && ((dt.k === 'ref' && dt.mut) || dt.k === 'Guard') && !isObjectKind(dt.e) && !this.isPlace((e.l as { e: Expr }).e)) ||
      (e.l.k === 'field' && !this.isPlace(e.l.e));
    if (throughCall) {
      const pr = p.ref;
      let cur: Place | null = null;
      p = {
        get: (f) => {
          cur = pr(f) as Place;
          return cur.o[cur.k];
        },
        set: (f, v) => {
          const pl = cur ?? (pr(f) as Place);
          cur = null;
          pl.o[pl.k] = v;
        },
        ref: pr,
      };
    }
    const lt = tyOf(e.l);
    if (e.op === '=') {
      const r = this.expr(e.r);
      const d = this.drop(lt);
      const isDerefObj = e.l.k === 'unary' && e.l.op === '*' && prune(tyOf(e.l.e)).k === 'ref' && isObjectKind(lt);
      if (isDerefObj && d) {
        return (f) => {
          const v = r(f);
          const old = p.get(f);
          d(old);
          p.set(f, v);
          return null;
        };
      }
      if (!d)
        return (f) => {
          p.set(f, r(f));
          return null;
        };
      return (f) => {
        const v = r(f);
        const old = p.get(f);
        p.set(f, v);
        if (old !== undefined) d(old);
        return null;
      };
    }
    if ((e as { builtin?: string }).builtin === 'string.push_str') {
      const r = this.expr(e.r);
      const push = stringPushStr(this, e);
      return (f) => {
        const v = r(f) as string;
        push(p.get(f) as RString, v);
        return null;
      };
    }
    const op = e.op.slice(0, -1);
    const t = prune(lt);
    const r = this.scalar(e.r);
    void m;

    if (t.k === 'float') {
      const fr = t.name === 'f32' ? Math.fround : (x: number) => x;
      const fop =
        op === '+' ? (a: number, b: number) => a + b
        : op === '-' ? (a: number, b: number) => a - b
        : op === '*' ? (a: number, b: number) => a * b
        : op === '/' ? (a: number, b: number) => a / b
        : (a: number, b: number) => a % b;
      return (f) => {
        const b = r(f) as number;
        p.set(f, fr(fop(p.get(f) as number, b)));
        return null;
      };
    }
    if (t.k === 'bool') {
      return (f) => {
        const b = r(f) as boolean;
        const a = p.get(f) as boolean;
        p.set(f, op === '&' ? a && b : op === '|' ? a || b : a !== b);
        return null;
      };
    }
    const name = (t as { name: IntName }).name;
    const fn = intOp(name, op);
    const panic = op === '/' || op === '%' ? this.panicAt(e) : null;
    if (e.l.k === 'name') {
      const slot = e.l.slot!;
      if (panic)
        return (f) => {
          try {
            f[slot] = fn(f[slot] as Int, r(f) as Int);
          } catch (err) {
            if (err instanceof ArithPanic) panic(err.message, null);
            throw err;
          }
          return null;
        };
      return (f) => {
        f[slot] = fn(f[slot] as Int, r(f) as Int);
        return null;
      };
    }
    return (f) => {
      const b = r(f) as Int;
      try {
        p.set(f, fn(p.get(f) as Int, b));
      } catch (err) {
        if (err instanceof ArithPanic && panic) panic(err.message, null);
        throw err;
      }
      return null;
    };
  }

  private cast(e: Extract<Expr, { k: 'cast' }>): E {
    const v = this.scalar(e.e);
    const from = prune(autoDeref(tyOf(e.e)).ty);
    const to = prune(zonk(e.toTy!));
    if (to.k === 'float') {
      const f32 = to.name === 'f32';
      if (from.k === 'bool') return (f) => (v(f) ? 1 : 0);
      return f32 ? (f) => Math.fround(Number(v(f))) : (f) => Number(v(f));
    }
    if (to.k === 'char') return v;
    if (to.k === 'int') {
      const name = to.name;
      if (from.k === 'float') return (f) => floatToInt(name, v(f) as number);
      if (from.k === 'bool') return (f) => (v(f) ? 1 : 0);
      if (from.k === 'char') return (f) => wrapTo(name, v(f) as number);
      if (from.k === 'int' && from.name === name) return v;
      return (f) => wrapTo(name, v(f) as Int);
    }
    return v;
  }
}

export function intOp(name: IntName, op: string): (a: Int, b: Int) => Int {
  switch (op) {
    case '+':
      return addFn(name);
    case '-':
      return subFn(name);
    case '*':
      return mulFn(name);
    case '/':
      return divFn(name, false);
    case '%':
      return divFn(name, true);
    case '&':
    case '|':
    case '^':
      return bitFn(name, op);
    case '<<':
      return shiftFn(name, true);
    case '>>':
      return shiftFn(name, false);
  }
  throw new Error(`int op ${op}`);
}

export function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function compareUtf8(a: string, b: string): number {
  // UTF-16 order differs from UTF-8 byte order only for astral vs U+E000..U+FFFF; compare by code points.
  const x = [...a];
  const y = [...b];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** PartialEq for aggregates (Vec, Option, arrays, Box, String). */
export function deepEq(t: Ty): (a: unknown, b: unknown) => boolean {
  t = prune(t);
  switch (t.k) {
    case 'String':
    case 'str':
      return (a, b) => (typeof a === 'string' ? a : (a as RString).s) === (typeof b === 'string' ? b : (b as RString).s);
    case 'Vec':
    case 'VecDeque':
    case 'array':
    case 'slice': {
      const inner = deepEq(t.e);
      const arr = (v: unknown) => (v instanceof RVec ? v.a : (v as unknown[]));
      return (a, b) => {
        const x = arr(a);
        const y = arr(b);
        if (x.length !== y.length) return false;
        for (let i = 0; i < x.length; i++) if (!inner(x[i], y[i])) return false;
        return true;
      };
    }
    case 'Option': {
      const inner = deepEq(t.e);
      return (a, b) => (a === null || b === null ? a === b : inner((a as RSome).v, (b as RSome).v));
    }
    case 'Box': {
      let inner: ((a: unknown, b: unknown) => boolean) | null = null;
      const et = t.e;
      return (a, b) => (inner ??= deepEq(et))((a as RBox).v, (b as RBox).v);
    }
    case 'ref': {
      const inner = deepEq(t.e);
      const d = derefFn(t);
      return (a, b) => inner(d(a), d(b));
    }
    case 'struct':
      if (t.s.variants) return enumEq(t.s, deepEq);
    // falls through
    case 'tuple': {
      const fs = (t.k === 'struct' ? t.s.fields.map((f) => f.ty) : t.elems).map(deepEq);
      return (a, b) => fs.every((eq, i) => eq((a as unknown[])[i], (b as unknown[])[i]));
    }
    default:
      return (a, b) => a === b;
  }
}

// String + &str and String += &str: push_str on the left operand.
import { stringPushStrFn } from './std';
function stringPushStr(cx: Compiler, e: Expr): (s: RString, v: string) => void {
  return stringPushStrFn(cx, e, 'push_str');
}

export { INT_NAMES };

const charBoundary = (b: Uint8Array, i: number): boolean => i === 0 || i >= b.length || (b[i] & 0xc0) !== 0x80;

/**
 * core::str::slice_error_fail (Rust 1.95): the string is shown up to 256 bytes (then `[...]`);
 * each argument and literal piece is one write into the message String.
 */
function strSliceFail(fail: (chunks: string[]) => never, bytes: Uint8Array, a: number, b: number, endOnly: boolean): never {
  const dec = (x: Uint8Array) => new TextDecoder().decode(x);
  let trunc = Math.min(bytes.length, 256);
  while (!charBoundary(bytes, trunc)) trunc--;
  // the piece before the string ends in '`'
  const tail = [dec(bytes.slice(0, trunc)), '`', trunc < bytes.length ? '[...]' : ''];
  const len = bytes.length;
  if (!endOnly && a > len) fail(['start byte index ', String(a), ' is out of bounds of `', ...tail]);
  if (endOnly || b > len) fail(['end byte index ', String(b), ' is out of bounds of `', ...tail]);
  if (a > b) fail(['begin > end (', String(a), ' > ', String(b), ') when slicing `', ...tail]);
  const start = !charBoundary(bytes, a);
  const i = start ? a : b;
  let c0 = i;
  while (!charBoundary(bytes, c0)) c0--;
  let c1 = c0 + 1;
  while (!charBoundary(bytes, c1)) c1++;
  const ch = dec(bytes.slice(c0, c1));
  return fail([start ? 'start byte index ' : 'end byte index ', String(i), ' is not a char boundary; it is inside ', "'", ch, "'", ' (bytes ', String(c0), '..', String(c1), ') of `', ...tail]);
}
