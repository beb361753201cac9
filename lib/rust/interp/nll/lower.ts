// Borrow conflicts as rustc's NLL borrow checker finds them: E0499, E0502, E0503, E0505, E0506,
// E0597, E0716 and E0515, with rustc's words and labelled spans.
//
// Each function body is lowered to a small control-flow graph whose nodes carry, in order, the
// accesses of places (reads, borrows, moves, assignments, StorageDead at scope ends), the creation
// of loans (`&x`, `&mut x`, method autoref, Index::index's `&v`), and the uses and definitions of
// locals. Every value that may hold a reference lives in a local (temporaries included), and
// region constraints are flow-insensitive as in NLL: when a value flows from local `a` into local
// `b`, a's region must outlive b's. A loan's region is then the set of nodes where some local its
// reference reaches is live (backward liveness), and the loan is in scope at the nodes reachable
// from its creation inside that region, until the borrowed local is overwritten or dies. An access
// that conflicts with a loan in scope is an error; the "later used here" span is the first use of
// such a local found breadth-first from the error, as rustc's find_use does.
//
// Two-phase borrows: a method's `&mut self` autoref is reserved before the arguments and activated
// at the call, so `v.push(v.len())` is accepted. Moves are checked by borrowck.ts.
//
// This file lowers a function to that graph; conflicts.ts finds the conflicts.

import type { Block, Expr, FnDecl, LocalDecl, Pattern, Span, Stmt } from '../ast';
import { isCopy, prune } from '../ty';
import { STR_BORROWS_SELF, STR_ITER_SOURCES } from '../check/str-types';
import {
  ARGS_INTO_SELF, BORROWS_SELF, PASS_SELF, RET, autoDerefs, bindsByValue, derefProjs, innerTy, isPromotable, lifetimesOf, mayHoldRefs, patLocals, typeExprHasRef,
  type AccessKind, type Act, type GraphNode, type Loan, type LocalInfo, type LoopCx, type Place, type Val,
} from './types';

export class FnGraph {
  nodes: GraphNode[] = [];
  cur: number | null = null;
  locals: LocalInfo[] = [];
  loans: Loan[] = [];
  /** Region constraints: flows[a] = locals whose region a's region must contain. */
  flows = new Map<number, Set<number>>();
  loops: LoopCx[] = [];
  /** Temporaries of the statement being lowered (StorageDead at its end). */
  private stmtTemps: number[][] = [];
  /** Temporaries whose lifetime a `let` extends to the end of its block. */
  private blockTemps: number[][] = [];
  private extendNext = false;
  exits: number[] = [];
  /** The open scopes, innermost last: their locals (so far) die on every path out of them. */
  private scopes: { locals: number[]; end: number }[] = [];
  /** The blocks among them, with the slots each declares. */
  private scopeOf: { slots: Set<number>; scope: number[] }[] = [];
  /** The returned value (E0515): which expression each returned local came from. */
  returned = new Map<number, Expr>();

  constructor(readonly fn: FnDecl) {
    this.locals = Array.from({ length: fn.nslots ?? 0 }, () => ({ name: null, declFrom: fn.from }));
  }

  // --- graph construction -----------------------------------------------------------------

  node(...acts: Act[]): number {
    const id = this.nodes.length;
    this.nodes.push({ acts, succ: [] });
    if (this.cur !== null) this.nodes[this.cur].succ.push(id);
    this.cur = id;
    return id;
  }

  /** A node reached from several predecessors (null ones are unreachable paths). */
  join(preds: (number | null)[]): number | null {
    const live = preds.filter((p): p is number => p !== null);
    if (!live.length) {
      this.cur = null;
      return null;
    }
    const id = this.nodes.length;
    this.nodes.push({ acts: [], succ: [] });
    for (const p of live) this.nodes[p].succ.push(id);
    this.cur = id;
    return id;
  }

  edge(from: number | null, to: number): void {
    if (from !== null) this.nodes[from].succ.push(to);
  }

  /**
   * A temporary: 'plumb' only carries a value between two nodes (rustc would write it straight into
   * its destination), 'storage' is the storage of a borrowed value expression (E0716), 'real' is one
   * rustc has too (a for loop's iterator).
   */
  temp(from: number, kind: 'plumb' | 'storage' | 'real' = 'plumb'): number {
    this.locals.push({ name: null, declFrom: from, ...(kind === 'storage' ? { temp: true } : {}), ...(kind === 'plumb' ? { plumb: true } : {}) });
    return this.locals.length - 1;
  }

  flow(from: Val, to: number): void {
    for (const f of from) {
      if (f === to) continue;
      let s = this.flows.get(f);
      if (!s) this.flows.set(f, (s = new Set()));
      s.add(to);
    }
  }

  /** Puts a value into a fresh temporary (at one node), so it stays live until it is consumed. */
  hold(v: Val, from: number): Val {
    if (!v.length) return v;
    const t = this.temp(from);
    this.node(...v.map((l): Act => ({ k: 'use', local: l, from })), { k: 'def', local: t });
    this.nodes[this.cur!].plumb = true;
    this.flow(v, t);
    return [t];
  }

