// Expression switches (go/types stmt.go switchStmt, caseValues; cmd/compile reports the same words).

import type * as A from '../ast';
import { posMark } from '../branches';
import { constString } from '../constants';
import { comparable, defaultType, identical, isInterface, isUntyped, tBool, tInvalid, typeString, underlying, type T } from '../types';
import { methodFromEmbeddedIface, missingMethod } from './interfaces';
import { Checker, Scope, type Operand, type VarObj } from './checker';

declare module './checker' {
  interface Checker {
    switchStmt(s: A.Switch, scope: Scope): void;
    caseValue(e: A.Expr, tag: Operand, tagExpr: A.Expr | null, scope: Scope): Operand | null;
    typeSwitchStmt(s: A.TypeSwitch, scope: Scope): void;
  }
}

Checker.prototype.switchStmt = function (this: Checker, s: A.Switch, scope: Scope): void {
  const inner = new Scope(scope, this.fn);
  if (s.init) this.stmt(s.init, inner);
  let tag: Operand = { mode: 'const', type: tBool, val: { k: 'bool', v: true } };
  if (s.tag) {
    tag = this.expr(s.tag, inner);
    if (tag.mode === 'nil') {
      this.err(s.tag, 'use of untyped nil in switch expression');
      tag = { mode: 'invalid', type: tag.type };
    } else if (tag.mode !== 'invalid') {
      if (isUntyped(tag.type)) {
        const dt = defaultType(tag.type);
        if (tag.mode === 'const') this.convertConst(tag, dt, s.tag, 'switch expression');
        this.recordType(s.tag, dt, tag);
        tag = { ...tag, type: dt };
      }
      const u = underlying(tag.type);
      if (!comparable(tag.type) && u.k !== 'slice' && u.k !== 'func' && u.k !== 'ptr') {
        this.err(s.tag, `cannot switch on ${this.text(s.tag)} (${this.describeShort(tag, s.tag)}) (${typeString(tag.type)} is not comparable)`);
        tag = { mode: 'invalid', type: tag.type };
      }
    }
  }
  let firstDefault: A.CaseClause | null = null;
  const seen: { val: string; type: T; from: number }[] = [];
  for (const c of s.clauses) {
    if (c.exprs === null) {
      if (firstDefault) this.err(c, `multiple defaults (first at ${posMark(firstDefault.from)})`);
      else firstDefault = c;
      continue;
    }
    for (const e of c.exprs) {
      const v = this.caseValue(e, tag, s.tag, inner);
      if (!v || v.mode !== 'const' || !v.val) continue;
      const key = `${v.val.k}:${constString(v.val)}`;
      const prev = seen.find((p) => p.val === key && identical(p.type, v.type));
      if (prev) this.err(e, `duplicate case ${this.text(e)} (${this.describeShort(v, e)}) in expression switch\n\t${posMark(prev.from)}: previous case`);
      else seen.push({ val: key, type: v.type, from: e.from });
    }
  }
  this.loopNest++;
  for (const c of s.clauses) this.blockStmts(c.body, new Scope(inner, this.fn));
  this.loopNest--;
};

