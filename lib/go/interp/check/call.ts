// Calls and their arguments (go/types call.go).

import type * as A from '../ast';
import { STD_PACKAGES, type StdFunc, type StdMember, type StdMethod } from '../std';
import { isInterface, defaultType, layout, tInvalid, tUintptr, typeString, underlying, type T } from '../types';
import { Checker, type FnInfo, type FuncObj, type Operand, invalid, Scope, unparen } from './checker';

declare module './checker' {
  interface Checker {
    call(e: A.Call, scope: Scope, multi: boolean): Operand;
    maybeType(e: A.Expr, scope: Scope): T | null;
    checkArgs(e: A.Call, sig: Extract<T, { k: 'func' }>, scope: Scope, name: string, pre?: Operand[]): void;
    unsafeBuiltin(e: A.Call, name: string, scope: Scope): Operand;
    genericStdCall(e: A.Call, f: StdFunc, scope: Scope, multi: boolean): Operand;
    receiverArg(sel: A.Selector, fn: FnInfo, how: 'value' | 'addr' | 'deref'): A.Expr;
  }
}

Checker.prototype.call = function (this: Checker, e: A.Call, scope: Scope, multi: boolean): Operand {
  const fun = unparen(e.fun);
  // Conversions: T(x)
  const convT = fun.kind === 'Ident' || fun.kind === 'Instance' || fun.kind === 'Selector' || fun.kind === 'QualifiedType' || fun.kind === 'ArrayType' || fun.kind === 'SliceType' || fun.kind === 'PointerType' || fun.kind === 'FuncType' || fun.kind === 'InterfaceType' || (fun.kind === 'Unary' && fun.op === '*')
    ? this.maybeType(fun, scope)
    : null;
  if (convT) return this.conversion(e, convT, scope);
  // Generic functions: f(x) with inferred type arguments, f[int](x) with explicit ones.
  const gx = fun.kind === 'Instance' ? fun.x : fun;
  if (gx.kind === 'Ident') {
    const go = scope.lookup(gx.name);
    if (go?.kind === 'gfunc') {
      this.info.uses[gx.id] = go;
      const explicit = fun.kind === 'Instance' ? fun.args.map((a) => this.typeOf(a, scope)) : [];
      return this.genericCall(e, go, explicit, scope);
    }
  }
  if (fun.kind === 'Ident') {
    const o = scope.lookup(fun.name);
    if (o?.kind === 'builtin') {
      this.info.uses[fun.id] = o;
      this.info.calls[e.id] = { k: 'builtin', name: fun.name };
      return this.builtin(e, fun.name, scope);
    }
  }
  if (fun.kind === 'Selector' && fun.x.kind === 'Ident') {
    const o = scope.lookup(fun.x.name);
    const m = o?.kind === 'pkg' ? STD_PACKAGES[o.path]?.[fun.sel] : undefined;
    if (o?.kind === 'pkg' && m?.kind === 'builtin') {
      o.used = true;
      this.info.uses[fun.x.id] = o;
      return this.unsafeBuiltin(e, m.name, scope);
    }
    if (o?.kind === 'pkg' && m?.kind === 'func' && m.generic) {
      o.used = true;
      this.info.uses[fun.x.id] = o;
      this.info.sels[fun.id] = { k: 'pkg', member: m };
      return this.genericStdCall(e, m, scope, multi);
    }
  }
  const f = this.expr(e.fun, scope);
  if (f.mode === 'invalid') {
    for (const a of e.args) this.expr(a, scope, true);
    return invalid;
  }
  const sig = underlying(f.type);
  if (sig.k !== 'func') {
    this.err(e, `invalid operation: cannot call non-function ${this.text(e.fun)} (${this.describeShort(f, e.fun)})`);
    for (const a of e.args) this.expr(a, scope);
    return invalid;
  }
  // What is being called.
  if (fun.kind === 'Ident' && this.info.uses[fun.id]?.kind === 'func') {
    this.info.calls[e.id] = { k: 'func', fn: (this.info.uses[fun.id] as FuncObj).info };
  } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'pkg') {
    const m = (this.info.sels[fun.id] as { member: StdMember }).member;
    if (m.kind === 'func') this.info.calls[e.id] = { k: 'std', f: m };
  } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'umethod') {
    const sel = this.info.sels[fun.id] as { fn: FnInfo; how: 'value' | 'addr' | 'deref' };
    this.info.calls[e.id] = { k: 'func', fn: sel.fn, recv: this.receiverArg(fun, sel.fn, sel.how) };
  } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'imethod') {
    const sel = this.info.sels[fun.id] as { name: string; sig: Extract<T, { k: 'func' }> };
    this.info.calls[e.id] = { k: 'iface', name: sel.name, sig: sel.sig };
  } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'mexpr') {
    this.info.calls[e.id] = { k: 'func', fn: (this.info.sels[fun.id] as { fn: FnInfo }).fn };
  } else if (fun.kind === 'Selector' && this.info.sels[fun.id]?.k === 'method') {
    const m = (this.info.sels[fun.id] as { m: StdMethod }).m;
    const rt = this.info.types[fun.x.id]!;
    const isPtr = underlying(rt).k === 'ptr';
    if (!isPtr) {
      // Pointer method on a value: needs an addressable operand (&x implicitly).
      const addressable = this.isAddressable(fun.x);
      if (!addressable) {
        this.err(e, `cannot call pointer method ${m.name} on ${typeString(rt)}`);
        return invalid;
      }
      this.markAddrTaken(fun.x);
    }
    this.info.calls[e.id] = { k: 'method', m, recvType: isPtr ? (underlying(rt) as { elem: T }).elem : rt, recvIsPtr: isPtr };
  } else {
    this.info.calls[e.id] = { k: 'value' };
  }
  this.checkArgs(e, sig, scope, this.text(e.fun));
  if (sig.results.length === 0) return { mode: 'novalue', type: tInvalid };
  if (sig.results.length === 1) return { mode: 'value', type: sig.results[0] };
  if (!multi) {
    this.err(e, `multiple-value ${this.text(e)} (value of type (${sig.results.map((t) => typeString(t)).join(', ')})) in single-value context`);
    return invalid;
  }
  return { mode: 'value', type: sig.results[0], tuple: sig.results };
};

