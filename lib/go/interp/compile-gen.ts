// Functions that can reach a scheduling point (blocking.ts) compile to generators that yield the
// runtime operation (lib/go/goworld.ts Op) to the scheduler and resume with its result.
//
// Within a statement, the calls and receives up to the last blocking one are hoisted, in their
// lexical order, into temporaries (as cmd/compile's order pass copies call results before the
// statement); the rest of the statement then compiles as ordinary closures that read those
// temporaries. Structured statements whose bodies block (if, for, range, switch, select) get
// generator versions here; everything else reuses compile-stmt.ts.

import type * as A from './ast';
import { unparen, type VarObj } from './check';
import { isSchedCall } from './blocking';
import type { Compiler, Ev, Frame } from './compile';
import { argList } from './compile-call';
import { methodFrame, resolveMethod } from './compile-iface';
import { CompileError, compileRawExpr, place, equalFn } from './compile-expr';
import { compileStmt, setter } from './compile-stmt';
import type { Op } from '../goworld';
import { isAggregate, cloneFn, zeroFn } from './mem';
import { chanValue, type ChanVal } from './lib-sched';
import { tMutex, tOnce, tRWMutex, tWaitGroup } from './std';
import { isString, underlying, type T } from './types';
import { BREAK, CONTINUE, FALLTHROUGH, Fn, Iface, NO_LABEL, NORMAL, Ptr, RETURN, Slice, Str, labelBreak, labelContinue } from './values';
import type { Mutex, RWMutex, WaitGroup } from '../sema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Gen<R> = Generator<Op, R, any>;
export type StG = (f: Frame) => Gen<number>;
type Step = (f: Frame) => Gen<void>;
type Label = { brk: number; cont: number };

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

// ---- what blocks ----

/** Is evaluating e itself a scheduling point (not counting its operands)? */
function blocksAt(c: Compiler, e: A.Expr): boolean {
  if (e.kind === 'Unary') return e.op === '<-';
  if (e.kind !== 'Call') return false;
  const ck = c.info.calls[e.id];
  if (!ck) return false;
  if (isSchedCall(c.info, e)) return true;
  if (ck.k === 'func') return c.blockers!.has(ck.fn);
  if (ck.k === 'value' || ck.k === 'iface') return c.dynBlocks;
  return false;
}

const memo = new WeakMap<object, boolean>();
/** Does evaluating node n (outside func literals) reach a scheduling point? */
export function containsBlocking(c: Compiler, n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some((x) => containsBlocking(c, x));
  const o = n as { kind?: string };
  const hit = memo.get(o);
  if (hit !== undefined) return hit;
  let r = false;
  if (o.kind === 'FuncLit') r = false;
  else if (o.kind === 'Go' || o.kind === 'Send' || o.kind === 'Select') r = true;
  else if (o.kind === 'Range' && underlying(c.typeOf((o as A.Range).x)).k === 'chan') r = true;
  else if ((o.kind === 'Unary' || o.kind === 'Call') && blocksAt(c, o as A.Expr)) r = true;
  else {
    for (const k of Object.keys(o)) {
      if (k === 'id' || k === 'from' || k === 'to') continue;
      if (containsBlocking(c, (o as Record<string, unknown>)[k])) {
        r = true;
        break;
      }
    }
  }
  memo.set(o, r);
  return r;
}

