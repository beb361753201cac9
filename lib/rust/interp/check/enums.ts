// Enums with data (rustc's ADTs with several variants): `enum E { A, B(T), C { x: T } }` is a
// StructInfo with `variants` (its values are arrays `[variant index, ...fields]`). Constructors
// (`E::A`, `E::B(v)`, `E::C { x }`, `Self::A`), variant and struct patterns with their bindings
// (by value, or by reference through `&E`: rustc's default binding mode), `ref`/`ref mut` and `@`
// bindings, and the witness rustc names in E0004.

import type { Expr, LocalDecl, Pattern, Span, StructDecl } from '../ast';
import { T, fmtTy, isCopy, prune, stdStruct, type StructInfo, type Ty, type VariantInfo } from '../ty';
import { CheckError, Checker, newVar } from './checker';
import { expandRest } from './patterns';

declare module './checker' {
  interface Checker {
    enumFields(s: StructDecl): void;
    /** `E::V` as a path: a variant, or null if `segs` does not name one. */
    variantOf(segs: string[]): { s: StructInfo; vi: number } | null;
    variantCall(e: Extract<Expr, { k: 'call' }>, s: StructInfo, vi: number): Ty;
    bindVariantPattern(p: Extract<Pattern, { k: 'variant' }>, ty: Ty, irrefutable: boolean): void;
  }
}

Checker.prototype.enumFields = function (this: Checker, s: StructDecl): void {
  const info = this.structs.get(s.name)!;
  info.variants = [];
  const seen = new Set<string>();
  for (const v of s.variants!) {
    if (seen.has(v.name)) this.err(v.nameSpan, `the name \`${v.name}\` is defined multiple times`, undefined, 'E0428');
    seen.add(v.name);
    const vi: VariantInfo = { name: v.name, kind: v.kind, fields: [] };
    for (const f of v.fields) {
      this.selfTy = { k: 'struct', s: info };
      const ty = this.safeType(f.ty);
      this.selfTy = null;
      vi.fields.push({ name: f.name, ty });
      const p = prune(ty);
      if (p.k === 'ref') this.err(f.span, 'references in enum variants are not supported (they need lifetimes)');
      if (p.k === 'struct' && p.s === info) this.err(s.nameSpan, `recursive type \`${s.name}\` has infinite size`, undefined, 'E0072');
    }
    info.variants.push(vi);
  }
  if (info.copy) {
    for (const v of info.variants) {
      for (const f of v.fields) if (!isCopy(f.ty)) this.err(s, `the trait \`Copy\` cannot be implemented for this type: this field does not implement \`Copy\``, undefined, 'E0204');
    }
  }
};

Checker.prototype.variantOf = function (this: Checker, segs: string[]): { s: StructInfo; vi: number } | null {
  if (segs.length !== 2) return null;
  const s = this.structNamed(segs[0]);
  if (!s || !s.variants) return null;
  const vi = s.variants.findIndex((v) => v.name === segs[1]);
  return vi < 0 ? null : { s, vi };
};