/** One case value compared with the tag (types2 caseValues: convertUntyped, then comparison). */
Checker.prototype.caseValue = function (this: Checker, e: A.Expr, tag: Operand, tagExpr: A.Expr | null, scope: Scope): Operand | null {
  let v = this.expr(e, scope);
  if (v.mode === 'invalid' || tag.mode === 'invalid') return null;
  if (isUntyped(v.type) && v.mode === 'const' && v.val) {
    const ok = this.representable(v, tag.type);
    if (ok === 'truncated') {
      this.err(e, `${this.text(e)} (${this.describeShort(v, e)}) truncated to ${typeString(tag.type)}`);
      return null;
    }
    if (ok !== 'ok' && underlying(tag.type).k !== 'iface') {
      this.err(e, `cannot convert ${this.text(e)} (${this.describeShort(v, e)}) to type ${typeString(tag.type)}`);
      return null;
    }
  }
  // The comparison `v == tag`: its errors are reported as an invalid case at the case value.
  const tagText = tagExpr ? this.text(tagExpr) : 'true';
  const bin: A.Binary = { kind: 'Binary', id: -1, op: '==', x: e, y: tagExpr ?? e, from: e.from, to: e.to, opFrom: e.to };
  const before = this.diags.length;
  const y: Operand = tagExpr ? tag : { mode: 'value', type: tBool };
  const r = this.binaryTypes(bin, v, y, scope, e);
  for (let i = before; i < this.diags.length; i++) {
    const d = this.diags[i];
    const m = /^invalid operation: .* \((mismatched types .*|.*not defined on .*|.*cannot compare .*)\)$/s.exec(d.message);
    if (m) this.diags[i] = { ...d, message: `invalid case ${this.text(e)} in switch on ${tagText} (${m[1]})` };
  }
  if (r.mode === 'invalid') return null;
  v = { ...v, type: this.info.types[e.id] ?? v.type };
  return v;
};

/** Type switches (types2 stmt.go typeSwitchStmt, caseTypes). */
Checker.prototype.typeSwitchStmt = function (this: Checker, s: A.TypeSwitch, scope: Scope): void {
  const inner = new Scope(scope, this.fn);
  if (s.init) this.stmt(s.init, inner);
  const x = this.expr(s.x, inner);
  let xt: T | null = null;
  if (x.mode !== 'invalid') {
    if (isInterface(x.type)) xt = x.type;
    else this.err(s.x, `${this.text(s.x)} (${this.describeShort(x, s.x)}) is not an interface`);
  }
  if (s.bind?.name === '_') this.err(s.bind, 'no new variable on left side of :=');
  let firstDefault: A.TypeCaseClause | null = null;
  const seen: { t: T | null; from: number }[] = [];
  const vars: VarObj[] = [];
  for (const c of s.clauses) {
    let single: T | null = null;
    if (c.types === null) {
      if (firstDefault) this.err(c, `multiple defaults (first at ${posMark(firstDefault.from)})`);
      else firstDefault = c;
    } else {
      for (const te of c.types) {
        let t: T | null;
        const o = te.kind === 'Ident' && te.name === 'nil' ? inner.lookup('nil') : undefined;
        if (o?.kind === 'nil') {
          this.info.uses[te.id] = o;
          t = null;
        } else {
          t = this.typeOf(te, inner);
          if (t.k === 'invalid') continue;
          this.info.types[te.id] = t;
          if (xt && !isInterface(t)) {
            const why = missingMethod(this.info, t, xt);
            const viaEmbedded = methodFromEmbeddedIface(this.info, t, xt);
            if (viaEmbedded) this.err(te, `type switch case ${typeString(t)} is not supported in the playground: its method ${viaEmbedded} comes from an embedded interface field`);
            else if (why !== null) this.err(te, `impossible type switch case: ${this.text(te)}\n\t${this.text(s.x)} (${this.describeShort(x, s.x)}) cannot have dynamic type ${typeString(t)} ${why}`);
          }
        }
        const prev = seen.find((p) => (p.t === null ? t === null : t !== null && identical(p.t, t)));
        if (prev) this.err(te, `duplicate case ${t === null ? 'nil' : typeString(t)} in type switch\n\t${posMark(prev.from)}: previous case`);
        else seen.push({ t, from: te.from });
        if (c.types.length === 1 && t !== null) single = t;
      }
    }
    const cs = new Scope(inner, this.fn);
    if (c.bind && s.bind?.name !== '_') vars.push(this.declareLocal(cs, c.bind, single ?? xt ?? tInvalid));
    this.loopNest++;
    this.blockStmts(c.body, cs);
    this.loopNest--;
  }
  // One v for the whole switch as far as "declared and not used" goes.
  if (s.bind && s.bind.name !== '_') {
    const used = vars.some((v) => v.used);
    for (const v of vars) v.used = true;
    if (!used) this.err(s.bind, `${s.bind.name} declared and not used`);
  }
  void tInvalid;
};
