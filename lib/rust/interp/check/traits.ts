// The program's traits (rustc's collect + coherence + trait selection, for the subset): `trait`
// items with required and provided methods and supertraits; `impl Trait for S` blocks, whose methods
// join S's (a provided method the impl does not override is copied in with `Self` = S, as
// monomorphisation would); E0046 / E0407 on impls; trait objects (`dyn Trait`) and their method calls
// (dispatched at run time through compile-trait.ts's vtables); the unsizing coercions
// `Box<S>` → `Box<dyn Trait>`, `&S` → `&dyn Trait` with E0277 when S does not implement the trait.

import type { ConstDecl, Expr, FnDecl, ImplDecl, TypeExpr } from '../ast';
import { fmtTy, prune, type StructInfo, type TraitInfo, type Ty } from '../ty';
import { CheckError, Checker, type SelfMode } from './checker';
import { placeName, behindRefNote } from './place';

declare module './checker' {
  interface Checker {
    traits: Map<string, TraitInfo>;
    traitImplQueue: ImplDecl[];
    collectTraits(): void;
    implTraits(): void;
    implementsTrait(t: Ty, tr: TraitInfo): boolean;
    traitType(t: Extract<TypeExpr, { k: 'dyn' | 'impl' }>): Ty;
    dynMethod(e: Extract<Expr, { k: 'method' }>, rt: Ty, t: Extract<Ty, { k: 'dyn' }>, viaRef: 'none' | 'ref' | 'mut', derefs: number): Ty;
    traitPathCall(e: Extract<Expr, { k: 'call' }>, tr: TraitInfo, name: string): Ty;
    coerceDyn(e: Expr, ex: Ty, ac: Ty): boolean;
    unimplementedTraitMethod(s: StructInfo, name: string): string | null;
    userOperator(e: Extract<Expr, { k: 'binary' }>, lt: Ty): Ty | null;
  }
}

/** A deep copy of a function's AST (its impl block shared), for a copy checked on its own. */
export function cloneFn(d: FnDecl): FnDecl {
  const deep = (x: unknown, k?: string): unknown => {
    if (k === 'impl') return x;
    if (Array.isArray(x)) return x.map((y) => deep(y));
    if (x && typeof x === 'object' && !(x instanceof Map)) {
      const o: Record<string, unknown> = {};
      for (const [kk, v] of Object.entries(x)) o[kk] = deep(v, kk);
      return o;
    }
    return x;
  };
  return deep(d) as FnDecl;
}

/** A trait's method (its own or a supertrait's), with the trait declaring it. */
export function traitMethod(tr: TraitInfo, name: string): { tr: TraitInfo; f: FnDecl } | null {
  const f = tr.decl.fns.find((x) => x.name === name);
  if (f) return { tr, f };
  for (const s of tr.supers) {
    const r = traitMethod(s, name);
    if (r) return r;
  }
  return null;
}

Checker.prototype.collectTraits = function (this: Checker): void {
  this.traits = new Map();
  this.traitImplQueue = [];
  const decls = this.prog.traits ?? [];
  for (const d of decls) {
    if (this.traits.has(d.name)) this.err(d.nameSpan, `the name \`${d.name}\` is defined multiple times`);
    else this.traits.set(d.name, { name: d.name, decl: d, supers: [] });
  }
  for (const d of decls) {
    const tr = this.traits.get(d.name)!;
    for (const s of d.supers) {
      const st = this.traits.get(s.name);
      if (st) tr.supers.push(st);
      else if (!/^(Debug|Clone|Copy|PartialEq|Display|Sized)$/.test(s.name)) this.err(s.span, `cannot find trait \`${s.name}\` in this scope`, undefined, 'E0405');
    }
  }
};

