// Compiles the checked AST to JS closures. Every variable has a frame slot resolved at compile
// time; every expression becomes `(f: Frame) => value`, every statement `(f: Frame) => signal`.
// Statements, calls and composite operations are split over compile-stmt.ts and compile-expr.ts;
// this file holds the shared state: functions, variables, places (addressable expressions),
// allocation sites and panics.

import type * as A from './ast';
import { LineMap } from './ast';
import { unparen, type FnInfo, type Info, type VarObj } from './check';
import type { Ctx, EscapeResult } from './escape';
import type { Machine, SlotInfo } from './heap';
import { Std } from './lib-std';
import { cloneFn, copyIntoFn, isAggregate, zeroFn } from './mem';
import { hasPointers, sizeof, underlying, type T } from './types';
import { GoPanicSignal, HeapObj, Ptr } from './values';
import { compileStmtList } from './compile-stmt';
import { compileStmtListG, type Gen, type StG } from './compile-gen';
import { goCallOf } from './compile-go';
import { CompileError } from './compile-expr';
import { compileExpr } from './compile-expr';
import { fmtMethod } from './compile-iface';
import { runWithDefers, runWithDefersG, type DeferState } from './compile-defer';

export type Frame = unknown[];
export type Ev = (f: Frame) => unknown;
export type St = (f: Frame) => number;

export interface CompiledFn {
  fn: FnInfo;
  ctx: Ctx;
  nslots: number;
  slots: SlotInfo[];
  body: St;
  name: string;
  /** Slot of each parameter, of each result, of each captured variable. */
  paramSlots: number[];
  resultSlots: number[];
  captureSlots: number[];
  /** Per parameter: wrap in a box (address taken / captured), heap-allocate the box. */
  paramBox: { boxed: boolean; heap: boolean; agg: boolean; site: number; line: number; t: T }[];
  resultZero: (() => unknown)[];
  resultBox: boolean[];
  resultAgg: boolean[];
  /** Per result: heap-allocate its box (a named result captured by an escaping closure), with its site. */
  resultHeap: { site: number; line: number; t: T }[] | null;
  /** Functions that can block run as generators (compile-gen.ts). */
  bodyG: StG | null;
}

/** Frame bookkeeping for the GC and tracebacks. */
export interface CallRecord {
  f: Frame;
  slots: SlotInfo[];
  line: number;
  name: string;
}

export class Compiler {
  readonly lines: LineMap;
  readonly std: Std;
  ctx!: Ctx;
  fn!: FnInfo;
  private compiled = new Map<Ctx, CompiledFn>();
  private siteIds = new Map<string, number>();
  /** Line of the statement being compiled (for sites without a node). */
  curLine = 0;
  /** Functions that can reach a scheduling point (null: the program has none), and whether calls through func values or interfaces can. */
  blockers: Set<FnInfo> | null = null;
  dynBlocks = false;
  /** Expressions evaluated ahead of their statement into a frame slot (compile-gen.ts hoisting). */
  readonly hoisted = new Map<number, number>();
  /** runtime.NumGoroutine: the scheduler's count (1 without goroutines). */
  numGoroutine: () => number = () => 1;
  /** Extra frame slots of the function being compiled (hoisted temporaries). */
  private temps: SlotInfo[] = [];
  private tempBase = 0;
  tempSlot(t: T): number {
    this.temps.push({ t: t.k === 'tuple' ? { k: 'invalid' } : t, boxed: false });
    return this.tempBase + this.temps.length - 1;
  }
  /** Enclosing labelled statements (innermost last) and the label for the next loop or switch. */
  labels: { name: string; brk: number; cont: number }[] = [];
  nextLabel: { brk: number; cont: number } | null = null;
  /** Expressions compiled as something else: a defer's arguments, evaluated at the defer statement (compile-defer.ts). */
  readonly overrides = new Map<number, Ev>();
  /** The deferred state of the run (the running panics, the _defer pool). */
  defers: DeferState | null = null;
  /** What the builtin print/println wrote (to stderr, as in Go). */
  readonly stderr: string[] = [];

  stderrPrint(s: string): void {
    this.stderr.push(s);
  }

  constructor(
    readonly m: Machine,
    readonly info: Info,
    readonly esc: EscapeResult,
    readonly file: A.File,
    readonly src: string,
  ) {
    this.lines = new LineMap(src);
    this.std = new Std(m, (line, what) => this.site(line, 'heap', what));
    this.std.fmt.userMethod = (t, name) => fmtMethod(this, t, name);
  }

  line(n: { from: number }): number {
    return this.lines.line(n.from);
  }