Checker.prototype.maybeType = function (this: Checker, e: A.Expr, scope: Scope): T | null {
  if (e.kind === 'Ident') {
    const o = scope.lookup(e.name);
    if (o?.kind === 'type') {
      this.info.uses[e.id] = o;
      return o.type;
    }
    if (!o && this.typeDeclsPending.has(e.name)) return this.resolveNamedType(e.name);
    return null;
  }
  if (e.kind === 'Selector') {
    if (e.x.kind !== 'Ident') return null;
    const o = scope.lookup(e.x.name);
    if (o?.kind !== 'pkg') return null;
    const m = STD_PACKAGES[o.path]?.[e.sel];
    if (m?.kind !== 'type') return null;
    o.used = true;
    return m.type;
  }
  if (e.kind === 'Unary') {
    const inner = this.maybeType(unparen(e.x), scope);
    return inner ? { k: 'ptr', elem: inner } : null;
  }
  return this.typeExprOrNull(e, scope);
};

Checker.prototype.checkArgs = function (this: Checker, e: A.Call, sig: Extract<T, { k: 'func' }>, scope: Scope, name: string, pre?: Operand[]): void {
  const params = sig.params;
  let ops: Operand[];
  if (pre) ops = pre;
  else if (e.args.length === 1 && (params.length > 1 || (sig.variadic && !e.ellipsis))) {
    const op = this.expr(e.args[0], scope, true);
    ops = op.tuple ? op.tuple.map((t) => ({ mode: 'value' as const, type: t })) : [op];
    if (op.tuple && e.ellipsis) this.err(e, `cannot use ... with multi-valued ${this.text(e.args[0])}`);
  } else ops = this.exprList(e.args, scope, 1);
  const spread = ops.length !== e.args.length; // f(g()) with multi-value g
  const argAt = (i: number) => (spread ? e.args[0] : e.args[i]);
  const have = () => `(${ops.map((o) => this.describeType(o)).join(', ')})`;
  const want = () => `(${params.map((p, i) => (sig.variadic && i === params.length - 1 ? '...' + typeString((p as { elem: T }).elem) : typeString(p))).join(', ')})`;
  if (e.ellipsis) {
    if (!sig.variadic) {
      this.err(e, `have (...) used with non-variadic function ${name}`);
      return;
    }
    if (ops.length !== params.length) {
      this.err(ops.length < params.length ? argAt(ops.length - 1) : argAt(params.length), `${ops.length < params.length ? 'not enough' : 'too many'} arguments in call to ${name}\n\thave ${have()}\n\twant ${want()}`);
      return;
    }
    ops.forEach((op, i) => this.assignable(op, params[i], argAt(i), `argument to ${name}`));
    return;
  }
  const nfixed = sig.variadic ? params.length - 1 : params.length;
  if (ops.length < nfixed || (!sig.variadic && ops.length > nfixed)) {
    const tooMany = ops.length > nfixed;
    // types2: at the first extra argument, else at the last argument, else at the call.
    this.err(tooMany ? argAt(nfixed) : e.args.length ? argAt(ops.length - 1) : e.from, `${tooMany ? 'too many' : 'not enough'} arguments in call to ${name}\n\thave ${have()}\n\twant ${want()}`);
    return;
  }
  ops.forEach((op, i) => {
    const pt = i < nfixed ? params[i] : (params[params.length - 1] as { elem: T }).elem;
    this.assignable(op, pt, argAt(i), `argument to ${name}`);
  });
  if (spread) {
    // f(g()) with multi-value g: each result is converted on its own (the call node has no single type).
    this.info.toIface[e.args[0].id] = undefined;
    this.info.spreadIface.set(e.args[0].id, ops.map((op, i) => {
      const pt = i < nfixed ? params[i] : (params[params.length - 1] as { elem: T }).elem;
      return isInterface(pt) && !isInterface(op.type) ? op.type : undefined;
    }));
  }
};