/** `impl Trait for S` blocks, after the inherent ones (whose methods come first in lookup). */
Checker.prototype.implTraits = function (this: Checker): void {
  // derived std traits: #[derive(Hash, PartialOrd, Ord, Default, …)]
  for (const d of this.prog.structs) {
    const s = this.structs.get(d.name);
    if (s && d.derives.length) for (const x of d.derives) (s.traits ??= new Set()).add(x);
  }
  for (const im of this.traitImplQueue) {
    const s = this.structs.get(im.self.name)!;
    const tr = this.traits.get(im.trait!.name);
    if (!tr && im.trait!.name === 'From') {
      this.fromImpl(s, im);
      continue;
    }
    if (!tr && STD_TRAITS.has(im.trait!.name)) {
      stdTraitImpl(s, im);
      continue;
    }
    if (!tr && STD_UNSUPPORTED.test(im.trait!.name)) {
      this.err(im.trait!.span, `impls of the std trait \`${im.trait!.name}\` are not supported`);
      continue;
    }
    if (!tr) {
      this.err(im.trait!.span, `cannot find trait \`${im.trait!.name}\` in this scope`, undefined, 'E0405');
      continue;
    }
    s.traits ??= new Set();
    if (s.traits.has(tr.name)) {
      this.err({ from: im.from, to: im.self.to }, `conflicting implementations of trait \`${tr.name}\` for type \`${s.name}\``);
      continue;
    }
    s.traits.add(tr.name);
    const own = new Set(tr.decl.fns.map((f) => f.name));
    // (after E0407 / E0046 the impl's other methods still join the type, as in rustc: no cascade)
    im.fns = im.fns.filter((f) => own.has(f.name) || (this.err(f, `method \`${f.name}\` is not a member of trait \`${tr.name}\``, [{ from: f.from, message: `not a member of trait \`${tr.name}\`` }], 'E0407'), false));
    im.consts = im.consts.filter((k) => tr.decl.consts.some((x) => x.name === k.name) || (this.err(k.nameSpan, `const \`${k.name}\` is not a member of trait \`${tr.name}\``, undefined, 'E0438'), false));
    // rustc lists the missing items in the trait's order
    const missing = [...tr.decl.consts.filter((k) => !k.value), ...tr.decl.fns.filter((f) => f.required)]
      .filter((x) => !im.fns.some((y) => y.name === x.name) && !im.consts.some((y) => y.name === x.name))
      .sort((a, b) => a.from - b.from);
    if (missing.length) {
      const names = missing.map((f) => `\`${f.name}\``).join(', ');
      this.err({ from: im.from, to: im.self.to }, `not all trait items implemented, missing: ${names}`, [{ from: im.from, message: `missing ${names} in implementation` }, ...missing.map((f) => ({ from: f.from, message: `\`${f.name}\` from trait` }))], 'E0046');
    }
    // provided methods the impl does not override: a copy each, with `Self` = S
    for (const f of missing.length ? [] : tr.decl.fns) {
      if (f.required || im.fns.some((x) => x.name === f.name)) continue;
      const c = cloneFn(f);
      c.impl = im;
      im.fns.push(c);
    }
    for (const k of tr.decl.consts) {
      if (!k.value || im.consts.some((x) => x.name === k.name)) continue;
      const c = cloneFn(k as unknown as FnDecl) as unknown as ConstDecl; // the default value, with Self = S
      c.impl = im;
      im.consts.push(c);
    }
    for (const k of im.consts) if (!s.consts.has(k.name)) s.consts.set(k.name, k);
    for (const f of im.fns) {
      f.key = `<${s.name} as ${tr.name}>::${f.name}`;
      if (!s.methods.has(f.name)) s.methods.set(f.name, f);
    }
  }
  // supertraits: `impl Shape for S` needs `impl Named for S` when `trait Shape: Named`
  for (const im of this.traitImplQueue) {
    const s = this.structs.get(im.self.name)!;
    const tr = this.traits.get(im.trait!.name);
    for (const sup of tr?.supers ?? []) {
      if (!s.traits?.has(sup.name)) this.err(im.self, `the trait bound \`${s.name}: ${sup.name}\` is not satisfied`, [{ from: im.self.from, message: `the trait \`${sup.name}\` is not implemented for \`${s.name}\`` }], 'E0277');
    }
  }
};

/** std traits a program may implement by hand; their methods join the type's (before the builtin ones). */
const STD_TRAITS = new Set(['Clone', 'Default', 'From', 'Iterator', 'Add', 'Sub', 'Mul']);
const STD_UNSUPPORTED = /^(Debug|PartialEq|IntoIterator|Into|TryFrom|Div|Rem|Neg|Not|AddAssign|SubAssign|MulAssign|Index|IndexMut|Deref|DerefMut|Hash|Eq|Ord|PartialOrd|AsRef|AsMut|Borrow|FromStr|Copy|Error|Send|Sync|Sized|Fn|FnMut|FnOnce|ToString|Write|Read)$/;

function stdTraitImpl(s: StructInfo, im: ImplDecl): void {
  const name = im.trait!.name;
  s.traits ??= new Set();
  s.traits.add(name);
  if (name === 'Clone') s.clone = true;
  if (name === 'PartialEq') s.eq = true;
  if (name === 'Debug') s.debug = true;
  for (const f of im.fns) {
    f.key = `<${s.name} as ${name}>::${f.name}`;
    if (!s.methods.has(f.name)) s.methods.set(f.name, f);
  }
}

