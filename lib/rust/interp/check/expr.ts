// Expressions: the dispatch over expression kinds, literals, names (locals, constants, unit structs),
// operators, assignment, casts, indexing, ranges. Aggregates (structs, tuples, arrays, fields) are in
// aggregates.ts.

import type { Expr } from '../ast';
import { T, fmtTy, prune, type IntName, type Ty } from '../ty';
import { CheckError, Checker, autoDerefAll, autoDerefCopy, isIntLike, isNumLike, newVar } from './checker';
import { lookupParam } from './collections';
import { isPlace } from './place';

declare module './checker' {
  interface Checker {
    expr(e: Expr, expected?: Ty): Ty;
    exprInner(e: Expr, expected?: Ty): Ty;
    binary(e: Extract<Expr, { k: 'binary' }>, expected?: Ty): Ty;
    nameExpr(e: Extract<Expr, { k: 'name' }>): Ty;
    unaryExpr(e: Extract<Expr, { k: 'unary' }>, expected?: Ty): Ty;
    refExpr(e: Extract<Expr, { k: 'ref' }>, expected?: Ty): Ty;
    assignExpr(e: Extract<Expr, { k: 'assign' }>): Ty;
    castExpr(e: Extract<Expr, { k: 'cast' }>): Ty;
    indexExpr(e: Extract<Expr, { k: 'index' }>): Ty;
    rangeExpr(e: Extract<Expr, { k: 'range' }>): Ty;
  }
}

Checker.prototype.expr = function (this: Checker, e: Expr, expected?: Ty): Ty {
  const t = this.exprInner(e, expected);
  e.ty = t;
  return t;
};

Checker.prototype.exprInner = function (this: Checker, e: Expr, expected?: Ty): Ty {
  switch (e.k) {
    case 'int': {
      this.intLits.push(e);
      if (e.suffix) return T.int(e.suffix as IntName);
      const ex = expected && prune(expected);
      return ex && ex.k === 'int' ? ex : newVar('int');
    }
    case 'float':
      this.floatLits.push(e);
      if (e.suffix) return { k: 'float', name: e.suffix as 'f32' | 'f64' };
      return expected && prune(expected).k === 'float' ? prune(expected) : newVar('float');
    case 'bool':
      return T.bool;
    case 'char':
      return T.char;
    case 'str':
      return T.refStr;
    case 'unit':
      return T.unit;
    case 'name':
      return this.nameExpr(e);
    case 'path':
      return this.pathExpr(e);
    case 'unary':
      return this.unaryExpr(e, expected);
    case 'ref':
      return this.refExpr(e, expected);
    case 'binary':
      return this.binary(e, expected);
    case 'assign':
      return this.assignExpr(e);
    case 'cast':
      return this.castExpr(e);
    case 'call':
      return this.call(e, expected);
    case 'method':
      return this.method(e, expected);
    case 'field':
      return this.fieldExpr(e);
    case 'index':
      return this.indexExpr(e);
    case 'range':
      return this.rangeExpr(e);
    case 'struct':
      return this.structExpr(e);
    case 'array':
      return this.arrayExpr(e, expected);
    case 'arrayRepeat':
      return this.arrayRepeatExpr(e, expected);
    case 'vecMacro':
      return this.vecMacro(e, expected);
    case 'fmtMacro':
      return this.fmtMacro(e);
    case 'assert':
      return this.assertMacro(e);
    case 'write':
      return this.writeMacro(e);
    case 'tuple':
      return this.tupleExpr(e, expected);
    case 'try':
      return this.tryExpr(e);
    case 'block':
      return this.block(e.b, expected);
    case 'if':
      return this.ifExpr(e, expected);
    case 'ifLet':
      return this.ifLetExpr(e, expected);
    case 'while':
      this.coerceTo(e.cond, T.bool);
      this.loopBody(e.body, e.label, false);
      return T.unit;
    case 'whileLet':
      return this.whileLetExpr(e);
    case 'loop':
      return this.loopExpr(e);
    case 'for':
      return this.forExpr(e);
    case 'break':
      return this.breakExpr(e);
    case 'continue':
      this.findLoop(e, e.label);
      return T.never;
    case 'return':
      if (e.e) this.coerceTo(e.e, this.cx.ret);
      else if (!this.tryUnify(this.cx.ret, T.unit)) this.err(e, `mismatched types: expected \`${fmtTy(this.cx.ret)}\`, found \`()\``);
      return T.never;
    case 'match':
      return this.matchExpr(e, expected);
    case 'closure':
      return this.closureExpr(e, expected);
  }
};