/** Calls and receives of e in evaluation order (operands first). */
function effects(c: Compiler, e: A.Expr | null, out: A.Expr[]): void {
  if (!e) return;
  switch (e.kind) {
    case 'Paren':
      return effects(c, e.x, out);
    case 'Call': {
      const ck = c.info.calls[e.id];
      if (ck?.k === 'conv') return effects(c, e.args[0], out);
      if (ck?.k === 'func' && ck.recv) effects(c, ck.recv, out);
      else if (e.fun.kind !== 'FuncLit') effects(c, e.fun.kind === 'Selector' ? e.fun.x : e.fun, out);
      for (const a of e.args) effects(c, a, out);
      out.push(e);
      return;
    }
    case 'Unary':
      effects(c, e.x, out);
      if (e.op === '<-') out.push(e);
      return;
    case 'Binary':
      if ((e.op === '&&' || e.op === '||') && containsBlocking(c, e.y)) {
        throw new CompileError(e.y, `a channel operation or blocking call on the right of ${e.op} is not supported yet: compute it into a variable first`);
      }
      effects(c, e.x, out);
      effects(c, e.y, out);
      return;
    case 'Index':
      effects(c, e.x, out);
      effects(c, e.index, out);
      return;
    case 'SliceExpr':
      effects(c, e.x, out);
      effects(c, e.lo, out);
      effects(c, e.hi, out);
      effects(c, e.max, out);
      return;
    case 'Selector':
      if (c.info.sels[e.id]?.k !== 'pkg') effects(c, e.x, out);
      return;
    case 'TypeAssert':
      return effects(c, e.x, out);
    case 'CompositeLit':
      for (const el of e.elts) {
        if (el.key && el.key.kind !== 'Ident') effects(c, el.key, out);
        effects(c, el.value, out);
      }
      return;
  }
}

/**
 * Hoists the effects of exprs (in order) up to the last blocking one: each is evaluated into a
 * temporary by a step, and later compilations of that node read the temporary.
 */
export function hoist(c: Compiler, exprs: (A.Expr | null)[]): Step[] {
  const out: A.Expr[] = [];
  for (const e of exprs) effects(c, e, out);
  // A body compiled again (an inlined copy has its own compile) must not read the slots of the last one.
  for (const n of out) c.hoisted.delete(n.id);
  let last = -1;
  out.forEach((e, i) => {
    if (blocksAt(c, e)) last = i;
  });
  const steps: Step[] = [];
  for (let i = 0; i <= last; i++) {
    const n = out[i];
    const slot = c.tempSlot(c.typeOf(n));
    steps.push(effectStep(c, n, slot));
    c.hoisted.set(n.id, slot);
  }
  return steps;
}

export function* runSteps(steps: Step[], f: Frame): Gen<void> {
  for (let i = 0; i < steps.length; i++) yield* steps[i](f);
}

/** The step that evaluates effect n into frame slot `slot`. */
function effectStep(c: Compiler, n: A.Expr, slot: number): Step {
  const line = c.line(n);
  if (n.kind === 'Unary') {
    const ch = c.expr(n.x);
    const commaOk = c.info.commaOk.has(n.id);
    const zero = zeroFn(c.typeOf(n));
    return function* (f) {
      const cv = ch(f) as ChanVal | null;
      c.m.curLine = line;
      const r = (yield { op: 'recv', c: cv === null ? null : cv.c }) as { value: unknown; ok: boolean };
      const v = r.ok ? r.value : zero();
      f[slot] = commaOk ? [v, r.ok] : v;
    };
  }
  const e = n as A.Call;
  const ck = c.info.calls[e.id]!;
  if (isSchedCall(c.info, e)) return schedCallStep(c, e, slot);
  if (ck.k === 'func' && c.blockers!.has(ck.fn)) {
    const callee = ck.fn;
    const ctx = c.ctx.children.get(e.id) ?? c.esc.bodies.get(callee)!;
    const args = argList(c, e, callee.sig, ck.recv ?? null);
    let cf: ReturnType<Compiler['compileFn']> | null = null;
    return function* (f) {
      if (cf === null) cf = c.compileFn(callee, ctx);
      const a = args(f);
      const nf: Frame = new Array(cf.nslots);
      for (let i = 0; i < cf.paramSlots.length; i++) nf[cf.paramSlots[i]] = a[i];
      f[slot] = yield* c.invokeG(cf, nf, line);
    };
  }
  if (ck.k === 'value') {
    const fe = c.expr(e.fun);
    const sig = underlying(c.typeOf(e.fun)) as Extract<T, { k: 'func' }>;
    const args = argList(c, e, sig);
    return function* (f) {
      const fv = fe(f) as Fn | null;
      if (fv === null) c.panicAt(line, NIL_DEREF, true);
      f[slot] = fv.callG ? yield* fv.callG(args(f)) : fv.call(args(f));
    };
  }
  if (ck.k === 'iface') {
    const sel = unparen(e.fun) as A.Selector;
    const recv = c.expr(sel.x);
    const args = argList(c, e, ck.sig);
    // Per dynamic type: the method's frame when it can block, else the plain call.
    const callers = new Map<T, { frame: ReturnType<typeof methodFrame>; sync: ReturnType<typeof resolveMethod> | null }>();
    return function* (f) {
      const iv = recv(f) as Iface | null;
      if (iv === null) c.panicAt(line, NIL_DEREF, true);
      let k = callers.get(iv.t);
      if (!k) {
        const frame = methodFrame(c, iv.t, ck.name, line);
        k = frame && c.blockers!.has(frame.fn) ? { frame, sync: null } : { frame: null, sync: resolveMethod(c, iv.t, ck.name, line) };
        callers.set(iv.t, k);
      }
      f[slot] = k.sync ? k.sync(iv.v, args(f)) : yield* c.invokeG(...k.frame!.frame(iv.v, args(f)), line);
    };
  }
  const raw = compileRawExpr(c, e);
  return function* (f) {
    f[slot] = raw(f);
  };
}

