// Constant representation and conversion (go/types const.go).

import type * as A from '../ast';
import { F32_MAX_ROUNDING } from '../../../runtime/float32';
import { constToNumber, type ConstVal } from '../constants';
import { isBoolean, isFloat, isInteger, isInterface, isString, typeString, underlying, type T } from '../types';
import { Checker, constFits, type Operand, invalid } from './checker';

declare module './checker' {
  interface Checker {
    representable(op: Operand, t: T): 'ok' | 'overflow' | 'truncated' | 'mismatch';
    convertValue(v: ConstVal, t: T): ConstVal;
    convertConst(op: Operand, t: T, e: A.Expr | undefined, context: string): ConstVal | null;
    longConst(e: A.IntLit | A.FloatLit): Operand;
  }
}

Checker.prototype.representable = function (this: Checker, op: Operand, t: T): 'ok' | 'overflow' | 'truncated' | 'mismatch' {
  const v = op.val!;
  const u = underlying(t);
  if (u.k !== 'basic') return 'mismatch';
  if (isInteger(t)) {
    if (v.k === 'int') return constFits(v, t) ? 'ok' : 'overflow';
    if (v.k === 'float') {
      if (!Number.isInteger(v.v)) return 'truncated';
      return constFits(v, t) ? 'ok' : 'overflow';
    }
    return 'mismatch';
  }
  if (isFloat(t)) {
    if (v.k !== 'int' && v.k !== 'float') return 'mismatch';
    // Past float64 (or float32, after rounding) the constant overflows the type.
    const x = constToNumber(v);
    const f32 = (u as { name: string }).name === 'float32';
    return Number.isFinite(x) && !(f32 && Math.abs(x) > F32_MAX_ROUNDING) ? 'ok' : 'overflow';
  }
  if (isString(t)) return v.k === 'string' ? 'ok' : 'mismatch';
  if (isBoolean(t)) return v.k === 'bool' ? 'ok' : 'mismatch';
  return 'mismatch';
};

Checker.prototype.convertValue = function (this: Checker, v: ConstVal, t: T): ConstVal {
  if (isInteger(t) && v.k === 'float') return { k: 'int', v: BigInt(v.v) };
  if (isFloat(t) && v.k === 'int') return { k: 'float', v: Number(v.v) };
  if (isFloat(t) && v.k === 'float' && underlying(t).k === 'basic' && (underlying(t) as { name: string }).name === 'float32') return { k: 'float', v: Math.fround(v.v) };
  return v;
};

/** Converts a constant operand to type t (for declarations); reports overflow. */
Checker.prototype.convertConst = function (this: Checker, op: Operand, t: T, e: A.Expr | undefined, context: string): ConstVal | null {
  if (!op.val) return null;
  if (isInterface(t)) return op.val;
  const ok = this.representable(op, t);
  if (ok !== 'ok') {
    if (e) {
      if (ok === 'overflow') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (overflows)`);
      else if (ok === 'truncated') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (truncated)`);
      else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}`);
    }
    return null;
  }
  const cv = this.convertValue(op.val, t);
  if (e) this.info.consts[e.id] = cv;
  return cv;
};

/** types2/expr.go: numeric literals past 10000 characters are refused, not evaluated. */
Checker.prototype.longConst = function (this: Checker, e: A.IntLit | A.FloatLit): Operand {
  this.err(e, `excessively long constant: ${e.raw.slice(0, 10)}... (${e.raw.length} chars)`);
  return invalid;
};
