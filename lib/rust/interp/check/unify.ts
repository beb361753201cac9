// Unification of inference variables and the coercions the subset uses at expected types.

import { refGap } from './std-methods';
import type { Expr, Span } from '../ast';
import { fmtTy, prune, type Ty } from '../ty';
import { Checker, isObjectKind } from './checker';

declare module './checker' {
  interface Checker {
    unify(expected: Ty, actual: Ty, span: Span): boolean;
    tryUnify(a: Ty, b: Ty): boolean;
    coerceTo(e: Expr, expected: Ty): void;
    unifyCallable(a: Ty, b: Ty): boolean;
  }
}

Checker.prototype.unify = function (this: Checker, expected: Ty, actual: Ty, span: Span): boolean {
  if (this.tryUnify(expected, actual)) return true;
  if (refGap(expected, actual)) return this.refGapError(expected, actual, span); // check/std-methods.ts
  this.err(span, `mismatched types: expected \`${fmtTy(expected)}\`, found \`${fmtTy(actual)}\``);
  return false;
};

Checker.prototype.tryUnify = function (this: Checker, a: Ty, b: Ty): boolean {
  a = prune(a);
  b = prune(b);
  if (a === b) return true;
  if (a.k === 'never' || b.k === 'never') return true;
  if (a.k === 'var' || b.k === 'var') {
    const [v, o] = (a.k === 'var' ? [a, b] : [b, a]) as [Extract<Ty, { k: 'var' }>, Ty];
    if (o.k === 'var') {
      if (v.kind !== 'any' && o.kind !== 'any' && v.kind !== o.kind) return false;
      if (v.kind === 'any') v.to = o;
      else o.to = v;
      return true;
    }
    if (v.kind === 'int' && o.k !== 'int') return false;
    if (v.kind === 'float' && o.k !== 'float') return false;
    if (occurs(v, o)) return false;
    v.to = o;
    return true;
  }
  if (a.k === 'fnTrait' || b.k === 'fnTrait') return this.unifyCallable(a, b);
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'iterAd':
      return this.tryUnify(a.item, (b as typeof a).item);
    case 'closure':
      return a.c === (b as typeof a).c;
    case 'int':
    case 'float':
      return a.name === (b as typeof a).name;
    case 'Vec':
      if (!a.heap !== !(b as typeof a).heap) return false;
      return this.tryUnify(a.e, (b as typeof a).e);
    case 'VecDeque':
    case 'Box':
    case 'Option':
    case 'slice':
    case 'iter':
    case 'Rc':
    case 'RefCell':
    case 'Cell':
    case 'Weak':
    case 'JoinHandle':
    case 'Wrap':
    case 'Chan':
      return sameFlags(a, b) && this.tryUnify(a.e, (b as typeof a).e);
    case 'Guard':
      return a.mut === (b as typeof a).mut && this.tryUnify(a.e, (b as typeof a).e);
    case 'ref':
      return a.mut === (b as typeof a).mut && this.tryUnify(a.e, (b as typeof a).e);
    case 'array':
      return a.n === (b as typeof a).n && this.tryUnify(a.e, (b as typeof a).e);
    case 'range':
      return this.tryUnify(a.e, (b as typeof a).e);
    case 'struct': {
      const bs = (b as typeof a).s;
      if (a.s === bs) return true;
      // Result<T, E>: the same generic enum, unified through its type arguments
      return !!a.s.generic && a.s.generic === bs.generic && a.s.targs!.every((x, i) => this.tryUnify(x, bs.targs![i]));
    }
    case 'Map':
      return a.kind === (b as typeof a).kind && this.tryUnify(a.key, (b as typeof a).key) && this.tryUnify(a.val, (b as typeof a).val);
    case 'Entry':
      return this.tryUnify(a.map, (b as typeof a).map);
    case 'tuple': {
      const be = (b as typeof a).elems;
      return a.elems.length === be.length && a.elems.every((x, i) => this.tryUnify(x, be[i]));
    }
    default:
      return true;
  }
};

/**
 * Checks `e` against an expected type, allowing the coercions the subset uses: &mut T → &T,
 * &String → &str, &Vec<T> / &[T; N] → &[T], &Box<T> → &T.
 */
Checker.prototype.coerceTo = function (this: Checker, e: Expr, expected: Ty): void {
  const actual = this.expr(e, expected);
  const ex = prune(expected);
  const ac = prune(actual);
  if (this.coerceDyn(e, ex, ac)) return; // to a trait object (check/traits.ts)
  if (ex.k === 'ref' && ac.k === 'ref') {
    const ei = prune(ex.e);
    const ai = prune(ac.e);
    if (!ex.mut && ac.mut && this.tryUnify(ei, ai)) {
      (e as { coerce?: string }).coerce = isObjectKind(ai) ? undefined : 'readMut';
      return;
    }
    if (!ex.mut || ac.mut) {
      if (ei.k === 'str' && ai.k === 'String') {
        (e as { coerce?: string }).coerce = 'str';
        return;
      }
      if (ei.k === 'slice' && (ai.k === 'Vec' || ai.k === 'array') && this.tryUnify(ei.e, ai.e)) {
        (e as { coerce?: string }).coerce = ai.k === 'Vec' ? 'vecSlice' : undefined;
        return;
      }
      if (ai.k === 'Box' && this.tryUnify(ei, ai.e)) {
        (e as { coerce?: string }).coerce = 'unbox';
        return;
      }
      // &&T → &T (auto-deref): a shared reference to a Copy reference is the reference itself.
      if (!ex.mut && ai.k === 'ref' && !ai.mut && this.tryUnify(ex, ai)) return;
    }
  }
  this.unify(expected, actual, e);
};

function occurs(v: Ty, t: Ty): boolean {
  t = prune(t);
  if (t === v) return true;
  if ('e' in t && t.e) return occurs(v, t.e);
  if (t.k === 'tuple') return t.elems.some((x) => occurs(v, x));
  if (t.k === 'Map') return occurs(v, t.key) || occurs(v, t.val);
  return false;
}

/** `impl Fn(A) -> R` / `dyn Fn(A) -> R` against a closure or another such type: same signature. */
Checker.prototype.unifyCallable = function (this: Checker, a: Ty, b: Ty): boolean {
  const sa = this.callableSig(a);
  const sb = this.callableSig(b);
  if (!sa || !sb || sa.params.length !== sb.params.length) return false;
  if (!sa.params.every((p, i) => this.tryUnify(p, sb.params[i]))) return false;
  return this.tryUnify(sa.ret, sb.ret);
};

/** Arc vs Rc, Mutex vs RefCell, the atomics, Sender vs Receiver: same kind, different types. */
function sameFlags(a: Ty, b: Ty): boolean {
  const x = a as { arc?: boolean; lock?: string; atomic?: string; end?: string; scoped?: boolean; what?: string };
  const y = b as typeof x;
  return !!x.arc === !!y.arc && x.lock === y.lock && x.atomic === y.atomic && x.end === y.end && !!x.scoped === !!y.scoped && x.what === y.what;
}