Checker.prototype.variantCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, s: StructInfo, vi: number): Ty {
  const v = s.variants![vi];
  if (v.kind !== 'tuple') {
    const path = `${s.generic === 'Ordering' ? 'std::cmp::' : ''}${s.name}::${v.name}`; // a std enum: rustc names its path
    if (v.kind === 'unit') throw new CheckError(e, `expected function, found enum variant \`${path}\``, undefined, 'E0618');
    throw new CheckError(e.callee, `expected function, tuple struct or tuple variant, found struct variant \`${path}\``, undefined, 'E0533');
  }
  const n = v.fields.length;
  if (e.args.length !== n) throw new CheckError(e, `this enum variant takes ${n} argument${n === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0061');
  e.args.forEach((a, i) => this.coerceTo(a, v.fields[i].ty));
  e.builtin = 'variant';
  (e as { vi?: number }).vi = vi;
  return { k: 'struct', s };
};

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

Checker.prototype.bindVariantPattern = function (this: Checker, p: Extract<Pattern, { k: 'variant' }>, ty: Ty, irrefutable: boolean): void {
  const segs = p.path.split('::');
  let s: StructInfo | null;
  let vi = -1;
  if (segs.length === 2 && segs[0] === 'Result') {
    let rt = prune(ty);
    if (rt.k === 'ref') rt = prune(rt.e);
    if (rt.k === 'var') this.unify(rt, resultTy(newVar(), newVar()), p);
    rt = prune(rt);
    if (!isResult(rt)) throw new CheckError(p, `mismatched types: expected \`${fmtTy(ty)}\`, found \`Result<_, _>\``, undefined, 'E0308');
    s = rt.s;
    vi = segs[1] === 'Ok' ? 0 : 1;
  } else if (segs.length === 2) {
    s = this.structNamed(segs[0]);
    if (!s) throw new CheckError(p.pathSpan, `failed to resolve: use of undeclared type \`${segs[0]}\``, undefined, 'E0433');
    if (!s.variants) throw new CheckError(p.pathSpan, `expected tuple struct or tuple variant, found associated item \`${p.path}\``, undefined, 'E0164');
    vi = s.variants.findIndex((v) => v.name === segs[1]);
    if (vi < 0) throw new CheckError({ from: p.pathSpan.to - segs[1].length, to: p.pathSpan.to }, `no variant or associated item named \`${segs[1]}\` found for enum \`${s.name}\` in the current scope`, undefined, 'E0599');
  } else if (segs.length === 1) {
    s = this.structNamed(segs[0]);
    if (!s) throw new CheckError(p.pathSpan, `cannot find struct, variant or union type \`${segs[0]}\` in this scope`, undefined, 'E0422');
    if (s.variants) throw new CheckError(p.pathSpan, `expected struct, variant or union type, found enum \`${s.name}\``, undefined, 'E0574');
  } else throw new CheckError(p.pathSpan, 'this path is not supported in a pattern');
  const info = s;
  const v: VariantInfo = vi >= 0 ? info.variants![vi] : { name: info.name, kind: info.kind, fields: info.fields };
  const what = vi >= 0 ? `\`${p.path}\`` : `\`${info.name}\``;
  // through `&E` / `&mut E`: the bindings are references (default binding mode)
  let t = prune(ty);
  const viaRef = t.k === 'ref' && prune(t.e).k === 'struct' ? t.mut : null;
  if (viaRef !== null) t = prune((t as { e: Ty }).e);
  this.unify(t, { k: 'struct', s: info }, p);
  if (irrefutable && info.variants && info.variants.length > 1) {
    // rustc's label names the witnesses: "patterns `E::B` and `E::C` not covered"; bind anyway (no cascade)
    const others = info.variants.filter((_, i) => i !== vi).map((x) => witnessOf(info, x));
    this.err(p, 'refutable pattern in local binding', [{ from: p.from, message: `pattern${others.length > 1 ? 's' : ''} ${listWitnesses(others)} not covered` }], 'E0005');
    irrefutable = false;
  }
  // which field each sub-pattern matches
  const subs: { i: number; pat: Pattern }[] = [];
  if (p.elems) {
    if (v.kind !== 'tuple') throw new CheckError(p, `expected tuple struct or tuple variant, found ${v.kind === 'unit' ? 'unit' : 'struct'} variant ${what}`, undefined, v.kind === 'unit' ? 'E0532' : 'E0164');
    const n = v.fields.length;
    p.elems = expandRest(p.elems, n);
    if (p.elems.length !== n) {
      const at = p.elems.length ? { from: p.elems[0].from, to: p.elems[p.elems.length - 1].to } : p;
      throw new CheckError(at, `this pattern has ${plural(p.elems.length, 'field')}, but the corresponding tuple variant has ${plural(n, 'field')}`, undefined, 'E0023');
    }
    p.elems.forEach((x, i) => subs.push({ i, pat: x }));
  } else if (p.fields) {
    for (const f of p.fields) {
      const i = v.fields.findIndex((x) => x.name === f.name);
      if (i < 0) throw new CheckError(f.span, vi >= 0 ? `variant ${what} does not have a field named \`${f.name}\`` : `struct \`${info.name}\` does not have a field named \`${f.name}\``, undefined, 'E0026');
      subs.push({ i, pat: f.pat });
    }
    if (!p.rest) {
      const missing = v.fields.filter((x) => !p.fields!.some((f) => f.name === x.name)).map((x) => `\`${x.name}\``);
      if (missing.length) throw new CheckError(p, `pattern does not mention field${missing.length > 1 ? 's' : ''} ${missing.length > 1 ? missing.slice(0, -1).join(', ') + ' and ' + missing[missing.length - 1] : missing[0]}`, undefined, 'E0027');
    }
  } else if (v.kind !== 'unit') {
    if (v.kind === 'tuple') throw new CheckError(p, `expected unit struct, unit variant or constant, found tuple variant ${what}`, undefined, 'E0533');
    throw new CheckError(p, `expected unit struct, unit variant or constant, found struct variant ${what}`, undefined, 'E0533');
  }
  Object.assign(p, { vi, viaRef, subs });
  for (const { i, pat } of subs) {
    const ft = v.fields[i].ty;
    if (viaRef === null && info.drop && pat.k === 'bind' && !pat.deref && !pat.byRef && !isCopy(ft)) throw new CheckError(p, `cannot move out of type \`${info.name}\`, which implements the \`Drop\` trait`, undefined, 'E0509');
    this.bindPattern(pat, viaRef === null ? ft : { k: 'ref', mut: viaRef, e: ft }, irrefutable);
  }
};

