// Closures: `|x| x + 1`, `|a: i32, b: i32| -> i32 { … }`, `move || …`. Each closure expression has
// its own type (ClosureInfo) whose captures are found while its body is checked: a name that resolves
// to a local declared outside the closure is captured — by value in a `move` closure (the closure gets
// its own copy, a shadow local), else by reference (unique if the body mutates it: FnMut). Calls of
// closures and of `impl Fn`/`&dyn Fn`/`Box<dyn Fn>` values; the closure traits in types.

import type { Block, Expr, LocalDecl, Pattern, TypeExpr } from '../ast';
import { T, fmtTy, isCopy, prune, type Capture, type ClosureInfo, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';

interface ClosureCx {
  info: ClosureInfo;
  /** cx.scopes.length when the closure began: scopes below it are outside. */
  base: number;
  /** The trait the closure must implement, where the context says (an `Fn` parameter): E0594/E0596. */
  want: 'Fn' | 'FnMut' | 'FnOnce' | null;
}

declare module './checker' {
  interface Checker {
    closureStack?: ClosureCx[];
    closureExpr(e: Extract<Expr, { k: 'closure' }>, expected?: Ty): Ty;
    closureCall(e: Extract<Expr, { k: 'call' }>, calleeTy: Ty): Ty;
    fnTraitType(t: Extract<TypeExpr, { k: 'fn' }>): Ty;
    /** The signature of a callable type (closure, impl/dyn Fn, through & and Box), else null. */
    callableSig(t: Ty): { params: Ty[]; ret: Ty; trait: 'Fn' | 'FnMut' | 'FnOnce' } | null;
  }
}

Checker.prototype.fnTraitType = function (this: Checker, t: Extract<TypeExpr, { k: 'fn' }>): Ty {
  return { k: 'fnTrait', trait: t.trait, params: t.params.map((p) => this.type(p)), ret: t.ret ? this.type(t.ret) : T.unit, dyn: t.dyn };
};

Checker.prototype.callableSig = function (this: Checker, t: Ty) {
  t = prune(t);
  while (t.k === 'ref' || t.k === 'Box') t = prune(t.e);
  if (t.k === 'closure') return { params: t.c.params, ret: t.c.ret, trait: t.c.kind };
  if (t.k === 'fnTrait') return { params: t.params, ret: t.ret, trait: t.trait };
  return null;
};

Checker.prototype.closureExpr = function (this: Checker, e: Extract<Expr, { k: 'closure' }>, expected?: Ty): Ty {
  const ex = expected ? prune(expected) : null;
  const want = ex && ex.k === 'fnTrait' ? ex : null;
  if (want && want.params.length !== e.params.length) {
    throw new CheckError(e, `expected a closure that takes ${want.params.length} argument${want.params.length === 1 ? '' : 's'}, but this closure takes ${e.params.length} argument${e.params.length === 1 ? '' : 's'}`, undefined, 'E0593');
  }
  const params = e.params.map((p, i) => (p.ty ? this.type(p.ty) : want ? want.params[i] : newVar()));
  const ret = e.ret ? this.type(e.ret) : want ? want.ret : newVar();
  const info: ClosureInfo = { params, ret, caps: [], kind: 'Fn', move: e.move, from: e.from };
  e.info = info;
  const stack = (this.closureStack ??= []);
  const saved = { ret: this.cx.ret, loops: this.cx.loops };
  this.cx.ret = ret;
  this.cx.loops = [];
  // The parameters live in a scope of their own (not the enclosing block's locals: the closure drops them).
  this.cx.scopes.push(new Map());
  const holder: Block = { from: e.from, to: e.to, stmts: [], tail: null, locals: [] };
  this.cx.blocks.push(holder);
  stack.push({ info, base: this.cx.scopes.length - 1, want: want ? want.trait : null });
  try {
    e.params.forEach((p, i) => this.bindPattern(p.pat, params[i], true));
    (e as { paramLocals?: LocalDecl[] }).paramLocals = holder.locals;
    const t = this.block(e.body, ret);
    if (!e.body.tail && prune(t).k !== 'never') this.tryUnify(ret, T.unit);
    preciseCaptures(info, e.body);
  } finally {
    stack.pop();
    this.cx.blocks.pop();
    this.cx.scopes.pop();
    this.cx.ret = saved.ret;
    this.cx.loops = saved.loops;
  }
  return { k: 'closure', c: info };
};

/** `f(x)` where `f` is a local closure, `impl Fn`, `&dyn Fn` or `Box<dyn Fn>`. */
Checker.prototype.closureCall = function (this: Checker, e: Extract<Expr, { k: 'call' }>, calleeTy: Ty): Ty {
  const sig = this.callableSig(calleeTy)!;
  if (e.args.length !== sig.params.length) throw new CheckError(e, `this function takes ${sig.params.length} argument${sig.params.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, undefined, 'E0057');
  // Calling an FnMut needs a unique borrow of it (E0596 without `let mut`).
  const c = e.callee;
  const direct = prune(calleeTy);
  if (sig.trait === 'FnMut' && c.k === 'name' && c.decl && !c.decl.mut && (direct.k === 'closure' || direct.k === 'fnTrait')) {
    const notes = [{ from: c.decl.span.from, message: `help: consider changing this to be mutable: \`mut ${c.decl.name}\`` }];
    throw new CheckError(c, `cannot borrow \`${c.name}\` as mutable, as it is not declared as mutable`, notes, 'E0596');
  }
  e.builtin = 'closureCall';
  e.args.forEach((a, i) => this.coerceTo(a, sig.params[i]));
  return sig.ret;
};

