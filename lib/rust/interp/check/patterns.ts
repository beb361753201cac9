// Patterns of `let`, `if let`, `while let`, `match` and `for`: bindings and their types. Tuple and
// tuple-struct patterns destructure by value, or by reference when matched against a `&(A, B)`
// (rustc's default binding mode: the names bind `&A`, `&B`).

import type { Pattern } from '../ast';
import { fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, isObjectKind, newVar } from './checker';

declare module './checker' {
  interface Checker {
    bindPattern(p: Pattern, ty: Ty, irrefutable: boolean): void;
  }
}

Checker.prototype.bindPattern = function (this: Checker, p: Pattern, ty: Ty, irrefutable: boolean): void {
  switch (p.k) {
    case 'bind': {
      if (p.byRef) {
        // `ref x` / `ref mut x`: a reference to the matched place (through `&E` the place is already behind one)
        const t = prune(ty);
        const e = t.k === 'ref' ? t.e : ty;
        if (p.refMut && !isObjectKind(e)) throw new CheckError(p, '`ref mut` bindings of scalars are not supported');
        this.declare(p, { k: 'ref', mut: !!p.refMut, e });
        return;
      }
      if (!p.deref) {
        this.declare(p, ty);
        return;
      }
      // `&x`: the value behind a shared reference to a Copy type (a `&T` of a Copy T is the value itself at run time).
      const t = prune(ty);
      // (some std results give the Copy value where Rust has `&T`: `v.iter().max()` is an Option<T> here)
      if (t.k !== 'ref' && isCopy(t) && !(t.k === 'var' && t.kind === 'any')) {
        this.declare(p, t);
        return;
      }
      if (t.k !== 'ref' || t.mut) throw new CheckError(p, `mismatched types: expected \`${fmtTy(t)}\`, found \`&_\``);
      if (!isCopy(t.e)) throw new CheckError(p, `cannot move out of a shared reference`);
      this.declare(p, t.e);
      return;
    }
    case 'wild':
      return;
    case 'variant':
      this.bindVariantPattern(p, ty, irrefutable);
      return;
    case 'at': {
      // `x @ sub`: x gets the whole value (a copy: rustc requires Copy when the sub-pattern binds too)
      if (!isCopy(ty) && hasBinding(p.sub)) throw new CheckError(p, `borrow of moved value`, undefined, 'E0382');
      this.bindPattern(p.sub, ty, irrefutable);
      this.declare({ from: p.from, to: p.from + p.name.length, k: 'bind', name: p.name, mut: p.mut, byRef: false }, ty);
      p.decl = this.lookup(p.name);
      return;
    }
    case 'some': {
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding: `None` not covered');
      const t = prune(ty);
      if (t.k === 'ref' && prune(t.e).k === 'Option') {
        const inner = (prune(t.e) as { e: Ty }).e;
        (p as { viaRef?: boolean }).viaRef = true;
        this.bindPattern(p.inner, isCopy(inner) ? inner : { k: 'ref', mut: t.mut, e: inner }, false);
        return;
      }
      const e = newVar();
      this.unify(ty, { k: 'Option', e }, p);
      this.bindPattern(p.inner, e, false);
      return;
    }
    case 'none': {
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding: `Some(_)` not covered');
      const t = prune(ty);
      if (t.k === 'ref') return;
      this.unify(ty, { k: 'Option', e: newVar() }, p);
      return;
    }
    case 'lit':
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
      this.coerceTo(p.e, litTarget(p, ty));
      return;
    case 'range': {
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
      const t = prune(litTarget(p, ty));
      ty = t;
      if (!(t.k === 'int' || t.k === 'char' || t.k === 'float' || (t.k === 'var' && t.kind !== 'any'))) throw new CheckError(p, `mismatched types: expected \`${fmtTy(t)}\`, found a range pattern (only char and numeric types are allowed in range patterns)`);
      if (p.lo) this.coerceTo(p.lo, ty);
      if (p.hi) this.coerceTo(p.hi, ty);
      return;
    }
    case 'or':
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
      if (!p.alts.some(hasBinding)) {
        for (const a of p.alts) this.bindPattern(a, ty, false);
        return;
      }
      this.bindOrAlternatives(p, ty);
      return;
    case 'tuple': {
      let t = prune(ty);
      const viaRef = t.k === 'ref' && prune(t.e).k === 'tuple' ? t.mut : null;
      if (viaRef !== null) t = prune((t as { e: Ty }).e);
      if (t.k === 'var') {
        this.unify(t, { k: 'tuple', elems: p.elems.map(() => newVar()) }, p);
        t = prune(t);
      }
      if (t.k !== 'tuple') throw new CheckError(p, `mismatched types: expected \`${fmtTy(ty)}\`, found tuple`);
      p.elems = expandRest(p.elems, t.elems.length);
      if (t.elems.length !== p.elems.length) throw new CheckError(p, `mismatched types: expected a tuple with ${t.elems.length} element${t.elems.length === 1 ? '' : 's'}, found one with ${p.elems.length} element${p.elems.length === 1 ? '' : 's'}`);
      (p as { viaRef?: boolean | null }).viaRef = viaRef;
      const elems = t.elems;
      p.elems.forEach((x, i) => this.bindPattern(x, viaRef === null ? elems[i] : { k: 'ref', mut: viaRef, e: elems[i] }, irrefutable));
      return;
    }
    case 'tstruct': {
      if ((p.name === 'Ok' || p.name === 'Err') && !this.structNamed(p.name)) {
        // `Ok(v)` / `Err(e)`: the variants of Result
        const vp = Object.assign(p as unknown as Extract<Pattern, { k: 'variant' }>, { k: 'variant', path: `Result::${p.name}`, pathSpan: { from: p.from, to: p.from + p.name.length }, fields: null, rest: false });
        this.bindVariantPattern(vp, ty, irrefutable);
        return;
      }
      const s = this.structNamed(p.name);
      if (!s) throw new CheckError(p, `cannot find tuple struct or tuple variant \`${p.name}\` in this scope`, undefined, 'E0531');
      if (s.kind !== 'tuple') throw new CheckError(p, `expected tuple struct or tuple variant, found struct \`${p.name}\``, undefined, 'E0532');
      let t = prune(ty);
      const viaRef = t.k === 'ref' && prune(t.e).k === 'struct' ? t.mut : null;
      if (viaRef !== null) t = prune((t as { e: Ty }).e);
      this.unify(t, { k: 'struct', s }, p);
      const n = s.fields.length;
      p.elems = expandRest(p.elems, n);
      // rustc points at the sub-patterns
      const subs = p.elems.length ? { from: p.elems[0].from, to: p.elems[p.elems.length - 1].to } : p;
      if (p.elems.length !== n) throw new CheckError(subs, `this pattern has ${p.elems.length} field${p.elems.length === 1 ? '' : 's'}, but the corresponding tuple struct has ${n} field${n === 1 ? '' : 's'}`);
      (p as { viaRef?: boolean | null }).viaRef = viaRef;
      p.elems.forEach((x, i) => {
        const ft = s.fields[i].ty;
        if (viaRef === null && s.drop && x.k === 'bind' && !x.deref && !isCopy(ft)) throw new CheckError(p, `cannot move out of type \`${s.name}\`, which implements the \`Drop\` trait`);
        this.bindPattern(x, viaRef === null ? ft : { k: 'ref', mut: viaRef, e: ft }, irrefutable);
      });
      return;
    }
  }
};

