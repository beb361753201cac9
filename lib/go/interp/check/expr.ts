// Expressions: identifiers, unary and binary operators (go/types expr.go).

import type * as A from '../ast';
import { constString, constToNumber, type ConstVal } from '../constants';
import { comparable, defaultType, identical, intInfo, isBoolean, isInteger, isInterface, isNumeric, isString, isUnsigned, isUntyped, tInt, tInvalid, tUint8, tUntypedBool, tUntypedFloat, tUntypedInt, tUntypedNil, tUntypedRune, tUntypedString, typeString, underlying, type T } from '../types';
import { Checker, MAX_CONST_CHARS, type FnInfo, constFits, type Operand, invalid, Scope, unparen, constCompare, constArith } from './checker';

declare module './checker' {
  interface Checker {
    recordType(e: A.Expr, t: T, op?: Operand): void;
    describeShort(op: Operand, e?: A.Expr): string;
    describeType(op: Operand): string;
    expr(e: A.Expr, scope: Scope, multi?: boolean, lhs?: boolean): Operand;
    expr0(e: A.Expr, scope: Scope, multi: boolean, lhs: boolean): Operand;
    ident(e: A.Ident, scope: Scope, lhs: boolean): Operand;
    markAddrTaken(e: A.Expr): void;
    unary(e: A.Unary, scope: Scope): Operand;
    binaryTypes(e: A.Binary, x: Operand, y: Operand, _scope: Scope, at: A.Expr | A.Binary): Operand;
    implicitConvert(op: Operand, t: T, e: A.Expr, at: A.Expr | A.Binary, exprText: () => string): boolean;
    isAddressable(e: A.Expr): boolean;
  }
}