  /** A site id for (line, kind, reason), shared by all executions. */
  site(line: number, kind: 'heap' | 'stack', reason: string): number {
    const key = `${line}|${kind}|${reason}`;
    let id = this.siteIds.get(key);
    if (id === undefined) {
      id = this.m.site(line, kind, reason);
      this.siteIds.set(key, id);
    }
    return id;
  }

  // ---- escape decisions ----

  /** Does allocation site `node` (in the current context) go to the heap? */
  siteHeap(nodeId: number): boolean {
    const v = this.ctx.siteHeap.get(nodeId);
    return v === undefined ? true : v;
  }
  siteReason(nodeId: number): string | undefined {
    return this.ctx.siteReason.get(nodeId);
  }
  varHeap(v: VarObj): boolean {
    // The variable's declaring context decides.
    for (let c: Ctx | null = this.ctx; c; c = c.parent) {
      if (c.fn === v.fn) return c.heapVars.has(v);
    }
    return false;
  }
  zeroCopy(nodeId: number): boolean {
    return this.ctx.zeroCopy.has(nodeId);
  }

  // ---- panics ----

  panicAt(line: number, msg: string, signal = false): never {
    this.m.panicLine = line;
    throw new GoPanicSignal(msg, signal);
  }

  /** Index/slice bounds panics: the runtime boxes a boundsError (24 bytes) into the panic's error. */
  boundsPanic(line: number, msg: string): never {
    this.m.malloc(24, true, this.site(line, 'heap', 'runtime: the boundsError value of the panic'), line, 0, null, null);
    this.panicAt(line, msg);
  }

  /** Failed type assertions panic with a new *runtime.TypeAssertionError (40 bytes). */
  assertPanic(line: number, msg: string): never {
    this.m.malloc(40, false, this.site(line, 'heap', 'runtime: the *TypeAssertionError of the panic'), line, 0, null, null);
    this.panicAt(line, msg);
  }

  // ---- variables ----

  isBoxed(v: VarObj): boolean {
    return !v.global && (v.addrTaken || v.captured);
  }

  /** Slot of a local variable in the frame being compiled (captured variables have their own slots). */
  slotOf(v: VarObj): number {
    if (v.fn === this.fn) return v.slot;
    const i = this.fn.captures.indexOf(v);
    if (i < 0) throw new Error(`internal: ${v.name} is not captured by ${this.fn.name}`);
    return this.fn.nslots + i;
  }

  varGet(v: VarObj): Ev {
    if (v.global) {
      const G = this.m.globals;
      const i = v.slot;
      return () => G[i];
    }
    const s = this.slotOf(v);
    if (this.isBoxed(v)) {
      if (isAggregate(v.type)) return (f) => (f[s] as Ptr).c;
      return (f) => (f[s] as Ptr).c[0];
    }
    return (f) => f[s];
  }

  /** Assigns to a variable (aggregates are copied in place or replaced by a copy). */
  varSet(v: VarObj, fresh: boolean): (f: Frame, x: unknown) => void {
    const agg = isAggregate(v.type);
    if (v.global) {
      const G = this.m.globals;
      const i = v.slot;
      if (agg) {
        const cp = copyIntoFn(v.type);
        return (_f, x) => cp(G[i], x);
      }
      return (_f, x) => {
        G[i] = x;
      };
    }
    const s = this.slotOf(v);
    if (this.isBoxed(v)) {
      if (agg) {
        const cp = copyIntoFn(v.type);
        return (f, x) => cp((f[s] as Ptr).c, x);
      }
      return (f, x) => {
        (f[s] as Ptr).c[0] = x;
      };
    }
    if (agg && !fresh) {
      const cl = cloneFn(v.type);
      return (f, x) => {
        f[s] = cl(x);
      };
    }
    return (f, x) => {
      f[s] = x;
    };
  }