  declare(d: LocalDecl, p?: Pattern): void {
    const t = d.ty ? prune(d.ty) : null;
    const bindFrom = p && p.k === 'bind' && p.mutFrom !== undefined ? p.mutFrom : d.span.from;
    this.locals[d.slot] = { name: d.name, declFrom: d.span.from, bindFrom, isVec: !!t && t.k === 'Vec', isParam: !!d.isParam };
    for (let i = this.scopeOf.length - 1; i >= 0; i--) {
      if (this.scopeOf[i].slots.has(d.slot)) {
        this.scopeOf[i].scope.push(d.slot);
        break;
      }
    }
  }

  // --- places --------------------------------------------------------------------------------

  /** The place an expression denotes (with the index operands to evaluate first), or null. */
  placeOf(e: Expr, idx: Expr[] = []): { place: Place; idx: Expr[] } | null {
    switch (e.k) {
      case 'name':
        if (!e.decl) return null;
        return { place: { local: e.decl.slot, proj: [] }, idx };
      case 'field': {
        const b = this.placeOf(e.e, idx);
        if (!b || e.index === undefined) return null;
        const proj = [...b.place.proj, ...autoDerefs(e.e.ty), { k: 'field' as const, name: e.name, index: e.index }];
        return { place: { local: b.place.local, proj }, idx: b.idx };
      }
      case 'index': {
        const inner = innerTy(e.e.ty);
        if (!inner || (inner.k !== 'array' && inner.k !== 'slice')) return null;
        if (prune(e.i.ty!).k === 'range') return null;
        const b = this.placeOf(e.e, idx);
        if (!b) return null;
        return { place: { local: b.place.local, proj: [...b.place.proj, ...autoDerefs(e.e.ty), { k: 'index' }] }, idx: [...b.idx, e.i] };
      }
      case 'unary': {
        if (e.op !== '*') return null;
        const t = prune(e.e.ty!);
        if (t.k !== 'ref' && t.k !== 'Box') return null;
        const b = this.placeOf(e.e, idx);
        if (!b) return null;
        return { place: { local: b.place.local, proj: [...b.place.proj, { k: 'deref', via: t.k === 'Box' ? 'box' : t.mut ? 'mut' : 'shared' }] }, idx: b.idx };
      }
      default:
        return null;
    }
  }

  /** Evaluates the index operands of a place, in order. */
  private evalIdx(idx: Expr[]): void {
    for (const i of idx) this.consume(this.expr(i, 'copy'), i.from);
  }

  /** Uses the locals of a value right here (the value is consumed). */
  consume(v: Val, from: number, call?: number): void {
    if (v.length) this.node(...v.map((l): Act => ({ k: 'use', local: l, from, ...(call !== undefined ? { call } : {}) })));
  }

  /**
   * A borrow of a place: a loan (unless the place is behind a shared reference, whose data is
   * immutable anyway: then only the reference's region is carried on). Returns its holder.
   */
  borrowPlace(p: Place, mut: boolean, from: number, twoPhase = false): number {
    const t = this.temp(from);
    const sharedDeref = p.proj.some((x) => x.k === 'deref' && x.via === 'shared');
    const reborrow = p.proj.some((x) => x.k === 'deref' && x.via !== 'box');
    if (sharedDeref && !mut) {
      this.node({ k: 'access', place: p, kind: 'borrowShared', from }, { k: 'use', local: p.local, from }, { k: 'def', local: t });
      this.flow([p.local], t);
      return t;
    }
    const loan: Loan = { id: this.loans.length, place: p, mut, from, node: -1, holder: t, twoPhase };
    this.loans.push(loan);
    const kind: AccessKind = mut ? (twoPhase ? 'reserveMut' : 'borrowMut') : 'borrowShared';
    loan.node = this.node({ k: 'access', place: p, kind, from }, { k: 'use', local: p.local, from }, { k: 'loan', loan: loan.id }, { k: 'def', local: t });
    if (reborrow) this.flow([p.local], t);
    return t;
  }

  /** A value expression that must be borrowed: it lives in a temporary until the statement ends. */
  private rvalueTemp(e: Expr, v: Val): number {
    const T = this.temp(e.from, 'storage');
    this.node(...v.map((l): Act => ({ k: 'use', local: l, from: e.from })), { k: 'def', local: T });
    this.flow(v, T);
    const extend = this.extendNext;
    this.extendNext = false;
    const list = extend ? this.blockTemps[this.blockTemps.length - 1] : this.stmtTemps[this.stmtTemps.length - 1];
    if (list) list.push(T);
    return T;
  }

  // --- expressions ---------------------------------------------------------------------------