Checker.prototype.recordType = function (this: Checker, e: A.Expr, t: T, op?: Operand): void {
  this.info.types[e.id] = t;
  if (op?.mode === 'const' && op.val) this.info.consts[e.id] = this.convertValue(op.val, t);
  // Untyped operands of a constant expression tree get the final type too.
  const x = unparen(e);
  if (x !== e) this.recordType(x, t, op);
  if (x.kind === 'Binary' && op?.mode !== 'const' && !['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(x.op)) {
    for (const side of [x.x, x.y]) {
      const st = this.info.types[side.id];
      if (st && st.k === 'untyped' && !(x.op === '<<' || x.op === '>>') ) this.recordType(side, t, { mode: this.info.consts[side.id] ? 'const' : 'value', type: st, val: this.info.consts[side.id] });
    }
    if ((x.op === '<<' || x.op === '>>') && this.info.types[x.x.id]?.k === 'untyped') this.recordType(x.x, t, { mode: this.info.consts[x.x.id] ? 'const' : 'value', type: this.info.types[x.x.id]!, val: this.info.consts[x.x.id] });
  }
  if (x.kind === 'Unary' && op?.mode !== 'const' && (x.op === '-' || x.op === '+' || x.op === '^')) {
    const st = this.info.types[x.x.id];
    if (st && st.k === 'untyped') this.recordType(x.x, t, { mode: 'const', type: st, val: this.info.consts[x.x.id] });
  }
};

Checker.prototype.describeShort = function (this: Checker, op: Operand, e?: A.Expr): string {
  switch (op.mode) {
    case 'const':
      if (isUntyped(op.type)) {
        // types2 adds the value when it reads differently from the expression.
        const shown = e && op.val && constString(op.val) !== this.text(e).trim();
        return shown ? `${typeString(op.type)} constant ${constString(op.val!)}` : `${typeString(op.type)} constant`;
      }
      if (e && op.val && constString(op.val) === this.text(e).trim()) return `constant of type ${typeString(op.type)}`;
      return `constant ${op.val ? constString(op.val) : ''} of type ${typeString(op.type)}`.replace('  ', ' ');
    case 'var':
      return `variable of type ${typeString(op.type)}`;
    case 'mapindex':
      return `map index expression of type ${typeString(op.type)}`;
    case 'nil':
      return 'untyped nil';
    case 'type':
      return 'type';
    case 'novalue':
      return 'no value';
    default:
      return `value of type ${typeString(op.type)}`;
  }
};

Checker.prototype.describeType = function (this: Checker, op: Operand): string {
  if (op.mode === 'const' && isUntyped(op.type)) return 'number';
  if (op.mode === 'nil') return 'nil';
  return typeString(op.type);
};

/**
 * Type-checks an expression. `multi` allows a multi-value call (result in op.tuple); `lhs` marks
 * an assignment target (a variable there is not "used").
 */
Checker.prototype.expr = function (this: Checker, e: A.Expr, scope: Scope, multi = false, lhs = false): Operand {
  const op = this.expr0(e, scope, multi, lhs);
  if (op.mode !== 'invalid' && op.mode !== 'type' && op.mode !== 'pkg' && op.mode !== 'builtin' && op.mode !== 'novalue') {
    if (this.info.types[e.id] === undefined) this.info.types[e.id] = op.tuple ? { k: 'tuple', types: op.tuple } : op.type;
    if (op.mode === 'const' && op.val && this.info.consts[e.id] === undefined) this.info.consts[e.id] = op.val;
  }
  if (op.tuple && !multi) {
    this.err(e, `multiple-value ${this.text(e)} (value of type (${op.tuple.map((t) => typeString(t)).join(', ')})) in single-value context`);
    return invalid;
  }
  return op;
};

Checker.prototype.expr0 = function (this: Checker, e: A.Expr, scope: Scope, multi: boolean, lhs: boolean): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalid;
    case 'IntLit':
      if (e.raw.length > MAX_CONST_CHARS) return this.longConst(e);
      return { mode: 'const', type: tUntypedInt, val: { k: 'int', v: e.value } };
    case 'FloatLit':
      if (e.raw.length > MAX_CONST_CHARS) return this.longConst(e);
      return { mode: 'const', type: tUntypedFloat, val: Number.isFinite(e.value) ? { k: 'float', v: e.value } : { k: 'float', v: e.value, raw: e.raw } };
    case 'RuneLit':
      return { mode: 'const', type: tUntypedRune, val: { k: 'int', v: BigInt(e.value) } };
    case 'StrLit':
      return { mode: 'const', type: tUntypedString, val: { k: 'string', v: e.value } };
    case 'Paren': {
      const op = this.expr(e.x, scope, multi, lhs);
      return op;
    }
    case 'Ident':
      return this.ident(e, scope, lhs);
    case 'FuncLit': {
      const sig = this.funcType(e.type, scope);
      const info = this.newFn(`${this.fn ? this.fn.name : 'glob'}.func${(this.fn?.lits.length ?? 0) + 1}`, e, sig, this.fn);
      this.fn?.lits.push(info);
      this.info.lits.set(e.id, info);
      const saveScope = this.currentScope;
      this.currentScope = scope;
      this.funcBody(info, e.type, e.body);
      this.currentScope = saveScope;
      return { mode: 'value', type: sig };
    }
    case 'CompositeLit':
      return this.compositeLit(e, scope, null);
    case 'Selector':
      return this.selector(e, scope, lhs);
    case 'Index':
      return this.index(e, scope);
    case 'SliceExpr':
      return this.sliceExpr(e, scope);
    case 'TypeAssert': {
      const x = this.expr(e.x, scope);
      const t = this.typeOf(e.type, scope);
      if (x.mode === 'invalid') return invalid;
      if (!isInterface(x.type)) {
        this.err(e.x, `invalid operation: ${this.text(e.x)} (${this.describeShort(x, e.x)}) is not an interface`);
        return invalid;
      }
      return { mode: 'value', type: t };
    }
    case 'Call':
      return this.call(e, scope, multi);
    case 'Unary':
      return this.unary(e, scope);
    case 'Binary': {
      const x = this.expr(e.x, scope);
      const y = this.expr(e.y, scope);
      if (x.mode === 'invalid' || y.mode === 'invalid') return invalid;
      return this.binaryTypes(e, x, y, scope, e);
    }
    case 'ArrayType':
    case 'SliceType':
    case 'PointerType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'QualifiedType': {
      const t = this.typeExprOrNull(e, scope);
      if (t) return { mode: 'type', type: t };
      return invalid;
    }
    default:
      return invalid;
  }
};