/** How rustc prints a variant in "`E::V(_)` not covered". */
export function witnessOf(s: StructInfo, v: VariantInfo): string {
  const path = `${s.generic === 'Ordering' ? 'std::cmp::' : ''}${s.name}::${v.name}`; // a std enum: rustc names its path
  if (v.kind === 'unit') return path;
  if (v.kind === 'tuple') return `${path}(${v.fields.map(() => '_').join(', ')})`;
  return `${path} { .. }`;
}

/** rustc's joined witness list: "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`, `C` and 2 more". */
export function listWitnesses(ws: string[]): string {
  const q = ws.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0];
  if (q.length <= 3) return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} more`;
}

export function fmtVariantTy(t: Ty): string {
  return fmtTy(t);
}

// ---- Result<T, E>: a std enum `{ Ok(T), Err(E) }` with one StructInfo per use; unify.ts unifies
// two of them through their type arguments.

declare module './checker' {
  interface Checker {
    resultCall(e: Extract<Expr, { k: 'call' }>, name: 'Ok' | 'Err', expected?: Ty): Ty;
    tryResult(e: Extract<Expr, { k: 'try' }>, t: Ty): Ty;
    resultMethod(t: Extract<Ty, { k: 'struct' }>, e: Extract<Expr, { k: 'method' }>): { id: string; self: 'ref' | 'mut' | 'value'; params: Ty[]; ret: Ty } | null;
  }
}

export function resultTy(ok: Ty, err: Ty): Ty {
  const s = stdStruct({
    name: 'Result',
    kind: 'named',
    fields: [],
    get copy() {
      return isCopy(ok) && isCopy(err);
    },
    variants: [
      { name: 'Ok', kind: 'tuple', fields: [{ name: '0', ty: ok }] },
      { name: 'Err', kind: 'tuple', fields: [{ name: '0', ty: err }] },
    ],
    generic: 'Result',
    targs: [ok, err],
  });
  return { k: 'struct', s };
}

export const isResult = (t: Ty): t is Extract<Ty, { k: 'struct' }> => {
  const p = prune(t);
  return p.k === 'struct' && p.s.generic === 'Result';
};

Checker.prototype.resultCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, name: 'Ok' | 'Err', expected?: Ty): Ty {
  if (e.args.length !== 1) throw new CheckError(e, `this enum variant takes 1 argument but ${e.args.length} arguments were supplied`, undefined, 'E0061');
  const ex = expected && prune(expected);
  const t = ex && isResult(ex) ? ex : (resultTy(newVar(), newVar()) as Extract<Ty, { k: 'struct' }>);
  const vi = name === 'Ok' ? 0 : 1;
  this.coerceTo(e.args[0], t.s.targs![vi]);
  e.builtin = 'variant';
  (e as { vi?: number }).vi = vi;
  return t;
};

Checker.prototype.tryResult = function (this: Checker, e: Extract<Expr, { k: 'try' }>, t: Ty): Ty {
  const ret = prune(this.cx.ret);
  const at = { from: e.to - 1, to: e.to };
  if (isResult(t)) {
    if (!isResult(ret)) throw new CheckError(at, 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)', undefined, 'E0277');
    // From<E> for E only: the error types must be the same
    const [, fe] = ret.s.targs!;
    const te = t.s.targs![1];
    const same = this.tryUnify(fe, te);
    const conv = same ? null : this.fromFor(fe, te); // `?` through `impl From<E> for F`
    if (conv) {
      (e as { tryKind?: string; fromFn?: unknown }).tryKind = 'resultFrom';
      (e as { fromFn?: unknown }).fromFn = conv;
      return t.s.targs![0];
    }
    if (!same) throw new CheckError(at, `\`?\` couldn't convert the error to \`${fmtTy(fe)}\``, [{ from: at.from, message: `the trait \`From<${fmtTy(te)}>\` is not implemented for \`${fmtTy(fe)}\`` }], 'E0277');
    (e as { tryKind?: string }).tryKind = 'result';
    return t.s.targs![0];
  }
  if (t.k === 'Option') {
    if (ret.k !== 'Option') throw new CheckError(at, 'the `?` operator can only be used on `Option`s in a function that returns `Option`', undefined, 'E0277');
    (e as { tryKind?: string }).tryKind = 'option';
    return t.e;
  }
  if (t.k === 'var') throw new CheckError(e.e, 'type annotations needed', undefined, 'E0282');
  throw new CheckError(e, `the \`?\` operator can only be applied to values that implement \`Try\``, undefined, 'E0277');
};

