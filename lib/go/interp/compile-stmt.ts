// Statements → closures returning a control signal (NORMAL, BREAK, CONTINUE, RETURN).
// Every statement costs one step (and every loop iteration one more), checked against the step
// budget with a single comparison; the same counter drives virtual time.

import type * as A from './ast';
import { unparen, type VarObj } from './check';
import type { Compiler, Ev, Frame, St } from './compile';
import { arith, concatEval, place, typeAssert, CompileError } from './compile-expr';
import { concatOperands } from './escape';
import { cloneFn, copyIntoFn, isAggregate, zeroFn } from './mem';
import { decodeFirstRune } from './parse';
import { isString, underlying, type T } from './types';
import { BREAK, CONTINUE, FALLTHROUGH, NO_LABEL, NORMAL, Ptr, RETURN, Slice, Str, labelBreak, labelContinue } from './values';
import { compileSwitch, compileTypeSwitch } from './compile-switch';
import { compileDefer } from './compile-defer';
import { compileMapIndexOk, compileMapRange, isMapIndexExpr, mapSetter, mapUpdate } from './lib-map';

export function compileStmtList(c: Compiler, stmts: A.Stmt[]): St {
  const m = c.m;
  const list = stmts.filter((s) => s.kind !== 'Empty' && s.kind !== 'TypeDecl' && s.kind !== 'ConstDecl').map((s) => compileStmt(c, s));
  const n = list.length;
  if (n === 0) return () => NORMAL;
  if (n === 1) {
    const s0 = list[0];
    return (f) => {
      if (++m.steps >= m.limit) m.poll();
      m.stmtSeq = m.seq;
      return s0(f);
    };
  }
  if (n === 2) {
    const s0 = list[0];
    const s1 = list[1];
    return (f) => {
      if (++m.steps >= m.limit) m.poll();
      m.stmtSeq = m.seq;
      const r = s0(f);
      if (r !== NORMAL) return r;
      if (++m.steps >= m.limit) m.poll();
      m.stmtSeq = m.seq;
      return s1(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      if (++m.steps >= m.limit) m.poll();
      m.stmtSeq = m.seq;
      const r = list[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

export function compileStmt(c: Compiler, s: A.Stmt): St {
  c.curLine = c.line(s);
  const lab = c.nextLabel ?? NO_LABEL;
  c.nextLabel = null;
  switch (s.kind) {
    case 'Defer':
      return compileDefer(c, s);
    case 'ExprStmt': {
      const x = c.expr(s.x);
      return (f) => {
        x(f);
        return NORMAL;
      };
    }
    case 'Assign':
      return s.op === '=' ? assign(c, s) : opAssign(c, s);
    case 'Define':
      return define(c, s);
    case 'IncDec':
      return incDec(c, s);
    case 'VarDecl':
      return varDecl(c, s);
    case 'ConstDecl':
    case 'TypeDecl':
    case 'Empty':
      return () => NORMAL;
    case 'Block':
      return compileStmtList(c, s.stmts);
    case 'If':
      return ifStmt(c, s);
    case 'For':
      return forStmt(c, s, lab);
    case 'Range':
      return rangeStmt(c, s, lab);
    case 'Switch':
      return compileSwitch(c, s, lab);
    case 'TypeSwitch':
      return compileTypeSwitch(c, s, lab);
    case 'Go':
    case 'Send':
    case 'Select':
      throw new CompileError(s, `${s.kind === 'Go' ? 'a go statement' : s.kind === 'Send' ? 'a channel send' : 'a select'} is not supported here`);
    case 'Return':
      return returnStmt(c, s);
    case 'Labeled': {
      const sig = { name: s.label.name, brk: labelBreak(s.id), cont: labelContinue(s.id) };
      c.labels.push(sig);
      c.nextLabel = sig;
      const st = s.stmt ? compileStmt(c, s.stmt) : () => NORMAL;
      c.nextLabel = null;
      c.labels.pop();
      return st;
    }
    case 'Branch': {
      if (s.tok === 'fallthrough') return () => FALLTHROUGH;
      const target = s.label ? [...c.labels].reverse().find((l) => l.name === s.label!.name) : null;
      const sig = s.tok === 'break' ? (target?.brk ?? BREAK) : (target?.cont ?? CONTINUE);
      return () => sig;
    }
  }
}

// ---- assignment ----

/** A setter for an assignment target: (frame, value) => void. */
export function setter(c: Compiler, e: A.Expr, fresh: boolean): (f: Frame, v: unknown) => void {
  const x = unparen(e);
  const info = c.info;
  const t = c.typeOf(x);
  if (isMapIndexExpr(c, x)) return mapSetter(c, x, fresh); // lib-map.ts
  if (x.kind === 'Ident') {
    if (x.name === '_') return () => {};
    const o = info.uses[x.id] ?? info.defs[x.id];
    if (o?.kind === 'var') return c.varSet(o, fresh);
  }
  if (x.kind === 'Selector' && info.sels[x.id]?.k === 'field' && !isAggregate(t)) {
    const sel = info.sels[x.id] as { index: number; ptr: boolean };
    const idx = sel.index;
    if (sel.ptr) {
      const p = c.expr(x.x);
      const line = c.line(x);
      return (f, v) => {
        const pp = p(f) as Ptr | null;
        if (pp === null) c.panicAt(line, 'runtime error: invalid memory address or nil pointer dereference', true);
        (pp.c as unknown[])[idx] = v;
      };
    }
  }
  if (x.kind === 'Index' && underlying(c.typeOf(x.x)).k === 'slice' && !isAggregate(t)) {
    const s = c.expr(x.x);
    const i = c.expr(x.index);
    const line = c.line(x);
    return (f, v) => {
      const sl = s(f) as Slice;
      const k = i(f) as number;
      if (k < 0 || k >= sl.len) c.boundsPanic(line, k < 0 ? `runtime error: index out of range [${k}]` : `runtime error: index out of range [${k}] with length ${sl.len}`);
      (sl.d as unknown[])[sl.off + k] = v;
    };
  }
  // General case: evaluate the place, then store (aggregates copied in place).
  const p = place(c, x);
  if (isAggregate(t)) {
    const cp = copyIntoFn(t);
    return (f, v) => cp((p(f) as Ptr).c, v);
  }
  return (f, v) => {
    const pp = p(f) as Ptr;
    pp.c[pp.k] = v;
  };
}

function assign(c: Compiler, s: A.Assign): St {
  if (s.lhs.length === 1 && s.rhs.length === 1) {
    const set = setter(c, s.lhs[0], c.isFresh(s.rhs[0]));
    const v = c.expr(s.rhs[0]);
    return (f) => {
      set(f, v(f));
      return NORMAL;
    };
  }
  if (s.rhs.length === 1) {
    // a, b = f()  /  v, ok = x.(T)
    const src = multiValue(c, s.rhs[0]);
    const sets = s.lhs.map((l) => setter(c, l, true));
    return (f) => {
      const vs = src(f) as unknown[];
      for (let i = 0; i < sets.length; i++) sets[i](f, vs[i]);
      return NORMAL;
    };
  }
  // a, b = b, a: right-hand sides first (aggregates copied), then the stores left to right.
  const vals = s.rhs.map((r, i) => {
    const t = c.typeOf(s.lhs[i]);
    const ev = c.expr(r);
    if (isAggregate(t)) {
      const cl = cloneFn(t);
      return (f: Frame) => cl(ev(f));
    }
    return ev;
  });
  const sets = s.lhs.map((l) => setter(c, l, true));
  return (f) => {
    const vs = vals.map((v) => v(f));
    for (let i = 0; i < sets.length; i++) sets[i](f, vs[i]);
    return NORMAL;
  };
}

/** A multi-value expression (call with several results, comma-ok type assertion) → array. */
function multiValue(c: Compiler, e: A.Expr): Ev {
  const x = unparen(e);
  if (x.kind === 'TypeAssert') return typeAssert(c, x, true);
  if (isMapIndexExpr(c, x)) return compileMapIndexOk(c, x); // v, ok := m[k]
  return c.expr(x);
}

function opAssign(c: Compiler, s: A.Assign): St {
  const op = s.op.slice(0, -1);
  const lhs = s.lhs[0];
  const t = c.typeOf(lhs);
  const line = c.line(s);
  if (op === '+' && isString(t)) {
    // s += t: walk's s = s + t, one concatenation (on the heap) whose operands take in t's own
    // (typecheck merges s + (a + b) into one OADDSTR).
    const r = unparen(s.rhs[0]);
    const parts = r.kind === 'Binary' && r.op === '+' && c.info.consts[r.id] === undefined ? concatOperands(r, c.info) : [s.rhs[0]];
    const get = c.expr(lhs);
    const set = setter(c, lhs, true);
    const cat = concatEval(c, s, [get, ...parts.map((x) => c.expr(x))]);
    return (f) => {
      set(f, cat(f));
      return NORMAL;
    };
  }
  const rhs = c.expr(s.rhs[0]);
  const fn = arith(c, op, t, line);
  if (isMapIndexExpr(c, lhs)) return mapUpdate(c, lhs, (f, cur) => fn(cur, rhs(f))); // m[k] op= v
  const x = unparen(lhs);
  if (x.kind === 'Ident') {
    const o = c.info.uses[x.id];
    if (o?.kind === 'var' && !o.global && !c.isBoxed(o)) {
      const slot = c.slotOf(o);
      const u = underlying(t);
      if (u.k === 'basic' && (u.name === 'int' || u.name === 'int64') && (op === '+' || op === '-')) {
        const MAX = Number.MAX_SAFE_INTEGER;
        const sign = op === '+' ? 1 : -1;
        return (f) => {
          const a = f[slot];
          const b = rhs(f);
          if (typeof a === 'number' && typeof b === 'number') {
            const r = a + sign * b;
            if (r <= MAX && r >= -MAX) {
              f[slot] = r;
              return NORMAL;
            }
          }
          f[slot] = fn(a, b);
          return NORMAL;
        };
      }
      return (f) => {
        f[slot] = fn(f[slot], rhs(f));
        return NORMAL;
      };
    }
  }
  const p = place(c, lhs);
  return (f) => {
    const pp = p(f) as Ptr;
    const cur = pp.c[pp.k];
    pp.c[pp.k] = fn(cur, rhs(f));
    return NORMAL;
  };
}

function incDec(c: Compiler, s: A.IncDec): St {
  const t = c.typeOf(s.x);
  const line = c.line(s);
  const fn = arith(c, s.inc ? '+' : '-', t, line);
  if (isMapIndexExpr(c, s.x)) return mapUpdate(c, s.x, (_f, cur) => fn(cur, 1)); // m[k]++
  const x = unparen(s.x);
  if (x.kind === 'Ident') {
    const o = c.info.uses[x.id];
    if (o?.kind === 'var' && !o.global && !c.isBoxed(o)) {
      const slot = c.slotOf(o);
      const u = underlying(t);
      if (u.k === 'basic' && (u.name === 'int' || u.name === 'int64')) {
        const d = s.inc ? 1 : -1;
        return (f) => {
          const a = f[slot];
          if (typeof a === 'number') {
            const r = a + d;
            if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) {
              f[slot] = r;
              return NORMAL;
            }
          }
          f[slot] = fn(a, 1);
          return NORMAL;
        };
      }
      return (f) => {
        f[slot] = fn(f[slot], 1);
        return NORMAL;
      };
    }
  }
  const p = place(c, s.x);
  return (f) => {
    const pp = p(f) as Ptr;
    pp.c[pp.k] = fn(pp.c[pp.k], 1);
    return NORMAL;
  };
}

function define(c: Compiler, s: A.Define): St {
  const info = c.info;
  const line = c.line(s);
  const targets = s.lhs.map((n) => {
    if (n.name === '_') return null;
    const d = info.defs[n.id];
    if (d?.kind === 'var') return { decl: true, v: d };
    const u = info.uses[n.id];
    if (u?.kind === 'var') return { decl: false, v: u };
    return null;
  });
  if (s.rhs.length === 1 && s.lhs.length > 1) {
    const src = multiValue(c, s.rhs[0]);
    const sets = targets.map((t) => (t === null ? null : t.decl ? c.varDecl(t.v, true, line) : c.varSet(t.v, true)));
    return (f) => {
      const vs = src(f) as unknown[];
      for (let i = 0; i < sets.length; i++) sets[i]?.(f, vs[i]);
      return NORMAL;
    };
  }
  if (s.lhs.length === 1) {
    const t = targets[0];
    const v = c.expr(s.rhs[0]);
    if (t === null)
      return (f) => {
        v(f);
        return NORMAL;
      };
    const set = t.decl ? c.varDecl(t.v, c.isFresh(s.rhs[0]), line) : c.varSet(t.v, c.isFresh(s.rhs[0]));
    return (f) => {
      set(f, v(f));
      return NORMAL;
    };
  }
  const vals = s.rhs.map((r, i) => {
    const tg = targets[i];
    return tg ? c.valueForStore(r, tg.v.type) : c.expr(r);
  });
  const sets = targets.map((t) => (t === null ? null : t.decl ? c.varDecl(t.v, true, line) : c.varSet(t.v, true)));
  return (f) => {
    const vs = vals.map((v) => v(f));
    for (let i = 0; i < sets.length; i++) sets[i]?.(f, vs[i]);
    return NORMAL;
  };
}

function varDecl(c: Compiler, s: A.VarDecl): St {
  const info = c.info;
  const parts: St[] = [];
  for (const spec of s.specs) {
    const line = c.line(spec);
    const vars = spec.names.map((n) => info.defs[n.id] as VarObj | undefined);
    if (spec.values.length === 0) {
      for (const v of vars) {
        if (!v || v.name === '_') continue;
        const z = zeroFn(v.type);
        const set = c.varDecl(v, true, line);
        parts.push((f) => {
          set(f, z());
          return NORMAL;
        });
      }
    } else if (spec.values.length === vars.length) {
      const vals = spec.values.map((e, i) => (vars[i] ? c.valueForStore(e, vars[i]!.type) : c.expr(e)));
      const sets = vars.map((v) => (v && v.name !== '_' ? c.varDecl(v, true, line) : null));
      parts.push((f) => {
        const vs = vals.map((v) => v(f));
        for (let i = 0; i < sets.length; i++) sets[i]?.(f, vs[i]);
        return NORMAL;
      });
    } else {
      const src = multiValue(c, spec.values[0]);
      const sets = vars.map((v) => (v && v.name !== '_' ? c.varDecl(v, true, line) : null));
      parts.push((f) => {
        const vs = src(f) as unknown[];
        for (let i = 0; i < sets.length; i++) sets[i]?.(f, vs[i]);
        return NORMAL;
      });
    }
  }
  if (parts.length === 1) return parts[0];
  return (f) => {
    for (const p of parts) p(f);
    return NORMAL;
  };
}

// ---- control flow ----

function ifStmt(c: Compiler, s: A.If): St {
  const init = s.init ? compileStmt(c, s.init) : null;
  const cond = c.expr(s.cond);
  const then = compileStmtList(c, s.then.stmts);
  const els = s.els ? (s.els.kind === 'If' ? ifStmt(c, s.els) : compileStmtList(c, s.els.stmts)) : null;
  if (!init && !els) return (f) => (cond(f) ? then(f) : NORMAL);
  if (!init) return (f) => (cond(f) ? then(f) : els!(f));
  return (f) => {
    init(f);
    if (cond(f)) return then(f);
    return els ? els(f) : NORMAL;
  };
}

/** Go 1.22: a 3-clause loop's variables are per iteration; boxed ones get a fresh box before post. */
function rebox(c: Compiler, vars: VarObj[]): ((f: Frame) => void) | null {
  const boxed = vars.filter((v) => c.isBoxed(v));
  if (boxed.length === 0) return null;
  const line = c.curLine;
  const decls = boxed.map((v) => ({ slot: c.slotOf(v), decl: c.varDecl(v, false, line), agg: isAggregate(v.type) }));
  return (f) => {
    for (const d of decls) {
      const p = f[d.slot] as Ptr;
      d.decl(f, d.agg ? p.c : p.c[0]);
    }
  };
}

function forStmt(c: Compiler, s: A.For, lab: { brk: number; cont: number }): St {
  const lb = lab.brk;
  const lc = lab.cont;
  const m = c.m;
  const init = s.init ? compileStmt(c, s.init) : null;
  const cond = s.cond ? c.expr(s.cond) : null;
  const post = s.post ? compileStmt(c, s.post) : null;
  const loopVars = s.init && s.init.kind === 'Define' ? (s.init.lhs.map((n) => c.info.defs[n.id]).filter((v) => v?.kind === 'var') as VarObj[]) : [];
  const again = rebox(c, loopVars);
  const body = compileStmtList(c, s.body.stmts);
  if (!again && cond && post) {
    return (f) => {
      if (init) init(f);
      for (;;) {
        if (++m.steps >= m.limit) m.poll();
        if (!cond(f)) return NORMAL;
        const r = body(f);
        if (r !== NORMAL && r !== CONTINUE && r !== lc) return r === BREAK || r === lb ? NORMAL : r;
        post(f);
      }
    };
  }
  return (f) => {
    if (init) init(f);
    for (;;) {
      if (++m.steps >= m.limit) m.poll();
      if (cond && !cond(f)) return NORMAL;
      const r = body(f);
      if (r !== NORMAL && r !== CONTINUE && r !== lc) return r === BREAK || r === lb ? NORMAL : r;
      if (again) again(f);
      if (post) post(f);
    }
  };
}

function rangeStmt(c: Compiler, s: A.Range, lab: { brk: number; cont: number }): St {
  const lb = lab.brk;
  const lc = lab.cont;
  const m = c.m;
  const info = c.info;
  const line = c.line(s);
  const xt = c.typeOf(s.x);
  const u = underlying(xt);
  const x = c.expr(s.x);
  const target = (e: A.Expr | null, fresh: boolean): ((f: Frame, v: unknown) => void) | null => {
    if (!e || (e.kind === 'Ident' && e.name === '_')) return null;
    if (s.define) {
      const v = info.defs[e.id];
      if (v?.kind !== 'var') return null;
      return c.varDecl(v, fresh, line);
    }
    return setter(c, e, fresh);
  };
  const setK = target(s.key, true);
  const body = compileStmtList(c, s.body.stmts);
  if (u.k === 'map') return compileMapRange(c, s, x, setK, target(s.value, false), body, lab); // lib-map.ts
  const loop = (f: Frame, n: number, val: ((i: number) => unknown) | null, setV: ((f: Frame, v: unknown) => void) | null): number => {
    for (let i = 0; i < n; i++) {
      if (++m.steps >= m.limit) m.poll();
      if (setK) setK(f, i);
      if (setV) setV(f, val!(i));
      const r = body(f);
      if (r !== NORMAL && r !== CONTINUE && r !== lc) return r === BREAK || r === lb ? NORMAL : r;
    }
    return NORMAL;
  };
  if (u.k === 'basic' && u.name !== 'string') {
    // range over an integer
    return (f) => loop(f, x(f) as number, null, null);
  }
  if (isString(xt)) {
    const setV = target(s.value, true);
    return (f) => {
      const str = (x(f) as Str).s;
      for (let i = 0; i < str.length; ) {
        if (++m.steps >= m.limit) m.poll();
        const c0 = str.charCodeAt(i);
        let r = c0;
        let n = 1;
        if (c0 >= 0x80) {
          n = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : c0 >= 0xc0 ? 2 : 1;
          let ok = n > 1 && i + n <= str.length;
          for (let j = 1; ok && j < n; j++) if ((str.charCodeAt(i + j) & 0xc0) !== 0x80) ok = false;
          if (ok) r = decodeFirstRune(str.slice(i, i + n));
          else {
            r = 0xfffd;
            n = 1;
          }
        }
        if (setK) setK(f, i);
        if (setV) setV(f, r);
        const res = body(f);
        if (res !== NORMAL && res !== CONTINUE && res !== lc) return res === BREAK || res === lb ? NORMAL : res;
        i += n;
      }
      return NORMAL;
    };
  }
  const elem: T = u.k === 'slice' || u.k === 'array' ? u.elem : (underlying((u as { elem: T }).elem) as { elem: T }).elem;
  const setV = target(s.value, false);
  if (u.k === 'slice') {
    return (f) => {
      const sl = x(f) as Slice;
      const d = sl.d as unknown[];
      const off = sl.off;
      return loop(f, sl.len, setV ? (i) => d[off + i] : null, setV);
    };
  }
  if (u.k === 'array') {
    // range over an array copies it first (when the value is used)
    const cl = setV ? cloneFn(xt) : (v: unknown) => v;
    const len = u.len;
    return (f) => {
      const a = cl(x(f)) as unknown[];
      return loop(f, len, setV ? (i) => a[i] : null, setV);
    };
  }
  // pointer to array
  const len = (underlying((u as { elem: T }).elem) as { len: number }).len;
  return (f) => {
    const p = x(f) as Ptr | null;
    if (p === null && setV) c.panicAt(line, 'runtime error: invalid memory address or nil pointer dereference', true);
    const a = p ? ((p.k === -1 ? p.c : p.c[p.k]) as unknown[]) : [];
    return loop(f, len, setV ? (i) => a[i] : null, setV);
  };
  void elem;
}

function returnStmt(c: Compiler, s: A.Return): St {
  const m = c.m;
  const fn = c.fn;
  if (s.results.length === 0) {
    if (fn.results.length === 0) return () => RETURN;
    // named results
    const gets = fn.results.map((r) => c.varGet(r));
    if (gets.length === 1) {
      const g = gets[0];
      return (f) => {
        m.ret = g(f);
        return RETURN;
      };
    }
    return (f) => {
      m.ret = gets.map((g) => g(f));
      return RETURN;
    };
  }
  if (fn.results.length > 1 && s.results.length === 1) {
    const src = c.expr(s.results[0]);
    return (f) => {
      m.ret = (src(f) as unknown[]).slice();
      return RETURN;
    };
  }
  const vals = s.results.map((r, i) => c.valueForStore(r, fn.sig.results[i]));
  if (vals.length === 1) {
    const v = vals[0];
    return (f) => {
      m.ret = v(f);
      return RETURN;
    };
  }
  return (f) => {
    const out = new Array(vals.length);
    for (let i = 0; i < vals.length; i++) out[i] = vals[i](f);
    m.ret = out;
    return RETURN;
  };
}

export { CompileError };