  /**
   * Declares (creates) a local variable with an initial value: a new box for boxed variables
   * (a heap object when escape analysis moved it to the heap), so every execution of the
   * declaration (every loop iteration) gets its own variable.
   */
  varDecl(v: VarObj, fresh: boolean, declLine: number): (f: Frame, x: unknown) => void {
    const s = this.slotOf(v);
    const agg = isAggregate(v.type);
    const cl = agg && !fresh ? cloneFn(v.type) : null;
    if (!this.isBoxed(v)) {
      if (cl) return (f, x) => {
        f[s] = cl(x);
      };
      return (f, x) => {
        f[s] = x;
      };
    }
    const heap = this.varHeap(v);
    const m = this.m;
    const t = v.type;
    const size = sizeof(t);
    const noscan = !hasPointers(t);
    const site = this.site(declLine, heap ? 'heap' : 'stack', heap ? `moved to heap: ${v.name}` : `${v.name} stays on the stack (its address does not escape)`);
    if (agg) {
      return (f, x) => {
        const val = cl ? cl(x) : x;
        let o: HeapObj | null = null;
        if (heap) o = m.malloc(size, noscan, site, declLine, noscan ? 0 : 2, val, t);
        else m.stackAlloc(size, site, declLine);
        f[s] = new Ptr(val, -1, o);
      };
    }
    return (f, x) => {
      const box = [x];
      let o: HeapObj | null = null;
      if (heap) {
        o = m.malloc(size, noscan, site, declLine, noscan ? 0 : 3, box, t);
        if (!noscan) o.scanFn = (mk) => mk.markValue(box[0], t);
      } else m.stackAlloc(size, site, declLine);
      f[s] = new Ptr(box, 0, o);
    };
  }

  /** &v: the variable's box (or a pointer into the globals area). */
  varAddr(v: VarObj): Ev {
    if (v.global) {
      const G = this.m.globals;
      const i = v.slot;
      if (isAggregate(v.type)) return () => new Ptr(G[i], -1, null);
      let p: Ptr | null = null;
      return () => (p ??= new Ptr(G, i, null));
    }
    const s = this.slotOf(v);
    return (f) => f[s];
  }

  // ---- functions ----

  /** The compiled body of fn in escape context ctx (inlined copies get their own). */
  compileFn(fn: FnInfo, ctx: Ctx): CompiledFn {
    let c = this.compiled.get(ctx);
    if (c) return c;
    const saveCtx = this.ctx;
    const saveFn = this.fn;
    this.ctx = ctx;
    this.fn = fn;
    const nslots = fn.nslots + fn.captures.length;
    const slots: SlotInfo[] = [];
    for (const v of fn.locals) slots[v.slot] = { t: v.type, boxed: this.isBoxed(v) };
    fn.captures.forEach((v, i) => (slots[fn.nslots + i] = { t: v.type, boxed: true }));
    for (let i = 0; i < nslots; i++) if (!slots[i]) slots[i] = { t: { k: 'invalid' }, boxed: false };
    const declLine = fn.node.kind === 'FuncDecl' ? this.line(fn.node.name) : this.line(fn.node);
    c = {
      fn,
      ctx,
      nslots,
      slots,
      body: () => 0,
      name: fn.name,
      paramSlots: fn.params.map((p) => p.slot),
      resultSlots: fn.results.map((r) => r.slot),
      captureSlots: fn.captures.map((_, i) => fn.nslots + i),
      paramBox: fn.params.map((p) => {
        const boxed = this.isBoxed(p);
        const heap = boxed && this.varHeap(p);
        return {
          boxed,
          heap,
          agg: isAggregate(p.type),
          site: boxed ? this.site(declLine, heap ? 'heap' : 'stack', heap ? `moved to heap: ${p.name}` : `${p.name} stays on the stack`) : 0,
          line: declLine,
          t: p.type,
        };
      }),
      resultZero: fn.results.map((r) => zeroFn(r.type)),
      resultBox: fn.results.map((r) => this.isBoxed(r)),
      resultAgg: fn.results.map((r) => isAggregate(r.type)),
      resultHeap: fn.results.some((r) => this.isBoxed(r) && this.varHeap(r))
        ? fn.results.map((r) => ({ site: this.isBoxed(r) && this.varHeap(r) ? this.site(declLine, 'heap', `moved to heap: ${r.name}`) : -1, line: declLine, t: r.type }))
        : null,
      bodyG: null,
    };
    this.compiled.set(ctx, c);
    const saveTemps = this.temps;
    const saveBase = this.tempBase;
    this.temps = [];
    this.tempBase = nslots;
    if (this.blockers?.has(fn)) {
      c.bodyG = fn.node.body ? compileStmtListG(this, fn.node.body.stmts) : function* () { return 0; };
      c.body = () => {
        throw new CompileError(fn.node, `${fn.name} can block (it uses channels, goroutines or locks) and cannot be called from here (a library callback or a package initializer)`);
      };
    } else c.body = fn.node.body ? compileStmtList(this, fn.node.body.stmts) : () => 0;
    c.nslots += this.temps.length;
    c.slots.push(...this.temps);
    this.temps = saveTemps;
    this.tempBase = saveBase;
    this.ctx = saveCtx;
    this.fn = saveFn;
    return c;
  }

