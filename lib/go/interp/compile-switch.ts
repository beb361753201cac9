// Expression switches: the tag is evaluated once, then the cases top to bottom, left to right, until
// one is equal (spec "Expression switches"); default runs when none is; fallthrough enters the next
// clause's body.

import type * as A from './ast';
import type { Compiler, Ev, St } from './compile';
import { equalFn } from './compile-expr';
import { compileStmt, compileStmtList } from './compile-stmt';
import { isInterface, tAny } from './types';
import { BREAK, FALLTHROUGH, Iface, NORMAL } from './values';

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
