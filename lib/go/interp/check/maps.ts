// Maps in the checker (go/types typexpr.go MapType, index.go for map operands, literals.go map
// literals, builtins.go delete/clear/make(map), assignments.go mapindex operands). Messages are
// the ones go1.23.5's `go build` prints.

import type * as A from '../ast';
import { constString, constToNumber } from '../constants';
import { comparable, isInterface, tBool, tInvalid, typeString, underlying, type T } from '../types';
import { Checker, type Operand, invalid, Scope, unparen } from './checker';

export type MapT = Extract<T, { k: 'map' }>;

declare module './checker' {
  interface Checker {
    mapType(e: A.MapTypeExpr, scope: Scope): T;
    mapIndex(e: A.Index, x: Operand, m: MapT, scope: Scope): Operand;
    mapLit(e: A.CompositeLit, m: MapT, scope: Scope): void;
    makeMap(e: A.Call, t: T, scope: Scope): Operand;
    mapBuiltin(e: A.Call, name: 'delete' | 'clear', scope: Scope): Operand;
    /** `v, ok := m[k]`: the two operands, or null when es is not a single map index. */
    commaOkMapIndex(es: A.Expr[], scope: Scope): Operand[] | null;
    /** The error for assigning to a field of a map element (`m[k].f = v`), if e is one. */
    mapFieldAssign(e: A.Expr): boolean;
  }
}

/** Is e (parentheses aside) an index expression on a map? */
export function isMapIndex(types: (T | undefined)[], e: A.Expr): e is A.Index {
  const x = unparen(e);
  if (x.kind !== 'Index') return false;
  const t = types[x.x.id];
  return !!t && underlying(t).k === 'map';
}

Checker.prototype.mapType = function (this: Checker, e: A.MapTypeExpr, scope: Scope): T {
  const key = this.typeOf(e.key, scope);
  const elem = this.typeOf(e.value, scope);
  // types2 checks the key once the type is complete: a type still being declared passes here.
  if (key.k !== 'invalid' && underlying(key).k !== 'invalid' && !comparable(key)) {
    // syntax positions a func type at its '('.
    const at = e.key.kind === 'FuncType' ? Math.max(e.key.from, this.src.indexOf('(', e.key.from)) : e.key.from;
    this.err(at, `invalid map key type ${typeString(key)}`);
  }
  return { k: 'map', key, elem };
};

Checker.prototype.mapIndex = function (this: Checker, e: A.Index, x: Operand, m: MapT, scope: Scope): Operand {
  void x;
  const k = this.elemValue(e.index, m.key, scope);
  if (k.mode === 'invalid') return invalid;
  if (!this.assignable(k, m.key, e.index, 'map index')) return invalid;
  return { mode: 'mapindex', type: m.elem };
};

Checker.prototype.commaOkMapIndex = function (this: Checker, es: A.Expr[], scope: Scope): Operand[] | null {
  if (es.length !== 1) return null;
  const x = unparen(es[0]);
  if (x.kind !== 'Index') return null;
  const op = this.expr(es[0], scope);
  if (op.mode === 'invalid') return [op, op];
  if (op.mode !== 'mapindex') return [op];
  return [
    { mode: 'value', type: op.type },
    { mode: 'value', type: tBool },
  ];
};

Checker.prototype.mapFieldAssign = function (this: Checker, e: A.Expr): boolean {
  const x = unparen(e);
  if (x.kind !== 'Selector' || !isMapIndex(this.info.types, x.x)) return false;
  this.err(e, `cannot assign to struct field ${this.text(e)} in map`);
  return true;
};

Checker.prototype.mapLit = function (this: Checker, e: A.CompositeLit, m: MapT, scope: Scope): void {
  const seen = new Set<string>();
  for (const el of e.elts) {
    if (!el.key) {
      this.err(el.value, 'missing key in map literal');
      this.elemValue(el.value, m.elem, scope);
      continue;
    }
    const k = this.elemValue(el.key, m.key, scope);
    if (k.mode !== 'invalid' && this.assignable(k, m.key, el.key, 'map literal')) {
      // Duplicate constant keys (not for interface-typed keys, whose dynamic types may differ).
      const cv = this.info.consts[el.key.id];
      if (cv && !isInterface(m.key)) {
        const id = `${cv.k}:${cv.k === 'string' ? cv.v : constToNumber(cv)}`;
        if (seen.has(id)) this.err(el.key, `duplicate key ${constString(cv)} in map literal`);
        seen.add(id);
      }
    }
    const v = this.elemValue(el.value, m.elem, scope);
    if (v.mode !== 'invalid') this.assignable(v, m.elem, el.value, 'map literal');
  }
};

Checker.prototype.makeMap = function (this: Checker, e: A.Call, t: T, scope: Scope): Operand {
  const args = e.args;
  if (args.length > 2) {
    for (const a of args.slice(1)) this.expr(a, scope);
    this.err(e, `invalid operation: ${this.text(e)} expects 1 or 2 arguments; found ${args.length}`);
    return invalid;
  }
  if (args.length === 2 && this.sizeArg(args[1], scope) === undefined) return invalid;
  return { mode: 'value', type: t };
};

Checker.prototype.mapBuiltin = function (this: Checker, e: A.Call, name: 'delete' | 'clear', scope: Scope): Operand {
  const args = e.args;
  const want = name === 'delete' ? 2 : 1;
  if (args.length !== want) {
    for (const a of args) this.expr(a, scope);
    this.err(e, `invalid operation: ${args.length < want ? 'not enough' : 'too many'} arguments for ${this.text(e)} (expected ${want}, found ${args.length})`);
    return invalid;
  }
  const x = this.expr(args[0], scope);
  if (name === 'clear') {
    if (x.mode === 'invalid') return invalid;
    const u = underlying(x.type);
    if (u.k !== 'map' && u.k !== 'slice') {
      this.err(args[0], `invalid argument: cannot clear ${this.text(args[0])} (${this.describeShort(x, args[0])}): argument must be (or constrained by) map or slice`);
      return invalid;
    }
    return { mode: 'novalue', type: tInvalid };
  }
  if (x.mode === 'invalid') {
    this.expr(args[1], scope);
    return invalid;
  }
  const u = underlying(x.type);
  if (u.k !== 'map') {
    this.expr(args[1], scope);
    this.err(args[0], `invalid argument: ${this.text(args[0])} (${this.describeShort(x, args[0])}) is not a map`);
    return invalid;
  }
  const k = this.elemValue(args[1], u.key, scope);
  if (k.mode !== 'invalid') this.assignable(k, u.key, args[1], 'argument to delete');
  return { mode: 'novalue', type: tInvalid };
};
