// Conversions (go/types conversions.go).

import type * as A from '../ast';
import { constString } from '../constants';
import { defaultType, identical, isFloat, isInteger, isInterface, isNumeric, isString, isUntyped, typeString, underlying, type T } from '../types';
import { Checker, type Operand, invalid, Scope, isByte, isRune, encodeRuneStr } from './checker';

declare module './checker' {
  interface Checker {
    conversion(e: A.Call, t: T, scope: Scope): Operand;
    convertible(x: Operand, t: T): boolean;
  }
}

Checker.prototype.conversion = function (this: Checker, e: A.Call, t: T, scope: Scope): Operand {
  this.info.calls[e.id] = { k: 'conv', to: t };
  if (e.args.length !== 1) {
    this.err(e, e.args.length === 0 ? `missing argument in conversion to ${typeString(t)}` : `too many arguments in conversion to ${typeString(t)}`);
    for (const a of e.args) this.expr(a, scope);
    return invalid;
  }
  const x = this.expr(e.args[0], scope);
  if (x.mode === 'invalid') return invalid;
  const from = x.type;
  const tu = underlying(t);
  if (x.mode === 'const' && x.val && tu.k === 'basic') {
    // Constant conversions.
    if (isString(t) && isInteger(from) && x.val.k === 'int') {
      const cp = Number(x.val.v);
      const s = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? encodeRuneStr(cp) : '\xef\xbf\xbd';
      return { mode: 'const', type: t, val: { k: 'string', v: s } };
    }
    const ok = this.representable(x, t);
    if (ok === 'ok' || (ok === 'truncated' && isInteger(t) && !isUntyped(from) && isFloat(from))) {
      const v = this.convertValue(x.val, t);
      this.recordType(e.args[0], isUntyped(from) ? t : from, x);
      return { mode: 'const', type: t, val: v };
    }
    if (ok === 'truncated') {
      this.err(e.args[0], `cannot convert ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])}) to type ${typeString(t)}`);
      return invalid;
    }
    if (ok === 'overflow') {
      this.err(e.args[0], `constant ${constString(x.val)} overflows ${typeString(t)}`);
      return invalid;
    }
  }
  if (this.convertible(x, t)) {
    if (x.mode === 'nil') this.info.types[e.args[0].id] = t;
    else if (isUntyped(from)) {
      const dt = isNumeric(t) && isNumeric(from) ? t : defaultType(from);
      this.recordType(e.args[0], dt, x);
    }
    if (isInterface(t) && !isInterface(from)) this.info.toIface[e.args[0].id] = defaultType(from);
    return { mode: 'value', type: t };
  }
  this.err(e.args[0], `cannot convert ${this.text(e.args[0])} (${this.describeShort(x, e.args[0])}) to type ${typeString(t)}`);
  return invalid;
};

Checker.prototype.convertible = function (this: Checker, x: Operand, t: T): boolean {
  const v = x.type;
  if (x.mode === 'nil') {
    const u = underlying(t);
    return u.k === 'ptr' || u.k === 'slice' || u.k === 'iface' || u.k === 'func' || u.k === 'chan';
  }
  if (this.assignableType(v, t)) return true;
  const vu = underlying(v);
  const tu = underlying(t);
  if (identical(vu, tu)) return true;
  if (vu.k === 'ptr' && tu.k === 'ptr' && identical(underlying(vu.elem), underlying(tu.elem))) return true;
  if (isNumeric(v) && isNumeric(t)) return true;
  if (isString(t) && (isInteger(v) || (vu.k === 'slice' && (isByte(vu.elem) || isRune(vu.elem))))) return true;
  if (isString(v) && tu.k === 'slice' && (isByte(tu.elem) || isRune(tu.elem))) return true;
  if (isUntyped(v) && x.mode === 'const') return this.representable(x, t) === 'ok';
  return false;
};