Checker.prototype.implementsTrait = function (this: Checker, t: Ty, tr: TraitInfo): boolean {
  t = prune(t);
  if (t.k === 'struct') return !!t.s.traits?.has(tr.name);
  if (t.k === 'dyn') return t.tr === tr || hasSuper(t.tr, tr);
  return false;
};

const mentionsSelf = (t: TypeExpr): boolean =>
  t.k === 'path' ? t.name === 'Self' || t.args.some(mentionsSelf) : t.k === 'ref' || t.k === 'array' ? mentionsSelf(t.elem) : t.k === 'tuple' ? t.elems.some(mentionsSelf) : false;

/** rustc's dyn compatibility (object safety), reduced: every method takes `self` by reference, names `Self` nowhere else, is not generic; no associated consts. */
function dynCompatible(tr: TraitInfo): boolean {
  if (tr.decl.consts.length) return false;
  for (const f of tr.decl.fns) {
    if (!f.selfParam || f.tparams || (f.ret && mentionsSelf(f.ret)) || f.params.some((p) => mentionsSelf(p.ty))) return false;
  }
  return tr.supers.every(dynCompatible);
}

const hasSuper = (t: TraitInfo, want: TraitInfo): boolean => t.supers.some((s) => s === want || hasSuper(s, want));

Checker.prototype.traitType = function (this: Checker, t: Extract<TypeExpr, { k: 'dyn' | 'impl' }>): Ty {
  if (t.k === 'impl') {
    // `impl Trait` in argument position: an anonymous type parameter (check/generics.ts)
    const anon = (t as { anon?: string }).anon;
    const bound = anon ? this.tyEnv?.get(anon) : undefined;
    if (bound) return bound;
    throw new CheckError(t, '`impl Trait` is only supported in the parameters and the return type of a function');
  }
  if (t.traits.length !== 1) throw new CheckError(t, 'trait objects with more than one trait are not supported');
  const tr = this.traits.get(t.traits[0].name);
  if (!tr) throw new CheckError(t.traits[0].span, `cannot find trait \`${t.traits[0].name}\` in this scope`, undefined, 'E0405');
  if (!dynCompatible(tr)) throw new CheckError(t.traits[0].span, `the trait \`${tr.name}\` is not dyn compatible`, [{ from: t.traits[0].span.from, message: `\`${tr.name}\` is not dyn compatible` }], 'E0038');
  return { k: 'dyn', tr };
};