  /** Reads a place expression (a copy, a move, or a shared borrow for `==`, formatting, …). */
  private placeRead(e: Expr, how: 'move' | 'copy' | 'borrow'): Val | null {
    const p = this.placeOf(e);
    if (!p) return null;
    this.evalIdx(p.idx);
    const ty = e.ty;
    const moving = how === 'move' && !!ty && !isCopy(ty) && prune(ty).k !== 'ref';
    const kind: AccessKind = moving ? 'move' : how === 'borrow' ? 'borrowShared' : 'read';
    this.node({ k: 'access', place: p.place, kind, from: e.from }, { k: 'use', local: p.place.local, from: e.from });
    if (p.place.proj.length === 0 || mayHoldRefs(ty)) return [p.place.local];
    return [];
  }

  expr(e: Expr, how: 'move' | 'copy' | 'borrow' = 'move'): Val {
    switch (e.k) {
      case 'int':
      case 'float':
      case 'bool':
      case 'char':
      case 'str':
      case 'unit':
      case 'path':
        return [];
      case 'name':
      case 'field': {
        const r = this.placeRead(e, how);
        if (r) return r;
        if (e.k === 'field') this.consume(this.expr(e.e, 'borrow'), e.from);
        return [];
      }
      case 'index': {
        const r = this.placeRead(e, how);
        if (r) return r;
        // Index::index(&v, i): a shared borrow of the base for the length of the call
        const bp = this.placeOf(e.e);
        let base: Val;
        if (bp) {
          this.evalIdx(bp.idx);
          const place = { local: bp.place.local, proj: [...bp.place.proj, ...autoDerefs(e.e.ty)] };
          base = [this.borrowPlace(place, false, e.e.from)];
        } else base = this.expr(e.e, 'borrow');
        this.consume(this.expr(e.i, 'copy'), e.i.from);
        if (mayHoldRefs(e.ty) && bp) {
          this.consume(base, e.from);
          return [bp.place.local];
        }
        this.consume(base, e.from);
        return [];
      }
      case 'unary': {
        if (e.op === '*') {
          const r = this.placeRead(e, how);
          if (r) return r;
          const v = this.expr(e.e, 'copy');
          if (mayHoldRefs(e.ty)) return v;
          this.consume(v, e.from);
          return [];
        }
        this.consume(this.expr(e.e, 'copy'), e.from);
        return [];
      }
      case 'ref':
        return this.borrowExpr(e);
      case 'binary': {
        if ((e as { builtin?: string }).builtin === 'string.add') {
          this.consume(this.expr(e.l, 'move'), e.l.from);
          this.consume(this.expr(e.r, 'borrow'), e.r.from);
          return [];
        }
        const how2 = (x: Expr) => (x.ty && isCopy(x.ty) ? 'copy' : 'borrow');
        this.consume(this.expr(e.l, how2(e.l)), e.l.from);
        this.consume(this.expr(e.r, how2(e.r)), e.r.from);
        return [];
      }
      case 'assign':
        this.assign(e);
        return [];
      case 'cast':
        this.consume(this.expr(e.e, 'copy'), e.from);
        return [];
      case 'call':
        return this.call(e);
      case 'method':
        return this.method(e);
      case 'range':
        if (e.lo) this.consume(this.expr(e.lo, 'copy'), e.lo.from);
        if (e.hi) this.consume(this.expr(e.hi, 'copy'), e.hi.from);
        return [];
      case 'struct':
        // `Parser { input: s, .. }`: a struct with lifetime parameters holds its fields' references
        if (mayHoldRefs(e.ty)) return this.hold(e.fields.flatMap((f) => this.expr(f.e, 'move')), e.from);
        for (const f of e.fields) this.consume(this.expr(f.e, 'move'), f.e.from);
        return [];
      case 'array':
        return this.hold(e.elems.flatMap((x) => this.expr(x, 'move')), e.from);
      case 'arrayRepeat':
        return this.hold(this.expr(e.e, 'move'), e.from);
      case 'vecMacro':
        if (e.elems) return this.hold(e.elems.flatMap((x) => this.expr(x, 'move')), e.from);
        {
          const v = this.hold(this.expr(e.repeat!.e, 'move'), e.from);
          this.consume(this.expr(e.repeat!.n, 'copy'), e.repeat!.n.from);
          return v;
        }
      case 'fmtMacro':
        if (e.f) for (const a of e.f.args) this.fmtArg(a);
        if (e.mac === 'panic') this.cur = null;
        return [];
      case 'assert':
        if (e.mac === 'assert') this.consume(this.expr(e.args[0], 'copy'), e.args[0].from);
        else for (const a of e.args) this.fmtArg(a);
        if (e.f) for (const a of e.f.args) this.fmtArg(a);
        return [];
      case 'tuple':
        return this.hold(e.elems.flatMap((x) => this.expr(x, 'move')), e.from);
      case 'try':
        this.consume(this.expr(e.e, 'move'), e.from);
        return [];
      case 'write':
        this.consume(this.expr(e.dest, 'borrow'), e.dest.from);
        if (e.f) for (const a of e.f.args) this.fmtArg(a);
        return [];
      case 'block':
        return this.block(e.b);
      case 'if': {
        this.consume(this.expr(e.cond, 'copy'), e.cond.from);
        const fork = this.cur;
        const a = this.block(e.then);
        const endA = this.cur;
        this.cur = fork;
        const b = e.els ? this.expr(e.els, how) : [];
        const endB = this.cur;
        return this.merge(e, [endA, a], [endB, b]);
      }
      case 'ifLet': {
        const v = this.scrutinee(e.e, [e.pat]);
        const fork = this.cur;
        this.bindPattern(e.pat, v, e.e);
        this.scopes.push({ locals: patLocals(e).map((d) => d.slot), end: e.then.to - 1 });
        const a = this.block(e.then);
        this.scopes.pop();
        this.dead(patLocals(e), e.then.to - 1);
        const endA = this.cur;
        this.cur = fork;
        const b = e.els ? this.expr(e.els, how) : [];
        const endB = this.cur;
        return this.merge(e, [endA, a], [endB, b]);
      }
      case 'match': {
        const v = this.scrutinee(
          e.e,
          e.arms.map((a) => a.pat),
        );
        const fork = this.cur;
        const ends: [number | null, Val][] = [];
        for (const arm of e.arms) {
          this.cur = fork;
          this.bindPattern(arm.pat, v, e.e);
          this.scopes.push({ locals: patLocals(arm).map((d) => d.slot), end: arm.span.to - 1 });
          if (arm.guard) this.consume(this.expr(arm.guard, 'copy'), arm.guard.from);
          const r = this.expr(arm.body, how);
          this.scopes.pop();
          const held = this.hold(r, arm.body.from);
          this.dead(patLocals(arm), arm.span.to - 1);
          ends.push([this.cur, held]);
        }
        if (!e.arms.length) {
          this.cur = null;
          return [];
        }
        return this.merge(e, ...ends);
      }
      case 'while': {
        const head = this.join([this.cur]) ?? this.node();
        const cx = this.pushLoop(e.label, head);
        this.consume(this.expr(e.cond, 'copy'), e.cond.from);
        const test = this.cur;
        this.block(e.body);
        this.backEdge(cx);
        this.loops.pop();
        this.join([test, ...cx.breaks]);
        return [];
      }
      case 'whileLet': {
        const head = this.join([this.cur]) ?? this.node();
        const cx = this.pushLoop(e.label, head);
        const v = this.scrutinee(e.e, [e.pat]);
        return this.patternLoop(e, cx, v, e.e);
      }
      case 'loop': {
        const head = this.join([this.cur]) ?? this.node();
        const cx = this.pushLoop(e.label, head);
        cx.result = this.temp(e.from);
        this.block(e.body);
        this.backEdge(cx);
        this.loops.pop();
        this.join(cx.breaks);
        return [cx.result];
      }
      case 'for':
        return this.forLoop(e);
      case 'break': {
        const cx = this.findLoop(e.label);
        if (e.e) {
          const v = this.expr(e.e, 'move');
          if (cx && cx.result !== null) {
            this.node(...v.map((l): Act => ({ k: 'use', local: l, from: e.e!.from })), { k: 'def', local: cx.result });
            this.nodes[this.cur!].plumb = true;
            this.flow(v, cx.result);
          } else this.consume(v, e.from);
        }
        if (cx) this.leaveScopes(cx.depth);
        if (cx && this.cur !== null) cx.breaks.push(this.cur);
        this.cur = null;
        return [];
      }
      case 'continue': {
        const cx = this.findLoop(e.label);
        if (cx) this.leaveScopes(cx.depth);
        if (cx && this.cur !== null) cx.continues.push(this.cur);
        this.cur = null;
        return [];
      }
      case 'return': {
        if (e.e) this.ret(e.e, this.expr(e.e, 'move'));
        this.leaveScopes(0);
        if (this.cur !== null) this.exits.push(this.cur);
        this.cur = null;
        return [];
      }
    }
    return [];
  }

