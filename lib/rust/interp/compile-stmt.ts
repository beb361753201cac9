// Statements, blocks (with their drop scopes), loops, if/match and patterns. A statement closure
// returns a control code (NORMAL, BREAK, CONTINUE, RETURN); a block's value goes to m.val.

import { DONE, type RIter } from './iter';
import type { Block, Expr, LocalDecl, Pattern, Stmt } from './ast';
import { BREAK, CONTINUE, Ctl, NORMAL, RETURN, tyOf, type Compiler } from './compile';
import { compileAtPattern, compileVariantPattern } from './compile-enum';
import { dropGlue } from './drop';
import { big, norm } from './int';
import { Place, RSome, RString, RVec } from './machine';
import { RMap } from './rmap';
import { isCopy, needsDrop, prune, zonk, type Ty } from './ty';
import { copier, derefFn, isObjectKind, type E, type F } from './values';

export type S = (f: F) => number;

export function isStmtLike(e: Expr): boolean {
  return e.k === 'if' || e.k === 'ifLet' || e.k === 'while' || e.k === 'whileLet' || e.k === 'loop' || e.k === 'for' || e.k === 'block' || e.k === 'match' || e.k === 'break' || e.k === 'continue' || e.k === 'return';
}

function droppable(locals: LocalDecl[] | undefined): LocalDecl[] {
  return (locals ?? []).filter((d) => needsDrop(zonk(d.ty!)));
}

/** Wraps a statement body: line attribution, the step budget, temporaries, expression-position control flow. */
function stmtWrap(cx: Compiler, line: number, body: S, temps: boolean, ctl: boolean): S {
  const m = cx.m;
  const B = cx.budget;
  if (!temps && !ctl)
    return (f) => {
      m.line = line;
      if (++m.steps > B) m.stepLimit();
      return body(f);
    };
  if (!ctl)
    return (f) => {
      m.line = line;
      if (++m.steps > B) m.stepLimit();
      const mark = m.unwind.length;
      const c = body(f);
      m.unwindTo(mark);
      return c;
    };
  return (f) => {
    m.line = line;
    if (++m.steps > B) m.stepLimit();
    const mark = m.unwind.length;
    let c: number;
    try {
      c = body(f);
    } catch (err) {
      if (!(err instanceof Ctl)) throw err;
      c = err.code;
    }
    m.unwindTo(mark);
    return c;
  };
}

export function compileBlock(cx: Compiler, b: Block, wantValue: boolean): S {
  const m = cx.m;
  const stmts = b.stmts.map((s) => compileStmt(cx, s));
  let tailS: S | null = null;
  if (b.tail) {
    const t0 = cx.temps;
    const c0 = cx.valueCtl;
    const tail = b.tail;
    let body: S;
    if (isStmtLike(tail)) body = compileStmtExpr(cx, tail, wantValue);
    else {
      const v = cx.expr(tail);
      body = (f) => {
        m.val = v(f);
        return NORMAL;
      };
    }
    // A tail's temporaries live until the end of the enclosing statement (edition 2021), so the
    // tail does not unwind them itself unless it is the function's body.
    tailS = stmtWrap(cx, cx.line(tail), body, false, cx.valueCtl !== c0);
    cx.temps = t0 + (cx.temps - t0);
  }
  const drops = droppable(b.locals);
  const slots = drops.map((d) => d.slot);
  const glue = drops.map((d) => dropGlue(zonk(d.ty!), m));
  const all = tailS ? [...stmts, tailS] : stmts;
  const n = all.length;
  const setUnit = wantValue && !b.tail;
  const run: S =
    n === 0
      ? () => NORMAL
      : n === 1
        ? all[0]
        : n === 2
          ? (f) => {
              const c = all[0](f);
              if (c !== NORMAL) return c;
              return all[1](f);
            }
          : (f) => {
              for (let i = 0; i < n; i++) {
                const c = all[i](f);
                if (c !== NORMAL) return c;
              }
              return NORMAL;
            };
  const body: S = setUnit
    ? (f) => {
        const c = run(f);
        m.val = null;
        return c;
      }
    : run;
  if (slots.length === 0) return body;
  // Drops at the end of the block are attributed to its closing brace.
  const endLine = cx.line({ from: Math.max(b.from, b.to - 1), to: b.to });
  return (f) => {
    const mark = m.unwind.length;
    m.unwind.push({ f, slots, drops: glue });
    const c = body(f);
    m.line = endLine;
    m.unwindTo(mark);
    return c;
  };
}