  /** invoke for a function that can block: a generator that yields to the scheduler. */
  *invokeG(c: CompiledFn, f: Frame, line: number): Gen<unknown> {
    if (!c.bodyG) return this.invoke(c, f, line);
    const m = this.m;
    this.enterFrame(c, f, line);
    const frames = m.frames;
    frames.push({ f, slots: c.slots, line, name: c.name });
    const savedSeq = m.stmtSeq;
    m.ret = undefined;
    if (c.fn.defers) yield* runWithDefersG(this, c, f);
    else yield* c.bodyG(f);
    const ret = m.ret;
    frames.pop();
    m.stmtSeq = savedSeq;
    return ret;
  }

  /** go f(args): evaluates the call's function and arguments now and returns the new goroutine's body. */
  goCall(call: A.Call): (f: Frame) => Gen<unknown> {
    return goCallOf(this, call);
  }

  /** Invokes a compiled function with a ready frame. Returns the result (an array for several). */
  invoke(c: CompiledFn, f: Frame, line: number): unknown {
    const m = this.m;
    this.enterFrame(c, f, line);
    const frames = m.frames;
    frames.push({ f, slots: c.slots, line, name: c.name });
    const savedSeq = m.stmtSeq;
    m.ret = undefined;
    if (c.fn.defers) runWithDefers(this, c, f);
    else c.body(f);
    frames.pop();
    m.stmtSeq = savedSeq;
    return m.ret;
  }

  /** A call's prologue: parameters moved to boxes, zeroed results, the depth limit. */
  private enterFrame(c: CompiledFn, f: Frame, line: number): void {
    const m = this.m;
    // Parameters that live in boxes.
    for (let i = 0; i < c.paramBox.length; i++) {
      const pb = c.paramBox[i];
      if (!pb.boxed) continue;
      const s = c.paramSlots[i];
      const x = f[s];
      let o: HeapObj | null = null;
      if (pb.agg) {
        if (pb.heap) o = m.malloc(sizeof(pb.t), !hasPointers(pb.t), pb.site, pb.line, 2, x, pb.t);
        f[s] = new Ptr(x, -1, o);
      } else {
        const box = [x];
        if (pb.heap) {
          o = m.malloc(sizeof(pb.t), !hasPointers(pb.t), pb.site, pb.line, 3, box, pb.t);
          const t = pb.t;
          o.scanFn = (mk) => mk.markValue(box[0], t);
        }
        f[s] = new Ptr(box, 0, o);
      }
    }
    for (let i = 0; i < c.resultSlots.length; i++) {
      const z = c.resultZero[i]();
      const rh = c.resultHeap?.[i];
      if (rh && rh.site >= 0) {
        // A named result moved to the heap: its box is allocated at the call, like a parameter's.
        const t = rh.t;
        const noscan = !hasPointers(t);
        if (c.resultAgg[i]) f[c.resultSlots[i]] = new Ptr(z, -1, m.malloc(sizeof(t), noscan, rh.site, rh.line, 2, z, t));
        else {
          const box = [z];
          const o = m.malloc(sizeof(t), noscan, rh.site, rh.line, 3, box, t);
          if (!noscan) o.scanFn = (mk) => mk.markValue(box[0], t);
          f[c.resultSlots[i]] = new Ptr(box, 0, o);
        }
        continue;
      }
      f[c.resultSlots[i]] = c.resultBox[i] ? (c.resultAgg[i] ? new Ptr(z, -1, null) : new Ptr([z], 0, null)) : z;
    }
    if (m.frames.length >= MAX_DEPTH) {
      m.panicLine = line;
      throw new GoPanicSignal('stack overflow', false, true);
    }
  }

  /** An expression: see compile-expr.ts. */
  expr(e: A.Expr): Ev {
    return compileExpr(this, e);
  }

  /** Is the value of e a new object (no copy needed when it is stored)? */
  isFresh(e: A.Expr): boolean {
    const x = unparen(e);
    if (x.kind === 'CompositeLit') return true;
    if (x.kind === 'Call') {
      const ck = this.info.calls[x.id];
      return ck?.k !== 'conv';
    }
    return false;
  }

  typeOf(e: A.Expr): T {
    return this.info.types[e.id] ?? { k: 'invalid' };
  }

  /** A value stored into a new location: aggregates are copied unless the expression made a new one. */
  valueForStore(e: A.Expr, t: T): Ev {
    const ev = this.expr(e);
    if (isAggregate(t) && !this.isFresh(e)) {
      const cl = cloneFn(t);
      return (f) => cl(ev(f));
    }
    return ev;
  }
}

/** Deepest call nesting before Go's 1 GB stack limit would be hit (and before the host's). */
export const MAX_DEPTH = 4000;

export { underlying };
