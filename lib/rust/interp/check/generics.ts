// Generic functions (rustc's monomorphisation, done at type-check time): `fn f<T: Shape>(x: &T)`,
// `where T: Shape + Clone`, `impl Trait` parameters (anonymous type parameters) and `impl Trait`
// return types. A call infers the type parameters from its arguments (or `f::<T>()`), checks the
// bounds (E0277 with rustc's labels) and uses the instance for those types: a copy of the function
// checked with T bound to them, so sizes, drops and method calls inside follow T as in the real
// monomorphised code. The generic body itself is only checked through its instances.

import type { Expr, FnDecl, TypeExpr, TypeParam } from '../ast';
import { fmtTy, isCopy, prune, zonk, type TraitInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar, type FnInfo } from './checker';
import { cloneFn } from './traits';

declare module './checker' {
  interface Checker {
    generics: Map<string, FnDecl>;
    tyEnv: Map<string, Ty> | null;
    isGenericFn(f: FnDecl): boolean;
    genericCall(e: Extract<Expr, { k: 'call' }>, d: FnDecl, targs: Ty[] | null, expected?: Ty): Ty;
    /** `x.m::<T>(..)` of a generic method (the receiver already checked): the instance's return type. */
    genericMethodCall(e: Extract<Expr, { k: 'method' }>, d: FnDecl, expected?: Ty): Ty;
    sigRet(f: FnDecl): Ty;
    checkBodies(): void;
    boundHolds(t: Ty, bound: string): boolean;
    /** The generic function whose instance is being checked (its bounds limit the methods of T). */
    curGeneric: FnDecl | null;
    checkBoundMethod(e: Extract<Expr, { k: 'method' }>): void;
  }
}

/** The type parameters of a function, `impl Trait` parameters included (named `impl#N`). */
function typeParamsOf(d: FnDecl): TypeParam[] {
  const cached = (d as { allTparams?: TypeParam[] }).allTparams;
  if (cached) return cached;
  const out = [...(d.tparams ?? [])];
  const walk = (t: TypeExpr) => {
    if (t.k === 'impl') {
      const name = `impl#${out.length}`;
      (t as { anon?: string }).anon = name;
      out.push({ name, span: t, bounds: t.traits });
    } else if (t.k === 'ref' || t.k === 'array') walk(t.elem);
    else if (t.k === 'tuple') t.elems.forEach(walk);
    else if (t.k === 'path') t.args.forEach(walk);
  };
  for (const p of d.params) walk(p.ty);
  (d as { allTparams?: TypeParam[] }).allTparams = out;
  return out;
}

const mentions = (t: TypeExpr, name: string): boolean => {
  switch (t.k) {
    case 'impl':
      return (t as { anon?: string }).anon === name;
    case 'path':
      return t.name === name || t.args.some((a) => mentions(a, name));
    case 'ref':
    case 'array':
      return mentions(t.elem, name);
    case 'tuple':
      return t.elems.some((a) => mentions(a, name));
    default:
      return false;
  }
};

Checker.prototype.isGenericFn = function (this: Checker, f: FnDecl): boolean {
  return typeParamsOf(f).length > 0;
};

Checker.prototype.sigRet = function (this: Checker, f: FnDecl): Ty {
  // `-> impl Trait`: the body's type (its body is checked before the callers')
  if (f.ret && f.ret.k === 'impl') return newVar();
  return f.ret ? this.safeType(f.ret) : { k: 'unit' };
};

/** Whether a std trait bound holds for a concrete type (the program's traits: its impls). */
Checker.prototype.boundHolds = function (this: Checker, t: Ty, bound: string): boolean {
  const tr = this.traits.get(bound);
  if (tr) return this.implementsTrait(t, tr);
  const p = prune(t);
  switch (bound) {
    case 'Copy':
      return isCopy(p);
    case 'Clone':
      return isCopy(p) || (p.k === 'struct' ? p.s.clone : p.k === 'String' || p.k === 'Vec' || p.k === 'Box' || p.k === 'Option' || p.k === 'tuple');
    case 'Debug':
      return p.k === 'struct' ? p.s.debug : true;
    case 'Display':
      return p.k === 'struct' ? p.s.display !== null : p.k === 'int' || p.k === 'float' || p.k === 'bool' || p.k === 'char' || p.k === 'String' || p.k === 'str' || p.k === 'ref';
    case 'PartialEq':
      return p.k === 'struct' ? !!p.s.eq : true;
    default:
      return true;
  }
};

Checker.prototype.genericMethodCall = function (this: Checker, e: Extract<Expr, { k: 'method' }>, d: FnDecl, expected?: Ty): Ty {
  const targs = e.targs ? e.targs.map((t) => this.type(t)) : null;
  // the same as a call with the receiver left out of the arguments
  const call = { from: e.from, to: e.to, k: 'call', callee: { from: e.nameSpan.from, to: e.nameSpan.to, k: 'name', name: e.name }, args: e.args } as Extract<Expr, { k: 'call' }>;
  const ret = this.genericCall(call, d, targs, expected);
  e.fn = call.fn;
  return ret;
};