function compileStmt(cx: Compiler, s: Stmt): S {
  const t0 = cx.temps;
  const c0 = cx.valueCtl;
  const line = cx.line(s);
  let body: S;
  if (s.k === 'let') body = compileLet(cx, s);
  else if (s.k === 'expr') {
    if (isStmtLike(s.e)) body = compileStmtExpr(cx, s.e, false);
    else body = exprStatement(cx, s.e);
  } else body = () => NORMAL;
  const temps = cx.temps !== t0;
  const ctl = cx.valueCtl !== c0;
  cx.temps = t0;
  cx.valueCtl = c0;
  return stmtWrap(cx, line, body, temps, ctl);
}

// `expr;`: a value that needs dropping is a temporary dropped at the end of the statement.
function exprStatement(cx: Compiler, e: Expr): S {
  const t = tyOf(e);
  const d = cx.drop(t);
  const v = cx.expr(e);
  if (!d)
    return (f) => {
      v(f);
      return NORMAL;
    };
  return (f) => {
    const x = v(f);
    if (x !== undefined) d(x);
    return NORMAL;
  };
}

function compileLet(cx: Compiler, s: Extract<Stmt, { k: 'let' }>): S {
  const p = s.pat;
  if (!s.init) return () => NORMAL;
  if (p.k === 'wild') {
    // `let _ = place;` does not move; `let _ = value;` drops the value at the statement's end.
    if (cx.isPlace(s.init)) return () => NORMAL;
    return exprStatement(cx, s.init);
  }
  if (p.k === 'bind') {
    const slot = p.decl!.slot;
    const v = cx.expr(s.init);
    return (f) => {
      f[slot] = v(f);
      return NORMAL;
    };
  }
  // `let (a, b) = init;` / `let Meters(m) = init;`: the bindings move out of the value (a place keeps
  // what they don't take, dropped with it; a temporary's rest is dropped at the end of the `let`)
  const t = tyOf(s.init);
  const bind = compilePattern(cx, p, t, cx.isPlace(s.init));
  if (s.els) {
    // let-else: the else block diverges (its code: return, break, continue or a panic)
    const els = compileBlock(cx, s.els, false);
    const get = cx.isPlace(s.init) ? cx.place(s.init).get : cx.expr(s.init);
    const d = cx.isPlace(s.init) ? null : cx.drop(t);
    return (f) => {
      const x = get(f);
      if (bind(f, x)) {
        if (d) d(x);
        return NORMAL;
      }
      if (d) d(x);
      return els(f);
    };
  }
  if (cx.isPlace(s.init)) {
    const get = cx.place(s.init).get;
    return (f) => {
      bind(f, get(f));
      return NORMAL;
    };
  }
  const v = cx.expr(s.init);
  const d = cx.drop(t);
  return (f) => {
    const x = v(f);
    bind(f, x);
    if (d) d(x);
    return NORMAL;
  };
}

