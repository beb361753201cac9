// Patterns of `let`, `if let`, `while let`, `match` and `for`: bindings and their types.

import type { Pattern } from '../ast';
import { fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';

declare module './checker' {
  interface Checker {
    bindPattern(p: Pattern, ty: Ty, irrefutable: boolean): void;
  }
}

Checker.prototype.bindPattern = function (this: Checker, p: Pattern, ty: Ty, irrefutable: boolean): void {
  switch (p.k) {
    case 'bind': {
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
      this.coerceTo(p.e, ty);
      return;
    case 'range': {
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
      const t = prune(ty);
      if (!(t.k === 'int' || t.k === 'char' || t.k === 'float' || (t.k === 'var' && t.kind !== 'any'))) throw new CheckError(p, `mismatched types: expected \`${fmtTy(t)}\`, found a range pattern (only char and numeric types are allowed in range patterns)`);
      if (p.lo) this.coerceTo(p.lo, ty);
      if (p.hi) this.coerceTo(p.hi, ty);
      return;
    }
    case 'or':
      if (irrefutable) throw new CheckError(p, 'refutable pattern in local binding');
      for (const a of p.alts) {
        if (a.k === 'bind' || a.k === 'some' || a.k === 'tuple') throw new CheckError(a, 'bindings in or-patterns (`|`) are not supported');
        this.bindPattern(a, ty, false);
      }
      return;
    case 'tuple':
      throw new CheckError(p, 'tuple patterns are not supported (except `for (i, x) in v.iter().enumerate()`)');
  }
};
