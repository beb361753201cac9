// Calls of the program's own functions: free functions, associated functions and methods by path
// (`S::new(..)`, `S::area(&s)`), method calls `x.m(..)` with auto-ref/auto-deref of the receiver,
// tuple-struct constructors, constants, and the trait impls run from drop glue (`impl Drop`) and
// formatting (`impl fmt::Display`).

import type { ConstDecl, Expr, FnDecl } from './ast';
import { tyOf, type Compiler, type CompiledFn } from './compile';
import { RBox, RFormatter } from './machine';
import { isCopy, prune, type StructInfo } from './ty';
import { autoDeref, copier, type E, type F } from './values';

/** Calls compiled code with already evaluated arguments, keeping the caller's line for the trace. */
function callWith(cx: Compiler, code: CompiledFn, args: E[]): E {
  const m = cx.m;
  const n = args.length;
  if (n === 0)
    return () => {
      const l = m.line;
      const r = code.call!([]);
      m.line = l;
      return r;
    };
  if (n === 1) {
    const a0 = args[0];
    return (f) => {
      const x = [a0(f)];
      const l = m.line;
      const r = code.call!(x);
      m.line = l;
      return r;
    };
  }
  return (f) => {
    const xs = new Array(n);
    for (let i = 0; i < n; i++) xs[i] = args[i](f);
    const l = m.line;
    const r = code.call!(xs);
    m.line = l;
    return r;
  };
}

export function codeOf(cx: Compiler, decl: FnDecl): CompiledFn {
  return cx.fn(cx.checked.fns.get(decl.key ?? decl.name)!);
}

/** `f(args)`, `S::f(args)`, `S::m(&x, args)`: the arguments in order (a receiver is just the first). */
export function compileUserCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  return callWith(cx, codeOf(cx, e.fn!), e.args.map((a) => cx.expr(a)));
}

/**
 * `x.m(args)` of a method of an impl block. The checker found the method after looking through
 * `derefs` references/Boxes of the receiver: `&self`/`&mut self` get the struct object itself (a
 * reference to a struct is the object); `self` moves the receiver (or copies a Copy struct; through
 * a Box, the contents move out and the Box's allocation is freed when the Box is dropped).
 */
export function compileUserMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>): E {
  const code = codeOf(cx, e.fn!);
  const mode = (e as { selfMode?: string }).selfMode;
  const rt = tyOf(e.recv);
  const ad = autoDeref(rt);
  let recv: E;
  if (mode === 'value' && ad.identity) recv = cx.expr(e.recv);
  else if (mode === 'value' && isCopy(ad.ty)) {
    const base = cx.isPlace(e.recv) ? cx.place(e.recv).get : cx.read(e.recv);
    const c = copier(ad.ty);
    const get = ad.get;
    recv = c ? (f) => c(get(base(f))) : (f) => get(base(f));
  } else if (mode === 'value') {
    // `b.consume()` with b: Box<S> (or Box<Box<S>>; the checker rejects moves out of references)
    const base = cx.isPlace(e.recv) ? cx.place(e.recv).get : cx.read(e.recv);
    let t = prune(rt);
    let depth = 0;
    while (t.k === 'Box') {
      depth++;
      t = prune(t.e);
    }
    recv = (f) => {
      let b = base(f) as RBox;
      for (let i = 1; i < depth; i++) b = b.v as RBox;
      const v = b.v;
      b.v = undefined;
      return v;
    };
  } else {
    const base = cx.isPlace(e.recv) ? cx.place(e.recv).get : cx.read(e.recv);
    const get = ad.get;
    recv = ad.identity ? base : (f) => get(base(f));
  }
  return callWith(cx, code, [recv, ...e.args.map((a) => cx.expr(a))]);
}

/** `Meters(5)`: a tuple struct is an array of its fields, like any struct. */
export function compileTupleStruct(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const args = e.args.map((a) => cx.expr(a));
  return (f) => args.map((a) => a(f));
}

/** A constant's value, evaluated at each use (as rustc inlines constants), in a frame of its own. */
export function compileConst(cx: Compiler, k: ConstDecl): E {
  const v = cx.expr(k.value);
  const n = (k as { nslots?: number }).nslots ?? 0;
  return () => v(new Array(n) as F);
}

/** Installs the machine's hooks that run `impl Drop` and `impl fmt::Display` code. */
export function installTraitHooks(cx: Compiler): void {
  const m = cx.m;
  const drops = new Map<StructInfo, CompiledFn>();
  const fmts = new Map<StructInfo, CompiledFn>();
  for (const s of cx.checked.structs.values()) {
    if (s.drop) drops.set(s, codeOf(cx, s.drop));
    if (s.display) fmts.set(s, codeOf(cx, s.display));
  }
  // Drop glue and formatting run in the middle of other code: the registers (a block's value, a
  // return value, a break label) and the line must survive the call.
  const preserve = (run: () => void) => {
    const line = m.line;
    const val = m.val;
    const ret = m.ret;
    const label = m.label;
    run();
    m.line = line;
    m.val = val;
    m.ret = ret;
    m.label = label;
  };
  m.userDrop = (s, v) => preserve(() => drops.get(s)!.call!([v]));
  m.userFmt = (s, v, out) => (s.nativeFmt ? s.nativeFmt(v, out) : preserve(() => fmts.get(s)!.call!([v, new RFormatter(out)])));
}