/** close, WaitGroup/Mutex/RWMutex/Once methods and runtime.Gosched: one scheduler operation each. */
function schedCallStep(c: Compiler, e: A.Call, slot: number): Step {
  const step = schedCallStep0(c, e, slot);
  const line = c.line(e);
  return function* (f) {
    c.m.curLine = line;
    yield* step(f);
  };
}

function schedCallStep0(c: Compiler, e: A.Call, slot: number): Step {
  const ck = c.info.calls[e.id]!;
  const line = c.line(e);
  if (ck.k === 'builtin') {
    const ch = c.expr(e.args[0]);
    return function* (f) {
      const cv = ch(f) as ChanVal | null;
      yield { op: 'close', c: cv === null ? null : cv.c };
    };
  }
  if (ck.k === 'std') {
    return function* () {
      yield { op: 'gosched' };
    };
  }
  if (ck.k !== 'method') throw new CompileError(e, 'unsupported scheduling call');
  const sel = unparen(e.fun) as A.Selector;
  const recvEv = ck.recvIsPtr ? c.expr(sel.x) : place(c, sel.x);
  const recv = (f: Frame): unknown => {
    const p = recvEv(f) as Ptr | null;
    if (p === null) c.panicAt(line, NIL_DEREF, true);
    return p.k === -1 ? p.c : p.c[p.k];
  };
  const a0 = e.args[0] ? c.expr(e.args[0]) : null;
  const name = ck.m.name;
  if (ck.recvType === tWaitGroup) {
    if (name === 'Add') return function* (f) { yield { op: 'wgAdd', wg: recv(f) as WaitGroup, n: a0!(f) as number }; };
    if (name === 'Done') return function* (f) { yield { op: 'wgDone', wg: recv(f) as WaitGroup }; };
    return function* (f) { yield { op: 'wgWait', wg: recv(f) as WaitGroup }; };
  }
  if (ck.recvType === tMutex) {
    if (name === 'Lock') return function* (f) { yield { op: 'lock', mu: recv(f) as Mutex }; };
    if (name === 'Unlock') return function* (f) { yield { op: 'unlock', mu: recv(f) as Mutex }; };
    return function* (f) { f[slot] = yield { op: 'tryLock', mu: recv(f) as Mutex }; };
  }
  if (ck.recvType === tRWMutex) {
    const op = ({ Lock: 'wlock', Unlock: 'wunlock', RLock: 'rlock', RUnlock: 'runlock' } as const)[name as 'Lock'];
    return function* (f) { yield { op, rw: recv(f) as RWMutex } as Op; };
  }
  if (ck.recvType === tOnce) {
    // sync.Once.Do: the fast path reads done; doSlow locks the Once's mutex, calls f once, unlocks.
    return function* (f) {
      const once = recv(f) as { done: boolean; m: Mutex };
      if (once.done) return;
      const fn = a0!(f) as Fn | null;
      yield { op: 'lock', mu: once.m };
      if (!once.done) {
        if (fn === null) c.panicAt(line, NIL_DEREF, true);
        if (fn.callG) yield* fn.callG([]);
        else fn.call([]);
        once.done = true;
      }
      yield { op: 'unlock', mu: once.m };
    };
  }
  throw new CompileError(e, `${name} is not supported`);
}

