// Generics (go/types instantiate.go, infer.go, unify.go, typeset.go), by instantiation: each use
// with new type arguments checks a copy of the generic declaration (fresh node ids) with the type
// parameters bound to those types, as the compiler's stenciling makes a body per type (go1.23's GC
// shapes group pointer types; the allocations are the same). The generic body itself is checked
// only through its instantiations.

import type * as A from '../ast';
import { identical, tInvalid, typeString, underlying, comparable, defaultType, isUntyped, type T } from '../types';
import { missingMethod } from './interfaces';
import { posMark } from '../branches';
import { Checker, Scope, invalid, type FnInfo, type GenericFuncObj, type Operand, type TypeObj } from './checker';

declare module './checker' {
  interface Checker {
    declareGenericType(s: A.TypeSpec): void;
    declareGenericFunc(d: A.FuncDecl): void;
    genericMethod(d: A.FuncDecl): boolean;
    instantiateType(o: TypeObj, args: T[], at: A.Expr): T;
    instantiateFunc(o: GenericFuncObj, args: T[], at: A.Expr): FnInfo | null;
    genericCall(e: A.Call, o: GenericFuncObj, explicit: T[], scope: Scope): Operand;
    satisfies(t: T, c: T, tpName: string, at: A.Expr): boolean;
    typeParamScope(tps: A.TypeParam[], args: T[], at: A.Expr, what: string): Scope | null;
  }
}

/** A deep copy of a declaration with fresh node ids (side tables are keyed by id). */
export function cloneDecl<N>(n: N, file: A.File): N {
  const copy = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(copy);
    if (!x || typeof x !== 'object') return x;
    const o = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = k === 'id' ? file.nodeCount++ : copy(o[k]);
    return out;
  };
  return copy(n) as N;
}

const key = (args: T[]) => args.map((t) => typeString(t, true)).join(',');

Checker.prototype.declareGenericType = function (this: Checker, s: A.TypeSpec): void {
  const t: T = { k: 'named', name: s.name.name, pkg: 'main', underlying: tInvalid };
  const o: TypeObj = { kind: 'type', name: s.name.name, type: t, pos: s.name.from, generic: { spec: s, methods: [], instances: new Map() } };
  this.pkg.names.set(s.name.name, o);
  this.info.defs[s.name.id] = o;
};

Checker.prototype.declareGenericFunc = function (this: Checker, d: A.FuncDecl): void {
  const name = d.name.name;
  if (this.pkg.names.has(name)) {
    this.err(d.name, `${name} redeclared in this block`);
    return;
  }
  const o: GenericFuncObj = { kind: 'gfunc', name, decl: d, instances: new Map(), pos: d.name.from };
  this.pkg.names.set(name, o);
  this.info.defs[d.name.id] = o;
};

/** A method of a generic type (receiver Stack[T] or *Stack[T]): kept for its type's instantiations. */
Checker.prototype.genericMethod = function (this: Checker, d: A.FuncDecl): boolean {
  let rt = d.recv!.type;
  if (rt.kind === 'PointerType') rt = rt.elem;
  if (rt.kind !== 'Instance' || rt.x.kind !== 'Ident') return false;
  const o = this.pkg.lookup(rt.x.name);
  if (o?.kind !== 'type' || !o.generic) return false;
  o.generic.methods.push(d);
  return true;
};

/** The scope binding type parameters to type arguments, after checking the constraints. */
Checker.prototype.typeParamScope = function (this: Checker, tps: A.TypeParam[], args: T[], at: A.Expr, what: string): Scope | null {
  if (args.length !== tps.length) {
    this.err(at, `${args.length < tps.length ? 'not enough' : 'too many'} type arguments for ${what}: have ${args.length}, want ${tps.length}`);
    return null;
  }
  const scope = new Scope(this.pkg, null);
  tps.forEach((tp, i) => scope.names.set(tp.name.name, { kind: 'type', name: tp.name.name, type: args[i], pos: tp.name.from, typeParam: true }));
  for (let i = 0; i < tps.length; i++) {
    const c = this.typeOf(tps[i].constraint, scope);
    if (!this.satisfies(args[i], c, tps[i].name.name, at)) return null;
  }
  return scope;
};