Checker.prototype.binary = function (this: Checker, e: Extract<Expr, { k: 'binary' }>, expected?: Ty): Ty {
  const op = e.op;
  if (op === '&&' || op === '||') {
    this.coerceTo(e.l, T.bool);
    this.coerceTo(e.r, T.bool);
    return T.bool;
  }
  const cmp = op === '==' || op === '!=' || op === '<' || op === '>' || op === '<=' || op === '>=';
  const lt = this.expr(e.l, cmp ? undefined : expected);
  const lp = prune(lt);
  const userOp = this.userOperator(e, lp); // `impl Add for P` (check/traits.ts)
  if (userOp) return userOp;
  if (op === '+' && lp.k === 'String') {
    this.coerceTo(e.r, T.refStr);
    (e as { builtin?: string }).builtin = 'string.add';
    return T.String;
  }
  if (op === '<<' || op === '>>') {
    const rt = this.expr(e.r);
    const l = autoDerefCopy(lt);
    if (!isIntLike(l) || !isIntLike(autoDerefCopy(rt))) throw new CheckError(e, `no implementation for \`${fmtTy(lt)} ${op} ${fmtTy(rt)}\``);
    return l;
  }
  const rt = this.expr(e.r, autoDerefCopy(lt));
  // a closure parameter without a type (`|x| x + k`) takes the other operand's type
  if (lp.k === 'var' && lp.kind === 'any') this.tryUnify(lp, autoDerefCopy(rt));
  if (cmp) {
    const a = autoDerefAll(lt);
    const b = autoDerefAll(rt);
    if (a.k === 'String' || a.k === 'str') {
      const bk = b.k;
      if (bk !== 'String' && bk !== 'str') throw new CheckError(e, `can't compare \`${fmtTy(lt)}\` with \`${fmtTy(rt)}\``);
      return T.bool;
    }
    if (!this.tryUnify(a, b)) throw new CheckError(e.r, `mismatched types: expected \`${fmtTy(a)}\`, found \`${fmtTy(b)}\``);
    const p = prune(a);
    if ((op !== '==' && op !== '!=') && !(isNumLike(p) || p.k === 'char' || p.k === 'bool' || (p.k === 'struct' && p.s.traits?.has('PartialOrd')))) throw new CheckError(e, `binary operation \`${op}\` cannot be applied to type \`${fmtTy(lt)}\``);
    if ((op === '==' || op === '!=') && p.k === 'struct' && !p.s.eq) throw new CheckError(e, `binary operation \`${op}\` cannot be applied to type \`${p.s.name}\` (derive(PartialEq) is not supported)`);
    return T.bool;
  }
  const a = autoDerefCopy(lt);
  const b = autoDerefCopy(rt);
  if (op === '&' || op === '|' || op === '^') {
    if (a.k === 'bool' && b.k === 'bool') return T.bool;
  }
  if (a.k === 'struct' && (op === '+' || op === '-' || op === '*' || op === '/')) {
    // rustc: E0369 at the operator (rustfmt's spacing assumed), the operands' types as labels
    const at = Math.max(e.l.to, e.r.from - 1 - op.length);
    throw new CheckError({ from: at, to: at + op.length }, `cannot ${opVerb(op)} \`${fmtTy(rt)}\` ${opPrep(op)} \`${fmtTy(lt)}\``, [{ from: e.l.from, message: fmtTy(lt) }, { from: e.r.from, message: fmtTy(rt) }], 'E0369');
  }
  if (!isNumLike(a) || ((op === '&' || op === '|' || op === '^') && !isIntLike(a))) {
    throw new CheckError(e, `cannot ${opVerb(op)} \`${fmtTy(rt)}\` ${opPrep(op)} \`${fmtTy(lt)}\``);
  }
  if (!this.tryUnify(a, b)) throw new CheckError(e.r, `mismatched types: expected \`${fmtTy(a)}\`, found \`${fmtTy(b)}\``);
  return a;
};

