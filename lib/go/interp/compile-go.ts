// go statements: the function value and arguments are evaluated by the go statement; unless the
// call has no arguments and no results, the compiler wraps it in a closure (main.gowrap1) holding
// them, which is heap-allocated (goClosure's size); newproc then starts the goroutine.

import type * as A from './ast';
import { unparen } from './check';
import type { Compiler, Frame } from './compile';
import { argList } from './compile-call';
import type { Gen } from './compile-gen';
import { CompileError } from './compile-expr';
import { goClosure } from '../proc';
import { hasPointers, layout, underlying, type T } from './types';
import type { Fn } from './values';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

export function goCallOf(c: Compiler, call: A.Call): (f: Frame) => Gen<unknown> {
  const ck = c.info.calls[call.id];
  const line = c.line(call);
  const m = c.m;
  if (!ck || (ck.k !== 'func' && ck.k !== 'value')) throw new CompileError(call, 'go with this kind of call is not supported yet (call a function or a func value)');
  const sig = ck.k === 'func' ? ck.fn.sig : (underlying(c.typeOf(call.fun)) as Extract<T, { k: 'func' }>);
  // The wrapper closure captures the function value (for a func value), the receiver and each
  // argument that is not a constant (constants are compiled into the wrapper's body).
  const argExprs = [...(ck.k === 'func' && ck.recv ? [ck.recv] : []), ...call.args];
  const captured: T[] = [...(ck.k === 'value' ? [c.typeOf(call.fun)] : []), ...argExprs.filter((a) => c.info.consts[a.id] === undefined).map((a) => c.typeOf(a))];
  const wrap = sig.params.length + sig.results.length > 0 ? goClosure(captured.map((t) => ({ size: layout(t).size, align: layout(t).align, hasPointers: hasPointers(t) }))) : null;
  const site = wrap ? c.site(line, 'heap', 'go statement: the closure holding the call and its arguments (gowrap)') : 0;
  const args = argList(c, call, sig, ck.k === 'func' ? (ck.recv ?? null) : null);
  if (ck.k === 'func') {
    const callee = ck.fn;
    const ctx = c.esc.bodies.get(callee)!;
    return (f) => {
      const a = args(f);
      if (wrap) m.malloc(wrap.size, wrap.noscan, site, line, 0, null, null);
      const cf = c.compileFn(callee, ctx);
      const nf: Frame = new Array(cf.nslots);
      for (let i = 0; i < cf.paramSlots.length; i++) nf[cf.paramSlots[i]] = a[i];
      return cf.bodyG ? c.invokeG(cf, nf, line) : syncBody(() => c.invoke(cf, nf, line));
    };
  }
  const fe = c.expr(unparen(call.fun));
  return (f) => {
    const fv = fe(f) as Fn | null;
    const a = args(f);
    if (wrap) m.malloc(wrap.size, wrap.noscan, site, line, 0, null, null);
    if (fv === null) c.panicAt(line, NIL_DEREF, true);
    return fv.callG ? fv.callG(a) : syncBody(() => fv.call(a));
  };
}

function* syncBody(run: () => unknown): Gen<unknown> {
  return run();
}
