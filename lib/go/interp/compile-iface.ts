// Calls through interfaces (OCALLINTER): the dynamic type's method is found at run time (the itab's
// fun table, cached per dynamic type here); a value method reached through a *T gets a copy of *p.

import type * as A from './ast';
import { unparen } from './check';
import { lookupMethodOf } from './check/interfaces';
import type { Compiler, Ev } from './compile';
import { argList } from './compile-call';
import { ErrorVal } from './lib-std';
import { cloneFn, isAggregate } from './mem';
import { identical, tString, typeString, type T } from './types';
import { Iface, Ptr, Str } from './values';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

type Method = (recv: unknown, args: unknown[]) => unknown;

export function ifaceCall(c: Compiler, e: A.Call, name: string, sig: Extract<T, { k: 'func' }>): Ev {
  const sel = unparen(e.fun) as A.Selector;
  const recv = c.expr(sel.x);
  const args = argList(c, e, sig);
  const line = c.line(e);
  const cache = new Map<T, Method>();
  return (f) => {
    const iv = recv(f) as Iface | null;
    if (iv === null) c.panicAt(line, NIL_DEREF, true);
    let call = cache.get(iv.t);
    if (!call) {
      call = resolveMethod(c, iv.t, name, line);
      cache.set(iv.t, call);
    }
    return call(iv.v, args(f));
  };
}

/** The method `name` of dynamic type t as a function of (receiver value, arguments). */
export function resolveMethod(c: Compiler, t: T, name: string, line: number): Method {
  const fn = lookupMethodOf(c.info, t, name);
  if (fn) {
    let cf: ReturnType<Compiler['compileFn']> | null = null;
    const derefRecv = !fn.recv!.ptr && t.k === 'ptr';
    const rt = fn.recv!.base;
    const clone = !fn.recv!.ptr && isAggregate(rt) ? cloneFn(rt) : null; // a value receiver is a copy
    return (rv, a) => {
      if (cf === null) cf = c.compileFn(fn, c.esc.bodies.get(fn)!);
      let r = rv;
      if (derefRecv) {
        const p = rv as Ptr | null;
        if (p === null) c.panicAt(line, `value method main.${fn.name} called using nil *${typeString(rt)} pointer`);
        r = clone ? clone(p.c) : p.c[p.k];
      } else if (clone) r = clone(rv);
      const nf = new Array(cf.nslots);
      nf[cf.paramSlots[0]] = r;
      for (let i = 0; i < a.length; i++) nf[cf.paramSlots[i + 1]] = a[i];
      return c.invoke(cf, nf, line);
    };
  }
  // The library's error values: Error() returns the stored message (no allocation).
  if (name === 'Error') return (rv) => new Str((rv as ErrorVal).msg, null);
  return () => c.panicAt(line, `interface method ${typeString(t)}.${name} is not supported in the playground`);
}

/**
 * fmt's view of the program's methods: Error() or String() with the signature func() string, in
 * the method set of t (a value does not have its pointer methods). null when t has none.
 */
export function fmtMethod(c: Compiler, t: T, name: 'Error' | 'String'): ((v: unknown) => string) | null {
  const fn = lookupMethodOf(c.info, t, name);
  if (!fn || (fn.recv!.ptr && t.k !== 'ptr')) return null;
  const sig = fn.sig;
  if (sig.params.length !== 1 || sig.results.length !== 1 || !identical(sig.results[0], tString)) return null;
  const call = resolveMethod(c, t, name, c.curLine);
  return (v) => (call(v, []) as Str).s;
}