Checker.prototype.nameExpr = function (this: Checker, e: Extract<Expr, { k: 'name' }>): Ty {
  const d = this.lookup(e.name);
  if (!d) {
    const k = this.consts.get(e.name);
    if (k) {
      e.konst = k;
      return this.constTy(k);
    }
    const s = this.structNamed(e.name);
    if (s && s.kind === 'unit') {
      e.unitStruct = true;
      return { k: 'struct', s };
    }
    if (s && s.kind === 'tuple') throw new CheckError(e, 'tuple struct constructors as values are not supported');
    if (this.fns.has(e.name)) throw new CheckError(e, `functions as values are not supported`);
    if (e.name === 'self') throw new CheckError(e, 'expected value, found module `self`', undefined, 'E0424');
    throw new CheckError(e, `cannot find value \`${e.name}\` in this scope`);
  }
  e.decl = d;
  e.slot = d.slot;
  return d.ty!;
};

Checker.prototype.unaryExpr = function (this: Checker, e: Extract<Expr, { k: 'unary' }>, expected?: Ty): Ty {
  if (e.op === '*') {
    const t = prune(this.expr(e.e));
    if (t.k === 'ref' || t.k === 'Box' || t.k === 'Rc' || t.k === 'Guard') return t.e;
    if (t.k === 'var') throw new CheckError(e, 'type annotations needed');
    throw new CheckError(e, `type \`${fmtTy(t)}\` cannot be dereferenced`);
  }
  if (e.op === '-' && e.e.k === 'int') (e.e as { negated?: boolean }).negated = true;
  const t = this.expr(e.e, expected);
  const p = autoDerefCopy(t);
  if (e.op === '!') {
    if (p.k === 'bool' || p.k === 'int' || (p.k === 'var' && p.kind === 'int')) return p;
    throw new CheckError(e, `cannot apply unary operator \`!\` to type \`${fmtTy(t)}\``);
  }
  if ((p.k === 'int' && p.name[0] === 'i') || p.k === 'float' || (p.k === 'var' && p.kind !== 'any')) return p;
  if (p.k === 'int') throw new CheckError(e, `cannot apply unary operator \`-\` to type \`${p.name}\``);
  throw new CheckError(e, `cannot apply unary operator \`-\` to type \`${fmtTy(t)}\``);
};

Checker.prototype.refExpr = function (this: Checker, e: Extract<Expr, { k: 'ref' }>, expected?: Ty): Ty {
  const ex = expected && prune(expected);
  const inner = ex && ex.k === 'ref' ? prune(ex.e) : undefined;
  // &[1, 2, 3] where &[T] is expected: the array literal adopts the slice's element type.
  const hint = inner && inner.k === 'slice' && (e.e.k === 'array' || e.e.k === 'arrayRepeat') ? undefined : inner;
  const t = this.expr(e.e, hint && hint.k !== 'str' ? hint : undefined);
  if (inner && inner.k === 'slice' && prune(t).k === 'array') this.tryUnify(inner.e, (prune(t) as { e: Ty }).e);
  if (e.mut) {
    try {
      this.checkMutPlace(e.e, 'borrow');
    } catch (err) {
      // rustc points at the whole `&mut x` (an autoref'd method receiver: at the receiver)
      if (err instanceof CheckError) throw new CheckError(e, err.message, err.notes?.map((n) => (n.from === err.span.from ? { ...n, from: e.from } : n)), err.code);
      throw err;
    }
  }
  if (e.e.k === 'index' && prune(e.e.i.ty!).k === 'range') return { k: 'ref', mut: e.mut, e: t };
  return { k: 'ref', mut: e.mut, e: t };
};