Checker.prototype.ident = function (this: Checker, e: A.Ident, scope: Scope, lhs: boolean): Operand {
  if (e.name === '_') {
    this.err(e, 'cannot use _ as value');
    return invalid;
  }
  if (e.name === 'iota' && this.iota >= 0 && !scope.lookup('iota')) return { mode: 'const', type: tUntypedInt, val: { k: 'int', v: BigInt(this.iota) } };
  let o = scope.lookup(e.name);
  if (!o && this.typeDeclsPending.has(e.name)) {
    this.resolveNamedType(e.name);
    o = scope.lookup(e.name);
  }
  if (!o) {
    this.err(e, `undefined: ${e.name}`);
    return invalid;
  }
  this.info.uses[e.id] = o;
  if (o.kind === 'var' && o.global && this.pendingGlobals.has(o)) this.checkGlobalSpec(this.pendingGlobals.get(o)!);
  switch (o.kind) {
    case 'var': {
      if (!lhs) o.used = true;
      if (!o.global && o.fn !== this.fn && this.fn) {
        // A variable of an enclosing function: captured by this literal (and those in between).
        o.captured = true;
        o.used = true;
        for (let f: FnInfo | null = this.fn; f && f !== o.fn; f = f.parent) if (!f.captures.includes(o)) f.captures.push(o);
      }
      if (o.type.k === 'invalid') return invalid;
      return { mode: 'var', type: o.type };
    }
    case 'const':
      o.used = true;
      return { mode: 'const', type: o.type, val: o.val };
    case 'type':
      return { mode: 'type', type: o.type };
    case 'func':
      if (this.fn) this.fn.callees.add(o.info);
      return { mode: 'func', type: o.info.sig };
    case 'builtin':
      return { mode: 'builtin', type: tInvalid };
    case 'pkg':
      o.used = true;
      this.err(e, `use of package ${e.name} without selector`);
      return invalid;
    case 'nil':
      return { mode: 'nil', type: tUntypedNil };
    case 'gfunc':
      this.err(e, `cannot use generic function ${e.name} without instantiation`);
      return invalid;
  }
};

Checker.prototype.markAddrTaken = function (this: Checker, e: A.Expr): void {
  const x = unparen(e);
  if (x.kind === 'Ident') {
    const o = this.info.uses[x.id];
    if (o?.kind === 'var') o.addrTaken = true;
  } else if (x.kind === 'Selector') {
    const s = this.info.sels[x.id];
    if (s?.k === 'field' && !s.ptr) this.markAddrTaken(x.x);
  } else if (x.kind === 'Index') {
    const t = this.info.types[x.x.id];
    if (t && underlying(t).k === 'array') this.markAddrTaken(x.x);
  }
};