// ---- statements ----

/** A statement in a blocking function: a generator when it can block, else the plain closure. */
export function compileStmtG(c: Compiler, s: A.Stmt, lab: Label = NO_LABEL): StG {
  c.curLine = c.line(s);
  if (!containsBlocking(c, s)) {
    if (lab !== NO_LABEL) c.nextLabel = lab;
    const st = compileStmt(c, s);
    return function* (f) {
      return st(f);
    };
  }
  switch (s.kind) {
    case 'Block':
      return compileStmtListG(c, s.stmts);
    case 'Labeled': {
      const sig = { name: s.label.name, brk: labelBreak(s.id), cont: labelContinue(s.id) };
      c.labels.push(sig);
      const st = s.stmt ? compileStmtG(c, s.stmt, sig) : function* () { return NORMAL; };
      c.labels.pop();
      return st;
    }
    case 'If':
      return ifG(c, s);
    case 'For':
      return forG(c, s, lab);
    case 'Range':
      return rangeG(c, s, lab);
    case 'Switch':
      return switchG(c, s, lab);
    case 'Select':
      return selectG(c, s, lab);
    case 'Send':
      return sendG(c, s);
    case 'Go':
      return goG(c, s);
    case 'TypeSwitch':
      throw new CompileError(s, 'a blocking operation inside a type switch is not supported yet');
    default: {
      // Simple statements (and return): hoist, then the ordinary closure.
      const steps = hoist(c, simpleExprs(s));
      const st = compileStmt(c, s);
      return function* (f) {
        yield* runSteps(steps, f);
        return st(f);
      };
    }
  }
}

/** The expressions a simple statement evaluates, in order (the assignment's left side first). */
function simpleExprs(s: A.Stmt): A.Expr[] {
  switch (s.kind) {
    case 'ExprStmt':
      return [s.x];
    case 'Assign':
      return [...s.lhs.map(lhsOperands), ...s.rhs];
    case 'Define':
      return s.rhs;
    case 'IncDec':
      return [lhsOperands(s.x)];
    case 'VarDecl':
      return s.specs.flatMap((sp) => sp.values);
    case 'Return':
      return s.results;
    default:
      return [];
  }
}

/** An assignment target's operands (index and pointer operands are evaluated with the right side). */
function lhsOperands(e: A.Expr): A.Expr {
  const x = unparen(e);
  return x.kind === 'Ident' ? x : x;
}