/**
 * The receiver as the method's first argument: x itself, &x (pointer method on an addressable
 * value) or *x (value method through a pointer), as typecheck's FixMethodCall rewrites x.m(args).
 * The implicit & and * are new nodes with their own ids (side tables grow past nodeCount).
 */
Checker.prototype.receiverArg = function (this: Checker, sel: A.Selector, fn: FnInfo, how: 'value' | 'addr' | 'deref'): A.Expr {
  if (how === 'value') return sel.x;
  const id = this.file.nodeCount++;
  const u: A.Unary = { kind: 'Unary', id, from: sel.x.from, to: sel.x.to, op: how === 'addr' ? '&' : '*', x: sel.x };
  this.info.types[id] = how === 'addr' ? { k: 'ptr', elem: fn.recv!.base } : fn.recv!.base;
  return u;
};

/** unsafe.Sizeof / Alignof / Offsetof(x): constants of type uintptr (x is checked, never evaluated). */
Checker.prototype.unsafeBuiltin = function (this: Checker, e: A.Call, name: string, scope: Scope): Operand {
  const call = `unsafe.${name}`;
  if (e.args.length !== 1) {
    for (const a of e.args) this.expr(a, scope);
    this.err(e.args.length ? e.args[1] : e, `${e.args.length ? 'too many' : 'not enough'} arguments for ${this.text(e)} (expected 1, found ${e.args.length})`);
    return invalid;
  }
  const arg = unparen(e.args[0]);
  const x = this.expr(arg, scope);
  if (x.mode === 'invalid') return invalid;
  if (x.mode === 'type') {
    this.err(arg, `${this.text(arg)} (type) is not an expression`);
    return invalid;
  }
  let n: number;
  if (name === 'Offsetof') {
    const sel = arg.kind === 'Selector' ? this.info.sels[arg.id] : undefined;
    if (sel?.k !== 'field') {
      this.err(arg, `invalid argument: ${this.text(arg)} is not a selector expression`);
      return invalid;
    }
    const st = underlying(sel.structType) as Extract<T, { k: 'struct' }>;
    layout(st);
    n = st.offsets![sel.index];
  } else {
    const t = defaultType(x.type);
    n = name === 'Sizeof' ? layout(t).size : layout(t).align;
  }
  this.info.calls[e.id] = { k: 'builtin', name: call };
  return { mode: 'const', type: tUintptr, val: { k: 'int', v: BigInt(n) } };
};

/** A generic library function (slices.Sort, ...): its type parameters inferred from the arguments. */
Checker.prototype.genericStdCall = function (this: Checker, e: A.Call, f: StdFunc, scope: Scope, multi: boolean): Operand {
  const name = this.text(e.fun);
  const ops = this.exprList(e.args, scope, 1);
  if (ops.some((o) => o.mode === 'invalid')) return invalid;
  const sig = f.generic!(ops.map((o) => o.type));
  if (f.pkg === 'maps' && sig) this.seqCalls.set(e.id, e);
  if ((f.name === 'Collect' || f.name === 'Sorted') && e.args[0]) this.seqConsumed.add(unparen(e.args[0]).id);
  if (!sig && f.inferError) {
    this.err(e.lparen, f.inferError(ops.map((o) => o.type)));
    return invalid;
  }
  if (!sig) {
    const t = ops[0] ? typeString(ops[0].type) : '';
    this.err(e.args[0] ?? e, ops[0] ? `in call to ${name}, S (type ${t}) does not satisfy ~[]E` : `not enough arguments in call to ${name}`);
    return invalid;
  }
  this.info.calls[e.id] = { k: 'std', f: { ...f, sig } };
  this.checkArgs(e, sig, scope, name, ops);
  if (sig.results.length === 0) return { mode: 'novalue', type: tInvalid };
  if (sig.results.length === 1) return { mode: 'value', type: sig.results[0] };
  if (!multi) {
    this.err(e, `multiple-value ${this.text(e)} (value of type (${sig.results.map((t) => typeString(t)).join(', ')})) in single-value context`);
    return invalid;
  }
  return { mode: 'value', type: sig.results[0], tuple: sig.results };
};
