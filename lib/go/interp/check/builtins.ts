// Builtin functions (go/types builtins.go).

import type * as A from '../ast';
import { constToNumber } from '../constants';
import { defaultType, identical, isInteger, isNumeric, isString, isUntyped, tAny, tInt, tInvalid, tString, typeString, underlying, type T } from '../types';
import { Checker, type Operand, invalid, Scope, SUPPORTED_BUILTINS, isByte } from './checker';

declare module './checker' {
  interface Checker {
    sizeArg(a: A.Expr, scope: Scope): number | null | undefined;
    builtin(e: A.Call, name: string, scope: Scope): Operand;
  }
}

Checker.prototype.builtin = function (this: Checker, e: A.Call, name: string, scope: Scope): Operand {
  if (name === 'delete' || name === 'clear') return this.mapBuiltin(e, name, scope); // check/maps.ts
  if (!SUPPORTED_BUILTINS.has(name)) {
    this.err(e.fun, `the built-in function ${name} is not supported`);
    for (const a of e.args) this.expr(a, scope);
    return invalid;
  }
  const args = e.args;
  // types2 reports a wrong count at the call, after evaluating the arguments (they count as used),
  // except for new's (a type).
  const nargs = (min: number, max: number): boolean => {
    if (args.length >= min && args.length <= max) return true;
    if (name !== 'new') for (const a of args) this.expr(a, scope);
    this.err(e, `invalid operation: ${args.length < min ? 'not enough' : 'too many'} arguments for ${this.text(e)} (expected ${args.length < min ? min : max}, found ${args.length})`);
    return false;
  };
  switch (name) {
    case 'len':
    case 'cap': {
      if (!nargs(1, 1)) return invalid;
      const x = this.expr(args[0], scope);
      if (x.mode === 'invalid') return invalid;
      let u = underlying(x.type);
      if (u.k === 'ptr' && underlying(u.elem).k === 'array') u = underlying(u.elem);
      if (u.k === 'slice' || u.k === 'chan' || (u.k === 'map' && name === 'len')) return { mode: 'value', type: tInt };
      if (u.k === 'array') return { mode: 'const', type: tInt, val: { k: 'int', v: BigInt(u.len) } };
      if (name === 'len' && isString(x.type)) {
        if (x.mode === 'const' && x.val?.k === 'string') {
          this.recordType(args[0], tString, x);
          return { mode: 'const', type: tInt, val: { k: 'int', v: BigInt(x.val.v.length) } };
        }
        return { mode: 'value', type: tInt };
      }
      this.err(args[0], `invalid argument: ${this.text(args[0])} (${this.describeShort(x, args[0])}) for built-in ${name}`);
      return invalid;
    }
    case 'append': {
      if (args.length === 0) {
        this.err(e, `invalid operation: not enough arguments for ${this.text(e)} (expected 1, found 0)`);
        return invalid;
      }
      const s = this.expr(args[0], scope);
      if (s.mode === 'invalid') {
        for (const a of args.slice(1)) this.expr(a, scope);
        return invalid;
      }
      if (s.mode === 'nil') {
        this.err(args[0], 'first argument to append must be a typed slice; found untyped nil');
        return invalid;
      }
      const u = underlying(s.type);
      if (u.k !== 'slice') {
        this.err(args[0], `invalid argument: ${this.text(args[0])} (${this.describeShort(s, args[0])}) is not a slice`);
        for (const a of args.slice(1)) this.expr(a, scope);
        return invalid;
      }
      if (e.ellipsis) {
        if (args.length !== 2) {
          this.err(e, `can only use ... with final argument in list`);
          return invalid;
        }
        const x = this.expr(args[1], scope);
        if (x.mode === 'invalid') return invalid;
        if (isString(x.type) && isByte(u.elem)) {
          if (isUntyped(x.type)) this.recordType(args[1], tString, x);
          return { mode: 'value', type: s.type };
        }
        if (x.mode === 'nil') {
          this.info.types[args[1].id] = s.type;
          return { mode: 'value', type: s.type };
        }
        const xu = underlying(x.type);
        if (xu.k !== 'slice' || !identical(xu.elem, u.elem)) {
          this.err(args[1], `cannot use ${this.text(args[1])} (${this.describeShort(x, args[1])}) as []${typeString(u.elem)} value in argument to append`);
          return invalid;
        }
        return { mode: 'value', type: s.type };
      }
      for (const a of args.slice(1)) {
        const v = this.elemValue(a, u.elem, scope);
        this.assignable(v, u.elem, a, 'argument to append');
      }
      return { mode: 'value', type: s.type };
    }
    case 'copy': {
      if (!nargs(2, 2)) return invalid;
      const d = this.expr(args[0], scope);
      const s = this.expr(args[1], scope);
      if (d.mode === 'invalid' || s.mode === 'invalid') return invalid;
      const du = underlying(d.type);
      if (du.k !== 'slice') {
        this.err(e, `invalid argument: copy expects slice arguments; found ${this.text(args[0])} (${this.describeShort(d, args[0])}) and ${this.text(args[1])} (${this.describeShort(s, args[1])})`);
        return invalid;
      }
      if (isString(s.type) && isByte(du.elem)) {
        if (isUntyped(s.type)) this.recordType(args[1], tString, s);
        return { mode: 'value', type: tInt };
      }
      const su = underlying(s.type);
      if (su.k !== 'slice' || !identical(su.elem, du.elem)) {
        this.err(e, `invalid argument: arguments to copy ${this.text(args[0])} (${this.describeShort(d, args[0])}) and ${this.text(args[1])} (${this.describeShort(s, args[1])}) have different element types`);
        return invalid;
      }
      return { mode: 'value', type: tInt };
    }
    case 'make': {
      if (args.length === 0) {
        this.err(e, `invalid operation: not enough arguments for make() (expected 1, found 0)`);
        return invalid;
      }
      const t = this.typeOf(args[0], scope);
      if (t.k === 'invalid') return invalid;
      if (underlying(t).k === 'chan') return this.makeChan(e, t, scope);
      if (underlying(t).k === 'map') return this.makeMap(e, t, scope); // check/maps.ts
      if (underlying(t).k !== 'slice') {
        this.err(args[0], `invalid argument: cannot make ${this.text(args[0])}; type must be slice, map, or channel`);
        return invalid;
      }
      if (args.length < 2) {
        this.err(e, `invalid operation: ${this.text(e)} expects 2 or 3 arguments; found ${args.length}`);
        return invalid;
      }
      if (args.length > 3) {
        this.err(e, `invalid operation: ${this.text(e)} expects 2 or 3 arguments; found ${args.length}`);
        return invalid;
      }
      const sizes: (number | null)[] = [];
      for (const a of args.slice(1)) {
        const n = this.sizeArg(a, scope);
        if (n === undefined) return invalid;
        sizes.push(n);
      }
      if (sizes.length === 2 && sizes[0] !== null && sizes[1] !== null && sizes[0] > sizes[1]) {
        this.err(args[1], `invalid argument: length and capacity swapped`);
        return invalid;
      }
      return { mode: 'value', type: t };
    }
    case 'new': {
      if (!nargs(1, 1)) return invalid;
      const t = this.typeOf(args[0], scope);
      if (t.k === 'invalid') return invalid;
      return { mode: 'value', type: { k: 'ptr', elem: t } };
    }
    case 'close':
      return this.closeChan(e, scope);
    case 'panic': {
      if (!nargs(1, 1)) return invalid;
      const x = this.expr(args[0], scope);
      if (x.mode !== 'invalid') this.assignable(x, tAny, args[0], 'argument to panic');
      return { mode: 'novalue', type: tInvalid };
    }
    case 'recover': {
      if (!nargs(0, 0)) return invalid;
      if (this.fn) this.fn.callsRecover = true;
      return { mode: 'value', type: tAny };
    }
    case 'print':
    case 'println': {
      for (const a of args) {
        const x = this.expr(a, scope);
        if (x.mode === 'const' && x.val) this.recordType(a, defaultType(x.type), x);
      }
      return { mode: 'novalue', type: tInvalid };
    }
    case 'min':
    case 'max': {
      if (args.length === 0) {
        this.err(e, `invalid operation: not enough arguments for ${this.text(e)} (expected 1, found 0)`);
        return invalid;
      }
      const ops = args.map((a) => this.expr(a, scope));
      if (ops.some((o) => o.mode === 'invalid')) return invalid;
      let t: T | null = ops.find((o) => !isUntyped(o.type))?.type ?? null;
      if (ops.every((o) => o.mode === 'const')) {
        // constant min/max
        let i = 0;
        for (let j = 1; j < ops.length; j++) {
          const a = ops[j].val!;
          const b = ops[i].val!;
          const less = a.k === 'string' && b.k === 'string' ? a.v < b.v : constToNumber(a) < constToNumber(b);
          const more = a.k === 'string' && b.k === 'string' ? a.v > b.v : constToNumber(a) > constToNumber(b);
          if (name === 'min' ? less : more) i = j;
        }
        return { mode: 'const', type: t ?? ops[i].type, val: ops[i].val };
      }
      if (!t) t = defaultType(ops[0].type);
      if (!isNumeric(t) && !isString(t)) {
        this.err(e, `invalid argument: ${this.text(args[0])} cannot be ordered`);
        return invalid;
      }
      ops.forEach((o, i) => this.assignable(o, t!, args[i], `argument to ${name}`));
      return { mode: 'value', type: t };
    }
  }
  return invalid;
};

/**
 * A size argument of make (length, capacity, map hint, channel buffer): an integer, a constant one
 * not negative. Its constant value, null when it is not constant, undefined after an error.
 */
Checker.prototype.sizeArg = function (this: Checker, a: A.Expr, scope: Scope): number | null | undefined {
  const op = this.expr(a, scope);
  if (op.mode === 'invalid') return undefined;
  if (!isInteger(op.type) && !(op.mode === 'const' && op.val?.k === 'float' && Number.isInteger(op.val.v))) {
    this.err(a, `cannot convert ${this.text(a)} (${this.describeShort(op, a)}) to type int`);
    return undefined;
  }
  if (op.mode !== 'const' || !op.val) return null;
  const n = constToNumber(op.val);
  if (n < 0) {
    this.err(a, `invalid argument: index ${this.text(a)} (constant of type int) must not be negative`);
    return undefined;
  }
  this.recordType(a, tInt, op);
  return n;
};