/** Whether a pattern binds a name anywhere. */
export function hasBinding(p: Pattern): boolean {
  switch (p.k) {
    case 'bind':
      return true;
    case 'some':
      return hasBinding(p.inner);
    case 'tuple':
    case 'tstruct':
      return p.elems.some(hasBinding);
    case 'variant':
      return (p.elems ?? []).some(hasBinding) || (p.fields ?? []).some((f) => hasBinding(f.pat));
    case 'at':
      return true;
    case 'or':
      return p.alts.some(hasBinding);
    default:
      return false;
  }
}

/** A literal or range pattern against `&T` (default binding mode through a reference) matches the T. */
function litTarget(p: Pattern, ty: Ty): Ty {
  let t = prune(ty);
  let n = 0;
  while (t.k === 'ref' && prune(t.e).k !== 'str') {
    t = prune(t.e);
    n++;
  }
  if (n) (p as { derefs?: number }).derefs = n;
  return n ? t : ty;
}

/** `(a, .., z)`: the `..` stands for as many `_` as the type has elements left over. */
export function expandRest(elems: Pattern[], n: number): Pattern[] {
  const i = elems.findIndex((x) => (x as { rest?: boolean }).rest);
  if (i < 0) return elems;
  const fill = Math.max(0, n - (elems.length - 1));
  const w = elems[i];
  return [...elems.slice(0, i), ...Array.from({ length: fill }, (): Pattern => ({ from: w.from, to: w.to, k: 'wild' })), ...elems.slice(i + 1)];
}