  /** `if`/`match` branches meet; a value from either branch is put into one local. */
  private merge(at: Span, ...ends: [number | null, Val][]): Val {
    if (ends.every(([, v]) => !v.length)) {
      this.join(ends.map(([n]) => n));
      return [];
    }
    const t = this.temp(at.from);
    const preds: (number | null)[] = [];
    for (const [n, v] of ends) {
      if (n === null) {
        preds.push(null);
        continue;
      }
      this.cur = n;
      this.node(...v.map((l): Act => ({ k: 'use', local: l, from: at.from })), { k: 'def', local: t });
      this.nodes[this.cur!].plumb = true;
      this.flow(v, t);
      preds.push(this.cur);
    }
    this.join(preds);
    return [t];
  }

  private ret(e: Expr, v: Val): void {
    for (const l of v) if (!this.returned.has(l)) this.returned.set(l, e);
    this.consume(v, e.from);
    this.flow(v, RET);
  }

  /** A jump out of the scopes above `depth`: their locals die (innermost first). */
  private leaveScopes(depth: number): void {
    if (this.cur === null) return;
    // (rustc's StorageDead on the way out carries the end of each scope, not the jump)
    for (let i = this.scopes.length - 1; i >= depth; i--) {
      const { locals: ls, end } = this.scopes[i];
      for (let j = ls.length - 1; j >= 0; j--) this.node({ k: 'access', place: { local: ls[j], proj: [] }, kind: 'dead', from: end });
    }
  }