/** Block-like expressions and control flow as statements. wantValue: leave the value in m.val. */
export function compileStmtExpr(cx: Compiler, e: Expr, wantValue: boolean): S {
  const m = cx.m;
  switch (e.k) {
    case 'block':
      return compileBlock(cx, e.b, wantValue);
    case 'if': {
      const cond = cx.expr(e.cond);
      const then = compileBlock(cx, e.then, wantValue);
      const els = e.els ? compileStmtExpr(cx, e.els, wantValue) : null;
      if (els) return (f) => (cond(f) ? then(f) : els(f));
      if (wantValue)
        return (f) => {
          if (cond(f)) return then(f);
          m.val = null;
          return NORMAL;
        };
      return (f) => (cond(f) ? then(f) : NORMAL);
    }
    case 'ifLet': {
      const scrut = scrutinee(cx, e.e);
      const pat = compilePattern(cx, e.pat, tyOf(e.e), cx.isPlace(e.e));
      const patLocals = droppable((e as { patLocals?: LocalDecl[] }).patLocals);
      const then = withScope(cx, patLocals, compileBlock(cx, e.then, wantValue));
      const els = e.els ? compileStmtExpr(cx, e.els, wantValue) : null;
      return (f) => {
        const v = scrut(f);
        if (pat(f, v)) return then(f);
        if (els) return els(f);
        if (wantValue) m.val = null;
        return NORMAL;
      };
    }
    case 'match': {
      const scrut = scrutinee(cx, e.e);
      const isPlace = cx.isPlace(e.e);
      const st = tyOf(e.e);
      const arms = e.arms.map((a) => {
        const pat = compilePattern(cx, a.pat, st, isPlace);
        const locals = droppable((a as { patLocals?: LocalDecl[] }).patLocals);
        let body: S;
        const t0 = cx.temps;
        if (isStmtLike(a.body)) body = compileStmtExpr(cx, a.body, wantValue);
        else {
          const v = cx.expr(a.body);
          body = wantValue
            ? (f) => {
                m.val = v(f);
                return NORMAL;
              }
            : (f) => {
                const x = v(f);
                const d = cx.drop(tyOf(a.body));
                if (d && x !== undefined) d(x);
                return NORMAL;
              };
        }
        // An arm's body is a terminating scope (rustc's region resolution): its temporaries drop at the arm's end.
        if (cx.temps !== t0) {
          const inner = body;
          body = (f) => {
            const mark = m.unwind.length;
            const c = inner(f);
            m.unwindTo(mark);
            return c;
          };
        }
        cx.temps = t0;
        const guard = a.guard ? cx.expr(a.guard) : null;
        if (guard && (a as { guardMoves?: boolean }).guardMoves) {
          // The guard sees the bindings of a scratch copy; only when it holds do the moves happen for real.
          return { pat: (f: F, v: unknown) => pat(f, scratchCopy(v)) && !!guard(f) && pat(f, v), guard: null, body: withScope(cx, locals, body) };
        }
        return { pat, guard, body: withScope(cx, locals, body) };
      });
      return (f) => {
        const v = scrut(f);
        for (const a of arms) if (a.pat(f, v) && (!a.guard || a.guard(f))) return a.body(f);
        throw new Error('no match arm matched');
      };
    }
    case 'while': {
      const cond = cx.expr(e.cond);
      const body = compileBlock(cx, e.body, false);
      const label = e.label;
      const B = cx.budget;
      return (f) => {
        for (;;) {
          if (++m.steps > B) m.stepLimit();
          if (!cond(f)) break;
          const c = body(f);
          if (c !== NORMAL) {
            if (c === BREAK && (m.label === null || m.label === label)) {
              m.label = null;
              break;
            }
            if (c === CONTINUE && (m.label === null || m.label === label)) {
              m.label = null;
              continue;
            }
            return c;
          }
        }
        if (wantValue) m.val = null;
        return NORMAL;
      };
    }
    case 'whileLet': {
      const scrut = scrutinee(cx, e.e);
      const pat = compilePattern(cx, e.pat, tyOf(e.e), cx.isPlace(e.e));
      const patLocals = droppable((e as { patLocals?: LocalDecl[] }).patLocals);
      const body = withScope(cx, patLocals, compileBlock(cx, e.body, false));
      const label = e.label;
      const B = cx.budget;
      return (f) => {
        for (;;) {
          if (++m.steps > B) m.stepLimit();
          const mark = m.unwind.length;
          const v = scrut(f);
          if (!pat(f, v)) {
            m.unwindTo(mark);
            break;
          }
          const c = body(f);
          m.unwindTo(mark);
          if (c !== NORMAL) {
            if (c === BREAK && (m.label === null || m.label === label)) {
              m.label = null;
              break;
            }
            if (c === CONTINUE && (m.label === null || m.label === label)) {
              m.label = null;
              continue;
            }
            return c;
          }
        }
        if (wantValue) m.val = null;
        return NORMAL;
      };
    }
    case 'loop': {
      const body = compileBlock(cx, e.body, false);
      const label = e.label;
      const B = cx.budget;
      return (f) => {
        for (;;) {
          if (++m.steps > B) m.stepLimit();
          const c = body(f);
          if (c !== NORMAL) {
            if (c === BREAK && (m.label === null || m.label === label)) {
              m.label = null;
              return NORMAL; // m.val holds the break value
            }
            if (c === CONTINUE && (m.label === null || m.label === label)) {
              m.label = null;
              continue;
            }
            return c;
          }
        }
      };
    }
    case 'for':
      return compileFor(cx, e, wantValue);
    case 'break': {
      const label = e.label;
      const v = e.e ? cx.expr(e.e) : null;
      return (f) => {
        m.val = v ? v(f) : null;
        m.label = label;
        return BREAK;
      };
    }
    case 'continue': {
      const label = e.label;
      return () => {
        m.label = label;
        return CONTINUE;
      };
    }
    case 'return': {
      const v = e.e ? cx.expr(e.e) : null;
      return (f) => {
        m.ret = v ? v(f) : null;
        m.label = null;
        return RETURN;
      };
    }
  }
  throw new Error(`not a statement expression: ${e.k}`);
}

