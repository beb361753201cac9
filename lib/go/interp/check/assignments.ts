// Assignments, := and assignability (go/types assignments.go, operand.go assignableTo).

import type * as A from '../ast';
import { IFACE_IMPLEMENTERS } from '../std';
import { defaultType, identical, isBoolean, isInterface, isUntyped, tAny, tBool, tInvalid, typeString, underlying, type T } from '../types';
import { tUntypedBool } from '../types';
import { methodFromEmbeddedIface, missingMethod } from './interfaces';
import { Checker, type Operand, invalid, Scope, unparen } from './checker';

declare module './checker' {
  interface Checker {
    assignMismatch(at: { from: number; to: number }, nvars: number, values: A.Expr[], nvals: number): void;
    exprList(es: A.Expr[], scope: Scope, want: number): Operand[];
    assign(s: A.Assign, scope: Scope): void;
    checkAssignable(e: A.Expr, op: Operand): boolean;
    define(s: A.Define, scope: Scope): void;
    assignable(op: Operand, t: T, e: A.Expr, context: string): boolean;
    assignableType(v: T, t: T): boolean;
  }
}

Checker.prototype.assignMismatch = function (this: Checker, at: { from: number; to: number }, nvars: number, values: A.Expr[], nvals: number): void {
  if (values.length === 1 && unparen(values[0]).kind === 'Call') {
    this.err(values[0], `assignment mismatch: ${nvars} variable${nvars === 1 ? '' : 's'} but ${this.text((unparen(values[0]) as A.Call).fun)} returns ${nvals} value${nvals === 1 ? '' : 's'}`);
  } else this.err(values[0] ?? at, `assignment mismatch: ${nvars} variable${nvars === 1 ? '' : 's'} but ${nvals} value${nvals === 1 ? '' : 's'}`);
};

/** Evaluates a list of expressions; a single multi-value call expands to its results. */
Checker.prototype.exprList = function (this: Checker, es: A.Expr[], scope: Scope, want: number): Operand[] {
  const x0 = es.length === 1 ? unparen(es[0]) : null;
  if (x0 && want === 2 && x0.kind === 'Unary' && x0.op === '<-') {
    // v, ok := <-c
    const op = this.expr(es[0], scope);
    if (op.mode === 'invalid') return [op, op];
    this.info.commaOk.add(x0.id);
    return [{ mode: 'value', type: op.type }, { mode: 'value', type: tUntypedBool }];
  }
  if (es.length === 1 && want === 2 && unparen(es[0]).kind === 'TypeAssert') {
    // v, ok := x.(T)
    const op = this.expr(es[0], scope);
    if (op.mode === 'invalid') return [op, op];
    return [{ mode: 'value', type: op.type }, { mode: 'value', type: tBool }];
  }
  if (es.length === 1 && want === 2 && unparen(es[0]).kind === 'Index') {
    // v, ok := m[k]
    const ops = this.commaOkMapIndex(es, scope);
    if (ops) return ops;
  }
  if (es.length === 1 && want > 1) {
    const op = this.expr(es[0], scope, true);
    if (op.tuple) return op.tuple.map((t) => ({ mode: 'value', type: t }));
    return [op];
  }
  if (es.length === 1 && want === 1 && unparen(es[0]).kind === 'Call') {
    const op = this.expr(es[0], scope, true);
    if (op.tuple) return op.tuple.map((t) => ({ mode: 'value' as const, type: t }));
    return [op];
  }
  return es.map((e) => {
    const op = this.expr(e, scope);
    if (op.tuple) {
      this.err(e, `multiple-value ${this.text(e)} (value of type (${op.tuple.map((t) => typeString(t)).join(', ')})) in single-value context`);
      return invalid;
    }
    return op;
  });
};

