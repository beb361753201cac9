// `while`, `while let`, `loop` (with `break value`), `for` over ranges, slices and Vecs, labels.

import type { Block, Expr, LocalDecl, Span } from '../ast';
import { T, fmtTy, isCopy, prune, type Ty } from '../ty';
import { CheckError, Checker, isObjectKind, newVar, type LoopEntry } from './checker';

declare module './checker' {
  interface Checker {
    loopBody(b: Block, label: string | null, isLoop: boolean, kind?: 'while' | 'for'): Ty | null;
    findLoop(e: Span, label: string | null): LoopEntry;
    whileLetExpr(e: Extract<Expr, { k: 'whileLet' }>): Ty;
    loopExpr(e: Extract<Expr, { k: 'loop' }>): Ty;
    forExpr(e: Extract<Expr, { k: 'for' }>): Ty;
    breakExpr(e: Extract<Expr, { k: 'break' }>): Ty;
  }
}

Checker.prototype.loopBody = function (this: Checker, b: Block, label: string | null, isLoop: boolean, kind: 'while' | 'for' = 'while'): Ty | null {
  const entry: LoopEntry = { label, breakTy: isLoop ? newVar() : null, kind };
  this.cx.loops.push(entry);
  try {
    const t = this.block(b, T.unit);
    if (b.tail && prune(t).k !== 'unit' && prune(t).k !== 'never') this.err(b.tail, `mismatched types: expected \`()\`, found \`${fmtTy(t)}\``);
  } finally {
    this.cx.loops.pop();
  }
  if (!isLoop) return null;
  if (!entry.hasBreak) return null;
  const bt = prune(entry.breakTy!);
  if (bt.k === 'var' && bt.kind === 'any') this.tryUnify(bt, T.unit);
  return prune(bt);
};

Checker.prototype.findLoop = function (this: Checker, e: Span, label: string | null): LoopEntry {
  for (let i = this.cx.loops.length - 1; i >= 0; i--) {
    const l = this.cx.loops[i];
    if (!label || l.label === label) return l;
  }
  throw new CheckError(e, label ? `use of undeclared label \`${label}\`` : '`break` outside of a loop');
};