// Name resolution inside a closure: a local declared outside it is a capture.
const baseLookup = Checker.prototype.lookup;
Checker.prototype.lookup = function (this: Checker, name: string): LocalDecl | undefined {
  const stack = this.closureStack;
  if (!stack || stack.length === 0) return baseLookup.call(this, name);
  let depth = -1;
  let d: LocalDecl | undefined;
  for (let i = this.cx.scopes.length - 1; i >= 0; i--) {
    d = this.cx.scopes[i].get(name);
    if (d) {
      depth = i;
      break;
    }
  }
  if (!d) return undefined;
  // innermost closure first: the declaration is outside every closure whose base is above depth
  for (let j = stack.length - 1; j >= 0; j--) {
    const cc = stack[j];
    if (depth >= cc.base) break;
    d = capture(this, cc, d);
  }
  return d;
};

function capture(ck: Checker, cc: ClosureCx, d: LocalDecl): LocalDecl {
  const caps = cc.info.caps;
  let cap = caps.find((c) => c.decl === d || c.shadow === d);
  if (!cap) {
    cap = { decl: d, shadow: null, byValue: cc.info.move, mut: false };
    if (cc.info.move) {
      // the closure's own copy, in a slot of the enclosing frame (restored from the closure at each call)
      cap.shadow = { name: d.name, mut: d.mut, span: d.span, slot: ck.cx.nslots++, ty: d.ty, id: ck.cx.scopeId };
    }
    caps.push(cap);
  }
  return cap.shadow ?? cap.decl;
}

// Mutating a captured variable makes the closure FnMut (a unique borrow of it).
const baseCheckMut = Checker.prototype.checkMutPlace;
Checker.prototype.checkMutPlace = function (this: Checker, p: Expr, what: 'borrow' | 'assign'): void {
  const stack = this.closureStack;
  if (stack && stack.length) {
    let cur = p;
    while (cur.k === 'field' || cur.k === 'index') cur = cur.e;
    if (cur.k === 'name' && cur.decl) {
      const decl = cur.decl;
      for (const cc of stack) {
        const cap = cc.info.caps.find((c) => c.decl === decl || c.shadow === decl);
        if (!cap) continue;
        const t = prune(decl.ty!);
        const viaRef = t.k === 'ref' && t.mut && cur !== p;
        if (!viaRef && cc.want === 'Fn') {
          baseCheckMut.call(this, p, what);
          throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeFull(p)}\`, as it is a captured variable in a \`Fn\` closure` : `cannot borrow \`${placeFull(p)}\` as mutable, as it is a captured variable in a \`Fn\` closure`, undefined, what === 'assign' ? 'E0594' : 'E0596');
        }
        if (!viaRef || !cap.byValue) cap.mut = true;
        if (cc.info.kind === 'Fn') cc.info.kind = 'FnMut';
      }
    }
  }
  baseCheckMut.call(this, p, what);
};

