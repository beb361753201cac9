// Blocks, statements, `if` / `if let` / `match` (with exhaustiveness), and `return`.

import type { Block, Expr, LocalDecl, Pattern, Span, Stmt } from '../ast';
import { T, fmtTy, isCopy, prune, type IntName, type Ty } from '../ty';
import { CheckError, Checker, endsInReturn, isBlockExpr, newVar } from './checker';
import { listWitnesses } from './enums';
import { exhaustive, missingVariants } from './exhaustive';

declare module './checker' {
  interface Checker {
    block(b: Block, expected?: Ty): Ty;
    stmt(s: Stmt): boolean;
    checkExhaustive(e: Extract<Expr, { k: 'match' }>, st: Ty): void;
    ifBranches(then: Block, els: Expr | null, expected: Ty | undefined, e: Span): Ty;
    joinElse(thenT: Ty, then: Block, els: Expr | null, expected: Ty | undefined, at?: Span): Ty;
    ifExpr(e: Extract<Expr, { k: 'if' }>, expected?: Ty): Ty;
    ifLetExpr(e: Extract<Expr, { k: 'ifLet' }>, expected?: Ty): Ty;
    matchExpr(e: Extract<Expr, { k: 'match' }>, expected?: Ty): Ty;
  }
}

Checker.prototype.block = function (this: Checker, b: Block, expected?: Ty): Ty {
  b.locals = [];
  this.cx.scopes.push(new Map());
  this.cx.blocks.push(b);
  this.cx.scopeId++;
  let diverges = false;
  try {
    for (const s of b.stmts) {
      try {
        if (this.stmt(s)) diverges = true;
      } catch (e) {
        if (!(e instanceof CheckError)) throw e;
        this.report(e);
      }
    }
    let t: Ty = T.unit;
    if (b.tail) {
      try {
        if (expected) {
          this.coerceTo(b.tail, expected);
          t = b.tail.ty!;
          if (prune(t).k !== 'never') t = expected;
        } else t = this.expr(b.tail);
      } catch (e) {
        if (!(e instanceof CheckError)) throw e;
        this.report(e);
        t = newVar();
      }
    } else if (diverges) t = T.never;
    else if (expected && prune(expected).k !== 'unit' && prune(expected).k !== 'var') {
      // Checked by the caller (a function body) or reported here for value blocks.
    }
    b.ty = t;
    return t;
  } finally {
    this.cx.scopes.pop();
    this.cx.blocks.pop();
  }
};

/** Returns true if the statement diverges (return/break/continue/panic). */
Checker.prototype.stmt = function (this: Checker, s: Stmt): boolean {
  if (s.k === 'let') {
    let ty: Ty = newVar();
    let failure: unknown = null;
    try {
      if (s.tyAnn) ty = this.type(s.tyAnn);
      if (s.init) {
        if (s.tyAnn) this.coerceIn(s.init, ty, { from: s.tyAnn.from, message: 'expected due to this' });
        else ty = this.expr(s.init);
      }
    } catch (e) {
      if (!(e instanceof CheckError)) throw e;
      failure = e;
    }
    if (s.els) {
      // let-else: the else block runs where the pattern fails and must not fall through
      const t = this.block(s.els);
      if (prune(t).k !== 'never' && !endsInReturn(s.els)) this.err(s.els, '`else` clause of `let...else` does not diverge', undefined, 'E0308');
    }
    // Bind even after an error in the initializer, so later uses don't cascade.
    this.bindPattern(s.pat, ty, !s.els);
    if (!s.init && s.pat.k === 'bind' && s.pat.decl) s.pat.decl.deferred = true;
    if (failure) throw failure;
    return s.init ? prune(s.init.ty!).k === 'never' : false;
  }
  if (s.k === 'expr') {
    const t = this.expr(s.e);
    if (!s.semi && prune(t).k !== 'unit' && prune(t).k !== 'never' && !isBlockExpr(s.e)) {
      this.err(s.e, `mismatched types: expected \`()\`, found \`${fmtTy(t)}\``);
    }
    return prune(t).k === 'never';
  }
  return false;
};

Checker.prototype.checkExhaustive = function (this: Checker, e: Extract<Expr, { k: 'match' }>, st: Ty): void {
  const pats = e.arms.filter((a) => !a.guard).map((a) => a.pat);
  if (pats.some((p) => p.k === 'wild' || p.k === 'bind')) return;
  const t = prune(st);
  if ((t.k === 'int' || (t.k === 'var' && t.kind === 'int')) && intsCovered(pats, t.k === 'int' ? t.name : 'i32')) return;
  if (exhaustive(pats.map((p) => [p]), [t])) return;
  const missing = missingVariants(pats.map((p) => [p]), t);
  if (missing && missing.length) {
    const label = `pattern${missing.length > 1 ? 's' : ''} ${listWitnesses(missing)} not covered`; // rustc's label on the scrutinee
    this.err(e.e, `non-exhaustive patterns: ${listWitnesses(missing)} not covered`, [{ from: e.e.from, message: label }], 'E0004');
    return;
  }
  this.err(e.e, 'non-exhaustive patterns: add a `_ =>` arm');
};

Checker.prototype.ifBranches = function (this: Checker, then: Block, els: Expr | null, expected: Ty | undefined, e: Span): Ty {
  const thenT = this.block(then, els ? expected : undefined);
  return this.joinElse(thenT, then, els, expected, e);
};