Checker.prototype.assign = function (this: Checker, s: A.Assign, scope: Scope): void {
  if (s.op !== '=') {
    // x op= y (reads x: a use)
    const l = this.expr(s.lhs[0], scope, false, false);
    this.checkAssignable(s.lhs[0], l);
    // id -2: types2's binary(x, nil, lhs, rhs, op) reports at the left side as `lhs op= rhs`.
    const bin: A.Binary = { kind: 'Binary', id: -2, from: s.from, to: s.to, op: s.op.slice(0, -1), x: s.lhs[0], y: s.rhs[0], opFrom: s.opFrom };
    const r = this.expr(s.rhs[0], scope);
    if (l.mode === 'invalid' || r.mode === 'invalid') return;
    this.binaryTypes(bin, { ...l, mode: 'value' }, r, scope, s.lhs[0]);
    return;
  }
  const lhs = s.lhs.map((e) => {
    if (e.kind === 'Ident' && e.name === '_') return null;
    const op = this.expr(e, scope, false, true);
    // types2's lhsVar: an unassignable left side is invalid (no further errors about it).
    return this.checkAssignable(e, op) ? op : invalid;
  });
  const rhs = this.exprList(s.rhs, scope, s.lhs.length);
  if (rhs.length !== lhs.length) {
    if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, lhs.length, s.rhs, rhs.length);
    return;
  }
  lhs.forEach((l, i) => {
    const e = s.rhs.length === s.lhs.length ? s.rhs[i] : s.rhs[0];
    if (l === null) {
      const r = rhs[i];
      if (r.mode === 'nil') this.err(e, 'use of untyped nil in assignment');
      else if (r.mode === 'const' && r.val) {
        const t = defaultType(r.type);
        this.convertConst(r, t, e, 'assignment');
        if (s.rhs.length === s.lhs.length) this.recordType(e, t, r);
      }
      return;
    }
    if (l.mode === 'invalid') return;
    this.assignable(rhs[i], l.type, e, 'assignment');
  });
};

Checker.prototype.checkAssignable = function (this: Checker, e: A.Expr, op: Operand): boolean {
  if (op.mode === 'invalid') return false;
  if (op.mode === 'mapindex') return true;
  if (op.mode !== 'var') {
    if (this.mapFieldAssign(e)) return false;
    this.err(e, `cannot assign to ${this.text(e)} (neither addressable nor a map index expression)`);
    return false;
  }
  return true;
};

Checker.prototype.define = function (this: Checker, s: A.Define, scope: Scope): void {
  const rhs = this.exprList(s.rhs, scope, s.lhs.length);
  if (rhs.length !== s.lhs.length) {
    if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, s.lhs.length, s.rhs, rhs.length);
    for (const n of s.lhs) {
      if (!scope.names.has(n.name)) this.declareLocal(scope, n, tInvalid).used = true;
    }
    return;
  }
  let anyNew = false;
  s.lhs.forEach((n, i) => {
    const e = s.rhs.length === s.lhs.length ? s.rhs[i] : s.rhs[0];
    const op = rhs[i];
    const existing = n.name === '_' ? undefined : scope.names.get(n.name);
    if (existing && existing.kind === 'var') {
      // Redeclaration in a multi-variable := assigns to the existing variable.
      this.info.uses[n.id] = existing;
      this.assignable(op, existing.type, e, 'assignment');
      return;
    }
    if (n.name !== '_') anyNew = true;
    let t: T;
    if (op.mode === 'nil') {
      this.err(e, 'use of untyped nil in assignment');
      t = tInvalid;
    } else if (op.mode === 'novalue') {
      this.err(e, `${this.text(e)} (no value) used as value`);
      t = tInvalid;
    } else if (op.mode === 'type') {
      this.err(e, `${this.text(e)} (type) is not an expression`);
      t = tInvalid;
    } else if (op.mode === 'builtin') {
      this.err(e, `${this.text(e)} (built-in function ${this.text(e)}) must be called`);
      t = tInvalid;
    } else {
      t = defaultType(op.type);
      if (op.mode === 'const' && op.val) this.convertConst(op, t, e, 'assignment');
      if (s.rhs.length === s.lhs.length) this.recordType(e, t, op);
    }
    this.declareLocal(scope, n, t);
  });
  if (!anyNew) this.err(s.opFrom, 'no new variables on left side of :=');
};