Checker.prototype.satisfies = function (this: Checker, t: T, c: T, tpName: string, at: A.Expr): boolean {
  void tpName;
  const cu = underlying(c);
  if (cu.k !== 'iface') return true;
  const name = typeString(c);
  if (cu.comparableOnly && !comparable(t)) {
    this.err(at, `${typeString(t)} does not satisfy comparable`);
    return false;
  }
  for (const union of cu.unions ?? []) {
    const ok = union.some((term) => (term.tilde ? identical(underlying(t), underlying(term.type)) : identical(t, term.type)));
    if (!ok) {
      const terms = union.map((term) => (term.tilde ? '~' : '') + typeString(term.type)).join(' | ');
      this.err(at, `${typeString(t)} does not satisfy ${name} (${typeString(t)} missing in ${terms})`);
      return false;
    }
  }
  if (cu.methods.length > 0) {
    const why = missingMethod(this.info, t, c);
    if (why !== null) {
      this.err(at, `${typeString(t)} does not satisfy ${name} ${why}`);
      return false;
    }
  }
  return true;
};

Checker.prototype.instantiateType = function (this: Checker, o: TypeObj, args: T[], at: A.Expr): T {
  const g = o.generic!;
  const k = key(args);
  const have = g.instances.get(k);
  if (have) return have;
  const scope = this.typeParamScope(g.spec.typeParams!, args, at, o.name);
  if (!scope) return tInvalid;
  const t: Extract<T, { k: 'named' }> = { k: 'named', name: `${o.name}[${args.map((a) => typeString(a)).join(',')}]`, pkg: 'main', underlying: tInvalid };
  g.instances.set(k, t);
  this.instanceArgs.set(t, args);
  t.underlying = underlying(this.typeOf(cloneDecl(g.spec.type, this.file), scope));
  // Its methods: each a copy whose receiver's type parameters are bound to these arguments.
  for (const md of g.methods) {
    const d = cloneDecl(md, this.file);
    let rt = d.recv!.type;
    if (rt.kind === 'PointerType') rt = rt.elem;
    const names = (rt as A.InstanceExpr).args.map((a) => (a.kind === 'Ident' ? a.name : '_'));
    const ms = new Scope(this.pkg, null);
    names.forEach((n, i) => ms.names.set(n, { kind: 'type', name: n, type: args[i] ?? tInvalid, pos: d.recv!.from, typeParam: true }));
    const info = this.methodDecl(d, ms);
    if (info) {
      info.tscope = ms;
      info.generic = true;
      this.pendingBodies.push(() => this.funcBody(info, { ...d.type, params: [d.recv!, ...d.type.params] }, d.body));
    }
  }
  return t;
};

Checker.prototype.instantiateFunc = function (this: Checker, o: GenericFuncObj, args: T[], at: A.Expr): FnInfo | null {
  const k = key(args);
  const have = o.instances.get(k);
  if (have) return have;
  const scope = this.typeParamScope(o.decl.typeParams!, args, at, o.name);
  if (!scope) return null;
  const d = cloneDecl(o.decl, this.file);
  const sig = this.funcType(d.type, scope);
  const info = this.newFn(`${o.name}[${args.map((a) => typeString(a)).join(',')}]`, d, sig, null);
  info.tscope = scope;
  info.generic = true;
  this.info.funcByDecl.set(d.id, info);
  o.instances.set(k, info);
  this.pendingBodies.push(() => this.funcBody(info, d.type, d.body));
  return info;
};

/**
 * A call of a generic function: type arguments given (f[int](x)) or inferred from the arguments'
 * types by unifying them with the parameters' type expressions; untyped constants count last,
 * with their default type.
 */