Checker.prototype.resultMethod = function (this: Checker, t: Extract<Ty, { k: 'struct' }>, e: Extract<Expr, { k: 'method' }>) {
  const [ok, err] = t.s.targs!;
  const sig = (id: string, self: 'ref' | 'mut' | 'value', params: Ty[], ret: Ty) => ({ id, self, params, ret });
  switch (e.name) {
    case 'is_ok': return sig('result.is_ok', 'ref', [], T.bool);
    case 'is_err': return sig('result.is_err', 'ref', [], T.bool);
    case 'unwrap':
      this.requireDebugFor(err, e.nameSpan, 'unwrap');
      return sig('result.unwrap', 'value', [], ok);
    case 'expect':
      this.requireDebugFor(err, e.nameSpan, 'expect');
      return sig('result.expect', 'value', [T.refStr], ok);
    case 'unwrap_err': return sig('result.unwrap_err', 'value', [], err);
    case 'unwrap_or': return sig('result.unwrap_or', 'value', [ok], ok);
    case 'unwrap_or_default': return sig('result.unwrap_or_default', 'value', [], ok);
    case 'ok': return sig('result.ok', 'value', [], { k: 'Option', e: ok });
    case 'err': return sig('result.err', 'value', [], { k: 'Option', e: err });
  }
  return null;
};

declare module './checker' {
  interface Checker {
    requireDebugFor(t: Ty, at: Span, what: string): void;
  }
}

Checker.prototype.requireDebugFor = function (this: Checker, t: Ty, at: Span, what: string): void {
  const p = prune(t);
  if (p.k === 'struct' && !p.s.debug) throw new CheckError(at, `\`${p.s.name}\` doesn't implement \`Debug\``, [{ from: at.from, message: `the method \`${what}\` requires \`${p.s.name}: Debug\`` }], 'E0277');
};

// ---- or-patterns with bindings: `A(x) | B(x)` binds x in every alternative, to one slot.

declare module './checker' {
  interface Checker {
    bindOrAlternatives(p: Extract<Pattern, { k: 'or' }>, ty: Ty): void;
  }
}

Checker.prototype.bindOrAlternatives = function (this: Checker, p: Extract<Pattern, { k: 'or' }>, ty: Ty): void {
  const [first, ...rest] = p.alts;
  const blk = this.cx.blocks[this.cx.blocks.length - 1];
  const before = blk ? blk.locals!.length : 0;
  this.bindPattern(first, ty, false);
  const names = new Map<string, LocalDecl>();
  if (blk) for (const d of blk.locals!.slice(before)) names.set(d.name, d);
  for (const a of rest) {
    // bind into a scratch scope, then point the alternative's names at the first one's slots
    const holder = { from: a.from, to: a.to, stmts: [], tail: null, locals: [] as LocalDecl[] };
    this.cx.scopes.push(new Map());
    this.cx.blocks.push(holder);
    try {
      this.bindPattern(a, ty, false);
    } finally {
      this.cx.blocks.pop();
      this.cx.scopes.pop();
    }
    const seen = new Set<string>();
    for (const d of holder.locals) {
      const to = names.get(d.name);
      if (!to) throw new CheckError(d.span, `variable \`${d.name}\` is not bound in all patterns`, undefined, 'E0408');
      seen.add(d.name);
      if (!this.tryUnify(to.ty!, d.ty!)) throw new CheckError(d.span, `mismatched types: expected \`${fmtTy(to.ty!)}\`, found \`${fmtTy(d.ty!)}\``, undefined, 'E0308');
      retarget(a, d, to);
    }
    for (const n of names.keys()) if (!seen.has(n)) throw new CheckError(a, `variable \`${n}\` is not bound in all patterns`, undefined, 'E0408');
  }
};

function retarget(p: Pattern, from: LocalDecl, to: LocalDecl): void {
  switch (p.k) {
    case 'bind':
      if (p.decl === from) p.decl = to;
      return;
    case 'at':
      if (p.decl === from) p.decl = to;
      return retarget(p.sub, from, to);
    case 'some':
      return retarget(p.inner, from, to);
    case 'tuple':
    case 'tstruct':
      return p.elems.forEach((x) => retarget(x, from, to));
    case 'variant':
      for (const s of (p as { subs?: { pat: Pattern }[] }).subs ?? []) retarget(s.pat, from, to);
      return;
    case 'or':
      return p.alts.forEach((x) => retarget(x, from, to));
  }
}