  /** A `while let` / `for` loop after its head: bind the pattern, the body in its scope, the back edge, the exit. */
  private patternLoop(e: Extract<Expr, { k: 'whileLet' | 'for' }>, cx: LoopCx, v: Val, scrut: Expr): Val {
    const test = this.cur;
    this.bindPattern(e.pat, v, scrut);
    this.scopes.push({ locals: patLocals(e).map((d) => d.slot), end: e.body.to - 1 });
    this.block(e.body);
    this.scopes.pop();
    this.dead(patLocals(e), e.body.to - 1);
    this.backEdge(cx);
    this.loops.pop();
    this.join([test, ...cx.breaks]);
    return [];
  }

  private pushLoop(label: string | null, head: number): LoopCx {
    const cx: LoopCx = { label, depth: this.scopes.length, head, breaks: [], continues: [], result: null };
    this.loops.push(cx);
    return cx;
  }

  private backEdge(cx: LoopCx): void {
    this.edge(this.cur, cx.head);
    for (const c of cx.continues) this.edge(c, cx.head);
    this.cur = null;
  }

  private findLoop(label: string | null): LoopCx | undefined {
    for (let i = this.loops.length - 1; i >= 0; i--) if (!label || this.loops[i].label === label) return this.loops[i];
    return undefined;
  }

  private fmtArg(a: Expr): void {
    const v = this.placeRead(a, 'borrow');
    if (v) return;
    this.consume(this.expr(a, 'borrow'), a.from);
  }

  private scrutinee(e: Expr, pats: Pattern[]): Val {
    const moves = pats.some((p) => bindsByValue(p)) && !!e.ty && !isCopy(e.ty) && prune(e.ty).k !== 'ref';
    const v = this.expr(e, moves ? 'move' : 'copy');
    return this.hold(v, e.from);
  }

  /**
   * Binds a pattern's names to (parts of) a value. A part of a tuple or tuple struct holds a reference
   * only if its type can (`for (i, x) in v.iter().enumerate()`: i is a usize).
   */
  private bindPattern(p: Pattern, v: Val, scrut: Expr, isLet = false): void {
    const binds: { d: LocalDecl; deref: boolean; byRef: boolean; mut: boolean; from: number; p: Pattern }[] = [];
    const walk = (q: Pattern, part: boolean) => {
      if (q.k === 'bind' && q.decl) binds.push({ d: q.decl, deref: !!q.deref || (part && !mayHoldRefs(q.decl.ty)), byRef: q.byRef, mut: q.mut, from: q.from, p: q });
      else if (q.k === 'some') walk(q.inner, part);
      else if (q.k === 'tuple' || q.k === 'tstruct') for (const x of q.elems) walk(x, true);
    };
    walk(p, false);
    if (!binds.length) {
      this.consume(v, scrut.from);
      return;
    }
    for (const b of binds) {
      this.declare(b.d, b.p);
      let src = v;
      if (b.byRef) {
        const sp = this.placeOf(scrut);
        if (sp) src = [this.borrowPlace(sp.place, b.mut, b.from)];
      }
      if (b.deref) {
        this.node(...src.map((l): Act => ({ k: 'use', local: l, from: b.from })), { k: 'def', local: b.d.slot });
        continue;
      }
      this.node(...src.map((l): Act => ({ k: 'use', local: l, from: b.from, ...(isLet ? { store: true } : {}) })), { k: 'def', local: b.d.slot });
      this.flow(src, b.d.slot);
    }
  }

  private forLoop(e: Extract<Expr, { k: 'for' }>): Val {
    const mode = (e as { mode?: string }).mode;
    const v = this.expr(e.iter, mode === 'intoIter' ? 'move' : 'copy');
    // the loop's iterator (`next(&mut iter)` uses it at every turn)
    let it: Val = [];
    if (v.length) {
      const t = this.temp(e.iter.from, 'real');
      this.node(...v.map((l): Act => ({ k: 'use', local: l, from: e.iter.from })), { k: 'def', local: t });
      this.nodes[this.cur!].plumb = true;
      this.flow(v, t);
      it = [t];
    }
    const head = this.join([this.cur]) ?? this.node();
    const cx = this.pushLoop(e.label, head);
    // `next(&mut iter)`: rustc points at the iterator expression
    if (it.length) this.node({ k: 'use', local: it[0], from: e.iter.from });
    return this.patternLoop(e, cx, it, e.iter);
  }

