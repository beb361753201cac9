// `impl From<X> for Y` (std::convert, as rustc selects among a type's From impls by the source
// type): `Y::from(x)`, `x.into()` at an expected `Y`, and `?` converting the error through
// `From::from` (core's `impl<T, E, F: From<E>> FromResidual<Result<!, E>> for Result<T, F>`).

import type { Expr, FnDecl, ImplDecl } from '../ast';
import { prune, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker, type SelfMode } from './checker';

declare module './checker' {
  interface Checker {
    fromImpl(s: StructInfo, im: ImplDecl): void;
    fromFor(target: Ty, src: Ty): FnDecl | null;
    fromCall(e: Extract<Expr, { k: 'call' }>, s: StructInfo): Ty | null;
    intoMethod(e: Extract<Expr, { k: 'method' }>, rt: Ty, expected?: Ty): Ty | null;
  }
}

const froms = new WeakMap<StructInfo, { src: Ty; f: FnDecl }[]>();

Checker.prototype.fromImpl = function (this: Checker, s: StructInfo, im: ImplDecl): void {
  const arg = im.trait!.args?.[0];
  const f = im.fns.find((x) => x.name === 'from');
  if (!arg || !f) {
    this.err({ from: im.from, to: im.self.to }, 'not all trait items implemented, missing: `from`', [{ from: im.from, message: 'missing `from` in implementation' }], 'E0046');
    return;
  }
  const src = this.safeType(arg);
  f.key = `<${s.name} as From<${arg.k === 'path' ? arg.name : 'T'}>>::from#${im.from}`;
  const list = froms.get(s) ?? [];
  list.push({ src, f });
  froms.set(s, list);
  (s.traits ??= new Set()).add('From');
};

/** The `from` of `impl From<src> for target`, if the program has it. */
Checker.prototype.fromFor = function (this: Checker, target: Ty, src: Ty): FnDecl | null {
  const t = prune(target);
  if (t.k !== 'struct') return null;
  for (const x of froms.get(t.s) ?? []) if (this.tryUnify(x.src, src)) return x.f;
  return null;
};

/** `Y::from(x)`: the impl whose source type is x's. */
Checker.prototype.fromCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, s: StructInfo): Ty | null {
  if (!froms.has(s) || s.methods.has('from')) return null;
  if (e.args.length !== 1) throw new CheckError(e, `this function takes 1 argument but ${e.args.length} arguments were supplied`, undefined, 'E0061');
  const list = froms.get(s)!;
  const at = list.length === 1 ? list[0].src : undefined;
  const t = at ? (this.coerceTo(e.args[0], at), at) : this.expr(e.args[0]);
  const f = this.fromFor({ k: 'struct', s }, t);
  if (!f) throw new CheckError(e.args[0], `the trait bound \`${s.name}: From<${fmtArg(t)}>\` is not satisfied`, undefined, 'E0277');
  e.fn = f;
  return { k: 'struct', s };
};

/** `x.into()` where a `Y` is expected: `Y::from(x)`, x moved. */
Checker.prototype.intoMethod = function (this: Checker, e: Extract<Expr, { k: 'method' }>, rt: Ty, expected?: Ty): Ty | null {
  const ex = expected && prune(expected);
  if (e.name !== 'into' || !ex || ex.k !== 'struct' || !froms.has(ex.s) || e.args.length) return null;
  const f = this.fromFor(ex, rt);
  if (!f) return null;
  e.builtin = 'user';
  e.fn = f;
  (e as { derefs?: number }).derefs = 0;
  (e as { selfMode?: SelfMode }).selfMode = 'value';
  return ex;
};

const fmtArg = (t: Ty): string => {
  const p = prune(t);
  return p.k === 'struct' ? p.s.name : p.k;
};

declare module './checker' {
  interface Checker {
    asUserIter(e: Expr, t: Ty, method: string | null): Ty;
  }
}

/**
 * `impl Iterator for S`: a value of S used as an iterator (a `for` loop, an adaptor or consumer
 * that S does not define itself) becomes one (compile-trait.ts calls its `next`), with the item type
 * of `next`'s `Option<Item>`. std's default size_hint (0, None) goes with it.
 */
Checker.prototype.asUserIter = function (this: Checker, e: Expr, t: Ty, method: string | null): Ty {
  if (t.k !== 'struct' || !t.s.traits?.has('Iterator')) return t;
  if (method && t.s.methods.has(method)) return t; // the type's own method of that name
  const next = t.s.methods.get('next');
  const info = next && this.fns.get(next.key!);
  const r = info && prune(info.ret);
  if (!r || r.k !== 'Option') return t;
  const ty: Ty = { k: 'iterAd', item: r.e, name: 'user' };
  (e as { coerce?: string }).coerce = 'userIter';
  (e as { userNext?: FnDecl }).userNext = next;
  (e as { iterTy?: Ty }).iterTy = ty; // e keeps its own type (the value is built as S)
  return ty;
};
