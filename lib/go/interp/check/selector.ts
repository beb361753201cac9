// Selectors: package members, fields and library methods (go/types call.go selector, lookup.go).

import type * as A from '../ast';
import { MEMSTATS_FIELDS, STD_METHODS, missingMemberMessage, STD_PACKAGES, tMemStats, tPool, tPoolNewFunc } from '../std';
import { typeString, underlying, type T } from '../types';
import { methodSig } from './methods';
import { lookupFieldOrMethod } from './lookup';
import { Checker, type Operand, invalid, Scope } from './checker';

declare module './checker' {
  interface Checker {
    selector(e: A.Selector, scope: Scope, lhs: boolean): Operand;
  }
}

Checker.prototype.selector = function (this: Checker, e: A.Selector, scope: Scope, lhs: boolean): Operand {
  if (e.x.kind === 'Ident') {
    const o = scope.lookup(e.x.name);
    if (o?.kind === 'pkg') {
      o.used = true;
      this.info.uses[e.x.id] = o;
      if (!STD_PACKAGES[o.path]) return invalid; // unsupported package: already reported at the import
      const m = STD_PACKAGES[o.path]?.[e.sel];
      if (!m) {
        // types2 reports it at the selected name ("not exported" only for names that exist
        // unexported, which a learner's typo almost never hits).
        this.err(e.selFrom, missingMemberMessage(o.path, o.name, e.sel));
        return invalid;
      }
      this.info.sels[e.id] = { k: 'pkg', member: m };
      if (m.kind === 'type') return { mode: 'type', type: m.type };
      if (m.kind === 'var') return { mode: 'var', type: m.type };
      if (m.kind === 'const') return { mode: 'const', type: m.type, val: m.val };
      if (m.kind === 'builtin') {
        this.err(e, `${this.text(e)} (built-in function ${this.text(e)}) must be called`);
        return invalid;
      }
      return { mode: 'value', type: m.sig };
    }
  }
  let x = this.expr(e.x, scope, false, false);
  if (x.mode === 'invalid') return invalid;
  // A variable whose type was already reported (unsupported or undefined): no follow-on error.
  if (x.type.k === 'invalid' || (x.type.k === 'ptr' && x.type.elem.k === 'invalid')) return invalid;
  if (x.mode === 'type') {
    // Method expressions: T.m (value methods) and (*T).m (all methods) take the receiver first.
    const isPtr = x.type.k === 'ptr';
    const base = isPtr ? (x.type as { elem: T }).elem : x.type;
    const m = base.k === 'named' ? this.lookupMethod(base, e.sel) : null;
    if (m && (isPtr || !m.recv!.ptr)) {
      this.info.sels[e.id] = { k: 'mexpr', fn: m };
      const ms = methodSig(m);
      return { mode: 'value', type: { ...ms, params: [x.type, ...ms.params] } };
    }
    if (m) {
      this.err(e.selFrom, `invalid method expression ${this.text(e)} (needs pointer receiver (*${typeString(base)}).${e.sel})`);
      return invalid;
    }
    this.err(e, `${this.text(e)} undefined (type ${typeString(x.type)} has no method ${e.sel})`);
    return invalid;
  }
  // Promoted fields and methods: make the embedded field selections explicit first.
  const lk = lookupFieldOrMethod(this.info, x.type, e.sel);
  if (lk?.k === 'ambiguous') {
    this.err(e.selFrom, `ambiguous selector ${this.text(e)}`);
    return invalid;
  }
  const x0 = x;
  if (lk && lk.path.length > 0) x = this.implicitSelections(e, x, lk.path);
  let t = x.type;
  let ptr = false;
  if (underlying(t).k === 'ptr') {
    t = (underlying(t) as { elem: T }).elem;
    ptr = true;
  }
  // Library types: methods (and MemStats fields, Pool.New).
  if (t.k === 'named' && t.std) {
    const methods = STD_METHODS.get(t);
    const m = methods?.[e.sel];
    if (m) {
      this.info.sels[e.id] = { k: 'method', m };
      return { mode: 'value', type: m.sig };
    }
    if (t === tMemStats && MEMSTATS_FIELDS[e.sel]) {
      this.info.sels[e.id] = { k: 'memstats', field: e.sel, ptr };
      return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: MEMSTATS_FIELDS[e.sel] };
    }
    if (t === tPool && e.sel === 'New') {
      this.info.sels[e.id] = { k: 'field', index: 0, ptr, structType: t };
      return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: tPoolNewFunc };
    }
    this.err(e.selFrom, `${this.text(e)} undefined (type ${typeString(x.type)} has no field or method ${e.sel})`);
    return invalid;
  }
  const u = underlying(t);
  if (u.k === 'struct') {
    const idx = u.fields.findIndex((f) => f.name === e.sel);
    if (idx >= 0) {
      this.info.sels[e.id] = { k: 'field', index: idx, ptr, structType: u };
      return { mode: x.mode === 'var' || ptr ? 'var' : 'value', type: u.fields[idx].type };
    }
  }
  void lhs;
  const fn = t.k === 'named' ? this.lookupMethod(t, e.sel) : null;
  if (fn) {
    // Value methods are in the method set of T and *T; pointer methods need *T or an addressable T.
    const how = fn.recv!.ptr && !ptr ? 'addr' : !fn.recv!.ptr && ptr ? 'deref' : 'value';
    if (how === 'addr') {
      if (!this.isAddressable(e.x)) {
        this.err(e.selFrom, `cannot call pointer method ${e.sel} on ${typeString(x0.type)}`);
        return invalid;
      }
      this.markAddrTaken(e.x);
    }
    this.info.sels[e.id] = { k: 'umethod', fn, how };
    return { mode: 'value', type: methodSig(fn) };
  }
  // io.Reader and io.Writer hold the library's types, whose methods are not callable dynamically yet.
  if (u.k === 'iface' && !ptr && u.sigs?.[e.sel] && u.name !== 'io.Reader' && u.name !== 'io.Writer') {
    const sig = u.sigs[e.sel] as Extract<T, { k: 'func' }>;
    this.info.sels[e.id] = { k: 'imethod', name: e.sel, sig };
    return { mode: 'value', type: sig };
  }
  if (u.k === 'iface' && u.methods.includes(e.sel)) {
    this.err(e.selFrom, `calling a method of an interface value (${this.text(e)}) is not supported in the playground`);
    return invalid;
  }
  this.err(e.selFrom, `${this.text(e)} undefined (type ${typeString(x.type)} has no field or method ${e.sel})`);
  return invalid;
};