Checker.prototype.unary = function (this: Checker, e: A.Unary, scope: Scope): Operand {
  if (e.op === '<-') return this.receive(e, scope);
  if (e.op === '&') {
    const inner = unparen(e.x);
    if (inner.kind === 'CompositeLit') {
      const op = this.expr(e.x, scope);
      if (op.mode === 'invalid') return invalid;
      return { mode: 'value', type: { k: 'ptr', elem: op.type } };
    }
    const op = this.expr(e.x, scope);
    if (op.mode === 'invalid') return invalid;
    if (op.mode !== 'var') {
      this.err(e.x, `invalid operation: cannot take address of ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
      return invalid;
    }
    this.markAddrTaken(e.x);
    return { mode: 'value', type: { k: 'ptr', elem: op.type } };
  }
  if (e.op === '*') {
    const op = this.expr(e.x, scope);
    if (op.mode === 'invalid') return invalid;
    if (op.mode === 'type') return { mode: 'type', type: { k: 'ptr', elem: op.type } };
    if (op.mode === 'nil') {
      this.err(e, 'invalid operation: cannot indirect nil');
      return invalid;
    }
    const u = underlying(op.type);
    if (u.k !== 'ptr') {
      this.err(e, `invalid operation: cannot indirect ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
      return invalid;
    }
    return { mode: 'var', type: u.elem };
  }
  const op = this.expr(e.x, scope);
  if (op.mode === 'invalid') return invalid;
  switch (e.op) {
    case '+':
    case '-':
      if (!isNumeric(op.type)) {
        this.err(e, `invalid operation: operator ${e.op} not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
        return invalid;
      }
      if (op.mode === 'const' && op.val) {
        const v = op.val;
        // Constants are exact: there is no negative zero (-0.0 is 0), hence 0 - v.
        const r: ConstVal = e.op === '+' ? v : v.k === 'int' ? { k: 'int', v: -v.v } : { k: 'float', v: 0 - (v as { v: number }).v };
        if (!isUntyped(op.type) && !constFits(r, op.type)) {
          this.err(e, `constant ${constString(r)} overflows ${typeString(op.type)}`);
        }
        return { mode: 'const', type: op.type, val: r };
      }
      return { mode: 'value', type: op.type };
    case '!':
      if (!isBoolean(op.type)) {
        this.err(e, `invalid operation: operator ! not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
        return invalid;
      }
      if (op.mode === 'const' && op.val?.k === 'bool') return { mode: 'const', type: op.type, val: { k: 'bool', v: !op.val.v } };
      return { mode: 'value', type: op.type };
    case '^':
      if (!isInteger(op.type)) {
        this.err(e, `invalid operation: operator ^ not defined on ${this.text(e.x)} (${this.describeShort(op, e.x)})`);
        return invalid;
      }
      if (op.mode === 'const' && op.val?.k === 'int') {
        let v = ~op.val.v;
        if (!isUntyped(op.type) && isUnsigned(op.type)) v = BigInt.asUintN(intInfo(op.type).bits, v);
        return { mode: 'const', type: op.type, val: { k: 'int', v } };
      }
      return { mode: 'value', type: op.type };
    default:
      this.err(e, `operator ${e.op} is not supported`);
      return invalid;
  }
};

Checker.prototype.binaryTypes = function (this: Checker, e: A.Binary, x: Operand, y: Operand, _scope: Scope, at: A.Expr | A.Binary): Operand {
  const op = e.op;
  const exprText = () => (e.id >= 0 ? this.text(e) : `${this.text(e.x)} ${op}${e.id === -2 ? '=' : ''} ${this.text(e.y)}`);
  if (op === '<<' || op === '>>') {
    if (!isInteger(y.type) && !(y.mode === 'const' && y.val?.k === 'float' && Number.isInteger(y.val.v))) {
      this.err(e.y, `invalid operation: shift count ${this.text(e.y)} (${this.describeShort(y, e.y)}) must be integer`);
      return invalid;
    }
    if (y.mode === 'const' && y.val && constToNumber(y.val) < 0) {
      this.err(e.y, `invalid shift count ${this.text(e.y)} (${this.describeShort(y, e.y)}) (must be non-negative)`);
      return invalid;
    }
    if (y.mode === 'const' && isUntyped(y.type)) this.recordType(e.y, tUint8.k === 'basic' ? tInt : tInt, y);
    if (x.mode === 'const' && y.mode === 'const' && x.val && y.val) {
      if (!isInteger(x.type) && !(x.val.k === 'float' && Number.isInteger(x.val.v))) {
        this.err(e, `invalid operation: shifted operand ${this.text(e.x)} (${this.describeShort(x, e.x)}) must be integer`);
        return invalid;
      }
      const a = x.val.k === 'int' ? x.val.v : BigInt((x.val as { v: number }).v);
      const s = BigInt(constToNumber(y.val));
      if (s > 10000n) {
        this.err(e, `shift count too large: ${s}`);
        return invalid;
      }
      const v = op === '<<' ? a << s : a >> s;
      const rt = isUntyped(x.type) ? (x.type.k === 'untyped' && x.type.name === 'untyped float' ? tUntypedInt : x.type) : x.type;
      const r: ConstVal = { k: 'int', v };
      if (!isUntyped(rt) && !constFits(r, rt)) this.err(at, `cannot use ${exprText()} (untyped int constant ${v}) as ${typeString(rt)} value in constant (overflows)`);
      return { mode: 'const', type: rt, val: r };
    }
    let xt = x.type;
    if (isUntyped(xt)) {
      xt = tInt;
      if (x.mode === 'const') this.recordType(e.x, xt, x);
    }
    if (!isInteger(xt)) {
      this.err(e, `invalid operation: shifted operand ${this.text(e.x)} (${this.describeShort(x, e.x)}) must be integer`);
      return invalid;
    }
    return { mode: 'value', type: xt };
  }
  // Untyped operands take the other side's type.
  if (x.mode === 'nil' || y.mode === 'nil') {
    const other = x.mode === 'nil' ? y : x;
    if (op !== '==' && op !== '!=') {
      this.err(at, `invalid operation: operator ${op} not defined on nil`);
      return invalid;
    }
    if (x.mode === 'nil' && y.mode === 'nil') {
      this.err(at, `invalid operation: ${exprText()} (operator ${op} not defined on nil)`);
      return invalid;
    }
    const u = underlying(other.type);
    if (u.k !== 'ptr' && u.k !== 'slice' && u.k !== 'iface' && u.k !== 'func' && u.k !== 'chan' && u.k !== 'map') {
      this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(other.type)} and untyped nil)`);
      return invalid;
    }
    this.info.types[(x.mode === 'nil' ? e.x : e.y).id] = other.type;
    return { mode: 'value', type: tUntypedBool };
  }
  let xt = x.type;
  let yt = y.type;
  if (isUntyped(xt) && !isUntyped(yt)) {
    if (!this.implicitConvert(x, yt, e.x, at, exprText)) return invalid;
    xt = yt;
  } else if (isUntyped(yt) && !isUntyped(xt)) {
    if (!this.implicitConvert(y, xt, e.y, at, exprText)) return invalid;
    yt = xt;
  }
  const bothConst = x.mode === 'const' && y.mode === 'const' && x.val && y.val;
  if (isUntyped(xt) && isUntyped(yt)) {
    // untyped op untyped: the "larger" kind wins (int < rune < float).
    const rank = (t: T) => (t.k === 'untyped' ? { 'untyped int': 1, 'untyped rune': 2, 'untyped float': 3 }[t.name as string] ?? 0 : 0);
    if (rank(xt) && rank(yt)) {
      const r = rank(xt) >= rank(yt) ? xt : yt;
      xt = yt = r;
    } else if (!identical(xt, yt)) {
      this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(xt)} and ${typeString(yt)})`);
      return invalid;
    }
  } else if (!identical(xt, yt)) {
    if (isInterface(xt) || isInterface(yt)) {
      if ((op === '==' || op === '!=') && (this.assignableType(xt, yt) || this.assignableType(yt, xt))) {
        if (!isInterface(xt)) this.info.toIface[e.x.id] = xt;
        if (!isInterface(yt)) this.info.toIface[e.y.id] = yt;
        return { mode: 'value', type: tUntypedBool };
      }
    }
    this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(xt)} and ${typeString(yt)})`);
    return invalid;
  }
  const t = xt;
  const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
  if (cmp) {
    if (op === '==' || op === '!=') {
      if (!comparable(t)) {
        const u = underlying(t);
        const what = u.k === 'slice' || u.k === 'map' ? `${u.k} can only be compared to nil` : u.k === 'func' ? 'func can only be compared to nil' : `${typeString(t)} cannot be compared`;
        this.err(at, `invalid operation: ${exprText()} (${what})`);
        return invalid;
      }
    } else if (!isNumeric(t) && !isString(t)) {
      this.err(at, `invalid operation: ${exprText()} (operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)}))`);
      return invalid;
    }
    if (bothConst) return { mode: 'const', type: tUntypedBool, val: { k: 'bool', v: constCompare(op, x.val!, y.val!) } };
    if (isUntyped(t) && x.mode === 'const') {
      const dt = defaultType(t);
      this.recordType(e.x, dt, x);
      this.recordType(e.y, dt, y);
    }
    return { mode: 'value', type: tUntypedBool };
  }
  if (op === '&&' || op === '||') {
    if (!isBoolean(t)) {
      this.err(at, `invalid operation: operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
      return invalid;
    }
    if (bothConst) return { mode: 'const', type: t, val: { k: 'bool', v: op === '&&' ? (x.val as { v: boolean }).v && (y.val as { v: boolean }).v : (x.val as { v: boolean }).v || (y.val as { v: boolean }).v } };
    return { mode: 'value', type: t };
  }
  // arithmetic
  const okOp =
    op === '+' ? isNumeric(t) || isString(t) : op === '-' || op === '*' || op === '/' ? isNumeric(t) : op === '%' || op === '&' || op === '|' || op === '^' || op === '&^' ? isInteger(t) : false;
  if (!okOp) {
    this.err(at, `invalid operation: operator ${op} not defined on ${this.text(e.x)} (${this.describeShort(x, e.x)})`);
    return invalid;
  }
  if ((op === '/' || op === '%') && y.mode === 'const' && y.val && constToNumber(y.val) === 0 && (isInteger(t) || x.mode === 'const')) {
    this.err(e.y, 'invalid operation: division by zero');
    return invalid;
  }
  if (bothConst) {
    const r = constArith(op, x.val!, y.val!, isInteger(t) && !(t.k === 'untyped' && t.name === 'untyped float'));
    if (r === null) return invalid;
    if (!isUntyped(t) && !constFits(r, t)) {
      this.err(at, `constant ${constString(r)} overflows ${typeString(t)}`);
      return invalid;
    }
    return { mode: 'const', type: t, val: isUntyped(t) || !isInteger(t) ? r : r };
  }
  if (isUntyped(t)) {
    const dt = defaultType(t);
    return { mode: 'value', type: dt };
  }
  return { mode: 'value', type: t };
};