/** Checks that op can be assigned to type t (reporting the compiler's message) and records implicit conversions. */
Checker.prototype.assignable = function (this: Checker, op: Operand, t: T, e: A.Expr, context: string): boolean {
  if (op.mode === 'invalid' || t.k === 'invalid') return false;
  if (op.mode === 'novalue') {
    this.err(e, `${this.text(e)} (no value) used as value`);
    return false;
  }
  if (op.mode === 'type') {
    this.err(e, `${this.text(e)} (type) is not an expression`);
    return false;
  }
  if (op.mode === 'builtin') {
    this.err(e, `${this.text(e)} (built-in function ${this.text(e)}) must be called`);
    return false;
  }
  if (op.mode === 'nil') {
    const u = underlying(t);
    if (u.k === 'ptr' || u.k === 'slice' || u.k === 'iface' || u.k === 'func' || u.k === 'chan' || u.k === 'map') {
      this.info.types[e.id] = t;
      return true;
    }
    this.err(e, `cannot use nil as ${typeString(t)} value in ${context}`);
    return false;
  }
  if (op.mode === 'const' && op.val && isUntyped(op.type)) {
    if (isInterface(t)) {
      const dt = defaultType(op.type);
      this.convertConst(op, dt, e, context);
      this.recordType(e, dt, op);
      this.info.toIface[e.id] = dt;
      return true;
    }
    const ok = this.representable(op, t);
    if (ok === 'ok') {
      this.recordType(e, t, op);
      this.info.consts[e.id] = this.convertValue(op.val, t);
      return true;
    }
    if (ok === 'overflow') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (overflows)`);
    else if (ok === 'truncated') this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context} (truncated)`);
    else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}`);
    return false;
  }
  if (op.type.k === 'untyped' && op.type.name === 'untyped bool' && isBoolean(t)) {
    this.recordType(e, t, op);
    return true;
  }
  if (op.type.k === 'untyped' && isInterface(t)) {
    const dt = defaultType(op.type);
    this.recordType(e, dt, op);
    this.info.toIface[e.id] = dt;
    return true;
  }
  if (this.assignableType(op.type, t)) {
    if (isInterface(t) && !isInterface(op.type)) this.info.toIface[e.id] = op.type;
    return true;
  }
  let why = '';
  const viaEmbedded = isInterface(t) ? methodFromEmbeddedIface(this.info, op.type, t) : null;
  if (viaEmbedded) {
    this.err(e, `using ${typeString(op.type)} as ${typeString(t)} value is not supported in the playground: its method ${viaEmbedded} comes from an embedded interface field`);
    return false;
  }
  if (isInterface(t) && t !== tAny) {
    const u = underlying(t) as { name: string; methods: string[] };
    why = `: ${typeString(op.type)} does not implement ${typeString(t)} ${missingMethod(this.info, op.type, t) ?? `(missing method ${u.methods[0]})`}`;
  }
  this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in ${context}${why}`);
  return false;
};

Checker.prototype.assignableType = function (this: Checker, v: T, t: T): boolean {
  if (identical(v, t)) return true;
  const vu = underlying(v);
  const tu = underlying(t);
  if ((v.k !== 'named' || t.k !== 'named') && identical(vu, tu) && vu.k !== 'basic') return true;
  // A bidirectional channel is assignable to a directional one of the same element type.
  if (vu.k === 'chan' && tu.k === 'chan' && vu.dir === 'both' && identical(vu.elem, tu.elem) && (v.k !== 'named' || t.k !== 'named')) return true;
  if (tu.k === 'iface') {
    if (tu.methods.length === 0) return true;
    if (vu.k === 'iface') return tu.methods.every((m) => vu.methods.includes(m));
    if (tu.sigs && missingMethod(this.info, v, t) === null) return true;
    if (v.k === 'ptr') {
      const impl = IFACE_IMPLEMENTERS[tu.name];
      if (impl && impl.includes(v.elem)) return true;
    }
    return false;
  }
  return false;
};
