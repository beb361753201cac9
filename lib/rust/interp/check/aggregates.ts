// Aggregates: struct literals (`S { a, b }`, `Self { .. }`), tuple-struct constructors are calls
// (call.ts), tuples `(a, b)`, arrays `[a, b]` / `[x; n]`, and field access `s.a`, `t.0`, `m.0`.

import type { Expr } from '../ast';
import { T, fmtTy, isCopy, prune, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';
import { COW_STR, reverseInfo } from './std-methods';
import { CMP_ORDERING, ORDERING } from './ordering';

declare module './checker' {
  interface Checker {
    fieldExpr(e: Extract<Expr, { k: 'field' }>): Ty;
    structExpr(e: Extract<Expr, { k: 'struct' }>): Ty;
    tupleExpr(e: Extract<Expr, { k: 'tuple' }>, expected?: Ty): Ty;
    arrayExpr(e: Extract<Expr, { k: 'array' }>, expected?: Ty): Ty;
    arrayRepeatExpr(e: Extract<Expr, { k: 'arrayRepeat' }>, expected?: Ty): Ty;
    structNamed(name: string): StructInfo | null;
  }
}

/** A struct by name, `Self` included. */
Checker.prototype.structNamed = function (this: Checker, name: string): StructInfo | null {
  if (name === 'Self') {
    const t = this.selfTy && prune(this.selfTy);
    return t && t.k === 'struct' ? t.s : null;
  }
  const tp = this.tyEnv?.get(name); // `T::new()` in a generic instance
  if (tp) {
    const p = prune(tp);
    return p.k === 'struct' ? p.s : null;
  }
  const own = this.structs.get(name);
  if (!own && name === 'Reverse' && this.prog.imports?.includes('Reverse')) return reverseInfo(newVar()); // std::cmp::Reverse
  if (!own && name === 'Ordering' && this.prog.imports?.includes(CMP_ORDERING)) return ORDERING; // std::cmp::Ordering
  if (!own && name === 'Cow' && this.prog.imports?.includes('Cow')) return COW_STR; // std::borrow::Cow<str>
  return own ?? null;
};

Checker.prototype.fieldExpr = function (this: Checker, e: Extract<Expr, { k: 'field' }>): Ty {
  let t = prune(this.expr(e.e));
  while (t.k === 'ref' || t.k === 'Box' || t.k === 'Rc' || t.k === 'Guard') t = prune(t.e);
  // rustc points at the field's name
  const at = { from: e.to - e.name.length, to: e.to };
  if (t.k === 'tuple') {
    const i = /^\d+$/.test(e.name) ? Number(e.name) : -1;
    if (i < 0 || i >= t.elems.length) throw new CheckError(at, `no field \`${e.name}\` on type \`${fmtTy(t)}\``);
    e.index = i;
    return t.elems[i];
  }
  if (t.k === 'var') throw new CheckError(e.e, 'type annotations needed');
  if (t.k !== 'struct') throw new CheckError(at, `no field \`${e.name}\` on type \`${fmtTy(e.e.ty!)}\``);
  const i = t.s.fields.findIndex((f) => f.name === e.name);
  if (i < 0) {
    if (t.s.methods.get(e.name)?.selfParam) throw new CheckError(at, `attempted to take value of method \`${e.name}\` on type \`${t.s.name}\``);
    throw new CheckError(at, `no field \`${e.name}\` on type \`${t.s.name}\``);
  }
  e.index = i;
  return t.s.fields[i].ty;
};

Checker.prototype.structExpr = function (this: Checker, e: Extract<Expr, { k: 'struct' }>): Ty {
  const name = e.name.replace(/\s+/g, '');
  const ev = name.includes('::') ? this.variantOf(name.split('::')) : null;
  const s = ev ? ev.s : this.structNamed(e.name);
  if (!s) throw new CheckError(e, `cannot find struct, variant or union type \`${e.name}\` in this scope`);
  if (s.variants && !ev) throw new CheckError(e, `expected struct, variant or union type, found enum \`${s.name}\``, undefined, 'E0574');
  const v = ev ? s.variants![ev.vi] : null;
  if (v && v.kind !== 'named') throw new CheckError(e, `expected struct, variant or union type, found variant \`${name}\``, undefined, 'E0574');
  if (ev) (e as { vi?: number }).vi = ev.vi;
  const fields = v ? v.fields : s.fields;
  const what = v ? `variant \`${name}\`` : `struct \`${s.name}\``;
  const seen = new Set<string>();
  for (const f of e.fields) {
    const fd = fields.find((x) => x.name === f.name);
    if (!fd) {
      this.err(f.span, v ? `${what} has no field named \`${f.name}\`` : `struct \`${s.name}\` has no field named \`${f.name}\``, undefined, 'E0559');
      continue;
    }
    seen.add(f.name);
    this.coerceTo(f.e, fd.ty);
  }
  if (e.base) this.coerceTo(e.base, { k: 'struct', s }); // the other fields come from it
  const missing = e.base ? [] : fields.filter((f) => !seen.has(f.name)).map((f) => `\`${f.name}\``);
  if (missing.length) this.err(e, `missing field${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in initializer of \`${v ? name : s.name}\``);
  return { k: 'struct', s };
};

Checker.prototype.tupleExpr = function (this: Checker, e: Extract<Expr, { k: 'tuple' }>, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const want = ex && ex.k === 'tuple' && ex.elems.length === e.elems.length ? ex.elems : null;
  const elems = e.elems.map((x, i) => {
    if (!want) return this.expr(x);
    this.coerceTo(x, want[i]);
    return want[i];
  });
  return { k: 'tuple', elems };
};

Checker.prototype.arrayExpr = function (this: Checker, e: Extract<Expr, { k: 'array' }>, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const el = ex && (ex.k === 'array' || ex.k === 'slice') ? ex.e : newVar();
  for (const x of e.elems) this.coerceTo(x, el);
  return { k: 'array', e: el, n: e.elems.length };
};

Checker.prototype.arrayRepeatExpr = function (this: Checker, e: Extract<Expr, { k: 'arrayRepeat' }>, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const el = ex && ex.k === 'array' ? ex.e : newVar();
  this.coerceTo(e.e, el);
  this.coerceTo(e.n, T.usize);
  if (e.n.k !== 'int') throw new CheckError(e.n, 'array lengths must be integer literals');
  if (!isCopy(el)) this.err(e.e, `the trait bound \`${fmtTy(el)}: Copy\` is not satisfied`);
  return { k: 'array', e: el, n: Number(e.n.value) };
};
