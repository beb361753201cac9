// Constant, variable and function declarations (go/types decl.go).

import type * as A from '../ast';
import { defaultType, tInvalid } from '../types';
import { Checker, type VarObj, type ConstObj, type FnInfo, type Operand, invalid, Scope } from './checker';

declare module './checker' {
  interface Checker {
    constDecl(d: A.ConstDecl, scope: Scope): void;
    varSpecTypes(s: A.VarSpec, vars: VarObj[], scope: Scope, context: string): void;
    funcBody(info: FnInfo, type: A.FuncTypeExpr, body: A.Block | null): void;
    unusedVars(info: FnInfo): void;
  }
}

Checker.prototype.constDecl = function (this: Checker, d: A.ConstDecl, scope: Scope): void {
  for (const s of d.specs) {
    const t = s.type ? this.typeOf(s.type, scope) : null;
    if (s.values.length < s.names.length && s.values.length > 0) this.err(s, 'missing init expr for const declaration');
    if (s.values.length > s.names.length) this.err(s.values[s.names.length], 'extra init expr');
    s.names.forEach((n, i) => {
      const ve = s.values[i];
      let op: Operand = invalid;
      if (ve) {
        this.iota = s.iota;
        op = this.expr(ve, scope);
        this.iota = -1;
        if (op.mode !== 'const' && op.mode !== 'invalid') {
          this.err(ve, `${this.text(ve)} (${this.describeShort(op, ve)}) is not constant`);
          op = invalid;
        }
      }
      let type = op.type;
      let val = op.val ?? { k: 'int', v: 0n };
      if (t && op.mode === 'const') {
        const r = this.convertConst(op, t, ve, 'constant declaration');
        type = t;
        val = r ?? val;
      }
      const obj: ConstObj = { kind: 'const', name: n.name, type, val, pos: n.from, used: false };
      this.info.defs[n.id] = obj;
      if (n.name === '_') return;
      if (scope.names.has(n.name) && scope !== this.pkg) this.err(n, `${n.name} redeclared in this block`);
      else if (scope === this.pkg && this.pkg.names.has(n.name)) this.err(n, `${n.name} redeclared in this block`);
      scope.names.set(n.name, obj);
    });
  }
};

/** Types (and checks) of a var spec's names and values. */
Checker.prototype.varSpecTypes = function (this: Checker, s: A.VarSpec, vars: VarObj[], scope: Scope, context: string): void {
  const declared = s.type ? this.typeOf(s.type, scope) : null;
  if (s.values.length === 0) {
    for (const v of vars) v.type = declared ?? tInvalid;
    return;
  }
  const rhs = this.exprList(s.values, scope, vars.length);
  if (rhs.length !== vars.length) {
    if (!rhs.some((r) => r.mode === 'invalid')) this.assignMismatch(s, vars.length, s.values, rhs.length);
    for (const v of vars) v.type = declared ?? tInvalid;
    return;
  }
  vars.forEach((v, i) => {
    const op = rhs[i];
    const ve = s.values.length === vars.length ? s.values[i] : s.values[0];
    if (declared) {
      this.assignable(op, declared, ve, context);
      v.type = declared;
    } else {
      if (op.mode === 'nil') {
        this.err(ve, `use of untyped nil in ${context}`);
        v.type = tInvalid;
      } else if (op.mode === 'novalue') {
        this.err(ve, `${this.text(ve)} (no value) used as value`);
        v.type = tInvalid;
      } else {
        const t = defaultType(op.type);
        if (op.mode === 'const' && op.val) this.convertConst(op, t, ve, context);
        if (s.values.length === vars.length) this.recordType(ve, t, op);
        v.type = t;
      }
    }
  });
};

Checker.prototype.funcBody = function (this: Checker, info: FnInfo, type: A.FuncTypeExpr, body: A.Block | null): void {
  const saveFn = this.fn;
  const saveLoop = this.loopDepth;
  const saveNest = this.loopNest;
  this.fn = info;
  this.loopDepth = 0;
  this.loopNest = 0;
  const scope = new Scope(info.tscope ?? (info.parent ? this.currentScope! : this.pkg), info);
  const saveScope = this.currentScope;
  this.currentScope = scope;
  type.params.forEach((p, i) => {
    const t = info.sig.params[i];
    const name = p.name ?? ({ id: -1, from: p.from, to: p.to, kind: 'Ident', name: '_' } as A.Ident);
    const v = this.declareLocal(scope, name, t);
    v.param = true;
    v.used = true;
    info.params.push(v);
  });
  info.namedResults = type.results.some((r) => r.name !== null);
  type.results.forEach((r, i) => {
    const t = info.sig.results[i];
    const name = r.name ?? ({ id: -1, from: r.from, to: r.to, kind: 'Ident', name: '_' } as A.Ident);
    const v = this.declareLocal(scope, name, t);
    v.result = true;
    v.used = true;
    info.results.push(v);
  });
  if (body) {
    this.blockStmts(body.stmts, scope);
    if (info.sig.results.length > 0 && !this.terminates(body)) this.err(body.rbrace, 'missing return');
  }
  this.unusedVars(info);
  this.currentScope = saveScope;
  this.fn = saveFn;
  this.loopDepth = saveLoop;
  this.loopNest = saveNest;
};

Checker.prototype.unusedVars = function (this: Checker, info: FnInfo): void {
  for (const v of info.locals) {
    if (!v.used && !v.param && !v.result && v.name !== '_') this.err({ from: v.pos, to: v.pos + v.name.length }, `declared and not used: ${v.name}`);
  }
};