export function compileStmtListG(c: Compiler, stmts: A.Stmt[]): StG {
  const m = c.m;
  const list = stmts.filter((s) => s.kind !== 'Empty' && s.kind !== 'TypeDecl' && s.kind !== 'ConstDecl').map((s) => compileStmtG(c, s));
  const n = list.length;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      if (++m.steps >= m.limit) m.poll();
      m.stmtSeq = m.seq;
      const r = yield* list[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

function ifG(c: Compiler, s: A.If): StG {
  const init = s.init ? compileStmtG(c, s.init) : null;
  const steps = hoist(c, [s.cond]);
  const cond = c.expr(s.cond);
  const then = compileStmtListG(c, s.then.stmts);
  const els = s.els ? (s.els.kind === 'If' ? compileStmtG(c, s.els) : compileStmtListG(c, s.els.stmts)) : null;
  return function* (f) {
    if (init) yield* init(f);
    yield* runSteps(steps, f);
    if (cond(f)) return yield* then(f);
    return els ? yield* els(f) : NORMAL;
  };
}

/** Loop-signal handling shared by the loops: -1 goes on, anything else is returned. */
function loopExit(r: number, lab: Label): number {
  if (r === NORMAL || r === CONTINUE || r === lab.cont) return -1;
  return r === BREAK || r === lab.brk ? NORMAL : r;
}

function forG(c: Compiler, s: A.For, lab: Label): StG {
  const m = c.m;
  const init = s.init ? compileStmtG(c, s.init) : null;
  const steps = s.cond ? hoist(c, [s.cond]) : [];
  const cond = s.cond ? c.expr(s.cond) : null;
  const post = s.post ? compileStmtG(c, s.post) : null;
  // Go 1.22 per-iteration loop variables: boxed ones get a fresh box before the post statement.
  const loopVars = s.init && s.init.kind === 'Define' ? (s.init.lhs.map((n) => c.info.defs[n.id]).filter((v) => v?.kind === 'var') as VarObj[]) : [];
  const boxed = loopVars.filter((v) => c.isBoxed(v)).map((v) => ({ slot: c.slotOf(v), decl: c.varDecl(v, false, c.curLine), agg: isAggregate(v.type) }));
  const body = compileStmtListG(c, s.body.stmts);
  return function* (f) {
    if (init) yield* init(f);
    for (;;) {
      if (++m.steps >= m.limit) m.poll();
      if (cond) {
        yield* runSteps(steps, f);
        if (!cond(f)) return NORMAL;
      }
      const x = loopExit(yield* body(f), lab);
      if (x >= 0) return x;
      for (const b of boxed) {
        const p = f[b.slot] as Ptr;
        b.decl(f, b.agg ? p.c : p.c[0]);
      }
      if (post) yield* post(f);
    }
  };
}

function rangeG(c: Compiler, s: A.Range, lab: Label): StG {
  const m = c.m;
  const line = c.line(s);
  const xt = c.typeOf(s.x);
  const u = underlying(xt);
  const steps = hoist(c, [s.x]);
  const x = c.expr(s.x);
  const target = (e: A.Expr | null, fresh: boolean): ((f: Frame, v: unknown) => void) | null => {
    if (!e || (e.kind === 'Ident' && e.name === '_')) return null;
    if (s.define) {
      const v = c.info.defs[e.id];
      return v?.kind === 'var' ? c.varDecl(v, fresh, line) : null;
    }
    return setter(c, e, fresh);
  };
  const setK = target(s.key, true);
  const setV = target(s.value, false);
  const body = compileStmtListG(c, s.body.stmts);
  if (u.k === 'chan') {
    const zero = zeroFn(u.elem);
    return function* (f) {
      yield* runSteps(steps, f);
      const cv = x(f) as ChanVal | null;
      for (;;) {
        if (++m.steps >= m.limit) m.poll();
        m.curLine = line;
        const r = (yield { op: 'recv', c: cv === null ? null : cv.c }) as { value: unknown; ok: boolean };
        if (!r.ok) return NORMAL;
        if (setK) setK(f, r.value ?? zero());
        const ex = loopExit(yield* body(f), lab);
        if (ex >= 0) return ex;
      }
    };
  }
  // Collections: the length and elements are read as compile-stmt.ts's range does.
  const elemAt = (v: unknown): { n: number; at: (i: number) => unknown } => {
    if (u.k === 'basic' && !isString(xt)) return { n: v as number, at: () => undefined };
    if (u.k === 'slice') {
      const sl = v as Slice;
      return { n: sl.len, at: (i) => (sl.d as unknown[])[sl.off + i] };
    }
    if (u.k === 'array') {
      const a = cloneFn(xt)(v) as unknown[];
      return { n: u.len, at: (i) => a[i] };
    }
    if (u.k === 'ptr') {
      const p = v as Ptr | null;
      if (p === null) c.panicAt(line, NIL_DEREF, true);
      const a = (p.k === -1 ? p.c : p.c[p.k]) as unknown[];
      return { n: a.length, at: (i) => a[i] };
    }
    throw new CompileError(s.x, `ranging over a ${u.k === 'map' ? 'map' : 'string'} with blocking operations in the body is not supported yet`);
  };
  return function* (f) {
    yield* runSteps(steps, f);
    const { n, at } = elemAt(x(f));
    for (let i = 0; i < n; i++) {
      if (++m.steps >= m.limit) m.poll();
      if (setK) setK(f, i);
      if (setV) setV(f, at(i));
      const ex = loopExit(yield* body(f), lab);
      if (ex >= 0) return ex;
    }
    return NORMAL;
  };
}

function switchG(c: Compiler, s: A.Switch, lab: Label): StG {
  const init = s.init ? compileStmtG(c, s.init) : null;
  const steps = hoist(c, [s.tag]);
  const tag = s.tag ? c.expr(s.tag) : null;
  const tagT = s.tag ? c.typeOf(s.tag) : null;
  const line = c.line(s);
  for (const cl of s.clauses) for (const e of cl.exprs ?? []) if (containsBlocking(c, e)) throw new CompileError(e, 'a blocking case value is not supported yet');
  const eq = tagT ? equalFn(tagT, c, line) : null;
  const tests = s.clauses.map((cl) => (cl.exprs ?? []).map((e) => c.expr(e)));
  const bodies = s.clauses.map((cl) => compileStmtListG(c, cl.body));
  const dflt = s.clauses.findIndex((cl) => cl.exprs === null);
  return function* (f) {
    if (init) yield* init(f);
    yield* runSteps(steps, f);
    const tv = tag ? tag(f) : true;
    let i = -1;
    for (let k = 0; k < tests.length && i < 0; k++) for (const t of tests[k]) if (eq ? eq(tv, t(f)) : !!t(f)) { i = k; break; }
    if (i < 0) i = dflt;
    if (i < 0) return NORMAL;
    for (;;) {
      const r = yield* bodies[i](f);
      if (r === FALLTHROUGH && i + 1 < bodies.length) {
        i++;
        continue;
      }
      return r === BREAK || r === lab.brk ? NORMAL : r;
    }
  };
}

function sendG(c: Compiler, s: A.Send): StG {
  const steps = hoist(c, [s.ch, s.value]);
  const ch = c.expr(s.ch);
  const et = (underlying(c.typeOf(s.ch)) as { elem: T }).elem;
  const v = c.valueForStore(s.value, et);
  const line = c.line(s);
  return function* (f) {
    yield* runSteps(steps, f);
    const cv = ch(f) as ChanVal | null;
    const val = v(f);
    c.m.curLine = line;
    yield { op: 'send', c: cv === null ? null : cv.c, v: val };
    return NORMAL;
  };
}

/** select: every channel and sent value is evaluated once, in source order; then one case runs. */
function selectG(c: Compiler, s: A.Select, lab: Label): StG {
  const cases: { dir: 'send' | 'recv'; ch: Ev; v: Ev | null; clause: number; node: A.Unary | null }[] = [];
  const exprs: A.Expr[] = [];
  s.clauses.forEach((cl, i) => {
    const comm = cl.comm;
    if (!comm) return;
    if (comm.kind === 'Send') {
      exprs.push(comm.ch, comm.value);
      return;
    }
    const r = unparen(comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0]) as A.Unary;
    exprs.push(r.x);
    void i;
  });
  const steps = hoist(c, exprs);
  s.clauses.forEach((cl, i) => {
    const comm = cl.comm;
    if (!comm) return;
    if (comm.kind === 'Send') {
      const et = (underlying(c.typeOf(comm.ch)) as { elem: T }).elem;
      cases.push({ dir: 'send', ch: c.expr(comm.ch), v: c.valueForStore(comm.value, et), clause: i, node: null });
      return;
    }
    const r = unparen(comm.kind === 'ExprStmt' ? comm.x : comm.rhs[0]) as A.Unary;
    cases.push({ dir: 'recv', ch: c.expr(r.x), v: null, clause: i, node: r });
  });
  // A received value is put where the case's assignment reads it (the receive node's temporary).
  for (const k of cases) if (k.node) c.hoisted.delete(k.node.id);
  const recvSlots = cases.map((k) => (k.node ? c.tempSlot(c.typeOf(k.node)) : -1));
  cases.forEach((k, j) => k.node && c.hoisted.set(k.node.id, recvSlots[j]));
  const zeros = cases.map((k) => (k.node ? zeroFn(c.typeOf(k.node)) : null));
  const assigns = s.clauses.map((cl) => (cl.comm && cl.comm.kind !== 'Send' && cl.comm.kind !== 'ExprStmt' ? compileStmt(c, cl.comm) : null));
  const bodies = s.clauses.map((cl) => compileStmtListG(c, cl.body));
  const dflt = s.clauses.findIndex((cl) => cl.comm === null);
  const m = c.m;
  const line = c.line(s);
  if (cases.length === 0 && dflt < 0) {
    return function* () {
      m.curLine = line;
      yield { op: 'block' };
      return NORMAL;
    };
  }
  if (cases.length === 0) {
    // select { default: ... } never blocks: the default runs.
    const body = bodies[dflt];
    return function* (f) {
      const res = yield* body(f);
      return res === BREAK || res === lab.brk ? NORMAL : res;
    };
  }
  return function* (f) {
    yield* runSteps(steps, f);
    const sc = cases.map((k) => {
      const cv = k.ch(f) as ChanVal | null;
      return { dir: k.dir, c: cv === null ? null : cv.c, v: k.v ? k.v(f) : undefined };
    });
    if (++m.steps >= m.limit) m.poll();
    m.curLine = line;
    if (dflt < 0 && sc.every((k) => k.c === null)) {
      // Only nil channels: selectgo polls nothing and parks forever.
      yield { op: 'block' };
      return NORMAL;
    }
    const r = (yield { op: 'select', cases: sc, hasDefault: dflt >= 0 }) as { casei: number; value: unknown; recvOK: boolean };
    let clause = dflt;
    if (r.casei >= 0) {
      const k = cases[r.casei];
      clause = k.clause;
      if (k.node) {
        const v = r.recvOK ? r.value : zeros[r.casei]!();
        f[recvSlots[r.casei]] = c.info.commaOk.has(k.node.id) ? [v, r.recvOK] : v;
      }
    }
    const a = assigns[clause];
    if (a) a(f);
    const res = yield* bodies[clause](f);
    return res === BREAK || res === lab.brk ? NORMAL : res;
  };
}

/** go f(args): the arguments are evaluated now; the goroutine starts with newproc. */
function goG(c: Compiler, s: A.Go): StG {
  const call = unparen(s.call) as A.Call;
  const steps = hoist(c, [...call.args, call.fun.kind === 'Selector' ? call.fun.x : null]);
  const spawn = c.goCall(call);
  const line = c.line(s);
  return function* (f) {
    yield* runSteps(steps, f);
    c.m.curLine = line;
    const g = spawn(f);
    yield { op: 'go', fn: () => g, captures: [] };
    return NORMAL;
  };
}

export { chanValue, RETURN, Str };