function withScope(cx: Compiler, locals: LocalDecl[], body: S): S {
  if (!locals.length) return body;
  const m = cx.m;
  const slots = locals.map((d) => d.slot);
  const drops = locals.map((d) => dropGlue(zonk(d.ty!), m));
  return (f) => {
    const mark = m.unwind.length;
    m.unwind.push({ f, slots, drops });
    const c = body(f);
    m.unwindTo(mark);
    return c;
  };
}

/** The scrutinee of if-let/while-let/match: a place is read in place, a value is kept as a temporary. */
function scrutinee(cx: Compiler, e: Expr): E {
  if (cx.isPlace(e)) return cx.place(e).get;
  return cx.read(e);
}

/**
 * A pattern as a matcher that binds on success. `fromPlace`: bindings move out of the scrutinee
 * place (the temporary's drop then sees `undefined` for what was moved).
 */
export function compilePattern(cx: Compiler, p: Pattern, t: Ty, fromPlace: boolean): (f: F, v: unknown) => boolean {
  void fromPlace;
  const tp = prune(t);
  switch (p.k) {
    case 'wild':
      return () => true;
    case 'variant':
      return compileVariantPattern(p, t, (q, qt) => compilePattern(cx, q, qt, fromPlace));
    case 'at':
      return compileAtPattern(p, t, compilePattern(cx, p.sub, t, fromPlace));
    case 'bind': {
      const slot = p.decl!.slot;
      const c = copier(t);
      return (f, v) => {
        f[slot] = c ? c(v) : v;
        return true;
      };
    }
    case 'none':
      if (tp.k === 'ref') {
        const d = derefFn(tp);
        return (_f, v) => d(v) === null;
      }
      return (_f, v) => v === null;
    case 'some': {
      const viaRef = tp.k === 'ref';
      const inner = viaRef ? (prune((prune(tp.e) as { e: Ty }).e)) : (tp as { e: Ty }).e;
      const d = viaRef ? derefFn(tp) : null;
      const innerT: Ty = viaRef && !isCopy(inner) ? { k: 'ref', mut: (tp as { mut: boolean }).mut, e: inner } : inner;
      const sub = compilePattern(cx, p.inner, innerT, fromPlace);
      const binds = p.inner.k === 'bind';
      const mutRefScalar = viaRef && (tp as { mut: boolean }).mut && binds && !isCopy(inner) === false && innerT !== inner;
      void mutRefScalar;
      return (f, v) => {
        const o = d ? d(v) : v;
        if (!(o instanceof RSome)) return false;
        if (!sub(f, o.v)) return false;
        // Moving the payload out of an owned Option: the temporary no longer owns it.
        if (binds && !viaRef && !(p.inner as { byRef?: boolean }).byRef && !isCopy(inner) && needsDrop(inner)) o.v = undefined;
        return true;
      };
    }
    case 'lit': {
      const lit = cx.expr(p.e);
      const lt = prune(tyOf(p.e));
      if (lt.k === 'ref') {
        return (f, v) => (typeof v === 'string' ? v : (v as RString).s) === lit(f);
      }
      // through `&mut T` the value is behind a place
      if ((p as { derefs?: number }).derefs) return (f, v) => (v instanceof Place ? v.o[v.k] : v) === lit(f);
      return (f, v) => v === lit(f);
    }
    case 'range': {
      const lo = p.lo ? cx.expr(p.lo) : null;
      const hi = p.hi ? cx.expr(p.hi) : null;
      const incl = p.inclusive;
      // Integers are numbers or BigInts (JS compares them across), chars are code points.
      const viaPlace = !!(p as { derefs?: number }).derefs;
      return (f, v) => {
        const x = (viaPlace && v instanceof Place ? v.o[v.k] : v) as number | bigint;
        if (lo && x < (lo(f) as number | bigint)) return false;
        if (hi) {
          const h = hi(f) as number | bigint;
          return incl ? x <= h : x < h;
        }
        return true;
      };
    }
    case 'or': {
      const alts = p.alts.map((a) => compilePattern(cx, a, t, fromPlace));
      return (f, v) => alts.some((m) => m(f, v));
    }
    case 'tuple':
    case 'tstruct': {
      // by value, or through a reference (`&(A, B)`: the names bind `&A`, `&B`)
      const viaRef = (p as { viaRef?: boolean | null }).viaRef ?? null;
      const whole = prune(viaRef === null ? tp : (tp as { e: Ty }).e);
      const tys = whole.k === 'tuple' ? whole.elems : (whole as Extract<Ty, { k: 'struct' }>).s.fields.map((x) => x.ty);
      const n = p.elems.length;
      const subs = p.elems.map((x, i) => compilePattern(cx, x, viaRef === null ? tys[i] : { k: 'ref', mut: viaRef, e: tys[i] }, fromPlace));
      // `&mut` of a scalar element is a place; a shared reference to a Copy value is the value
      const get = tys.map((et, i) => (viaRef === true && !isObjectKind(et) ? (o: unknown[]) => new Place(o, i) : (o: unknown[]) => o[i]));
      const moves = p.elems.map((x, i) => viaRef === null && (x.k === 'bind' || x.k === 'at') && !(x.k === 'bind' && x.byRef) && !isCopy(tys[i]) && needsDrop(tys[i]));
      const anyMove = moves.some(Boolean);
      return (f, v) => {
        const o = v as unknown[];
        for (let i = 0; i < n; i++) if (!subs[i](f, get[i](o))) return false;
        if (anyMove) for (let i = 0; i < n; i++) if (moves[i]) o[i] = undefined;
        return true;
      };
    }
  }
}

