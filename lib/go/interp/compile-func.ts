// Functions as values: a declared function (static), a function literal (a closure, on the heap
// when it escapes and captures anything) and a method value (a closure holding its receiver).

import type * as A from './ast';
import type { FnInfo } from './check';
import type { Compiler, Ev, Frame } from './compile';
import { place } from './compile-expr';
import { cloneFn, isAggregate } from './mem';
import { hasPointers, layout, type T } from './types';
import { Fn, type HeapObj, type Ptr } from './values';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

/** A declared function (or a method expression) as a func value: static, never allocated. */
export function funcValue(c: Compiler, fn: FnInfo): Ev {
  let v: Fn | null = null;
  return () => {
    if (!v) {
      const cf = c.compileFn(fn, c.esc.bodies.get(fn)!);
      v = new Fn((args) => {
        const nf = new Array(cf.nslots);
        for (let i = 0; i < args.length; i++) nf[cf.paramSlots[i]] = args[i];
        return c.invoke(cf, nf, c.m.frames.length ? c.m.frames[c.m.frames.length - 1].line : 0);
      }, null, null, fn.name);
    }
    return v;
  };
}


export function funcLit(c: Compiler, e: A.FuncLit): Ev {
  const fn = c.info.lits.get(e.id)!;
  const m = c.m;
  const line = c.line(e);
  const capGets = fn.captures.map((v) => c.varAddr(v));
  const heap = c.siteHeap(e.id) && fn.captures.length > 0;
  const sid = c.site(line, heap ? 'heap' : 'stack', heap ? 'func literal escapes to heap (closure object)' : 'func literal does not escape');
  const ctx = c.esc.bodies.get(fn)!;
  const blocks = !!c.blockers?.has(fn);
  // The closure object: the code pointer, then each capture (a copy, or the variable's address).
  let size = 8;
  let noscan = true;
  for (const v of fn.captures) {
    const byVal = c.esc.byValue(v);
    const t: T = byVal ? v.type : { k: 'ptr', elem: v.type };
    const { size: sz, align } = layout(t);
    size = Math.ceil(size / align) * align + sz;
    if (hasPointers(t)) noscan = false;
  }
  size = Math.ceil(size / 8) * 8;
  return (f) => {
    const env = capGets.map((g) => g(f) as Ptr);
    let o: HeapObj | null = null;
    if (heap) {
      o = m.malloc(size, noscan, sid, line, 3, env, null);
      o.scanFn = (mk) => {
        for (const p of env) mk.markObj(p.o);
      };
    }
    const frameOf = (args: unknown[]): [ReturnType<Compiler['compileFn']>, Frame, number] => {
      const cf = c.compileFn(fn, ctx);
      const nf: Frame = new Array(cf.nslots);
      for (let i = 0; i < env.length; i++) nf[cf.captureSlots[i]] = env[i];
      for (let i = 0; i < args.length; i++) nf[cf.paramSlots[i]] = args[i];
      const top = m.frames.length ? m.frames[m.frames.length - 1] : null;
      return [cf, nf, top ? top.line : line];
    };
    const v = new Fn((args) => c.invoke(...frameOf(args)), env, o, fn.name);
    if (blocks) v.callG = (args) => c.invokeG(...frameOf(args));
    return v;
  };
}

/**
 * A method value x.m (OMETHVALUE): the receiver is evaluated now (a copy, or &x for a pointer
 * method on an addressable value, or *p for a value method through a pointer) and kept in a closure
 * {F, R}, heap-allocated when it escapes.
 */
export function methodValue(c: Compiler, e: A.Selector, fn: FnInfo, how: 'value' | 'addr' | 'deref'): Ev {
  const m = c.m;
  const line = c.line(e);
  const rt: T = fn.recv!.ptr ? { k: 'ptr', elem: fn.recv!.base } : fn.recv!.base;
  const agg = isAggregate(rt);
  const clone = agg ? cloneFn(rt) : null;
  const x = how === 'addr' ? place(c, e.x) : c.expr(e.x);
  const recv = (f: Frame): unknown => {
    const v = x(f);
    if (how !== 'deref') return clone ? clone(v) : v;
    const p = v as Ptr | null;
    if (p === null) c.panicAt(line, NIL_DEREF, true);
    return clone ? clone(p.c) : p.c[p.k];
  };
  const heap = c.siteHeap(e.id);
  const { size: rsize, align } = layout(rt);
  const size = Math.ceil((Math.ceil(8 / align) * align + rsize) / 8) * 8;
  const noscan = !hasPointers(rt);
  const site = heap ? c.site(line, 'heap', `${c.src.slice(e.from, e.to)} escapes to heap (method value closure)`) : 0;
  const ctx = c.esc.bodies.get(fn)!;
  const blocks = !!c.blockers?.has(fn);
  return (f) => {
    const r = recv(f);
    let o: HeapObj | null = null;
    if (heap) {
      o = m.malloc(size, noscan, site, line, 3, null, null);
      o.scanFn = (mk) => mk.markValue(r, rt);
    }
    const frameOf = (args: unknown[]): [ReturnType<Compiler['compileFn']>, Frame, number] => {
      const cf = c.compileFn(fn, ctx);
      const nf: Frame = new Array(cf.nslots);
      nf[cf.paramSlots[0]] = clone ? clone(r) : r;
      for (let i = 0; i < args.length; i++) nf[cf.paramSlots[i + 1]] = args[i];
      return [cf, nf, c.m.frames.length ? c.m.frames[c.m.frames.length - 1].line : line];
    };
    const v = new Fn((args) => c.invoke(...frameOf(args)), null, o, fn.name);
    if (blocks) v.callG = (args) => c.invokeG(...frameOf(args));
    return v;
  };
}
