// Index and slice expressions (go/types index.go).

import type * as A from '../ast';
import { constToNumber } from '../constants';
import { isInteger, isString, isUntyped, tInt, tInvalid, tString, tUint8, underlying, type T } from '../types';
import { Checker, type Operand, invalid, Scope } from './checker';

declare module './checker' {
  interface Checker {
    index(e: A.Index, scope: Scope): Operand;
    indexValue(e: A.Expr, scope: Scope, length: number): void;
    sliceExpr(e: A.SliceExpr, scope: Scope): Operand;
  }
}

Checker.prototype.index = function (this: Checker, e: A.Index, scope: Scope): Operand {
  const x = this.expr(e.x, scope);
  if (x.mode === 'invalid') {
    this.expr(e.index, scope);
    return invalid;
  }
  let t = underlying(x.type);
  let viaPtr = false;
  if (t.k === 'ptr' && underlying(t.elem).k === 'array') {
    t = underlying(t.elem);
    viaPtr = true;
  }
  if (t.k === 'map' && !viaPtr) return this.mapIndex(e, x, t, scope);
  let elem: T;
  let mode: Operand['mode'];
  let length = -1;
  if (t.k === 'slice') {
    elem = t.elem;
    mode = 'var';
  } else if (t.k === 'array') {
    elem = t.elem;
    mode = x.mode === 'var' || viaPtr ? 'var' : 'value';
    length = t.len;
  } else if (isString(x.type)) {
    elem = tUint8;
    mode = 'value';
    if (x.mode === 'const' && x.val?.k === 'string') length = x.val.v.length;
  } else {
    // types2 reports it at the index expression, which syntax positions at '['.
    this.err(Math.max(e.x.to, this.src.indexOf('[', e.x.to)), `invalid operation: cannot index ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
    this.expr(e.index, scope);
    return invalid;
  }
  this.indexValue(e.index, scope, length);
  if (isString(x.type) && x.mode === 'const' && x.val?.k === 'string') {
    const iv = this.info.consts[e.index.id];
    if (iv?.k === 'int') return { mode: 'const', type: tUint8, val: { k: 'int', v: BigInt(x.val.v.charCodeAt(Number(iv.v)) || 0) } };
  }
  return { mode, type: elem };
};

/** Checks an index operand: an integer, non-negative if constant, below `length` if known. */
Checker.prototype.indexValue = function (this: Checker, e: A.Expr, scope: Scope, length: number): void {
  const op = this.expr(e, scope);
  if (op.mode === 'invalid') return;
  if (!isInteger(op.type) && !(op.mode === 'const' && op.val?.k === 'float' && Number.isInteger(op.val.v))) {
    this.err(e, `invalid argument: index ${this.text(e)} (${this.describeShort(op, e)}) must be integer`);
    return;
  }
  if (op.mode === 'const' && op.val) {
    const n = constToNumber(op.val);
    if (n < 0) this.err(e, `invalid argument: index ${this.text(e)} (constant of type int) must not be negative`);
    else if (length >= 0 && n >= length) this.err(e, `invalid argument: index ${n} out of bounds [0:${length}]`);
    if (isUntyped(op.type)) this.recordType(e, tInt, op);
  }
};

Checker.prototype.sliceExpr = function (this: Checker, e: A.SliceExpr, scope: Scope): Operand {
  const x = this.expr(e.x, scope);
  let length = -1;
  let result: T = tInvalid;
  if (x.mode !== 'invalid') {
    const u = underlying(x.type);
    if (u.k === 'slice') result = x.type;
    else if (isString(x.type)) {
      if (e.three) this.err(e, `invalid operation: 3-index slice of string`);
      result = isUntyped(x.type) ? tString : x.type;
      if (isUntyped(x.type)) this.recordType(e.x, tString, x);
    } else if (u.k === 'array') {
      if (x.mode !== 'var') this.err(e, `invalid operation: ${this.text(e.x)} (slice of unaddressable value)`);
      result = { k: 'slice', elem: u.elem };
      length = u.len;
      this.markAddrTaken(e.x);
    } else if (u.k === 'ptr' && underlying(u.elem).k === 'array') {
      const a = underlying(u.elem) as { len: number; elem: T };
      result = { k: 'slice', elem: a.elem };
      length = a.len;
    } else this.err(e, `cannot slice ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
  }
  const idx = [e.lo, e.hi, e.max];
  const consts: (number | null)[] = [];
  for (const i of idx) {
    if (!i) {
      consts.push(null);
      continue;
    }
    this.indexValue(i, scope, length >= 0 ? length + 1 : -1);
    const c = this.info.consts[i.id];
    consts.push(c ? constToNumber(c) : null);
  }
  const known = consts.filter((c): c is number => c !== null);
  for (let i = 1; i < known.length; i++) {
    if (known[i] < known[i - 1]) this.err(e, `invalid slice indices: ${known[i]} < ${known[i - 1]}`);
  }
  if (x.mode === 'invalid') return invalid;
  return { mode: 'value', type: result };
};