function compileFor(cx: Compiler, e: Extract<Expr, { k: 'for' }>, wantValue: boolean): S {
  const m = cx.m;
  const B = cx.budget;
  const label = e.label;
  const mode = (e as { mode?: string }).mode!;
  const slot = e.pat.k === 'bind' ? e.pat.decl!.slot : -1;
  // `for (a, b) in &pairs`: each element destructured by the pattern
  const destr = (e.pat.k === 'tuple' || e.pat.k === 'tstruct') && mode !== 'enumerate' ? compilePattern(cx, e.pat, zonk((e as { elemTy?: Ty }).elemTy!), false) : null;
  const patLocals = droppable((e as { patLocals?: LocalDecl[] }).patLocals);
  const elemDrop = patLocals.length ? dropGlue(zonk(patLocals[0].ty!), m) : null;
  // owned items destructured (`for (k, v) in map`): the pattern's locals drop after each pass
  const body = destr && mode === 'iterAd' ? withScope(cx, patLocals, compileBlock(cx, e.body, false)) : compileBlock(cx, e.body, false);
  // Returns: 0 go on, 1 leave the loop normally, 2 propagate `c`.
  const after = (c: number): number => {
    if (c === NORMAL) return 0;
    if (c === BREAK && (m.label === null || m.label === label)) {
      m.label = null;
      return 1;
    }
    if (c === CONTINUE && (m.label === null || m.label === label)) {
      m.label = null;
      return 0;
    }
    return 2;
  };
  const done = (): number => {
    if (wantValue) m.val = null;
    return NORMAL;
  };
  const it = e.iter;
  if (mode === 'range') {
    let lo: E;
    let hi: E;
    let inclusive: boolean;
    if (it.k === 'range') {
      lo = cx.expr(it.lo!);
      hi = cx.expr(it.hi!);
      inclusive = it.inclusive;
    } else {
      const r = cx.expr(it);
      lo = (f) => (r(f) as unknown[])[0];
      hi = (f) => (r(f) as unknown[])[1];
      inclusive = (prune(tyOf(it)) as { inclusive: boolean }).inclusive;
    }
    return (f) => {
      const a = lo(f);
      const b = hi(f);
      if (typeof a === 'number' && typeof b === 'number') {
        const end = inclusive ? b + 1 : b;
        for (let i = a; i < end; i++) {
          if (++m.steps > B) m.stepLimit();
          if (slot >= 0) f[slot] = i;
          const c = body(f);
          if (c !== NORMAL) {
            const r = after(c);
            if (r === 1) break;
            if (r === 2) return c;
          }
        }
        return done();
      }
      const end = inclusive ? big(b as number) + 1n : big(b as number);
      for (let i = big(a as number); i < end; i++) {
        if (++m.steps > B) m.stepLimit();
        if (slot >= 0) f[slot] = norm(i);
        const c = body(f);
        if (c !== NORMAL) {
          const r = after(c);
          if (r === 1) break;
          if (r === 2) return c;
        }
      }
      return done();
    };
  }
  if (mode === 'iterAd') return forIterAd(cx, it, slot, destr, elemDrop, body, after, done);
  // Iteration over elements: by shared ref (iter, &v), &mut, or by value (v: moves the Vec).
  const src = mode === 'intoIter' ? cx.expr(it) : cx.read(it);
  const itT = prune(tyOf(it));
  const mapT = itT.k === 'ref' && prune(itT.e).k === 'Map' ? (prune(itT.e) as Extract<Ty, { k: 'Map' }>) : null;
  const mapPlace = !!mapT && itT.k === 'ref' && itT.mut && !isObjectKind(mapT.val);
  const mapSet = !!mapT && (mapT.kind === 'HashSet' || mapT.kind === 'BTreeSet');
  const arrOf = (v: unknown): unknown[] => {
    if (v instanceof RVec) return v.a;
    if (v instanceof RMap) return v.items(mapSet, mapPlace); // `for (k, v) in &map`: [&K, &V] tuples
    if (v instanceof Place) return arrOf(v.o[v.k]);
    if (Array.isArray(v)) return v;
    return (v as { a: unknown[] }).a;
  };
  void itT;
  if (mode === 'intoIter') {
    const vecDrop = cx.drop(tyOf(it))!;
    const pass = ownedPass(slot, destr, elemDrop, body);
    return (f) => {
      const vec = src(f) as RVec;
      // The IntoIter owns the buffer: remaining elements and the buffer drop after the loop.
      const mark = m.unwind.length;
      const state = { i: 0 };
      m.unwind.push({
        v: vec,
        d: () => {
          const rest = vec.a;
          for (let k = 0; k < state.i; k++) rest[k] = undefined;
          vecDrop(vec);
        },
      });
      const sc = { f, slots: slot >= 0 && elemDrop ? [slot] : [], drops: elemDrop ? [elemDrop] : [] };
      m.unwind.push(sc);
      let ret = -1;
      for (; state.i < vec.a.length; ) {
        if (++m.steps > B) m.stepLimit();
        const x = vec.a[state.i];
        vec.a[state.i] = undefined;
        state.i++;
        const c = pass(f, x);
        if (c !== NORMAL) {
          const r = after(c);
          if (r === 1) break;
          if (r === 2) {
            ret = c;
            break;
          }
        }
      }
      m.unwindTo(mark);
      return ret >= 0 ? ret : done();
    };
  }
  const place = mode === 'iterMutPlace';
  if (mode === 'enumerate') {
    const pe = (e.pat as Extract<Pattern, { k: 'tuple' }>).elems;
    const islot = pe[0].k === 'bind' ? pe[0].decl!.slot : -1;
    const xslot = pe[1].k === 'bind' ? pe[1].decl!.slot : -1;
    return (f) => {
      const a = arrOf(src(f));
      const n = a.length;
      for (let i = 0; i < n; i++) {
        if (++m.steps > B) m.stepLimit();
        if (islot >= 0) f[islot] = i;
        if (xslot >= 0) f[xslot] = a[i];
        const c = body(f);
        if (c !== NORMAL) {
          const r = after(c);
          if (r === 1) break;
          if (r === 2) return c;
        }
      }
      return done();
    };
  }
  return (f) => {
    const a = arrOf(src(f));
    const n = a.length;
    for (let i = 0; i < n; i++) {
      if (++m.steps > B) m.stepLimit();
      if (slot >= 0) f[slot] = place ? new Place(a, i) : a[i];
      else if (destr) destr(f, place ? new Place(a, i) : a[i]);
      const c = body(f);
      if (c !== NORMAL) {
        const r = after(c);
        if (r === 1) break;
        if (r === 2) return c;
      }
    }
    return done();
  };
}