Checker.prototype.genericCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, d: FnDecl, targs: Ty[] | null, expected?: Ty): Ty {
  const tps = typeParamsOf(d);
  const env = new Map<string, Ty>(tps.map((p, i) => [p.name, targs?.[i] ?? newVar()]));
  const outer = this.tyEnv;
  this.tyEnv = env;
  let params: Ty[];
  try {
    params = d.params.map((p) => this.type(p.ty));
    // `let d: Doubler = build(21)`: a type parameter only the return type names
    if (expected && d.ret && d.ret.k !== 'impl') this.tryUnify(this.type(d.ret), expected);
  } finally {
    this.tyEnv = outer;
  }
  if (e.args.length !== params.length) throw new CheckError(e, `this function takes ${params.length} argument${params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  e.args.forEach((a, i) => this.coerceTo(a, params[i]));
  const concrete = tps.map((p) => {
    const t = prune(env.get(p.name)!);
    if (t.k === 'var' && t.kind === 'any') throw new CheckError(e.callee, 'type annotations needed', undefined, 'E0282');
    return zonk(t);
  });
  // the bounds, where rustc reports them: at the argument whose type names the parameter
  tps.forEach((p, i) => {
    for (const b of p.bounds) {
      if (this.boundHolds(concrete[i], b.name)) continue;
      const ai = d.params.findIndex((x) => mentions(x.ty, p.name));
      const at = ai >= 0 ? e.args[ai] : e.callee;
      const local = prune(concrete[i]).k === 'struct';
      const label = local ? 'unsatisfied trait bound' : `the trait \`${b.name}\` is not implemented for \`${fmtTy(concrete[i])}\``;
      throw new CheckError(at, `the trait bound \`${fmtTy(concrete[i])}: ${b.name}\` is not satisfied`, [{ from: at.from, message: label }, { from: e.callee.from, message: 'required by a bound introduced by this call' }], 'E0277');
    }
  });
  const key = `${d.key ?? d.name}::<${concrete.map(fmtTy).join(', ')}>`;
  let info = this.fns.get(key);
  if (!info) {
    const inst = cloneFn(d);
    inst.key = key;
    (inst as { genericOf?: FnDecl }).genericOf = d;
    inst.tenv = new Map(tps.map((p, i) => [p.name, concrete[i]]));
    delete inst.tparams;
    // the clone's `impl` parameters get the same anonymous names
    typeParamsOf(inst);
    this.tyEnv = inst.tenv;
    try {
      const outerSelf = this.selfTy;
      this.selfTy = this.implSelf(inst.impl) ?? outerSelf; // a generic method's `Self`
      const ps = inst.params.map((p) => this.safeType(p.ty));
      info = { decl: inst, params: ps, ret: this.sigRet(inst), selfTy: this.receiverTy(inst) } satisfies FnInfo;
      this.selfTy = outerSelf;
    } finally {
      this.tyEnv = outer;
    }
    inst.paramTys = info.params;
    inst.retTy = info.ret;
    this.fns.set(key, info);
  }
  e.fn = info.decl;
  return info.ret;
};

/**
 * Checks every function body: those returning `impl Trait` first (their callers need the type),
 * then the rest, then the generic instances the bodies created, until there are no new ones.
 */
Checker.prototype.checkBodies = function (this: Checker): void {
  const done = new Set<FnInfo>();
  for (;;) {
    const batch = [...this.fns.values()].filter((f) => !done.has(f));
    if (!batch.length) break;
    batch.sort((a, b) => Number(b.decl.ret?.k === 'impl') - Number(a.decl.ret?.k === 'impl'));
    for (const f of batch) {
      done.add(f);
      this.selfTy = this.implSelf(f.decl.impl);
      this.tyEnv = f.decl.tenv ?? null;
      this.curGeneric = (f.decl as { genericOf?: FnDecl }).genericOf ?? null;
      this.fnBody(f);
    }
  }
  this.tyEnv = null;
  this.curGeneric = null;
};

/** Methods a std bound gives a type parameter. */
const STD_BOUND_METHODS: Record<string, string[]> = { Clone: ['clone'], Display: ['to_string'], PartialOrd: ['partial_cmp', 'lt', 'gt', 'le', 'ge'], Ord: ['cmp', 'max', 'min'], PartialEq: ['eq', 'ne'], Default: [] };

/**
 * `x.m()` in a generic function where x is a parameter of type T (or &T, &mut T): rustc resolves it
 * against T's bounds only (E0599 otherwise), whatever type the instance has.
 */
Checker.prototype.checkBoundMethod = function (this: Checker, e: Extract<Expr, { k: 'method' }>): void {
  const g = this.curGeneric;
  if (!g || e.recv.k !== 'name') return;
  const local = this.lookup(e.recv.name);
  if (!local?.isParam) return;
  const name = e.recv.name;
  const p = g.params.find((x) => x.pat.k === 'bind' && x.pat.name === name);
  if (!p) return;
  const ref = p.ty.k === 'ref' ? p.ty : null;
  const base = ref ? ref.elem : p.ty;
  if (base.k !== 'path' || base.args.length) return;
  const tp = (g.tparams ?? []).find((t) => t.name === (base as { name: string }).name);
  if (!tp) return;
  const provided = tp.bounds.some((b) => {
    const tr = this.traits.get(b.name);
    return tr ? traitMethodNamed(tr, e.name) : (STD_BOUND_METHODS[b.name] ?? []).includes(e.name);
  });
  if (provided) return;
  if (ref) {
    const shown = `&${ref.mut ? 'mut ' : ''}${tp.name}`;
    throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for reference \`${shown}\` in the current scope`, [{ from: e.nameSpan.from, message: `method not found in \`${shown}\`` }], 'E0599');
  }
  throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for type parameter \`${tp.name}\` in the current scope`, [{ from: tp.span.from, message: `method \`${e.name}\` not found for this type parameter` }, { from: e.nameSpan.from, message: `method not found in \`${tp.name}\`` }], 'E0599');
};

function traitMethodNamed(tr: TraitInfo, name: string): boolean {
  return tr.decl.fns.some((f) => f.name === name) || tr.supers.some((s) => traitMethodNamed(s, name));
}
