// Statements, ranges, returns and termination (go/types stmt.go, return.go).

import type * as A from '../ast';
import { isBoolean, isInteger, isNumeric, isString, isUntyped, tInt, tInt32, tInvalid, tString, typeString, underlying, type T } from '../types';
import { Checker, type TypeObj, Scope, unparen } from './checker';

declare module './checker' {
  interface Checker {
    terminates(s: A.Stmt | null, label?: string | null): boolean;
    hasBreak(b: A.Stmt | null, label: string | null, top: boolean): boolean;
    blockStmts(stmts: A.Stmt[], scope: Scope): void;
    stmt(s: A.Stmt, scope: Scope): void;
    range(s: A.Range, scope: Scope): void;
    returnStmt(s: A.Return, scope: Scope): void;
  }
}

/** Go's terminating-statement rule (spec "Terminating statements"; types2 return.go). */
Checker.prototype.terminates = function (this: Checker, s: A.Stmt | null, label: string | null = null): boolean {
  if (!s) return false;
  switch (s.kind) {
    case 'Return':
      return true;
    case 'Block':
      return s.stmts.length > 0 && this.terminates(s.stmts[s.stmts.length - 1]);
    case 'If':
      return s.els !== null && this.terminates(s.then) && this.terminates(s.els);
    case 'For':
      return s.cond === null && !this.hasBreak(s.body, label, true);
    case 'Labeled':
      return this.terminates(s.stmt, s.label.name);
    case 'Select':
      return s.clauses.every((c) => !c.body.some((b) => this.hasBreak(b, label, true)) && this.terminates(c.body[c.body.length - 1] ?? null));
    case 'TypeSwitch':
      return (
        s.clauses.some((c) => c.types === null) &&
        s.clauses.every((c) => !c.body.some((b) => this.hasBreak(b, label, true)) && this.terminates(c.body[c.body.length - 1] ?? null))
      );
    case 'Switch':
      return (
        s.clauses.some((c) => c.exprs === null) &&
        s.clauses.every((c) => {
          const last = c.body[c.body.length - 1];
          return !c.body.some((b) => this.hasBreak(b, label, true)) && (this.terminates(last ?? null) || (last?.kind === 'Branch' && last.tok === 'fallthrough'));
        })
      );
    case 'ExprStmt':
      return s.x.kind === 'Call' && s.x.fun.kind === 'Ident' && s.x.fun.name === 'panic' && this.info.uses[s.x.fun.id]?.kind === 'builtin';
    default:
      return false;
  }
};

/** Is there a break that ends the statement labelled `label` (unlabelled ones only at the top level)? */
Checker.prototype.hasBreak = function (this: Checker, b: A.Stmt | null, label: string | null, top: boolean): boolean {
  if (!b) return false;
  switch (b.kind) {
    case 'Branch':
      if (b.tok !== 'break') return false;
      return b.label ? b.label.name === label : top;
    case 'Block':
      return b.stmts.some((s) => this.hasBreak(s, label, top));
    case 'If':
      return this.hasBreak(b.then, label, top) || this.hasBreak(b.els, label, top);
    case 'Labeled':
      return this.hasBreak(b.stmt, label, top);
    case 'For':
    case 'Range':
      return label !== null && this.hasBreak(b.body, label, false);
    case 'Switch':
    case 'TypeSwitch':
    case 'Select':
      return label !== null && b.clauses.some((c) => c.body.some((s) => this.hasBreak(s, label, false)));
    default:
      return false;
  }
};

Checker.prototype.blockStmts = function (this: Checker, stmts: A.Stmt[], scope: Scope): void {
  for (const s of stmts) this.stmt(s, scope);
};