Checker.prototype.assignExpr = function (this: Checker, e: Extract<Expr, { k: 'assign' }>): Ty {
  const lt = this.expr(e.l);
  if (!isPlace(e.l)) throw new CheckError(e.l, 'invalid left-hand side of assignment');
  this.checkMutPlace(e.l, 'assign');
  if (e.op === '=') this.coerceTo(e.r, lt);
  else {
    const op = e.op.slice(0, -1);
    const rt = this.expr(e.r, op === '<<' || op === '>>' ? undefined : lt);
    const lp = prune(lt);
    const rp = autoDerefCopy(rt);
    if (op === '<<' || op === '>>') {
      if (!isIntLike(lp) || !isIntLike(rp)) throw new CheckError(e, `no implementation for \`${fmtTy(lt)} ${e.op} ${fmtTy(rt)}\``);
    } else if (op === '+' && lp.k === 'String') {
      this.coerceTo(e.r, T.refStr);
      (e as { builtin?: string }).builtin = 'string.push_str';
    } else {
      if (!isNumLike(lp)) throw new CheckError(e, `binary assignment operation \`${e.op}\` cannot be applied to type \`${fmtTy(lt)}\``);
      this.unify(lt, rp, e.r);
    }
  }
  return T.unit;
};

Checker.prototype.castExpr = function (this: Checker, e: Extract<Expr, { k: 'cast' }>): Ty {
  const from = autoDerefCopy(this.expr(e.e));
  const to = this.type(e.target);
  e.toTy = to;
  const tp = prune(to);
  const ok =
    (isNumLike(from) && (tp.k === 'int' || tp.k === 'float')) ||
    (from.k === 'bool' && tp.k === 'int') ||
    (from.k === 'char' && tp.k === 'int') ||
    (from.k === 'int' && from.name === 'u8' && tp.k === 'char') ||
    (from.k === 'var' && from.kind === 'int' && tp.k === 'char') ||
    this.tryUnify(from, to);
  if (!ok) throw new CheckError(e, `non-primitive cast: \`${fmtTy(from)}\` as \`${fmtTy(to)}\``);
  if (from.k === 'var' && from.kind === 'int' && tp.k === 'char') this.tryUnify(from, T.int('u8'));
  return to;
};

Checker.prototype.indexExpr = function (this: Checker, e: Extract<Expr, { k: 'index' }>): Ty {
  let t = prune(this.expr(e.e));
  while (t.k === 'ref' || t.k === 'Box' || t.k === 'Rc' || t.k === 'Guard') t = prune(t.e);
  if (t.k === 'Map' && (t.kind === 'HashMap' || t.kind === 'BTreeMap')) {
    // `map[&k]` / `map["k"]`: Index<&Q> (read-only: no IndexMut)
    this.coerceTo(e.i, lookupParam(t));
    return t.val;
  }
  const it = this.expr(e.i, T.usize);
  const ip = prune(it);
  if (ip.k === 'range') {
    this.unify(T.usize, ip.e, e.i);
    if (t.k === 'Vec' || t.k === 'array' || t.k === 'slice') return { k: 'slice', e: t.e };
    if (t.k === 'String' || t.k === 'str') return T.str;
    throw new CheckError(e, `the type \`${fmtTy(t)}\` cannot be indexed by a range`);
  }
  this.unify(T.usize, it, e.i);
  if (t.k === 'Vec' || t.k === 'array' || t.k === 'slice' || t.k === 'VecDeque') return t.e;
  if (t.k === 'String' || t.k === 'str') throw new CheckError(e, `the type \`${fmtTy(t)}\` cannot be indexed by \`usize\` (strings are not indexable by integers)`);
  throw new CheckError(e, `cannot index into a value of type \`${fmtTy(e.e.ty!)}\``);
};

Checker.prototype.rangeExpr = function (this: Checker, e: Extract<Expr, { k: 'range' }>): Ty {
  const el = newVar('int');
  if (e.lo) this.unify(el, autoDerefCopy(this.expr(e.lo, el)), e.lo);
  if (e.hi) this.unify(el, autoDerefCopy(this.expr(e.hi, el)), e.hi);
  if (e.hi) e.hi.ty = el;
  if (e.lo) e.lo.ty = el;
  return { k: 'range', e: el, inclusive: e.inclusive };
};

function opVerb(op: string): string {
  return op === '+' ? 'add' : op === '-' ? 'subtract' : op === '*' ? 'multiply' : op === '/' ? 'divide' : op === '%' ? 'calculate the remainder of' : 'apply `' + op + '` to';
}

function opPrep(op: string): string {
  return op === '+' ? 'to' : op === '-' ? 'from' : op === '*' ? 'by' : op === '/' ? 'into' : op === '%' ? 'divided by' : 'and';
}
