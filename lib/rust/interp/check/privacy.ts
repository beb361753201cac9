// Privacy of fields and methods across the program's modules (modules.ts flattens the items, so
// the checker decides): a private field is E0616 when read and E0451 in a struct literal, a private
// method or associated function E0624, outside the module that declares the struct (or its
// descendants), as rustc_privacy words them.

import type { Expr, FnDecl } from '../ast';
import { prune, type StructInfo, type Ty } from '../ty';
import { CheckError, Checker } from './checker';

declare module './checker' {
  interface Checker {
    /** The module of the function being checked ('' = the crate root). */
    curMod?: string;
  }
}

const inside = (from: string, mod: string) => mod === '' || from === mod || from.startsWith(`${mod}::`);

const baseFnBody = Checker.prototype.fnBody;
Checker.prototype.fnBody = function (this: Checker, f) {
  const outer = this.curMod;
  this.curMod = f.decl.mod ?? '';
  try {
    baseFnBody.call(this, f);
  } finally {
    this.curMod = outer;
  }
};

function privateField(c: Checker, s: StructInfo, name: string): boolean {
  return s.mod !== undefined && !!s.privateFields?.has(name) && !inside(c.curMod ?? '', s.mod);
}

const baseField = Checker.prototype.fieldExpr;
Checker.prototype.fieldExpr = function (this: Checker, e: Extract<Expr, { k: 'field' }>): Ty {
  const t = baseField.call(this, e);
  let st = prune(e.e.ty!);
  while (st.k === 'ref' || st.k === 'Box' || st.k === 'Rc' || st.k === 'Guard') st = prune(st.e);
  if (st.k === 'struct' && privateField(this, st.s, e.name)) {
    const at = { from: e.to - e.name.length, to: e.to };
    throw new CheckError(at, `field \`${e.name}\` of struct \`${st.s.name}\` is private`, [{ from: at.from, message: 'private field' }], 'E0616');
  }
  return t;
};

const baseStruct = Checker.prototype.structExpr;
Checker.prototype.structExpr = function (this: Checker, e: Extract<Expr, { k: 'struct' }>): Ty {
  const t = baseStruct.call(this, e);
  const p = prune(t);
  if (p.k === 'struct' && !p.s.variants) {
    for (const f of e.fields) {
      if (privateField(this, p.s, f.name)) throw new CheckError(f.span, `field \`${f.name}\` of struct \`${p.s.name}\` is private`, [{ from: f.span.from, message: 'private field' }], 'E0451');
    }
  }
  return t;
};

/** A method or associated function that is not `pub`, called from outside the struct's module: E0624. */
export function checkMethodPrivacy(c: Checker, decl: FnDecl, at: { from: number; to: number }, kind: 'method' | 'associated function'): void {
  if (decl.pub || decl.mod === undefined || inside(c.curMod ?? '', decl.mod)) return;
  throw new CheckError(at, `${kind} \`${decl.name}\` is private`, [{ from: decl.from, message: `private ${kind} defined here` }, { from: at.from, message: `private ${kind}` }], 'E0624');
}

const baseUserMethod = Checker.prototype.userMethod;
Checker.prototype.userMethod = function (this: Checker, e, t, decl, viaRef, derefs) {
  checkMethodPrivacy(this, decl, e.nameSpan, 'method');
  return baseUserMethod.call(this, e, t, decl, viaRef, derefs);
};

const baseAssoc = Checker.prototype.assocCall;
Checker.prototype.assocCall = function (this: Checker, e, s, name) {
  const decl = s.methods.get(name);
  if (decl) {
    const c = e.callee;
    const at = c.k === 'path' ? { from: c.to - name.length, to: c.to } : { from: c.from, to: c.to };
    checkMethodPrivacy(this, decl, at, decl.selfParam ? 'method' : 'associated function');
  }
  return baseAssoc.call(this, e, s, name);
};
