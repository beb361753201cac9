// Expression switches: the tag is evaluated once, then the cases top to bottom, left to right, until
// one is equal (spec "Expression switches"); default runs when none is; fallthrough enters the next
// clause's body.

import type * as A from './ast';
import type { Compiler, Ev, St } from './compile';
import { equalFn, implementsAt } from './compile-expr';
import { compileStmt, compileStmtList } from './compile-stmt';
import { cloneFn, isAggregate } from './mem';
import { identical, isInterface, tAny, type T } from './types';
import { BREAK, FALLTHROUGH, Iface, NORMAL } from './values';
import type { VarObj } from './check';

export function compileSwitch(c: Compiler, s: A.Switch, lab: { brk: number }): St {
  const m = c.m;
  const lb = lab.brk;
  const init = s.init ? compileStmt(c, s.init) : null;
  const tag = s.tag ? c.expr(s.tag) : null;
  const tagT = s.tag ? c.typeOf(s.tag) : null;
  const line = c.line(s);
  // One test per case value: tv is the tag's value.
  const tests: ((f: unknown[], tv: unknown) => boolean)[][] = s.clauses.map((cl) =>
    (cl.exprs ?? []).map((e) => {
      const x: Ev = c.expr(e);
      if (!tagT) return (f) => !!x(f);
      const et = c.typeOf(e);
      if (isInterface(tagT) || isInterface(et)) {
        const eq = equalFn(tAny, c, line);
        // A non-interface tag meets an interface case value: compare as interfaces (no allocation).
        if (!isInterface(tagT)) return (f, tv) => eq(new Iface(tagT, tv, null), x(f));
        return (f, tv) => eq(tv, x(f));
      }
      const eq = equalFn(tagT, c, line);
      return (f, tv) => eq(tv, x(f));
    }),
  );
  const bodies = s.clauses.map((cl) => compileStmtList(c, cl.body));
  const dflt = s.clauses.findIndex((cl) => cl.exprs === null);
  const n = bodies.length;
  return (f) => {
    if (init) init(f);
    const tv = tag ? tag(f) : true;
    let i = -1;
    for (let k = 0; k < n && i < 0; k++) {
      const ts = tests[k];
      for (let j = 0; j < ts.length; j++) {
        if (++m.steps >= m.limit) m.poll();
        if (ts[j](f, tv)) {
          i = k;
          break;
        }
      }
    }
    if (i < 0) i = dflt;
    if (i < 0) return NORMAL;
    for (;;) {
      const r = bodies[i](f);
      if (r === FALLTHROUGH && i + 1 < n) {
        i++;
        continue;
      }
      return r === BREAK || r === lb ? NORMAL : r;
    }
  };
}

/** Type switches: the first clause listing the dynamic type (or an interface it implements) runs. */
export function compileTypeSwitch(c: Compiler, s: A.TypeSwitch, lab: { brk: number }): St {
  const m = c.m;
  const lb = lab.brk;
  const info = c.info;
  const init = s.init ? compileStmt(c, s.init) : null;
  const x = c.expr(s.x);
  const xt = c.typeOf(s.x);
  const line = c.line(s);
  const matchers = s.clauses.map((cl) =>
    (cl.types ?? []).map((te): ((v: Iface | null) => boolean) => {
      if (te.kind === 'Ident' && info.uses[te.id]?.kind === 'nil') return (v) => v === null;
      const t = info.types[te.id] as T;
      if (isInterface(t)) {
        const cache = new Map<T, boolean>();
        return (v) => {
          if (v === null) return false;
          let ok = cache.get(v.t);
          if (ok === undefined) cache.set(v.t, (ok = implementsAt(info, v.t, t)));
          return ok;
        };
      }
      return (v) => v !== null && identical(v.t, t);
    }),
  );
  // Each clause's v: the unboxed value for a single concrete type, else the interface value.
  const binds = s.clauses.map((cl) => {
    const v = cl.bind ? (info.defs[cl.bind.id] as VarObj | undefined) : undefined;
    if (!v || v.kind !== 'var') return null;
    const set = c.varDecl(v, true, line);
    if (isInterface(v.type)) return (f: unknown[], iv: Iface | null) => set(f, iv);
    const clone = isAggregate(v.type) ? cloneFn(v.type) : null;
    return (f: unknown[], iv: Iface | null) => set(f, clone ? clone(iv!.v) : iv!.v);
  });
  const bodies = s.clauses.map((cl) => compileStmtList(c, cl.body));
  const dflt = s.clauses.findIndex((cl) => cl.types === null);
  const n = bodies.length;
  void xt;
  return (f) => {
    if (init) init(f);
    const iv = x(f) as Iface | null;
    let i = -1;
    for (let k = 0; k < n && i < 0; k++) {
      const ms = matchers[k];
      for (let j = 0; j < ms.length; j++) {
        if (++m.steps >= m.limit) m.poll();
        if (ms[j](iv)) {
          i = k;
          break;
        }
      }
    }
    if (i < 0) i = dflt;
    if (i < 0) return NORMAL;
    const b = binds[i];
    if (b) b(f, iv);
    const r = bodies[i](f);
    return r === BREAK || r === lb ? NORMAL : r;
  };
}

