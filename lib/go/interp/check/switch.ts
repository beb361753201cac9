// Expression switches (go/types stmt.go switchStmt, caseValues; cmd/compile reports the same words).

import type * as A from '../ast';
import { posMark } from '../branches';
import { constString } from '../constants';
import { comparable, defaultType, identical, isUntyped, tBool, typeString, underlying, type T } from '../types';
import { Checker, Scope, type Operand } from './checker';

declare module './checker' {
  interface Checker {
    switchStmt(s: A.Switch, scope: Scope): void;
    caseValue(e: A.Expr, tag: Operand, tagExpr: A.Expr | null, scope: Scope): Operand | null;
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
