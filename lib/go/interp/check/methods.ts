// Method declarations and method lookup (go/types decl.go collectMethods, signature.go
// validRecv, lookup.go LookupFieldOrMethod for methods of the program's own named types).

import type * as A from '../ast';
import { posMark } from '../branches';
import { typeString, underlying, type T } from '../types';
import { Checker, Scope, type FnInfo } from './checker';

declare module './checker' {
  interface Checker {
    methodDecl(d: A.FuncDecl, scope?: Scope): FnInfo | null;
    lookupMethod(t: T, name: string): FnInfo | null;
  }
}

/** A method's type as a value (x.m): its signature without the receiver. */
export function methodSig(fn: FnInfo): Extract<T, { k: 'func' }> {
  return { k: 'func', params: fn.sig.params.slice(1), results: fn.sig.results, variadic: fn.sig.variadic };
}

Checker.prototype.methodDecl = function (this: Checker, d: A.FuncDecl, scope: Scope = this.pkg): FnInfo | null {
  const recv = d.recv!;
  const rt = this.typeOf(recv.type, scope);
  if (rt.k === 'invalid') return null;
  const ptr = rt.k === 'ptr';
  const base = ptr ? rt.elem : rt;
  const name = d.name.name;
  if (base.k !== 'named' || base.pkg !== 'main' || base.std) {
    if (base.k === 'named' || base.k === 'basic') this.err(recv, `cannot define new methods on non-local type ${typeString(base)}`);
    else this.err(recv, `invalid receiver type ${typeString(rt)}`);
    return null;
  }
  const u = underlying(base);
  if (u.k === 'ptr' || u.k === 'iface') {
    this.err(recv, `invalid receiver type ${typeString(base)} (pointer or interface type)`);
    return null;
  }
  const sig = this.funcType({ ...d.type, params: [recv, ...d.type.params] }, scope);
  const info = this.newFn(ptr ? `(*${base.name}).${name}` : `${base.name}.${name}`, d, sig, null);
  info.recv = { base, ptr };
  this.info.funcByDecl.set(d.id, info);
  if (scope !== this.pkg) info.tscope = scope;
  if (name === '_') return info;
  let ms = this.info.methods.get(base);
  if (!ms) this.info.methods.set(base, (ms = new Map()));
  const prev = ms.get(name);
  if (prev) {
    this.err(d.name, `method ${base.name}.${name} already declared at ${posMark((prev.node as A.FuncDecl).name.from)}`);
    return info;
  }
  if (u.k === 'struct' && u.fields.some((f) => f.name === name)) {
    this.err(d.name, `field and method with the same name ${name}`);
    return info;
  }
  ms.set(name, info);
  return info;
};

/** The method `name` declared on named type t (not through pointers or embedding). */
Checker.prototype.lookupMethod = function (this: Checker, t: T, name: string): FnInfo | null {
  return this.info.methods.get(t)?.get(name) ?? null;
};