Checker.prototype.stmt = function (this: Checker, s: A.Stmt, scope: Scope): void {
  switch (s.kind) {
    case 'Defer':
      return this.deferStmt(s, scope);
    case 'ExprStmt': {
      const op = this.expr(s.x, scope, true);
      const x = unparen(s.x);
      if (x.kind === 'Unary' && x.op === '<-') return; // a receive whose value is dropped
      if (x.kind !== 'Call' && op.mode !== 'invalid') this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
      else if (x.kind === 'Call') {
        const ck = this.info.calls[x.id];
        if (ck?.k === 'conv') this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
        if (ck?.k === 'builtin' && ['len', 'cap', 'append', 'make', 'new', 'min', 'max'].includes(ck.name)) this.err(s.x, `${this.text(s.x)} (${this.describeShort(op, s.x)}) is not used`);
      }
      return;
    }
    case 'IncDec': {
      // x++ reads x: it counts as a use.
      const op = this.expr(s.x, scope, false, false);
      if (op.mode === 'invalid') return;
      if (!isNumeric(op.type)) this.err(s, `invalid operation: ${this.text(s)} (non-numeric type ${typeString(op.type)})`);
      this.checkAssignable(s.x, op);
      return;
    }
    case 'Assign':
      return this.assign(s, scope);
    case 'Define':
      return this.define(s, scope);
    case 'VarDecl':
      for (const spec of s.specs) {
        // Values are evaluated before the names come into scope.
        const vars = spec.names.map((n) => this.newVar(n, tInvalid, false));
        this.varSpecTypes(spec, vars, scope, 'variable declaration');
        vars.forEach((v, i) => {
          const n = spec.names[i];
          if (n.name === '_') {
            v.used = true;
            return;
          }
          if (scope.names.has(n.name)) this.err(n, `${n.name} redeclared in this block`);
          scope.names.set(n.name, v);
        });
      }
      return;
    case 'ConstDecl':
      this.constDecl(s, scope);
      return;
    case 'TypeDecl':
      for (const spec of s.specs) {
        const t: T = spec.alias ? this.typeOf(spec.type, scope) : { k: 'named', name: spec.name.name, pkg: 'main', underlying: tInvalid };
        const obj: TypeObj = { kind: 'type', name: spec.name.name, type: t, pos: spec.name.from };
        scope.names.set(spec.name.name, obj);
        if (t.k === 'named' && !spec.alias) t.underlying = underlying(this.typeOf(spec.type, scope));
      }
      return;
    case 'Block':
      this.blockStmts(s.stmts, new Scope(scope, this.fn));
      return;
    case 'If': {
      const inner = new Scope(scope, this.fn);
      if (s.init) this.stmt(s.init, inner);
      const c = this.expr(s.cond, inner);
      if (c.mode !== 'invalid' && !isBoolean(c.type)) this.err(s.cond, `non-boolean condition in if statement`);
      this.blockStmts(s.then.stmts, new Scope(inner, this.fn));
      if (s.els) this.stmt(s.els, inner);
      return;
    }
    case 'For': {
      const inner = new Scope(scope, this.fn);
      if (s.init) {
        this.stmt(s.init, inner);
        if (s.init.kind === 'Define') for (const n of s.init.lhs) {
          const v = this.info.defs[n.id];
          if (v?.kind === 'var') v.loopVar = true;
        }
      }
      this.loopDepth++;
      if (s.cond) {
        const c = this.expr(s.cond, inner);
        if (c.mode !== 'invalid' && !isBoolean(c.type)) this.err(s.cond, `non-boolean condition in for statement`);
      }
      if (s.post) this.stmt(s.post, inner);
      this.loopNest++;
      this.blockStmts(s.body.stmts, new Scope(inner, this.fn));
      this.loopNest--;
      this.loopDepth--;
      return;
    }
    case 'Range':
      return this.range(s, scope);
    case 'Return':
      return this.returnStmt(s, scope);
    case 'Branch':
      return; // checked with the syntax (branches.ts)
    case 'Labeled':
      if (s.stmt) this.stmt(s.stmt, scope);
      return;
    case 'Switch':
      return this.switchStmt(s, scope);
    case 'TypeSwitch':
      return this.typeSwitchStmt(s, scope);
    case 'Go':
      return this.goStmt(s, scope);
    case 'Send':
      return this.sendStmt(s, scope);
    case 'Select':
      return this.selectStmt(s, scope);
    case 'Empty':
      return;
  }
};