  private borrowExpr(e: Extract<Expr, { k: 'ref' }>): Val {
    const inner = e.e;
    if (!e.mut && isPromotable(inner)) return [];
    // &v[i], &v[a..b], &mut v[i] on a Vec/String/VecDeque: Index(Mut)::index(&v, i) borrows v
    if (inner.k === 'index' && !this.placeOf(inner)) {
      const bp = this.placeOf(inner.e);
      if (bp) {
        this.evalIdx(bp.idx);
        const t = this.borrowPlace({ local: bp.place.local, proj: [...bp.place.proj, ...autoDerefs(inner.e.ty)] }, e.mut, inner.e.from);
        this.consume(this.expr(inner.i, 'copy'), inner.i.from);
        return [t];
      }
      const bv = this.expr(inner.e, 'move');
      const T = this.rvalueTemp(inner.e, bv);
      const t = this.borrowPlace({ local: T, proj: [] }, e.mut, inner.e.from);
      this.consume(this.expr(inner.i, 'copy'), inner.i.from);
      return [t];
    }
    const p = this.placeOf(inner);
    if (p) {
      this.extendNext = false;
      this.evalIdx(p.idx);
      return [this.borrowPlace(p.place, e.mut, e.from)];
    }
    const extend = this.extendNext;
    this.extendNext = false;
    const v = this.expr(inner, 'move');
    this.extendNext = extend;
    const T = this.rvalueTemp(inner, v);
    // (rustc points at the temporary, not at the `&`)
    return [this.borrowPlace({ local: T, proj: [] }, e.mut, inner.from)];
  }

  private assign(e: Extract<Expr, { k: 'assign' }>): void {
    const builtin = (e as { builtin?: string }).builtin;
    if (builtin === 'string.push_str') {
      // `s += "x"`: AddAssign::add_assign(&mut s, "x"), a two-phase borrow like a method's
      const p = this.placeOf(e.l);
      if (!p) {
        this.consume(this.expr(e.l, 'borrow'), e.l.from);
        this.consume(this.expr(e.r, 'borrow'), e.r.from);
        return;
      }
      this.evalIdx(p.idx);
      const t = this.borrowPlace(p.place, true, e.l.from, true);
      const loan = this.loans[this.loans.length - 1];
      const r = this.expr(e.r, 'borrow');
      loan.actNode = this.node({ k: 'access', place: p.place, kind: 'activate', from: e.l.from, loan: loan.id }, { k: 'use', local: t, from: e.l.from }, ...r.map((l): Act => ({ k: 'use', local: l, from: e.r.from })));
      return;
    }
    const v = this.expr(e.r, 'move');
    const held = this.hold(v, e.r.from);
    const p = this.placeOf(e.l);
    if (p) {
      this.evalIdx(p.idx);
      const acts: Act[] = [];
      if (e.op !== '=') acts.push({ k: 'access', place: p.place, kind: 'read', from: e.from });
      acts.push({ k: 'access', place: p.place, kind: 'write', from: e.from });
      acts.push(...held.map((l): Act => ({ k: 'use', local: l, from: e.r.from })));
      if (p.place.proj.length === 0) acts.push({ k: 'def', local: p.place.local });
      else acts.push({ k: 'use', local: p.place.local, from: e.l.from });
      this.node(...acts);
      // (`x += r` reads what r points to: only `=` stores the value)
      if (e.op === '=') this.flow(held, p.place.local);
      return;
    }
    // v[i] = x, v[i] += x on a Vec: IndexMut::index_mut(&mut v, i), then a write through it
    if (e.l.k === 'index') {
      const bp = this.placeOf(e.l.e);
      if (bp) {
        this.evalIdx(bp.idx);
        const place = { local: bp.place.local, proj: [...bp.place.proj, ...autoDerefs(e.l.e.ty)] };
        const t = this.borrowPlace(place, true, e.l.e.from);
        this.consume(this.expr(e.l.i, 'copy'), e.l.i.from);
        this.node({ k: 'use', local: t, from: e.from }, ...held.map((l): Act => ({ k: 'use', local: l, from: e.r.from })));
        if (e.op === '=') this.flow(held, bp.place.local);
        return;
      }
    }
    this.consume(this.expr(e.l, 'borrow'), e.l.from);
    this.consume(held, e.r.from);
  }