Checker.prototype.genericCall = function (this: Checker, e: A.Call, o: GenericFuncObj, explicit: T[], scope: Scope): Operand {
  const tps = o.decl.typeParams!;
  const names = tps.map((t) => t.name.name);
  const bound = new Map<string, T>();
  explicit.forEach((t, i) => names[i] !== undefined && bound.set(names[i], t));
  const untyped = new Map<string, T>();
  const params = o.decl.type.params;
  const ops: (Operand | null)[] = e.args.map((a) => (a.kind === 'FuncLit' ? null : this.expr(a, scope)));
  const unify = (pe: A.Expr, t: T): void => {
    if (t.k === 'invalid') return;
    if (pe.kind === 'Ident' && names.includes(pe.name)) {
      if (isUntyped(t)) {
        const prev = untyped.get(pe.name);
        const rank = (x: T) => ({ 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3 } as Record<string, number>)[(x as { name: string }).name] ?? 0;
        if (!prev || rank(t) > rank(prev)) untyped.set(pe.name, t);
        return;
      }
      if (!bound.has(pe.name)) bound.set(pe.name, t);
      return;
    }
    const u = underlying(t);
    if ((pe.kind === 'SliceType' && u.k === 'slice') || (pe.kind === 'PointerType' && u.k === 'ptr') || (pe.kind === 'ArrayType' && u.k === 'array') || (pe.kind === 'ChanType' && u.k === 'chan')) return unify(pe.elem, u.elem);
    if (pe.kind === 'MapType' && u.k === 'map') {
      unify(pe.key, u.key);
      return unify(pe.value, u.elem);
    }
    if (pe.kind === 'FuncType' && u.k === 'func') {
      pe.params.forEach((p, i) => u.params[i] && unify(p.type, u.params[i]));
      pe.results.forEach((p, i) => u.results[i] && unify(p.type, u.results[i]));
      return;
    }
    if (pe.kind === 'Instance' && t.k === 'named' && pe.x.kind === 'Ident') {
      const go = this.pkg.lookup(pe.x.name);
      if (go?.kind === 'type' && go.generic) {
        for (const [k, inst] of go.generic.instances) {
          if (inst !== t) continue;
          void k;
          const targs = (this.instanceArgs.get(inst) ?? []) as T[];
          pe.args.forEach((a, i) => targs[i] && unify(a, targs[i]));
        }
      }
    }
  };
  e.args.forEach((a, i) => {
    const p = params[Math.min(i, params.length - 1)];
    if (!p) return;
    const op = ops[i];
    const t = op ? op.type : a.kind === 'FuncLit' ? this.funcType(a.type, scope) : tInvalid;
    // A func literal's parameter types may not mention type parameters still unknown: unify its signature too.
    unify(p.variadic && !e.ellipsis ? p.type : p.variadic ? ({ kind: 'SliceType', elem: p.type, id: -1, from: 0, to: 0 } as A.SliceTypeExpr) : p.type, t);
  });
  for (const [n, t] of untyped) if (!bound.has(n)) bound.set(n, defaultType(t));
  const missing = names.find((n) => !bound.has(n));
  if (missing) {
    const tp = tps.find((t) => t.name.name === missing)!;
    this.err(e.lparen, `in call to ${this.text(e.fun)}, cannot infer ${missing} (${posMark(tp.name.from)})`);
    return invalid;
  }
  // Constraint errors of inferred type arguments are reported at the call's '('.
  const at: A.Expr = explicit.length ? (e.fun as A.Expr) : ({ kind: 'BadExpr', id: -1, from: e.lparen, to: e.lparen + 1 } as A.BadExpr);
  const fn = this.instantiateFunc(o, names.map((n) => bound.get(n)!), at);
  if (!fn) return invalid;
  this.info.calls[e.id] = { k: 'func', fn };
  if (this.fn) this.fn.callees.add(fn);
  // The arguments against the instantiated parameters (func literals are checked now, once).
  const sig = fn.sig;
  const n = sig.params.length;
  e.args.forEach((a, i) => {
    const op = ops[i] ?? this.expr(a, scope);
    let pt = sig.params[Math.min(i, n - 1)];
    if (sig.variadic && !e.ellipsis && i >= n - 1) pt = (underlying(pt) as { elem: T }).elem;
    if (pt) this.assignable(op, pt, a, `argument to ${this.text(e.fun)}`);
  });
  if (e.args.length < n - (sig.variadic ? 1 : 0)) this.err(e.rparen, `not enough arguments in call to ${this.text(e.fun)}`);
  if (sig.results.length === 0) return { mode: 'novalue', type: tInvalid };
  if (sig.results.length === 1) return { mode: 'value', type: sig.results[0] };
  return { mode: 'value', type: sig.results[0], tuple: sig.results };
};