/** `x.m(..)` where auto-deref reached a `dyn Trait`: the trait's method, called through the vtable. */
Checker.prototype.dynMethod = function (this: Checker, e: Extract<Expr, { k: 'method' }>, rt: Ty, t: Extract<Ty, { k: 'dyn' }>, viaRef: 'none' | 'ref' | 'mut', derefs: number): Ty {
  const found = traitMethod(t.tr, e.name);
  if (!found || !found.f.selfParam) {
    const r = prune(rt);
    const what = r.k === 'ref' ? 'reference' : r.k === 'Box' ? 'struct' : 'trait object';
    throw new CheckError(e.nameSpan, `no method named \`${e.name}\` found for ${what} \`${fmtTy(rt)}\` in the current scope`, [{ from: e.nameSpan.from, message: `method not found in \`${fmtTy(rt)}\`` }], 'E0599');
  }
  const f = found.f;
  const mode = f.selfParam!.mode;
  if (mode === 'value') throw new CheckError(e.nameSpan, 'methods taking `self` by value through a trait object are not supported');
  if (mode === 'mut' && viaRef === 'ref') throw new CheckError(e.recv, `cannot borrow \`*${placeName(e.recv)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(e.recv, e.recv, 'borrow'));
  if (mode === 'mut' && viaRef === 'none') this.checkMutPlace(e.recv, 'borrow');
  const outer = this.selfTy;
  this.selfTy = t;
  let params: Ty[];
  let ret: Ty;
  try {
    params = f.params.map((p) => this.type(p.ty));
    ret = f.ret ? this.type(f.ret) : { k: 'unit' };
  } finally {
    this.selfTy = outer;
  }
  if (e.args.length !== params.length) throw new CheckError(e.nameSpan, `this method takes ${params.length} argument${params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`);
  e.args.forEach((a, i) => this.coerceTo(a, params[i]));
  e.builtin = 'dyn';
  (e as { derefs?: number }).derefs = derefs;
  (e as { selfMode?: SelfMode }).selfMode = mode;
  return ret;
};

/** `Trait::m(&x, ..)`: the method of the first argument's type's impl of the trait. */
Checker.prototype.traitPathCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, tr: TraitInfo, name: string): Ty {
  const found = traitMethod(tr, name);
  if (!found) throw new CheckError({ from: e.callee.to - name.length, to: e.callee.to }, `cannot find method or associated constant \`${name}\` in trait \`${tr.name}\``, undefined, 'E0576');
  if (!found.f.selfParam || !e.args.length) throw new CheckError(e.callee, 'calling a trait\'s associated function through the trait is not supported (name the type: `S::f()`)');
  let t = prune(this.expr(e.args[0]));
  while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
  if (t.k !== 'struct' || !t.s.traits?.has(found.tr.name)) throw new CheckError(e.args[0], `the trait bound \`${fmtTy(t)}: ${found.tr.name}\` is not satisfied`, undefined, 'E0277');
  const decl = t.s.methods.get(name);
  const key = `<${t.s.name} as ${found.tr.name}>::${name}`;
  const f = decl && decl.key === key ? decl : [...this.prog.impls].flatMap((im) => im.fns).find((x) => x.key === key);
  const info = f && this.fns.get(key);
  if (!f || !info) throw new CheckError(e.callee, `\`${tr.name}::${name}\` is not supported here`);
  e.fn = f;
  const params = info.selfTy ? [info.selfTy, ...info.params] : info.params;
  if (e.args.length !== params.length) throw new CheckError(e, `this function takes ${params.length} arguments but ${e.args.length} were supplied`, undefined, 'E0061');
  // the receiver was checked above; the rest against the parameters
  const r = prune(e.args[0].ty!);
  if (!this.tryUnify(params[0], r) && !(r.k === 'ref' && this.tryUnify(params[0], r))) this.coerceTo(e.args[0], params[0]);
  e.args.slice(1).forEach((a, i) => this.coerceTo(a, params[i + 1]));
  return info.ret;
};

/**
 * The unsizing coercions to a trait object at an expected type: `Box<S>` → `Box<dyn Trait>` and
 * `&S`/`&mut S` → `&dyn Trait` (E0277 when S does not implement it). Returns whether it applied.
 */
Checker.prototype.coerceDyn = function (this: Checker, e: Expr, ex: Ty, ac: Ty): boolean {
  let kind: 'boxDyn' | 'refDyn';
  let want: Ty;
  let from: Ty;
  if (ex.k === 'Box' && ac.k === 'Box') {
    kind = 'boxDyn';
    want = prune(ex.e);
    from = prune(ac.e);
  } else if (ex.k === 'ref' && ac.k === 'ref' && (!ex.mut || ac.mut)) {
    kind = 'refDyn';
    want = prune(ex.e);
    from = prune(ac.e);
  } else return false;
  if (want.k !== 'dyn' || from.k === 'dyn' || from.k === 'var') return false;
  if (!this.implementsTrait(from, want.tr)) {
    const local = from.k === 'struct';
    throw new CheckError(e, `the trait bound \`${fmtTy(from)}: ${want.tr.name}\` is not satisfied`, [{ from: e.from, message: local ? 'unsatisfied trait bound' : `the trait \`${want.tr.name}\` is not implemented for \`${fmtTy(from)}\`` }], 'E0277');
  }
  (e as { coerce?: string }).coerce = kind;
  return true;
};

const OP_TRAITS: Record<string, [string, string]> = { '+': ['Add', 'add'], '-': ['Sub', 'sub'], '*': ['Mul', 'mul'] };

/** `a + b` where a's type has `impl Add` (Sub, Mul): a call of its `add(self, rhs)`. */
Checker.prototype.userOperator = function (this: Checker, e: Extract<Expr, { k: 'binary' }>, lt: Ty): Ty | null {
  const op = OP_TRAITS[e.op];
  if (!op || lt.k !== 'struct' || !lt.s.traits?.has(op[0])) return null;
  const f = lt.s.methods.get(op[1]);
  const info = f && this.fns.get(f.key!);
  if (!f || !info || info.params.length !== 1) return null;
  this.coerceTo(e.r, info.params[0]);
  (e as { opFn?: FnDecl }).opFn = f;
  return info.ret;
};

/** For E0599 on a struct: the program's trait that declares `name` (the struct does not implement it). */
Checker.prototype.unimplementedTraitMethod = function (this: Checker, s: StructInfo, name: string): string | null {
  for (const tr of this.traits?.values() ?? []) if (!s.traits?.has(tr.name) && tr.decl.fns.some((f) => f.name === name)) return tr.name;
  return null;
};