Checker.prototype.range = function (this: Checker, s: A.Range, scope: Scope): void {
  const x = this.expr(s.x, scope);
  const inner = new Scope(scope, this.fn);
  let keyT: T = tInvalid;
  let valT: T | null = null;
  if (x.mode !== 'invalid') {
    const u = underlying(x.type);
    if (isInteger(x.type)) {
      keyT = isUntyped(x.type) ? tInt : x.type;
      if (x.mode === 'const' && x.val) this.convertConst(x, keyT, s.x, 'range');
      this.recordType(s.x, keyT, x);
      if (s.value) this.err(s.value, `range over ${this.text(s.x)} (${this.describeShort(x, s.x)}) permits only one iteration variable`);
    } else if (u.k === 'slice') {
      keyT = tInt;
      valT = u.elem;
    } else if (u.k === 'array') {
      keyT = tInt;
      valT = u.elem;
    } else if (u.k === 'map') {
      keyT = u.key;
      valT = u.elem;
    } else if (u.k === 'ptr' && underlying(u.elem).k === 'array') {
      keyT = tInt;
      valT = (underlying(u.elem) as { elem: T }).elem;
    } else if (isString(x.type)) {
      keyT = tInt;
      valT = tInt32;
      this.recordType(s.x, tString, x);
    } else if (u.k === 'chan') {
      keyT = u.elem;
      if (u.dir === 'send') this.err(s.x, `invalid operation: range ${this.text(s.x)} receive from send-only channel ${this.text(s.x)} (${this.describeShort(x, s.x)})`);
      if (s.value) this.err(s.value, `range over ${this.text(s.x)} (${this.describeShort(x, s.x)}) permits only one iteration variable`);
    } else if (u.k === 'func') {
      // go1.23 ranges over iterator functions; the engine does not (yet): say so instead of a false error.
      const xe = unparen(s.x);
      if (xe.kind === 'Call') this.seqConsumed.add(xe.id);
      this.err(s.x, `range over ${this.text(s.x)} (${this.describeShort(x, s.x)}): ranging over a function iterator is not supported in the playground; range over the map or slice itself`);
    } else {
      this.err(s.x, `cannot range over ${this.text(s.x)} (${this.describeShort(x, s.x)})`);
    }
  }
  const vars: (A.Expr | null)[] = [s.key, s.value];
  const types: (T | null)[] = [keyT, valT];
  if (s.define) {
    vars.forEach((e, i) => {
      if (!e) return;
      if (e.kind !== 'Ident') {
        this.err(e, `non-name ${this.text(e)} on left side of :=`);
        return;
      }
      const v = this.declareLocal(inner, e, types[i] ?? tInvalid);
      v.loopDepth = this.loopDepth + 1;
    });
  } else {
    vars.forEach((e, i) => {
      if (!e || (e.kind === 'Ident' && e.name === '_')) return;
      const op = this.expr(e, scope, false, true);
      this.checkAssignable(e, op);
      if (types[i] && op.mode !== 'invalid') this.assignable({ mode: 'value', type: types[i]! }, op.type, e, 'assignment');
    });
  }
  this.loopDepth++;
  this.loopNest++;
  this.blockStmts(s.body.stmts, new Scope(inner, this.fn));
  this.loopNest--;
  this.loopDepth--;
};

Checker.prototype.returnStmt = function (this: Checker, s: A.Return, scope: Scope): void {
  const fn = this.fn!;
  const want = fn.sig.results;
  if (s.results.length === 0) {
    if (want.length > 0 && !fn.namedResults) this.err(s, `not enough return values\n\thave ()\n\twant (${want.map((t) => typeString(t)).join(', ')})`);
    return;
  }
  const ops = this.exprList(s.results, scope, want.length);
  if (ops.length !== want.length) {
    const have = `(${ops.map((o) => this.describeType(o)).join(', ')})`;
    if (want.length === 0) this.err(s.results[0], `too many return values\n\thave ${have}\n\twant ()`);
    else this.err(s.results[0], `${ops.length < want.length ? 'not enough' : 'too many'} return values\n\thave ${have}\n\twant (${want.map((t) => typeString(t)).join(', ')})`);
    return;
  }
  ops.forEach((op, i) => {
    const e = s.results.length === want.length ? s.results[i] : s.results[0];
    this.assignable(op, want[i], e, 'return statement');
  });
};