  private call(e: Extract<Expr, { k: 'call' }>): Val {
    const b = e.builtin;
    if (b === 'some' || b === 'Box::new') return this.expr(e.args[0], 'move');
    const args = e.args.map((a) => this.hold(this.reborrowArg(a) ?? this.expr(a, b === 'mem::size_of' ? 'borrow' : 'move'), a.from));
    const callAt = e.callee.from;
    const uses = args.flatMap((v) => v.map((l): Act => ({ k: 'use', local: l, from: callAt, call: callAt })));
    if (e.fn && (typeExprHasRef(e.fn.ret) || (e.fn.ret && mayHoldRefs(e.ty)))) {
      const r = this.temp(e.from);
      this.node(...uses, { k: 'def', local: r });
      const paramTys = e.fn.paramTys ?? [];
      // `S::get(&s)`: the first argument is `self`; a `&self` is what the result borrows from
      const sp = e.fn.selfParam;
      // `fn longest<'a>(a: &'a str, b: &str) -> &'a str`: only the parameters naming the result's lifetimes
      const selfLts = e.fn.impl?.self.lts ?? [];
      const out = lifetimesOf(e.fn.ret, selfLts);
      const named = (i: number) => {
        const pt = lifetimesOf(e.fn!.params[i].ty, selfLts).named;
        return [...pt].some((l) => out.named.has(l));
      };
      args.forEach((v, i) => {
        if (!out.anon && out.named.size && !sp) {
          if (named(i)) this.flow(v, r);
          return;
        }
        if (sp ? (sp.mode !== 'value' ? i === 0 : i > 0 && mayHoldRefs(paramTys[i - 1])) : mayHoldRefs(paramTys[i])) this.flow(v, r);
      });
      return [r];
    }
    this.node(...uses);
    return [];
  }

  /** A `&mut` place passed to a function is reborrowed (`&mut *m`), not moved. */
  private reborrowArg(a: Expr): Val | null {
    const t = a.ty ? prune(a.ty) : null;
    if (!t || t.k !== 'ref' || !t.mut) return null;
    const p = this.placeOf(a);
    if (!p) return null;
    this.evalIdx(p.idx);
    return [this.borrowPlace({ local: p.place.local, proj: [...p.place.proj, { k: 'deref', via: 'mut' }] }, true, a.from)];
  }

  private method(e: Extract<Expr, { k: 'method' }>): Val {
    const id = e.builtin ?? '';
    // `"AZ".as_bytes()`, `line.trim()` on a `&str`: the result holds what the reference holds (no autoref)
    // `s.split(',')`, `text.lines()`: an iterator of slices borrowing the string (check/strs.ts)
    const strSrc = id === 'iter.src' && STR_ITER_SOURCES.has(((e as { iterOp?: string }).iterOp ?? '').slice(4));
    const strViaRef = (STR_BORROWS_SELF.includes(id) || strSrc) && !!e.recv.ty && prune(e.recv.ty).k === 'ref';
    const mode = strViaRef ? 'value' : ((e as { selfMode?: string }).selfMode ?? 'ref');
    const derefs = (e as { derefs?: number }).derefs ?? 0;
    const callAt = e.nameSpan.from;
    const rp = mode === 'value' ? null : this.placeOf(e.recv);
    // a method of an impl block returning a reference borrows from `&self` / `&mut self` (elision)
    const user = id === 'user' && e.fn ? e.fn : null;
    const borrowsSelf = ((BORROWS_SELF.has(id) || strSrc) && !strViaRef) || (!!user && mode !== 'value' && typeExprHasRef(user.ret));
    let recvVal: Val = [];
    let loan: Loan | null = null;
    let root: number | null = null;
    if (rp) {
      this.evalIdx(rp.idx);
      const place = { local: rp.place.local, proj: [...rp.place.proj, ...derefProjs(e.recv.ty, derefs)] };
      root = place.local;
      if (mode === 'mut') {
        const t = this.borrowPlace(place, true, e.recv.from, true);
        loan = this.loans[this.loans.length - 1];
        if (loan.holder !== t) loan = null;
        recvVal = [t];
      } else if (borrowsSelf) recvVal = [this.borrowPlace(place, false, e.recv.from)];
      else this.node({ k: 'access', place, kind: 'borrowShared', from: e.recv.from }, { k: 'use', local: place.local, from: e.recv.from });
    } else if (mode !== 'value' && borrowsSelf) {
      // a temporary receiver: `String::from("x").as_str()` borrows a value dropped at the end of the statement
      const v = this.expr(e.recv, 'move');
      const T = this.rvalueTemp(e.recv, v);
      recvVal = [this.borrowPlace({ local: T, proj: [] }, false, e.recv.from)];
    } else {
      recvVal = this.hold(this.expr(e.recv, mode === 'value' ? 'move' : 'borrow'), e.recv.from);
    }
    const args = e.args.map((a) => this.hold(this.reborrowArg(a) ?? this.expr(a, 'move'), a.from));
    const acts: Act[] = [];
    if (loan && rp) acts.push({ k: 'access', place: loan.place, kind: 'activate', from: e.recv.from, loan: loan.id });
    for (const l of recvVal) acts.push({ k: 'use', local: l, from: callAt, call: callAt });
    for (const v of args) for (const l of v) acts.push({ k: 'use', local: l, from: callAt, call: callAt });
    const n = this.node(...acts);
    if (loan) loan.actNode = n;
    if (ARGS_INTO_SELF.has(id) && root !== null) for (const v of args) this.flow(v, root);
    if (user) {
      if (!typeExprHasRef(user.ret) && !(user.ret && mayHoldRefs(e.ty))) return [];
      // `fn next(&mut self) -> Option<&'a str>` in `impl<'a> Parser<'a>`: the result holds what self holds, not the borrow of self
      const lts = lifetimesOf(user.ret, user.impl?.self.lts ?? []);
      const fromSelf = lts.named.size > 0 && !lts.anon && root !== null;
      const out: Val = fromSelf ? [root!] : mode !== 'value' ? [...recvVal] : [];
      if (mode === 'value') args.forEach((v, i) => mayHoldRefs(user.paramTys?.[i]) && out.push(...v));
      return this.result(out, e.from);
    }
    // an adaptor or consumer of an iterator of references passes them on (`lines().map(str::trim).collect()`)
    if ((strSrc || id === 'iter.op') && e.ty && mayHoldRefs(e.ty)) return this.result(recvVal, e.from);
    if (!PASS_SELF.has(id)) return [];
    const out: Val = [];
    if (BORROWS_SELF.has(id) || mode === 'value') out.push(...recvVal);
    // (the elements of a Vec<&T> come out of pop, clone, …; a Vec<i32>'s clone holds no reference)
    if (root !== null && mode !== 'value' && mayHoldRefs(e.ty)) out.push(root);
    if (id === 'option.unwrap_or') for (const v of args) out.push(...v);
    return this.result(out, e.from);
  }