/** One pass of a loop over owned items: bind the item (or drop it unbound), run the body, then drop what the binding still owns. */
function ownedPass(slot: number, destr: ((f: F, v: unknown) => boolean) | null, elemDrop: ((v: unknown) => void) | null, body: S): (f: F, x: unknown) => number {
  return (f, x) => {
    if (slot >= 0) f[slot] = x;
    else if (destr) destr(f, x);
    else if (elemDrop && x !== undefined) elemDrop(x);
    const c = body(f);
    if (slot >= 0 && elemDrop) {
      const y = f[slot];
      f[slot] = undefined;
      if (y !== undefined) elemDrop(y);
    }
    return c;
  };
}

/** `for x in <iterator adaptor>`: pulls from the lazy iterator (iter.ts); an owned item is dropped after each pass. */
function forIterAd(cx: Compiler, it: Expr, slot: number, destr: ((f: F, v: unknown) => boolean) | null, elemDrop: ((v: unknown) => void) | null, body: S, after: (c: number) => number, done: () => number): S {
  const m = cx.m;
  const B = cx.budget;
  const src = cx.expr(it);
  const pass = ownedPass(slot, destr, elemDrop, body);
  return (f) => {
    const itr = src(f) as RIter;
    let ret = -1;
    for (let x = itr.next(); x !== DONE; x = itr.next()) {
      if (++m.steps > B) m.stepLimit();
      const c = pass(f, x);
      if (c !== NORMAL) {
        const r = after(c);
        if (r === 1) break;
        if (r === 2) {
          ret = c;
          break;
        }
      }
    }
    itr.fin?.();
    return ret >= 0 ? ret : done();
  };
}

export { RETURN };

/** A copy of a value's tuple/struct/enum/Option structure (what a pattern's moves write to); the leaves are shared. */
function scratchCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(scratchCopy);
  if (v instanceof RSome) return new RSome(scratchCopy(v.v));
  return v;
}