function placeFull(e: Expr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'field') return `${placeFull(e.e)}.${e.name}`;
  if (e.k === 'index') return `${placeFull(e.e)}[_]`;
  return '_';
}

export function closureParamsOf(e: Extract<Expr, { k: 'closure' }>): Pattern[] {
  return e.params.map((p) => p.pat);
}

export const capsOf = (c: ClosureInfo): Capture[] => c.caps;
void fmtTy;

// E0373: a function returning a closure that borrows its locals or parameters (not `move`).
const baseFnBody = Checker.prototype.fnBody;
Checker.prototype.fnBody = function (this: Checker, f) {
  baseFnBody.call(this, f);
  const d = f.decl;
  const rets: Expr[] = [];
  if (d.body.tail) rets.push(d.body.tail);
  for (const st of d.body.stmts) if (st.k === 'expr' && st.e.k === 'return' && st.e.e) rets.push(st.e.e);
  for (let r of rets) {
    if (r.k === 'call' && r.builtin === 'Box::new' && r.args.length === 1) r = r.args[0];
    if (r.k !== 'closure' || r.move || !r.info) continue;
    const cap = r.info.caps.find((c) => !c.byValue);
    if (!cap) continue;
    const head = { from: r.from, to: r.body.from > r.from ? Math.min(r.body.from, r.to) : r.to };
    const n = cap.decl.name;
    this.err(head, `closure may outlive the current function, but it borrows \`${n}\`, which is owned by the current function`, [{ from: r.from, message: `may outlive borrowed value \`${n}\`` }, { from: r.from, message: `help: to force the closure to take ownership of \`${n}\` (and any other referenced variables), use the \`move\` keyword` }], 'E0373');
  }
};

/**
 * Edition 2021 captures places, not variables: a variable used only through its fields (`p.x`, `t.0`)
 * is captured field by field. Kept to one level and, in a `move` closure, to Copy fields (which are
 * copied: the variable stays whole); other uses capture the whole variable.
 */
function preciseCaptures(info: ClosureInfo, body: Block): void {
  for (const cap of info.caps) {
    const decls = new Set([cap.decl, cap.shadow].filter(Boolean));
    const t = prune(cap.decl.ty!);
    if (t.k !== 'struct' && t.k !== 'tuple') continue;
    const fields = new Map<number, Ty>();
    let whole = false;
    const walk = (o: unknown, parent: unknown): void => {
      if (whole || !o || typeof o !== 'object') return;
      if (Array.isArray(o)) {
        for (const x of o) walk(x, parent);
        return;
      }
      const n = o as { k?: string; decl?: LocalDecl };
      if (n.k === 'name' && n.decl && decls.has(n.decl)) {
        const p = parent as { k?: string; index?: number; ty?: Ty } | null;
        if (p && p.k === 'field' && p.index !== undefined && p.ty && (!info.move || isCopy(p.ty))) fields.set(p.index, p.ty);
        else whole = true;
        return;
      }
      for (const [k, v] of Object.entries(o)) {
        if (k === 'ty' || k === 'decl' || k === 'info' || k === 'konst' || k === 'fn' || k === 'toTy' || k === 'locals' || k === 'paramLocals' || k === 'patLocals' || k === 'elemTy') continue;
        walk(v, o);
      }
    };
    walk(body, null);
    if (!whole && fields.size) cap.fields = [...fields].sort((a, b) => a[0] - b[0]).map(([index, ty]) => ({ index, ty }));
  }
}