Checker.prototype.whileLetExpr = function (this: Checker, e: Extract<Expr, { k: 'whileLet' }>): Ty {
  const st = this.expr(e.e);
  this.cx.scopes.push(new Map());
  const holder: Block = { from: e.body.from, to: e.body.to, stmts: [], tail: null, locals: [] };
  this.cx.blocks.push(holder);
  try {
    this.bindPattern(e.pat, st, false);
    (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
    this.loopBody(e.body, e.label, false);
  } finally {
    this.cx.blocks.pop();
    this.cx.scopes.pop();
  }
  return T.unit;
};

Checker.prototype.loopExpr = function (this: Checker, e: Extract<Expr, { k: 'loop' }>): Ty {
  const bt = this.loopBody(e.body, e.label, true);
  return bt ?? T.never;
};

Checker.prototype.forExpr = function (this: Checker, e: Extract<Expr, { k: 'for' }>): Ty {
  this.rxInto(e.iter); // `for x in rx`: becomes `rx.into_iter()` (check/threads.ts)
  this.mapInto(e.iter); // `for (k, v) in map`: becomes `map.into_iter()` (check/map-collect.ts)
  const it = this.asUserIter(e.iter, prune(this.expr(e.iter)), null);
  let elem: Ty;
  let mode: string;
  if (it.k === 'range') {
    elem = it.e;
    mode = 'range';
    if (!e.iter.ty || !(e.iter.k === 'range' && e.iter.lo && e.iter.hi)) {
      if (e.iter.k === 'range' && (!e.iter.lo || !e.iter.hi)) throw new CheckError(e.iter, 'only ranges with both ends are supported in for loops');
    }
  } else if (it.k === 'iter' && it.enumerate) {
    elem = { k: 'ref', mut: false, e: it.e };
    mode = 'enumerate';
  } else if (it.k === 'iter' && it.item) {
    elem = it.item; // a map's iter(), iter_mut(), values_mut()
    mode = 'iter';
  } else if (it.k === 'ref' && prune(it.e).k === 'Map') {
    // `for (k, v) in &map` / `&mut map`, `for x in &set`: the runtime hands out the entries
    const mt = prune(it.e) as Extract<Ty, { k: 'Map' }>;
    const kr: Ty = { k: 'ref', mut: false, e: mt.key };
    elem = mt.kind === 'HashSet' || mt.kind === 'BTreeSet' ? kr : { k: 'tuple', elems: [kr, { k: 'ref', mut: it.mut, e: mt.val }] };
    if (it.mut && (mt.kind === 'HashSet' || mt.kind === 'BTreeSet')) throw new CheckError(e.iter, `\`${fmtTy(it)}\` is not an iterator`);
    mode = 'iter';
    (e as { mapMut?: boolean }).mapMut = it.mut;
  } else if (it.k === 'iter') {
    elem = { k: 'ref', mut: false, e: it.e };
    mode = 'iter';
  } else if (it.k === 'ref') {
    const inner = prune(it.e);
    if (inner.k === 'Vec' || inner.k === 'array' || inner.k === 'slice' || inner.k === 'VecDeque') {
      elem = { k: 'ref', mut: it.mut, e: inner.e };
      mode = it.mut ? 'iterMut' : 'iter';
      if (it.mut && !isObjectKind(inner.e)) mode = 'iterMutPlace';
    } else throw new CheckError(e.iter, `\`${fmtTy(it)}\` is not an iterator`);
  } else if (it.k === 'Vec' || it.k === 'VecDeque') {
    elem = it.e;
    mode = 'intoIter';
  } else if (it.k === 'array') {
    elem = it.e;
    mode = 'iter';
  } else if (it.k === 'iterAd') {
    elem = it.item;
    mode = 'iterAd';
  } else if (it.k === 'var') throw new CheckError(e.iter, 'type annotations needed');
  else throw new CheckError(e.iter, `\`${fmtTy(it)}\` is not an iterator`);
  (e as { mode?: string }).mode = mode;
  (e as { elemTy?: Ty }).elemTy = elem;
  // &T of a Copy T is represented by the value itself; keep the Rust type for messages.
  const elemTy: Ty = mode === 'iter' && it.k === 'iter' ? elem : elem;
  this.cx.scopes.push(new Map());
  const holder: Block = { from: e.body.from, to: e.body.to, stmts: [], tail: null, locals: [] };
  this.cx.blocks.push(holder);
  try {
    if (mode === 'enumerate') {
      if (e.pat.k !== 'tuple' || e.pat.elems.some((x) => x.k !== 'bind' && x.k !== 'wild')) throw new CheckError(e.pat, 'expected a pattern `(i, x)` for `.enumerate()`');
      this.bindPattern(e.pat.elems[0], T.usize, true);
      this.bindPattern(e.pat.elems[1], elemTy, true);
    } else if (e.pat.k === 'bind' || e.pat.k === 'wild') {
      // rustc reports moving out of the elements at the iterator expression
      if (e.pat.k === 'bind' && e.pat.deref && prune(elemTy).k === 'ref' && !isCopy((prune(elemTy) as { e: Ty }).e)) throw new CheckError(e.iter, 'cannot move out of a shared reference');
      this.bindPattern(e.pat, elemTy, true);
    } else if ((e.pat.k === 'tuple' || e.pat.k === 'tstruct') && (mode !== 'intoIter' || isCopy(elemTy))) {
      // `for (name, score) in &pairs`: destructures each element (by reference, or a Copy value)
      this.bindPattern(e.pat, elemTy, true);
    } else if (e.pat.k === 'tuple' || e.pat.k === 'tstruct') throw new CheckError(e.pat, 'destructuring owned elements in a for loop is not supported (iterate over `&v`, or bind the element and destructure it in the body)');
    else throw new CheckError(e.pat, 'this for-loop pattern is not supported');
    (e as { patLocals?: LocalDecl[] }).patLocals = holder.locals;
    this.loopBody(e.body, e.label, false, 'for');
  } finally {
    this.cx.blocks.pop();
    this.cx.scopes.pop();
  }
  return T.unit;
};

Checker.prototype.breakExpr = function (this: Checker, e: Extract<Expr, { k: 'break' }>): Ty {
  const loop = this.findLoop(e, e.label);
  loop.hasBreak = true;
  if (e.e) {
    if (!loop.breakTy) throw new CheckError(e, `\`break\` with value from a \`${loop.kind ?? 'while'}\` loop`);
    this.coerceTo(e.e, loop.breakTy);
  } else if (loop.breakTy) this.tryUnify(loop.breakTy, T.unit);
  return T.never;
};