  /** A call's result, holding what flows into it. */
  private result(out: Val, from: number): Val {
    if (!out.length) return [];
    const r = this.temp(from);
    this.node(...out.map((l): Act => ({ k: 'use', local: l, from })), { k: 'def', local: r });
    this.flow(out, r);
    return [r];
  }

  // --- statements and blocks -----------------------------------------------------------------

  block(b: Block): Val {
    this.blockTemps.push([]);
    const scope: number[] = [];
    this.scopes.push({ locals: scope, end: b.to - 1 });
    const slots = new Set((b.locals ?? []).map((d) => d.slot));
    this.scopeOf.push({ slots, scope });
    for (const st of b.stmts) this.stmt(st);
    let v: Val = [];
    if (b.tail) {
      this.stmtTemps.push([]);
      v = this.hold(this.expr(b.tail, 'move'), b.tail.from);
      const temps = this.stmtTemps.pop()!;
      this.deadTemps(temps, b.to - 1);
    }
    const extended = this.blockTemps.pop()!;
    this.scopes.pop();
    this.scopeOf.pop();
    const locals = b.locals ?? [];
    // locals and extended temporaries die in reverse order of declaration
    const all = [...locals.map((d) => ({ local: d.slot, at: d.span.from })), ...extended.map((t) => ({ local: t, at: this.locals[t].declFrom }))].sort((x, y) => y.at - x.at);
    for (const x of all) this.node({ k: 'access', place: { local: x.local, proj: [] }, kind: 'dead', from: b.to - 1 });
    return v;
  }

  private dead(locals: LocalDecl[], at: number): void {
    for (let i = locals.length - 1; i >= 0; i--) this.node({ k: 'access', place: { local: locals[i].slot, proj: [] }, kind: 'dead', from: at });
  }

  private deadTemps(temps: number[], at: number): void {
    for (let i = temps.length - 1; i >= 0; i--) this.node({ k: 'access', place: { local: temps[i], proj: [] }, kind: 'dead', from: at });
  }

  private stmt(st: Stmt): void {
    if (st.k === 'item') return;
    this.stmtTemps.push([]);
    const end = st.to - 1;
    if (st.k === 'let') {
      if (st.init) {
        this.extendNext = st.init.k === 'ref';
        const v = this.expr(st.init, st.pat.k === 'wild' ? 'borrow' : 'move');
        this.extendNext = false;
        if (st.els) {
          const fork = this.cur;
          this.block(st.els);
          this.cur = fork;
        }
        this.bindPattern(st.pat, v, st.init, true);
      } else if (st.pat.k === 'bind' && st.pat.decl) this.declare(st.pat.decl, st.pat);
    } else {
      const v = this.expr(st.e, 'move');
      this.consume(v, st.e.from);
    }
    this.deadTemps(this.stmtTemps.pop()!, end);
  }

  lower(): void {
    this.node();
    for (const d of this.fn.paramDecls ?? []) {
      this.declare(d, this.fn.params.find((p) => p.pat.k === 'bind' && p.pat.decl === d)?.pat);
      this.node({ k: 'def', local: d.slot });
    }
    this.stmtTemps.push([]);
    const v = this.block(this.fn.body);
    if (this.fn.body.tail) this.ret(this.fn.body.tail, v);
    this.deadTemps(this.stmtTemps.pop()!, this.fn.body.to - 1);
    if (this.cur !== null) this.exits.push(this.cur);
    this.cur = null;
    const exit = this.join(this.exits);
    if (exit !== null) {
      const params = this.fn.paramDecls ?? [];
      for (let i = params.length - 1; i >= 0; i--) this.node({ k: 'access', place: { local: params[i].slot, proj: [] }, kind: 'dead', from: this.fn.body.to - 1 });
    }
  }
}