Checker.prototype.implicitConvert = function (this: Checker, op: Operand, t: T, e: A.Expr, at: A.Expr | A.Binary, exprText: () => string): boolean {
  if (op.mode === 'const' && op.val) {
    if (isInterface(t)) {
      const dt = defaultType(op.type);
      this.recordType(e, dt, op);
      this.info.toIface[e.id] = dt;
      return true;
    }
    const ok = this.representable(op, t);
    if (ok === 'ok') {
      this.recordType(e, t, op);
      return true;
    }
    if (ok === 'mismatch') this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(t)} and ${typeString(op.type)})`);
    else if (ok === 'truncated') this.err(e, `${this.text(e)} (${this.describeShort(op, e)}) truncated to ${typeString(t)}`);
    else this.err(e, `cannot use ${this.text(e)} (${this.describeShort(op, e)}) as ${typeString(t)} value in expression (overflows)`);
    return false;
  }
  // untyped bool (comparison result) or shift result
  if (op.type.k === 'untyped' && op.type.name === 'untyped bool' && isBoolean(t)) return true;
  if (isUntyped(op.type) && isInteger(t) && isInteger(op.type)) return true;
  this.err(at, `invalid operation: ${exprText()} (mismatched types ${typeString(op.type)} and ${typeString(t)})`);
  return false;
};

Checker.prototype.isAddressable = function (this: Checker, e: A.Expr): boolean {
  const x = unparen(e);
  if (x.kind === 'Ident') return this.info.uses[x.id]?.kind === 'var';
  if (x.kind === 'Selector') {
    const s = this.info.sels[x.id];
    return s?.k === 'field' && (s.ptr || this.isAddressable(x.x));
  }
  if (x.kind === 'Index') {
    const t = this.info.types[x.x.id];
    if (!t) return false;
    const u = underlying(t);
    return u.k === 'slice' || (u.k === 'array' && this.isAddressable(x.x)) || u.k === 'ptr';
  }
  if (x.kind === 'Unary' && x.op === '*') return true;
  return false;
};
