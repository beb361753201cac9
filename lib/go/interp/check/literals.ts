// Composite literals (go/types literals.go).

import type * as A from '../ast';
import { constToNumber } from '../constants';
import { tPool, tPoolNewFunc } from '../std';
import { isInteger, tInt, typeString, underlying, type T } from '../types';
import { Checker, type Operand, invalid, Scope } from './checker';

declare module './checker' {
  interface Checker {
    compositeLit(e: A.CompositeLit, scope: Scope, hint: T | null): Operand;
    elemValue(v: A.Expr, t: T | null, scope: Scope): Operand;
  }
}

Checker.prototype.compositeLit = function (this: Checker, e: A.CompositeLit, scope: Scope, hint: T | null): Operand {
  let t: T;
  if (e.type) t = this.typeOf(e.type, scope);
  else if (hint) t = hint;
  else {
    this.err(e, 'invalid composite literal type: missing type');
    return invalid;
  }
  if (t.k === 'invalid') return invalid;
  let u = underlying(t);
  // &T elided inside a literal of pointers: `[]*P{{1, 2}}`
  let ptrElided = false;
  if (!e.type && u.k === 'ptr') {
    t = u.elem;
    u = underlying(t);
    ptrElided = true;
  }
  if (t.k === 'named' && t.std) {
    if (t === tPool) {
      for (const el of e.elts) {
        if (!el.key || el.key.kind !== 'Ident' || el.key.name !== 'New') {
          this.err(el, `unknown field ${el.key ? this.text(el.key) : ''} in struct literal of type sync.Pool`);
          continue;
        }
        const v = this.elemValue(el.value, tPoolNewFunc, scope);
        this.assignable(v, tPoolNewFunc, el.value, 'struct literal');
      }
    } else if (e.elts.length) this.err(e, `cannot use a composite literal of type ${typeString(t)} with fields (only the zero value ${typeString(t)}{} is supported)`);
    this.info.types[e.id] = t;
    return { mode: 'value', type: ptrElided ? { k: 'ptr', elem: t } : t };
  }
  switch (u.k) {
    case 'struct': {
      const keyed = e.elts.some((el) => el.key);
      if (keyed && e.elts.some((el) => !el.key)) this.err(e, 'mixture of field:value and value elements in struct literal');
      if (keyed) {
        const seen = new Set<string>();
        for (const el of e.elts) {
          if (!el.key) continue;
          const name = el.key.kind === 'Ident' ? el.key.name : null;
          const idx = name === null ? -1 : u.fields.findIndex((f) => f.name === name);
          if (idx < 0) {
            this.err(el.key, `unknown field ${name ?? this.text(el.key)} in struct literal of type ${typeString(t)}`);
            this.elemValue(el.value, null, scope);
            continue;
          }
          if (seen.has(name!)) this.err(el.key, `duplicate field name ${name} in struct literal`);
          seen.add(name!);
          const ft = u.fields[idx].type;
          const v = this.elemValue(el.value, ft, scope);
          this.assignable(v, ft, el.value, 'struct literal');
        }
      } else if (e.elts.length) {
        e.elts.forEach((el, i) => {
          if (i >= u.fields.length) {
            if (i === u.fields.length) this.err(el.value, `too many values in struct literal of type ${typeString(t)}`);
            this.elemValue(el.value, null, scope);
            return;
          }
          const ft = u.fields[i].type;
          const v = this.elemValue(el.value, ft, scope);
          this.assignable(v, ft, el.value, 'struct literal');
        });
        if (e.elts.length < u.fields.length) this.err(e.to - 1, `too few values in struct literal of type ${typeString(t)}`);
      }
      break;
    }
    case 'slice':
    case 'array': {
      let idx = 0;
      let maxIdx = 0;
      const seen = new Set<number>();
      for (const el of e.elts) {
        if (el.key) {
          const k = this.expr(el.key, scope);
          if (k.mode !== 'const' || !k.val || !isInteger(k.type)) {
            this.err(el.key, `index ${this.text(el.key)} must be integer constant`);
          } else {
            idx = constToNumber(k.val);
            this.recordType(el.key, tInt, k);
          }
        }
        if (seen.has(idx)) this.err(el, `duplicate index ${idx} in array or slice literal`);
        seen.add(idx);
        if (u.k === 'array' && u.len >= 0 && idx >= u.len) this.err(el.value, `index ${idx} out of bounds [0:${u.len}]`);
        const v = this.elemValue(el.value, u.elem, scope);
        this.assignable(v, u.elem, el.value, 'array or slice literal');
        idx++;
        maxIdx = Math.max(maxIdx, idx);
      }
      if (u.k === 'array' && u.len < 0) {
        // [...]T{...}
        t = { k: 'array', len: maxIdx, elem: u.elem };
      }
      break;
    }
    case 'map':
      this.mapLit(e, u, scope);
      break;
    default:
      this.err(e, `invalid composite literal type ${typeString(t)}`);
      return invalid;
  }
  this.info.types[e.id] = t;
  return { mode: 'value', type: ptrElided ? { k: 'ptr', elem: t } : t };
};

Checker.prototype.elemValue = function (this: Checker, v: A.Expr, t: T | null, scope: Scope): Operand {
  if (v.kind === 'CompositeLit' && !v.type) {
    if (!t) return invalid;
    const op = this.compositeLit(v, scope, t);
    this.info.types[v.id] = op.type;
    return op;
  }
  return this.expr(v, scope);
};