Checker.prototype.joinElse = function (this: Checker, thenT: Ty, then: Block, els: Expr | null, expected: Ty | undefined, at?: Span): Ty {
  if (!els) {
    // E0317, at the `if`: its value is used (a non-unit then-branch, or a non-unit type expected)
    const ex = expected && prune(expected);
    const used = (prune(thenT).k !== 'unit' && prune(thenT).k !== 'never') || (ex && ex.k !== 'unit' && ex.k !== 'var' && ex.k !== 'never');
    if (used) this.err(at ?? then.tail ?? then, '`if` may be missing an `else` clause');
    return T.unit;
  }
  const want = expected ?? (prune(thenT).k === 'never' ? undefined : thenT);
  const before = this.diags.length;
  const elsT = want ? (this.coerceTo(els, want), els.ty!) : this.expr(els);
  if (!expected) {
    // the else value against the then value: rustc's E0308 says so
    const tail = els.k === 'block' && els.b.tail ? els.b.tail : els;
    for (const d of this.diags.slice(before)) if (d.from === tail.from && d.message.startsWith('mismatched types: ')) d.message = '`if` and `else` have incompatible types: ' + d.message.slice('mismatched types: '.length);
  }
  if (prune(thenT).k === 'never') return elsT;
  if (prune(elsT).k !== 'never' && !expected) this.unify(thenT, elsT, els.k === 'block' && els.b.tail ? els.b.tail : els);
  return want ?? thenT;
};

Checker.prototype.ifExpr = function (this: Checker, e: Extract<Expr, { k: 'if' }>, expected?: Ty): Ty {
  this.coerceTo(e.cond, T.bool);
  return this.ifBranches(e.then, e.els, expected, e);
};

Checker.prototype.ifLetExpr = function (this: Checker, e: Extract<Expr, { k: 'ifLet' }>, expected?: Ty): Ty {
  const st = this.expr(e.e);
  this.cx.scopes.push(new Map());
  // The pattern's bindings live in the then-block.
  const holder: Block = { from: e.then.from, to: e.then.to, stmts: [], tail: null, locals: [] };
  this.cx.blocks.push(holder);
  try {
    this.bindPattern(e.pat, st, false);
    (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
    const thenT = this.block(e.then, e.els ? expected : undefined);
    this.cx.blocks.pop();
    this.cx.scopes.pop();
    return this.joinElse(thenT, e.then, e.els, expected, e);
  } catch (err) {
    this.cx.blocks.pop();
    this.cx.scopes.pop();
    throw err;
  }
};

Checker.prototype.matchExpr = function (this: Checker, e: Extract<Expr, { k: 'match' }>, expected?: Ty): Ty {
  const st = this.expr(e.e);
  let result: Ty | null = expected ?? null;
  let allNever = true;
  for (const arm of e.arms) {
    this.cx.scopes.push(new Map());
    const holder: Block = { from: arm.span.from, to: arm.span.to, stmts: [], tail: null, locals: [] };
    this.cx.blocks.push(holder);
    try {
      this.bindPattern(arm.pat, st, false);
      (arm as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
      if (arm.guard) {
        // Rust binds by reference while the guard runs; the simulation binds first, so only
        // patterns that copy what they bind can have a guard.
        // (compile-stmt.ts matches a scratch copy first when the pattern moves, so a failing guard moves nothing)
        if (holder.locals!.some((d) => !isCopy(d.ty!))) (arm as { guardMoves?: boolean }).guardMoves = true;
        this.coerceTo(arm.guard, T.bool);
      }
      let t: Ty;
      if (result) {
        this.coerceTo(arm.body, result);
        t = arm.body.ty!;
      } else {
        t = this.expr(arm.body);
        if (prune(t).k !== 'never') result = t;
      }
      if (prune(t).k !== 'never') allNever = false;
    } finally {
      this.cx.blocks.pop();
      this.cx.scopes.pop();
    }
  }
  this.checkExhaustive(e, st);
  if (allNever && e.arms.length) return T.never;
  return result ?? T.unit;
};

/** Whether integer literal and range patterns cover the whole type (`i64::MIN..=-1 | 0 | 1..=i64::MAX`). */
function intsCovered(pats: Pattern[], name: IntName): boolean {
  const bits = BigInt(name === 'usize' || name === 'isize' ? 64 : Number(name.slice(1)));
  const min = name[0] === 'i' ? -(1n << (bits - 1n)) : 0n;
  const max = name[0] === 'i' ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const val = (e: Expr): bigint | null => {
    if (e.k === 'int') return e.value;
    if (e.k === 'unary' && e.op === '-' && e.e.k === 'int') return -e.e.value;
    const b = (e as { builtin?: string }).builtin;
    if (e.k === 'path' && e.segs[0] === name) return b === 'int.MAX' ? max : b === 'int.MIN' ? min : null;
    return null;
  };
  const spans: [bigint, bigint][] = [];
  const add = (p: Pattern): boolean => {
    if (p.k === 'or') return p.alts.every(add);
    if (p.k === 'lit') {
      const v = val(p.e);
      if (v !== null) spans.push([v, v]);
    } else if (p.k === 'range') {
      const lo = p.lo ? val(p.lo) : min;
      const hi = p.hi ? val(p.hi) : max;
      if (lo === null || hi === null) return false;
      spans.push([lo, p.hi && !p.inclusive ? hi - 1n : hi]);
    }
    return true;
  };
  if (!pats.every(add)) return false;
  spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = min;
  for (const [lo, hi] of spans) {
    if (lo > next) return false;
    if (hi + 1n > next) next = hi + 1n;
  }
  return next > max;
}
