// Mirrors go1.23.5 cmd/compile/internal/devirtualize/devirtualize.go (StaticCall) with
// ir.StaticValue and ir.Reassigned: an interface method call whose receiver is a local variable
// assigned once, from a conversion of a concrete type, becomes a direct call x.(T).M(), which escape
// analysis and the inliner then see through (so `var w Writer = &Counter{}` stays on the stack).

import type * as A from './ast';
import { unparen, type FnInfo, type Info, type VarObj } from './check';
import { findMethod } from './check/lookup';
import type { EscapeMessage } from './escape';
import { isInterface, typeString, underlying, type T } from './types';

/** Rewrites the calls it devirtualizes; returns the compiler's -m lines for them. */
export function devirtualize(info: Info, file: A.File): EscapeMessage[] {
  const msgs: EscapeMessage[] = [];
  const defs = new Map<VarObj, A.Expr | null>();
  const reassigned = new Set<VarObj>();
  const calls: A.Call[] = [];
  const varOf = (e: A.Expr | null): VarObj | null => {
    const x = e && unparen(e);
    if (!x || x.kind !== 'Ident') return null;
    const o = info.uses[x.id] ?? info.defs[x.id];
    return o?.kind === 'var' ? o : null;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const s = n as A.Stmt | A.Expr;
    switch (s.kind) {
      case 'Define':
        s.lhs.forEach((l, i) => {
          const v = varOf(l);
          if (!v) return;
          if (info.defs[l.id] === v) defs.set(v, s.lhs.length === s.rhs.length ? s.rhs[i] : null);
          else reassigned.add(v); // redeclared by :=
        });
        break;
      case 'VarDecl':
        for (const sp of s.specs) sp.names.forEach((nm, i) => {
          const v = varOf(nm);
          if (v) defs.set(v, sp.values.length === sp.names.length ? sp.values[i] : null);
        });
        break;
      case 'Assign':
        s.lhs.forEach((l) => {
          const v = varOf(l);
          if (v) reassigned.add(v);
        });
        break;
      case 'IncDec': {
        const v = varOf(s.x);
        if (v) reassigned.add(v);
        break;
      }
      case 'Range':
        for (const l of [s.key, s.value]) {
          const v = varOf(l);
          if (v && s.define) defs.set(v, null);
          else if (v) reassigned.add(v);
        }
        break;
      case 'Call':
        if (info.calls[s.id]?.k === 'iface') calls.push(s);
        break;
    }
    for (const k of Object.keys(s)) if (k !== 'id' && k !== 'from' && k !== 'to') visit((s as unknown as Record<string, unknown>)[k]);
  };
  visit(file.decls);

  /** ir.StaticValue: follow never-reassigned locals to the expression they were defined with. */
  const staticValue = (e: A.Expr): A.Expr => {
    for (let i = 0; i < 100; i++) {
      const v = varOf(e);
      if (!v || v.global || v.param || v.addrTaken || reassigned.has(v)) return unparen(e);
      const d = defs.get(v);
      if (!d) return unparen(e);
      e = d;
    }
    return unparen(e);
  };

  for (const call of calls) {
    const ck = info.calls[call.id] as { k: 'iface'; name: string };
    const sel = unparen(call.fun) as A.Selector;
    const r = staticValue(sel.x);
    // The concrete type of an OCONVIFACE: an implicit conversion, or an explicit I(x).
    let concrete: T | undefined = info.toIface[r.id];
    const rc = r.kind === 'Call' ? info.calls[r.id] : undefined;
    if (!concrete && r.kind === 'Call' && rc?.k === 'conv' && isInterface(rc.to)) concrete = info.types[r.args[0].id];
    if (!concrete || isInterface(concrete)) continue;
    const found = findMethod(info, concrete, ck.name);
    if (!found) continue;
    const fn: FnInfo = found.fn;
    // x.(T), the embedded fields of a promoted method (the wrapper's selections), then * when a
    // value method is reached through a pointer.
    const assert: A.TypeAssert = { kind: 'TypeAssert', id: file.nodeCount++, from: sel.x.from, to: sel.x.to, x: sel.x, type: sel.x };
    info.types[assert.id] = concrete;
    let recv: A.Expr = assert;
    let rt: T = concrete;
    for (const st of found.path) {
      const ptr = rt.k === 'ptr';
      const u = underlying(ptr ? (rt as { elem: T }).elem : rt) as Extract<T, { k: 'struct' }>;
      const fld = u.fields[st.index];
      recv = { kind: 'Selector', id: file.nodeCount++, from: sel.x.from, to: sel.x.to, x: recv, sel: fld.name, selFrom: sel.x.to, implicit: true };
      info.sels[recv.id] = { k: 'field', index: st.index, ptr, structType: u };
      info.types[recv.id] = fld.type;
      rt = fld.type;
    }
    if (fn.recv!.ptr && rt.k !== 'ptr') {
      // A pointer method of a value embedded in *T: &x.(*T).E.
      recv = { kind: 'Unary', id: file.nodeCount++, from: sel.x.from, to: sel.x.to, op: '&', x: recv };
      info.types[recv.id] = { k: 'ptr', elem: rt };
    } else if (!fn.recv!.ptr && rt.k === 'ptr') {
      recv = { kind: 'Unary', id: file.nodeCount++, from: sel.x.from, to: sel.x.to, op: '*', x: assert };
      info.types[recv.id] = fn.recv!.base;
    }
    info.calls[call.id] = { k: 'func', fn, recv };
    msgs.push({ pos: call.lparen, msg: `devirtualizing ${sel.x.kind === 'Ident' ? sel.x.name : '?'}.${sel.sel} to ${typeString(concrete)}` });
  }
  return msgs;
}
