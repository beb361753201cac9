// Escape analysis, after cmd/compile/internal/escape (go1.23.5).
//
// Every variable and every allocating expression is a *location*. Evaluating an expression into a
// *hole* (a destination location plus a dereference count) adds data-flow edges: `p = &x` is an
// edge p ← x with derefs -1, `y = *p` is y ← p with derefs +1. A location escapes when its address
// (derefs < 0 along some path) flows to a location that outlives it:
//   * the heap (globals, stores through pointers and into slices, interface method calls, values
//     appended to a slice, arguments whose parameters leak);
//   * a result of its function (returned addresses outlive the call) — unless the call is inlined;
//   * a variable declared outside the loop the allocation happens in;
//   * anything that itself escaped.
// Allocations escape regardless of flow when their size is not a constant (make([]T, n)) or too
// big for the stack (> 64 KiB for new/&T{}/make, > 10 MiB for a declared variable).
// Calls to small functions are inlined first (inline.ts), so their bodies are analysed as part of
// the caller, once per call site (a "context"). Calls that are not inlined use the callee's
// parameter tags ("leaking param: x", "x does not escape"), computed bottom-up.
// Run-time consequences (compile-*.ts): an escaping site calls mallocgc; a non-escaping one uses
// the stack (no allocation); an escaping interface conversion allocates only when the runtime's
// convT would (not for constants, pointers, 0..255, single bytes, zero-size values, "" or nil
// slices); a non-escaping []byte(s) that is never written is a zero-copy view; a non-escaping string
// result of at most 32 bytes uses a stack buffer (tmpBuf).

import type * as A from './ast';
import { constString, unparen, type ConstVal, type FnInfo, type Info, type VarObj } from './check';
import { quoteRune } from './format';
import { Inliner, STD_INLINE_COST } from './inline';
import type { Leak, StdMethod } from './std';
import { tBuffer, tBufioReader } from './std';
import { hasPointers, isPointerShaped, isInterface, isString, sizeof, typeString, underlying, type T } from './types';

export const MaxStackVarSize = 10 * 1024 * 1024;
/** Site key of the interface box of expression `id` (the expression itself may be another site). */
export const BOX_KEY = 1 << 30;
/** Site key of the `[]byte(s)` copy inside an inlined `bytes.NewBufferString(s)` call `id`. */
export const BYTES_KEY = 1 << 29;
export const MaxImplicitStackVarSize = 64 * 1024;

type LocKind = 'heap' | 'mutator' | 'var' | 'alloc' | 'result' | 'temp';

class Loc {
  edges: { src: Loc; derefs: number }[] = [];
  escapes = false;
  mutated = false;
  walkgen = 0;
  derefs = 0;
  // parameter tags (out-of-line params only)
  leakHeap = Infinity;
  leakResult: number[] = [];
  leakMutate = Infinity;
  /** An interface conversion's box (OCONVIFACE spill). */
  box = false;
  constructor(
    readonly kind: LocKind,
    readonly curfn: Ctx | null,
    readonly loopDepth: number,
    readonly v: VarObj | null = null,
    readonly node: A.Expr | null = null,
    readonly paramIndex = -1,
  ) {}
}

interface Hole {
  dst: Loc | null;
  derefs: number;
}
const discard: Hole = { dst: null, derefs: 0 };
const hole = (l: Loc): Hole => ({ dst: l, derefs: 0 });
const shift = (k: Hole, d: number): Hole => (k.dst ? { dst: k.dst, derefs: k.derefs + d } : k);
const addrOf = (k: Hole): Hole => shift(k, -1);
const derefOf = (k: Hole): Hole => shift(k, 1);

/** A body being analysed: a function's own body, a func literal, or an inlined copy at a call site. */
export class Ctx {
  /** Compiler temporaries (.autotmp_N) named so far in this function (multi-value call arguments). */
  autotmps = 0;
  readonly children = new Map<number, Ctx>();
  /** Allocation sites (node id) → escapes. */
  readonly siteHeap = new Map<number, boolean>();
  /** Why a site escapes regardless of flow ("non-constant size", ...). */
  readonly siteReason = new Map<number, string>();
  /** Variables moved to the heap. */
  readonly heapVars = new Set<VarObj>();
  /** []byte(s) conversions that are neither escaping nor written: zero-copy. */
  readonly zeroCopy = new Set<number>();
  /** Closures that capture a variable by reference. */
  readonly vars = new Map<VarObj, Loc>();
  readonly allocs = new Map<number, Loc>();
  resultTemps: Loc[] = [];
  constructor(
    readonly id: number,
    readonly fn: FnInfo,
    readonly parent: Ctx | null,
    /** The inlined call, or null for an out-of-line body. */
    readonly call: A.Call | null,
    /** Loop depth of the call site (inlined bodies live at the caller's depth). */
    readonly baseDepth: number,
    /** The function whose frame this code runs in (a literal's own ctx, or the caller for inlined code). */
    public curfn: Ctx | null,
  ) {}
}

export interface EscapeMessage {
  pos: number;
  msg: string;
}

export interface EscapeResult {
  /** Out-of-line body of each function and literal. */
  bodies: Map<FnInfo, Ctx>;
  /** Package-level variable initialisation. */
  init: Ctx;
  messages: EscapeMessage[];
  inliner: Inliner;
  /** Is a captured variable copied into the closure (else its address is)? */
  byValue: (v: VarObj) => boolean;
}

interface Tags {
  heap: number[];
  result: number[][];
  mutate: number[];
}

/** Call sites the inliner expands (the callee is small and not recursive). */
function inlinedCallee(info: Info, inl: Inliner, e: A.Call, caller: FnInfo, stack: FnInfo[]): FnInfo | null {
  const ck = info.calls[e.id];
  if (ck?.k !== 'func') return null;
  const callee = ck.fn;
  if (callee === caller || stack.includes(callee) || !inl.inlinable(callee)) return null;
  return callee;
}

class Analyzer {
  ctxCount = 0;
  messages: EscapeMessage[] = [];
  tags = new Map<FnInfo, Tags>();
  inliner: Inliner;
  // per batch
  locs: Loc[] = [];
  heapLoc!: Loc;
  mutatorLoc!: Loc;
  depth = 0;
  ctx!: Ctx;
  inlineStack: FnInfo[] = [];
  batchCtxs: Ctx[] = [];

  constructor(
    readonly info: Info,
    readonly file: A.File,
    readonly src: string,
  ) {
    this.inliner = new Inliner(info);
    this.assigned = assignedVars(info, file);
  }
  readonly assigned: Set<VarObj>;

  newLoc(kind: LocKind, v: VarObj | null = null, node: A.Expr | null = null, paramIndex = -1, depth = this.depth): Loc {
    const l = new Loc(kind, this.ctx?.curfn ?? null, depth, v, node, paramIndex);
    this.locs.push(l);
    return l;
  }

  newCtx(fn: FnInfo, parent: Ctx | null, call: A.Call | null, baseDepth: number, lit: boolean): Ctx {
    const c = new Ctx(this.ctxCount++, fn, parent, call, baseDepth, null);
    c.curfn = call ? parent!.curfn : c;
    if (lit) c.curfn = c;
    this.batchCtxs.push(c);
    return c;
  }

  // ---- holes and flows ----

  flow(k: Hole, src: Loc): void {
    const dst = k.dst;
    if (!dst) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.escapes && k.derefs < 0) {
      src.escapes = true;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs });
  }

  /** The location of a local variable in the current context chain (null for globals). */
  varLoc(v: VarObj): Loc | null {
    if (v.global) return null;
    for (let c: Ctx | null = this.ctx; c; c = c.parent) {
      if (c.fn === v.fn) {
        let l = c.vars.get(v);
        if (!l) {
          const saved = this.ctx;
          this.ctx = c;
          l = this.newLoc('var', v, null, -1, v.loopDepth + c.baseDepth);
          this.ctx = saved;
          c.vars.set(v, l);
        }
        return l;
      }
    }
    return null;
  }

  /** spill: a new allocation location whose address flows into k; returns a hole into it. */
  spill(k: Hole, e: A.Expr, key = e.id): Hole {
    const l = this.newLoc('alloc', null, e);
    this.ctx.allocs.set(key, l);
    this.flow(addrOf(k), l);
    return hole(l);
  }

  heapHole(): Hole {
    return hole(this.heapLoc);
  }
  mutatorHole(): Hole {
    return hole(this.mutatorLoc);
  }

  typeOf(e: A.Expr): T | undefined {
    return this.info.types[e.id];
  }

  // ---- expressions ----

  expr(k: Hole, e: A.Expr): void {
    const info = this.info;
    const t = this.typeOf(e);
    // Values without pointers carry no addresses.
    if (k.derefs >= 0 && t && t.k !== 'untyped' && t.k !== 'tuple' && !hasPointers(t) && !info.toIface[e.id]) k = discard;
    const boxT = info.toIface[e.id];
    if (boxT) {
      // OCONVIFACE: a non-pointer-shaped value is copied into a box.
      if (!isPointerShaped(boxT) && !isInterface(boxT)) {
        k = this.spill(k, e, BOX_KEY + e.id);
        k.dst!.box = true;
      }
      if (!hasPointers(boxT)) k = discard;
    }
    if (info.consts[e.id] !== undefined && (e.kind !== 'Call' || info.calls[e.id]?.k === 'conv')) return; // static data
    switch (e.kind) {
      case 'Ident': {
        const o = info.uses[e.id];
        if (o?.kind === 'var') {
          const l = this.varLoc(o);
          if (l) this.flow(k, l);
        }
        return;
      }
      case 'Paren':
        return this.expr(k, e.x);
      case 'IntLit':
      case 'FloatLit':
      case 'StrLit':
      case 'RuneLit':
      case 'BadExpr':
        return;
      case 'Binary':
        if (e.op === '+' && t && isString(t)) {
          // OADDSTR: one concatenation of all the operands.
          this.spill(k, e);
          for (const x of concatOperands(e, info)) this.expr(discard, x);
          return;
        }
        this.expr(discard, e.x);
        this.expr(discard, e.y);
        return;
      case 'Unary':
        if (e.op === '&') {
          const x = unparen(e.x);
          if (x.kind === 'CompositeLit') {
            // OPTRLIT: a new object, the literal's fields flow into it.
            const kk = this.spill(k, e);
            this.compositeFields(kk, x);
            return;
          }
          this.expr(addrOf(k), e.x);
          return;
        }
        if (e.op === '*') {
          this.expr(derefOf(k), e.x);
          return;
        }
        if (e.op === '<-') {
          // ORECV: the received value comes from the channel; nothing local flows into it.
          this.expr(discard, e.x);
          return;
        }
        this.expr(discard, e.x);
        return;
      case 'Selector': {
        const s = info.sels[e.id];
        if (!s || s.k === 'pkg') return;
        if (s.k === 'field') this.expr(s.ptr ? derefOf(k) : k, e.x);
        else if (s.k === 'memstats') this.expr(discard, e.x);
        else if (s.k === 'umethod') {
          // OMETHVALUE: a closure {F, receiver}; the receiver (or its address) is stored in it.
          const kk = this.spill(k, e);
          this.expr(s.how === 'addr' ? addrOf(kk) : s.how === 'deref' ? derefOf(kk) : kk, e.x);
        }
        return;
      }
      case 'Index': {
        const xt = this.typeOf(e.x);
        const u = xt ? underlying(xt) : null;
        if (u?.k === 'map') return this.mapRead(e); // OINDEXMAP: a copy out of the map
        if (u?.k === 'array') this.expr(k, e.x);
        else if (u?.k === 'ptr') this.expr(derefOf(k), e.x);
        else this.expr(derefOf(k), e.x);
        this.expr(discard, e.index);
        return;
      }
      case 'SliceExpr': {
        const xt = this.typeOf(e.x);
        const u = xt ? underlying(xt) : null;
        if (u?.k === 'array') this.expr(addrOf(k), e.x); // a[:] takes a's address
        else this.expr(k, e.x);
        for (const i of [e.lo, e.hi, e.max]) if (i) this.expr(discard, i);
        return;
      }
      case 'TypeAssert': {
        const target = this.typeOf(e);
        // Asserting a non-pointer-shaped type loads the value out of the box.
        this.expr(target && !isPointerShaped(target) && !isInterface(target) ? derefOf(k) : k, e.x);
        return;
      }
      case 'CompositeLit': {
        const u = t ? underlying(t) : null;
        if (u?.k === 'slice') {
          const kk = this.spill(k, e);
          for (const el of e.elts) this.expr(kk, el.value);
          return;
        }
        if (u?.k === 'map') return this.mapLit(k, e);
        this.compositeFields(k, e);
        return;
      }
      case 'FuncLit':
        return this.funcLit(k, e);
      case 'Call':
        return this.call([k], e);
      default:
        return;
    }
  }

  /** OINDEXMAP read: the value is copied out of the map; neither the map nor the key flows anywhere. */
  mapRead(e: A.Index): void {
    this.expr(discard, e.x);
    this.expr(discard, e.index);
  }

  /** `m[k] = v` (escape/assign.go addr OINDEXMAP): the key goes into the map's heap storage, and so does v. */
  mapPut(x: A.Index): Hole {
    this.expr(discard, x.x);
    this.mapElem(this.heapHole(), x.index);
    return this.heapHole();
  }

  /** OMAPLIT: the map is a new allocation; its keys and values are stored on the heap. */
  mapLit(k: Hole, e: A.CompositeLit): void {
    this.spill(k, e);
    for (const el of e.elts) {
      if (el.key) this.mapElem(this.heapHole(), el.key);
      this.mapElem(this.heapHole(), el.value);
    }
  }

  /** A key or value flowing into k (an elided composite literal is one of its own). */
  mapElem(k: Hole, v: A.Expr): void {
    if (v.kind === 'CompositeLit' && !v.type) this.compositeFields(k, { ...v, elts: [{ kind: 'Element', id: -1, from: v.from, to: v.to, key: null, value: v }] });
    else this.expr(k, v);
  }

  compositeFields(k: Hole, e: A.CompositeLit): void {
    for (const el of e.elts) {
      if (el.key && unparen(el.key).kind !== 'Ident') this.expr(discard, el.key);
      const v = el.value;
      if (v.kind === 'CompositeLit' && !v.type) {
        const t = this.typeOf(v);
        if (t && underlying(t).k === 'ptr') {
          const kk = this.spill(k, v);
          this.compositeFields(kk, v);
        } else if (t && underlying(t).k === 'slice') {
          const kk = this.spill(k, v);
          for (const el2 of v.elts) this.expr(kk, el2.value);
        } else if (t && underlying(t).k === 'map') this.mapLit(k, v);
        else this.compositeFields(k, v);
      } else this.expr(k, v);
    }
  }

  funcLit(k: Hole, e: A.FuncLit): void {
    const fn = this.info.lits.get(e.id)!;
    const kk = this.spill(k, e);
    // Captured variables: by reference (their address flows into the closure).
    for (const v of fn.captures) {
      const l = this.varLoc(v);
      if (l) this.flow(byValue(v, this.assigned) ? kk : addrOf(kk), l);
    }
    // The literal's body: its own function, analysed in this batch.
    const c = this.newCtx(fn, this.ctx, null, 0, true);
    this.bodyCtxs.set(fn, c);
    this.batchLits.push(fn);
    const savedCtx = this.ctx;
    const savedDepth = this.depth;
    this.ctx = c;
    this.depth = 0;
    this.declareParams(c, fn, false);
    if (fn.node.body) this.block(fn.node.body);
    this.ctx = savedCtx;
    this.depth = savedDepth;
  }
  bodyCtxs = new Map<FnInfo, Ctx>();
  /** The function literals analysed in the current batch (their parameters get tags too). */
  batchLits: FnInfo[] = [];

  declareParams(c: Ctx, fn: FnInfo, inlined: boolean): void {
    fn.params.forEach((p, i) => {
      const l = this.newLoc(inlined ? 'var' : 'var', p, null, inlined ? -1 : i, c.baseDepth);
      c.vars.set(p, l);
    });
    c.resultTemps = fn.results.map((r) => {
      const l = this.newLoc(inlined ? 'temp' : 'result', r, null, -1, c.baseDepth);
      c.vars.set(r, l);
      return l;
    });
  }

  // ---- calls ----

  /** Evaluates call e with its results flowing into ks (one hole per result). */
  call(ks: Hole[], e: A.Call): void {
    const info = this.info;
    const ck = info.calls[e.id];
    const k0 = ks[0] ?? discard;
    if (!ck) {
      for (const a of e.args) this.expr(discard, a);
      return;
    }
    switch (ck.k) {
      case 'conv': {
        const from = this.typeOf(e.args[0]);
        const to = ck.to;
        if (from && ((isString(from) && underlying(to).k === 'slice') || (isString(to) && underlying(from).k === 'slice'))) {
          // OSTR2BYTES / OBYTES2STR: a copy.
          this.spill(k0, e);
          if (isString(from)) this.expr(discard, e.args[0]);
          else this.expr(discard, e.args[0]);
          return;
        }
        if (from && isString(to) && !isString(from)) {
          this.spill(k0, e); // string(rune)
          this.expr(discard, e.args[0]);
          return;
        }
        this.expr(k0, e.args[0]);
        return;
      }
      case 'builtin':
        return this.builtin(ks, e, ck.name);
      case 'func': {
        const callee = ck.fn;
        const inl = inlinedCallee(info, this.inliner, e, this.ctx.fn, this.inlineStack);
        if (inl) return this.inlineCall(ks, e, inl);
        const tags = this.tags.get(callee);
        this.args(e, callee.sig, (i) => {
          if (!tags) return this.heapHole(); // recursive: assume the worst
          return this.tagHole(ks, tags, i);
        });
        return;
      }
      case 'std': {
        const f = ck.f;
        if (f.allocs && f.pkg === 'errors' && f.name === 'Join') {
          // &joinError{errs: make([]error, 0, n)}: the struct goes with the result; the errors
          // are stored in the make'd slice, which is always on the heap (non-constant size).
          this.spill(k0, e);
          for (const msg of f.msgs ?? []) this.msg(e.lparen, msg);
          this.args(e, f.sig, () => this.leakHole('content', false));
          return;
        }
        if (f.allocs) {
          // An inlined constructor: a new object holding its arguments.
          const kk = this.spill(k0, e);
          f.leaks.forEach((_, i) => e.args[i] && this.expr(i === 0 ? kk : discard, e.args[i]));
          // &Buffer{buf: []byte(s)}: the byte slice is its own site, stored in the Buffer.
          if (f.name === 'NewBufferString') this.spill(kk, e, BYTES_KEY + e.id);
          if (f.name === 'NewReaderSize' || f.name === 'NewReader' && f.pkg === 'bufio') this.forceHeap(e, 'bufferSite');
          return;
        }
        // Constants (panic messages) and conversions inside inlined library bodies, reported at the call.
        for (const msg of f.msgs ?? []) this.msg(e.lparen, msg.replace('{E}', () => shapeOf(this.typeOf(e.args[0]))));
        // fmt.Println(g()) with multi-value g: each result goes through a temporary (.autotmp_N), and
        // the converted ones escape as fmt's arguments do.
        const spread = e.args.length === 1 ? info.spreadIface.get(e.args[0].id) : undefined;
        if (spread) {
          this.call(spread.map(() => discard), e.args[0] as A.Call);
          for (const t of spread) {
            const n = (this.ctx.curfn ?? this.ctx).autotmps++;
            if (t) this.msg(e.lparen, `.autotmp_${n} ${f.leaks[f.leaks.length - 1] === 'content' ? 'escapes to heap' : 'does not escape'}`);
          }
          this.msg(e.lparen, '... argument does not escape');
          return;
        }
        if (f.resultSite) this.spill(ks[f.resultSiteIndex ?? 0] ?? discard, e);
        this.args(e, f.sig, (i) => {
          const k = this.leakHole(f.leaks[Math.min(i, f.leaks.length - 1)] ?? 'none', false, ks);
          return f.mutates?.includes(i) ? this.tee([k, this.mutatorHole()]) : k;
        });
        if (f.pkg === 'io' && f.name === 'ReadAll') this.flow(addrOf(k0), this.heapLoc);
        return;
      }
      case 'method':
        return this.methodCall(ks, e, ck.m, ck.recvType, ck.recvIsPtr);
      case 'iface':
        // OCALLINTER: the callee is unknown, so the receiver and the arguments leak to the heap.
        this.expr(this.heapHole(), (unparen(e.fun) as A.Selector).x);
        this.args(e, ck.sig, () => this.heapHole());
        return;
      case 'value': {
        this.expr(discard, e.fun);
        const sig = this.typeOf(e.fun);
        const u = sig ? underlying(sig) : null;
        if (u?.k === 'func') this.args(e, u, () => this.heapHole());
        else for (const a of e.args) this.expr(this.heapHole(), a);
        return;
      }
    }
  }

  leakHole(l: Leak, mutates: boolean, results: Hole[] = []): Hole {
    void mutates;
    if (l === 'heap') return this.heapHole();
    if (l === 'content') return derefOf(this.heapHole());
    if (l === 'result') return this.tee(results);
    if (l === 'resultContent') return this.tee(results.map((k) => derefOf(k)));
    if (l === 'contentAndResult') return this.tee([derefOf(this.heapHole()), ...results]);
    return discard;
  }

  tagHole(ks: Hole[], tags: Tags, i: number): Hole {
    const targets: Hole[] = [];
    const h = tags.heap[i];
    if (h !== undefined && h !== Infinity) targets.push(shift(this.heapHole(), Math.max(0, h)));
    tags.result[i]?.forEach((d, j) => {
      if (d !== Infinity && ks[j]) targets.push(shift(ks[j], Math.max(0, d)));
    });
    const m = tags.mutate[i];
    if (m !== undefined && m !== Infinity) targets.push(shift(this.mutatorHole(), Math.max(0, m)));
    return this.tee(targets);
  }

  /** A hole that flows into several holes (teeHole). */
  tee(ks: Hole[]): Hole {
    const live = ks.filter((k) => k.dst);
    if (live.length === 0) return discard;
    if (live.length === 1) return live[0];
    const t = this.newLoc('temp');
    for (const k of live) {
      // tmp = value; dst = tmp with the hole's derefs (as Go's teeHole does)
      this.flow(k, t);
    }
    return hole(t);
  }

  /** Arguments of a call: `param(i)` says where argument i flows; variadic args go through a "... argument" slice. */
  args(e: A.Call, sig: Extract<T, { k: 'func' }>, param: (i: number) => Hole): void {
    const ck = this.info.calls[e.id];
    if (ck?.k === 'func' && ck.recv) {
      // A method call: the receiver (with its implicit & or *) is the first argument.
      this.expr(param(0), ck.recv);
      this.argList(e, { ...sig, params: sig.params.slice(1) }, (i) => param(i + 1));
      return;
    }
    this.argList(e, sig, param);
  }

  argList(e: A.Call, sig: Extract<T, { k: 'func' }>, param: (i: number) => Hole): void {
    const n = sig.params.length;
    if (sig.variadic && !e.ellipsis) {
      for (let i = 0; i < n - 1 && i < e.args.length; i++) this.expr(param(i), e.args[i]);
      // The implicit []T{args...}: a slice literal (stack unless it escapes); nil without arguments.
      if (e.args.length < n) return;
      const kk = this.spillVariadic(param(n - 1), e);
      for (let i = n - 1; i < e.args.length; i++) this.expr(kk, e.args[i]);
      return;
    }
    if (e.args.length === 1 && n > 1 && this.typeOf(e.args[0])?.k === 'tuple') {
      // f(g()): g's results flow into the params.
      this.call(sig.params.map((_, i) => param(i)), e.args[0] as A.Call);
      return;
    }
    e.args.forEach((a, i) => this.expr(param(i), a));
  }

  /** The implicit slice of a variadic call: a site keyed -(call id + 1). */
  spillVariadic(k: Hole, e: A.Call): Hole {
    const l = this.newLoc('alloc', null, e);
    this.ctx.allocs.set(-(e.id + 1), l);
    this.flow(addrOf(k), l);
    return hole(l);
  }

  methodCall(ks: Hole[], e: A.Call, m: StdMethod, recvType: T, recvIsPtr: boolean): void {
    const k0 = ks[0] ?? discard;
    const sel = unparen(e.fun) as A.Selector;
    // Constants inside inlined library methods that the compiler reports at the call.
    const rn = `${(recvType as { pkg?: string }).pkg}.${(recvType as { name?: string }).name}.${m.name}`;
    if (/^strings\.Builder\.(WriteString|WriteByte|Write)$/.test(rn)) this.msg(e.lparen, '"strings: illegal use of non-zero Builder copied by value" escapes to heap');
    if (rn === 'bytes.Buffer.Grow') this.msg(e.lparen, '"bytes.Buffer.Grow: negative count" escapes to heap');
    if (rn === 'bytes.Buffer.Truncate') this.msg(e.lparen, '"bytes.Buffer: truncation out of range" escapes to heap');
    // Receiver: a pointer, or &x for an addressable value.
    let recvHole: Hole = discard;
    const rname = `${(recvType as { pkg?: string }).pkg}.${(recvType as { name?: string }).name}.${m.name}`;
    if (m.recvLeaks) recvHole = this.heapHole();
    // leaking param content: b (Builder's inlined writes store append(b.buf, ...) through b).
    else if (rname === 'bufio.Reader.Read' || /^strings\.Builder\.(WriteString|WriteByte|Write|WriteRune)$/.test(rname)) recvHole = derefOf(this.heapHole());
    if (m.recvMutates) recvHole = this.tee([recvHole, this.mutatorHole()]); // mutates param content: b
    this.expr(recvIsPtr ? recvHole : addrOf(recvHole), sel.x);
    // bytes.Buffer.String() copies: string(b.buf[b.off:]) at the call site (inlined).
    if (recvType === tBuffer && (m.name === 'String' || m.name === 'ReadString')) {
      this.spill(k0, e);
      return;
    }
    if (recvType === tBuffer && (m.name === 'Bytes' || m.name === 'Next' || m.name === 'AvailableBuffer')) {
      // b.buf[b.off:] aliases the buffer: the result leaks the receiver's content.
      this.expr(recvIsPtr ? derefOf(k0) : k0, sel.x);
    }
    void tBufioReader;
    e.args.forEach((a, i) => {
      const leak = m.leaks[i] ?? 'none';
      let kk = this.leakHole(leak, false);
      if (m.name === 'Read') kk = this.tee([kk, this.mutatorHole()]);
      this.expr(kk, a);
    });
  }

  forceHeap(e: A.Call, kind: string): void {
    this.forced.set(e.id, kind);
  }
  forced = new Map<number, string>();

  builtin(ks: Hole[], e: A.Call, name: string): void {
    const k0 = ks[0] ?? discard;
    const args = e.args;
    if (name.startsWith('unsafe.')) return; // a constant: the argument is never evaluated
    switch (name) {
      case 'len':
      case 'cap':
      case 'min':
      case 'max':
      case 'print':
      case 'println':
        for (const a of args) this.expr(discard, a);
        return;
      case 'new':
        this.spill(k0, e);
        return;
      case 'make': {
        // makechan is a runtime call returning a heap *hchan: no allocation site of the compiler's.
        const mt = this.typeOf(e);
        if (!mt || underlying(mt).k !== 'chan') this.spill(k0, e);
        for (const a of args.slice(1)) this.expr(discard, a);
        return;
      }
      case 'close':
        this.expr(discard, args[0]);
        return;
      case 'panic':
        this.expr(this.heapHole(), args[0]);
        return;
      case 'copy':
        this.expr(this.mutatorHole(), args[0]);
        this.expr(discard, args[1]);
        return;
      case 'append': {
        if (args.length === 0) return;
        const st = this.typeOf(args[0]);
        const elem = st && underlying(st).k === 'slice' ? (underlying(st) as { elem: T }).elem : null;
        // The appendee may flow to the result (enough capacity); its elements may be copied to a new heap array.
        let appendee: Hole = this.tee([k0, this.mutatorHole()]);
        if (elem && hasPointers(elem)) appendee = this.tee([k0, this.mutatorHole(), derefOf(this.heapHole())]);
        this.expr(appendee, args[0]);
        if (e.ellipsis) {
          const at = this.typeOf(args[1]);
          const heapContent = at && underlying(at).k === 'slice' && hasPointers((underlying(at) as { elem: T }).elem);
          this.expr(heapContent ? derefOf(this.heapHole()) : discard, args[1]);
        } else {
          for (const a of args.slice(1)) this.expr(this.heapHole(), a);
        }
        return;
      }
      default:
        for (const a of args) this.expr(discard, a);
    }
  }

  inlineCall(ks: Hole[], e: A.Call, callee: FnInfo): void {
    const parent = this.ctx;
    let c = parent.children.get(e.id);
    if (!c) {
      c = this.newCtx(callee, parent, e, this.depth, false);
      parent.children.set(e.id, c);
    }
    // Parameters are locals of the caller, assigned from the arguments.
    this.ctx = c;
    this.declareParams(c, callee, true);
    this.ctx = parent;
    this.args(e, callee.sig, (i) => {
      const p = callee.params[i];
      return p ? hole(c!.vars.get(p)!) : discard;
    });
    // The body, with `return` assigning to the result temporaries.
    this.ctx = c;
    this.inlineStack.push(callee);
    const savedDepth = this.depth;
    if (callee.node.body) this.block(callee.node.body);
    this.depth = savedDepth;
    this.inlineStack.pop();
    this.ctx = parent;
    c.resultTemps.forEach((r, i) => {
      if (ks[i]) this.flow(ks[i], r);
    });
  }

  // ---- statements ----

  block(b: A.Block): void {
    for (const s of b.stmts) this.stmt(s);
  }

  /** The hole an assignment target stands for. */
  addr(e: A.Expr): Hole {
    const x = unparen(e);
    const info = this.info;
    switch (x.kind) {
      case 'Ident': {
        if (x.name === '_') return discard;
        const o = info.uses[x.id] ?? info.defs[x.id];
        if (o?.kind !== 'var') return discard;
        if (o.global) return this.heapHole();
        const l = this.varLoc(o);
        return l ? hole(l) : discard;
      }
      case 'Selector': {
        const s = info.sels[x.id];
        if (s?.k === 'field') {
          if (s.ptr) {
            this.expr(this.mutatorHole(), x.x);
            return this.heapHole();
          }
          return this.addr(x.x);
        }
        if (s?.k === 'memstats') return discard;
        if (s?.k === 'pkg') return this.heapHole();
        return discard;
      }
      case 'Index': {
        const xt = this.typeOf(x.x);
        const u = xt ? underlying(xt) : null;
        if (u?.k === 'map') return this.mapPut(x);
        this.expr(discard, x.index);
        if (u?.k === 'array') return this.addr(x.x);
        this.expr(this.mutatorHole(), x.x);
        return this.heapHole();
      }
      case 'Unary':
        if (x.op === '*') {
          this.expr(this.mutatorHole(), x.x);
          return this.heapHole();
        }
        return discard;
      default:
        return discard;
    }
  }

  assignList(dsts: (A.Expr | null)[], srcs: A.Expr[]): void {
    const ks = dsts.map((d) => (d ? this.addr(d) : discard));
    if (srcs.length === 1 && dsts.length > 1) {
      const s = unparen(srcs[0]);
      if (s.kind === 'Call') this.call(ks, s);
      else if (s.kind === 'TypeAssert') this.expr(ks[0], s);
      else this.expr(ks[0], s);
      return;
    }
    // Self-assignments store no new pointer: the source flows nowhere (the destination still counts
    // as written).
    srcs.forEach((s, i) => this.expr(dsts[i] && this.isSelfAssign(dsts[i]!, s) ? discard : (ks[i] ?? discard), s));
  }

  /** escape's isSelfAssign: `p.buf = p.buf[i:j]`, `v.x = v.y`, `v.a[i] = v.b[j]`. */
  isSelfAssign(dst: A.Expr, src: A.Expr): boolean {
    const info = this.info;
    const d = unparen(dst);
    const s = unparen(src);
    const sameSafe = (a: A.Expr, b: A.Expr): boolean => {
      const x = unparen(a);
      const y = unparen(b);
      if (x.kind === 'Ident' && y.kind === 'Ident') return info.uses[x.id]?.kind === 'var' && info.uses[x.id] === info.uses[y.id];
      if (x.kind === 'Selector' && y.kind === 'Selector') return x.sel === y.sel && info.sels[x.id]?.k === 'field' && sameSafe(x.x, y.x);
      return false;
    };
    const ptrField = (x: A.Expr): x is A.Selector => x.kind === 'Selector' && info.sels[x.id]?.k === 'field' && !!(info.sels[x.id] as { ptr?: boolean }).ptr;
    // isSliceSelfAssign: a field through a pointer variable, assigned a reslice of itself.
    if (ptrField(d) && unparen(d.x).kind === 'Ident' && s.kind === 'SliceExpr') {
      const base = unparen(s.x);
      const bt = this.typeOf(base);
      if (ptrField(base) && bt && underlying(bt).k !== 'array' && sameSafe(d.x, base.x)) return true;
    }
    if (d.kind === 'Selector' && s.kind === 'Selector' && info.sels[d.id]?.k === 'field' && info.sels[s.id]?.k === 'field') return sameSafe(d.x, s.x);
    if (d.kind === 'Index' && s.kind === 'Index') {
      const safeIndex = (i: A.Expr) => info.consts[i.id] !== undefined || unparen(i).kind === 'Ident';
      return safeIndex(d.index) && safeIndex(s.index) && sameSafe(d.x, s.x);
    }
    return false;
  }

  stmt(s: A.Stmt): void {
    const info = this.info;
    switch (s.kind) {
      case 'Defer': {
        // goDeferStmt: outside loops the deferred call's values last until it runs but do not
        // escape (e.later(e.discardHole())); in a loop the call's closure goes to the heap. A
        // call with arguments is wrapped in a closure capturing them (normalizeGoDeferCall):
        // its arguments flow as in the call itself, and into the heap with the wrapper in a loop.
        const x = unparen(s.call);
        if (x.kind !== 'Call') return;
        const top = this.depth === 0;
        const ck = info.calls[x.id];
        const sig = ck?.k === 'value' ? this.typeOf(x.fun) : null;
        const su = sig ? underlying(sig) : null;
        if (ck?.k === 'value' && su?.k === 'func' && su.params.length + su.results.length === 0) {
          this.expr(top ? discard : this.heapHole(), x.fun);
          return;
        }
        if (ck?.k === 'func' && !ck.recv && ck.fn.sig.params.length + ck.fn.sig.results.length === 0) return;
        this.call([], x);
        if (!top) {
          if (ck?.k === 'func' && ck.recv) this.expr(this.heapHole(), ck.recv);
          if (ck?.k === 'value') this.expr(this.heapHole(), x.fun);
          for (const a of x.args) this.expr(this.heapHole(), a);
        }
        return;
      }
      case 'ExprStmt': {
        const x = unparen(s.x);
        if (x.kind === 'Call') this.call([], x);
        else this.expr(discard, x);
        return;
      }
      case 'Assign':
        if (s.op !== '=') {
          // OASOP is assigned like x = y: the right operand flows into x (a string's bytes do).
          const k = this.addr(s.lhs[0]);
          this.expr(k, s.rhs[0]);
          const lt = this.typeOf(s.lhs[0]);
          // s += t: walk rewrites it to s = s + t after escape analysis, a new concatenation the
          // analysis never saw: always on the heap.
          if (s.op === '+=' && lt && isString(lt)) this.spill(k, s as unknown as A.Expr).dst!.escapes = true;
          return;
        }
        this.assignList(s.lhs, s.rhs);
        return;
      case 'Define':
        this.assignList(s.lhs.map((l) => (info.defs[l.id] || info.uses[l.id] ? l : null)), s.rhs);
        return;
      case 'IncDec':
        this.addr(s.x);
        return;
      case 'VarDecl':
        for (const sp of s.specs) {
          for (const n of sp.names) {
            const v = info.defs[n.id];
            if (v?.kind === 'var') {
              const l = this.varLoc(v);
              if (l && sizeof(v.type) > MaxStackVarSize) {
                l.escapes = true;
                this.tooLarge.add(v);
              }
            }
          }
          if (sp.values.length) this.assignList(sp.names, sp.values);
        }
        return;
      case 'ConstDecl':
      case 'TypeDecl':
      case 'Empty':
      case 'Branch':
        return;
      case 'Block':
        return this.block(s);
      case 'Labeled':
        if (s.stmt) this.stmt(s.stmt);
        return;
      case 'Send':
        // OSEND: the value is stored in the channel (assignHeap).
        this.expr(discard, s.ch);
        this.expr(this.heapHole(), s.value);
        return;
      case 'Go': {
        // goDeferStmt: a call without arguments and results runs its function value (a closure
        // escapes); otherwise the arguments are captured by the go wrapper closure on the heap.
        const call = unparen(s.call);
        if (call.kind !== 'Call') return;
        const ck = info.calls[call.id];
        const sig = ck?.k === 'func' ? ck.fn.sig : ck?.k === 'value' ? (underlying(this.typeOf(call.fun) ?? { k: 'invalid' }) as Extract<T, { k: 'func' }>) : null;
        if (ck?.k === 'value' && sig && sig.params.length === 0 && sig.results.length === 0) {
          this.expr(this.heapHole(), call.fun);
          return;
        }
        if (ck?.k === 'value') this.expr(this.heapHole(), call.fun);
        if (ck?.k === 'func' && ck.recv) this.expr(this.heapHole(), ck.recv);
        for (const a of call.args) this.expr(this.heapHole(), a);
        return;
      }
      case 'Select':
        for (const c of s.clauses) {
          if (c.comm) this.stmt(c.comm);
          for (const b of c.body) this.stmt(b);
        }
        return;
      case 'TypeSwitch': {
        if (s.init) this.stmt(s.init);
        // x flows into each clause's v (loaded out of the box when v's type is not pointer-shaped).
        const ks: Hole[] = [];
        for (const c of s.clauses) {
          const v = c.bind ? info.defs[c.bind.id] : undefined;
          if (v?.kind !== 'var' || !hasPointers(v.type)) continue;
          const k = this.defHole(c.bind!);
          ks.push(isInterface(v.type) || isPointerShaped(v.type) ? k : derefOf(k));
        }
        this.expr(this.tee(ks), s.x);
        for (const c of s.clauses) for (const b of c.body) this.stmt(b);
        return;
      }
      case 'Switch':
        if (s.init) this.stmt(s.init);
        if (s.tag) this.expr(discard, s.tag);
        for (const c of s.clauses) {
          for (const e of c.exprs ?? []) this.expr(discard, e);
          for (const b of c.body) this.stmt(b);
        }
        return;
      case 'If':
        if (s.init) this.stmt(s.init);
        this.expr(discard, s.cond);
        this.block(s.then);
        if (s.els) this.stmt(s.els);
        return;
      case 'For':
        if (s.init) this.stmt(s.init);
        this.depth++;
        if (s.cond) this.expr(discard, s.cond);
        if (s.post) this.stmt(s.post);
        this.block(s.body);
        this.depth--;
        return;
      case 'Range': {
        const xt = this.typeOf(s.x);
        const u = xt ? underlying(xt) : null;
        this.depth++;
        const kKey = s.key ? (s.define ? this.defHole(s.key) : this.addr(s.key)) : discard;
        void kKey;
        const kVal = s.value ? (s.define ? this.defHole(s.value) : this.addr(s.value)) : discard;
        this.depth--;
        if (u?.k === 'array') this.expr(kVal, s.x);
        else this.expr(derefOf(kVal), s.x);
        this.depth++;
        this.block(s.body);
        this.depth--;
        return;
      }
      case 'Return': {
        const c = this.ctx;
        const fn = c.fn;
        if (s.results.length === 0) return;
        const ks = c.resultTemps.map((l) => hole(l));
        if (s.results.length === 1 && fn.results.length > 1) {
          const x = unparen(s.results[0]);
          if (x.kind === 'Call') this.call(ks, x);
          return;
        }
        s.results.forEach((r, i) => this.expr(ks[i] ?? discard, r));
        return;
      }
    }
  }
  tooLarge = new Set<VarObj>();

  defHole(e: A.Expr): Hole {
    if (e.kind !== 'Ident' || e.name === '_') return discard;
    const v = this.info.defs[e.id];
    if (v?.kind !== 'var') return discard;
    const l = this.varLoc(v);
    return l ? hole(l) : discard;
  }

  // ---- solving ----

  walkAll(): void {
    let walkgen = 0;
    const todo: Loc[] = [];
    const inTodo = new Set<Loc>();
    const enqueue = (l: Loc) => {
      if (!inTodo.has(l)) {
        inTodo.add(l);
        todo.push(l);
      }
    };
    for (const l of this.locs) enqueue(l);
    enqueue(this.mutatorLoc);
    enqueue(this.heapLoc);
    while (todo.length) {
      const root = todo.pop()!;
      inTodo.delete(root);
      walkgen++;
      this.walkOne(root, walkgen, enqueue);
    }
  }

  outlives(l: Loc, other: Loc): boolean {
    if (l.escapes) return true;
    if (l.kind === 'mutator') return false;
    if (l.kind === 'result') return true;
    if (l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
    if (l.curfn && other.curfn && containsClosure(l.curfn, other.curfn)) return true;
    return false;
  }

  walkOne(root: Loc, walkgen: number, enqueue: (l: Loc) => void): void {
    root.walkgen = walkgen;
    root.derefs = 0;
    const todo: Loc[] = [root];
    while (todo.length) {
      const l = todo.pop()!;
      let derefs = l.derefs;
      if (derefs < 0) {
        derefs = 0;
        if (root === this.mutatorLoc) l.mutated = true;
        if (this.outlives(root, l) && !l.escapes) {
          l.escapes = true;
          enqueue(l);
          continue;
        }
      }
      if (l.paramIndex >= 0 && l.kind === 'var') {
        if (root === this.heapLoc || (root.escapes && root.kind !== 'result')) l.leakHeap = Math.min(l.leakHeap, derefs);
        else if (root.kind === 'result' && root.curfn === l.curfn) {
          const j = root.v ? root.v.fn!.results.indexOf(root.v) : -1;
          if (j >= 0) l.leakResult[j] = Math.min(l.leakResult[j] ?? Infinity, derefs);
        } else if (root === this.mutatorLoc) l.leakMutate = Math.min(l.leakMutate, derefs);
      }
      if (l.escapes && l !== root) continue;
      for (const edge of l.edges) {
        if (edge.src.escapes) continue;
        const d = derefs + edge.derefs;
        if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
          edge.src.walkgen = walkgen;
          edge.src.derefs = d;
          todo.push(edge.src);
        }
      }
    }
  }

  // ---- driver ----

  /** Analyses one out-of-line function (with its literals and inlined callees). */
  analyzeFn(fn: FnInfo): Ctx {
    this.startBatch();
    this.batchLits = [];
    const c = this.newCtx(fn, null, null, 0, false);
    this.ctx = c;
    this.bodyCtxs.set(fn, c);
    this.declareParams(c, fn, false);
    if (fn.node.body) this.block(fn.node.body);
    this.applyForced();
    this.walkAll();
    this.finishBatch();
    // A literal's parameters: "does not escape" (the other tags are not compared).
    for (const lit of new Set(this.batchLits)) {
      const lc = this.bodyCtxs.get(lit);
      if (!lc) continue;
      for (const p of lit.params) {
        const l = lc.vars.get(p);
        if (!l || p.name === '_' || !hasPointers(p.type)) continue;
        if (l.leakHeap === Infinity && !l.leakResult.some((d) => d !== undefined && d < Infinity)) this.msg(p.pos, `${p.name} does not escape`);
      }
    }
    // Tags for callers.
    const tags: Tags = { heap: [], result: [], mutate: [] };
    fn.params.forEach((p, i) => {
      const l = c.vars.get(p)!;
      tags.heap[i] = l.leakHeap;
      tags.result[i] = fn.results.map((_, j) => l.leakResult[j] ?? Infinity);
      tags.mutate[i] = l.leakMutate;
      // A generic function is compiled as a GC shape: the compiler prints no parameter tags for it.
      if (fn.node.kind === 'FuncDecl' && !fn.generic && p.name !== '_' && hasPointers(p.type)) {
        // reportLeaks (escape.go), after leaks.Optimize drops result leaks at or past the heap's level.
        if (l.leakHeap === 0) this.msg(p.pos, `leaking param: ${p.name}`);
        else if (l.leakHeap < Infinity) this.msg(p.pos, `leaking param content: ${p.name}`);
        let warned = l.leakHeap < Infinity;
        l.leakResult.forEach((d, j) => {
          if (d === undefined || d === Infinity || d >= l.leakHeap) return;
          this.msg(p.pos, `leaking param: ${p.name} to result ~r${j} level=${d}`);
          warned = true;
        });
        if (!warned) this.msg(p.pos, `${p.name} does not escape`);
      }
    });
    this.tags.set(fn, tags);
    return c;
  }

  analyzeInit(): Ctx {
    this.startBatch();
    const fake: FnInfo = {
      id: -1, name: 'init', node: { kind: 'FuncLit' } as unknown as A.FuncLit, sig: { k: 'func', params: [], results: [], variadic: false },
      params: [], results: [], namedResults: false, locals: [], nslots: 0, parent: null, captures: [], isLit: false, callees: new Set(), lits: [], recv: null,
    };
    const c = this.newCtx(fake, null, null, 0, false);
    this.ctx = c;
    for (const g of this.info.globalInit) {
      if (g.values.length) this.assignList(g.node.names, g.values);
    }
    this.applyForced();
    this.walkAll();
    this.finishBatch();
    return c;
  }

  startBatch(): void {
    this.locs = [];
    this.batchCtxs = [];
    this.forced = new Map();
    this.depth = 0;
    this.heapLoc = new Loc('heap', null, 0);
    this.heapLoc.escapes = true;
    this.mutatorLoc = new Loc('mutator', null, 0);
  }

  /** HeapAllocReason: sites that cannot be on the stack whatever the flow. */
  applyForced(): void {
    for (const c of this.batchCtxs) {
      for (const [id, l] of c.allocs) {
        if (id < 0 || id >= BOX_KEY) continue;
        const n = l.node!;
        const reason = this.heapAllocReason(n);
        if (reason) {
          l.escapes = true;
          c.siteReason.set(id, reason);
        }
      }
    }
  }

  heapAllocReason(n: A.Expr): string {
    const info = this.info;
    if (n.kind === 'Call') {
      const ck = info.calls[n.id];
      if (ck?.k === 'builtin' && ck.name === 'make') {
        const t = info.types[n.id];
        if (t && underlying(t).k === 'map') return ''; // HeapAllocReason is for OMAKESLICE only
        const r = n.args[2] ?? n.args[1];
        const cv = r ? info.consts[r.id] : undefined;
        if (!cv) return 'non-constant size';
        const elem = t && underlying(t).k === 'slice' ? (underlying(t) as { elem: T }).elem : null;
        const esz = elem ? sizeof(elem) : 1;
        if (esz !== 0 && Number(cv.k === 'int' ? cv.v : 0) > Math.floor(MaxImplicitStackVarSize / esz)) return 'too large for stack';
        return '';
      }
      if (ck?.k === 'builtin' && ck.name === 'new') {
        const t = info.types[n.id];
        if (t && underlying(t).k === 'ptr' && sizeof((underlying(t) as { elem: T }).elem) > MaxImplicitStackVarSize) return 'too large for stack';
      }
      if (ck?.k === 'std' && ck.f.allocs && this.forced.has(n.id)) return '';
      return '';
    }
    if (n.kind === 'Unary' && n.op === '&') {
      const t = info.types[n.id];
      if (t && underlying(t).k === 'ptr' && sizeof((underlying(t) as { elem: T }).elem) > MaxImplicitStackVarSize) return 'too large for stack';
    }
    if (n.kind === 'CompositeLit') {
      const t = info.types[n.id];
      if (t && underlying(t).k === 'slice' && sizeof((underlying(t) as { elem: T }).elem) * n.elts.length > MaxImplicitStackVarSize) return 'too large for stack';
    }
    return '';
  }

  finishBatch(): void {
    for (const c of this.batchCtxs) {
      for (const [id, l] of c.allocs) {
        c.siteHeap.set(id, l.escapes);
        const n = l.node!;
        if (id < 0) {
          if ((n as A.Call).args.length > 0) this.msg(this.sitePos(c, n), `... argument ${l.escapes ? 'escapes to heap' : 'does not escape'}`);
          continue;
        }
        if ((n as { kind: string }).kind === 'Assign') continue; // s += t: no message
        const bufferBytes = id >= BYTES_KEY && id < BOX_KEY;
        const ck = n.kind === 'Call' ? this.info.calls[n.id] : undefined;
        const toBytes = ck?.k === 'conv' && underlying(ck.to).k === 'slice' && (underlying((underlying(ck.to) as { elem: T }).elem) as { name?: string }).name === 'uint8';
        const conv = bufferBytes || (toBytes && isString(this.typeOf((n as A.Call).args[0]) ?? ({ k: 'invalid' } as T)));
        const zeroCopyCand = conv && !l.escapes && !l.mutated;
        if (zeroCopyCand) c.zeroCopy.add(id);
        // errors.New inlined into a package-level initializer: the compiler prints no line for it.
        if (c.fn.id === -1 && ck?.k === 'std' && ck.f.pkg === 'errors') continue;
        this.siteMessage(c, n, l.escapes, zeroCopyCand, l.box, bufferBytes ? '([]byte)(bytes.s)' : this.siteDesc(n));
      }
      for (const [v, l] of c.vars) {
        if (l.escapes && !(v.result && !v.captured && !v.addrTaken) && !(v.param && l.kind !== 'var')) {
          if (v.addrTaken || v.captured || this.tooLarge.has(v)) {
            c.heapVars.add(v);
            if (v.name !== '_') this.msg(c.call ? c.call.lparen : v.pos, `moved to heap: ${v.name}`);
          }
        }
      }
    }
  }
  callsById = new Map<number, A.Call>();

  msg(pos: number, msg: string): void {
    this.messages.push({ pos, msg });
  }

  siteMessage(c: Ctx, n: A.Expr, escapes: boolean, zeroCopy: boolean, box: boolean, desc: string): void {
    const verdict = escapes ? 'escapes to heap' : 'does not escape';
    const pos = this.sitePos(c, n, box);
    if (box) {
      this.msg(pos, `${this.exprText(n)} ${verdict}`);
      return;
    }
    if (!desc) return;
    this.msg(pos, `${desc} ${verdict}`);
    // The shaped copy of a generic function reports its sites at the function as well.
    if (c.fn.generic && !c.call && c.fn.node.kind === 'FuncDecl') this.msg(c.fn.node.recvParen ?? c.fn.node.name.from, `${desc} ${verdict}`);
    if (zeroCopy) this.msg(pos, 'zero-copy string->[]byte conversion');
    const ck = n.kind === 'Call' ? this.info.calls[n.id] : undefined;
    if (ck?.k === 'std' && ck.f.pkg === 'bufio') this.msg(pos, 'make([]byte, max(bufio.size, 16)) escapes to heap');
  }

  /** Position the compiler reports a site at (inlined sites: the call). */
  sitePos(c: Ctx, n: A.Expr, box = false): number {
    if (c.call) {
      // Sites inside an inlined body are reported at the inlined call.
      let cc: Ctx | null = c;
      while (cc && cc.call && cc.parent?.call) cc = cc.parent;
      return cc?.call ? cc.call.lparen : n.from;
    }
    // The interface conversion of a call (conversions included) is at its '(' (goPos puts a string
    // conversion itself at its operand).
    if (box && n.kind === 'Call') return n.lparen;
    return goPos(n, this.info, this.src);
  }

  /** A type parameter's identifier (bound by a generic instantiation's scope)? */
  isTypeParam(e: A.Expr): boolean {
    const o = e.kind === 'Ident' ? this.info.uses[e.id] : undefined;
    return o?.kind === 'type' && !!o.typeParam;
  }

  /**
   * A type written in a generic body, as the compiler prints it in the shaped code: type
   * parameters as go.shape.<underlying type>. null when the expression mentions none.
   */
  shapeText(e: A.Expr): string | null {
    let shaped = false;
    const go = (x: A.Expr): string => {
      if (this.isTypeParam(x)) {
        shaped = true;
        return `go.shape.${typeString(underlying((this.info.uses[x.id] as { type: T }).type))}`;
      }
      switch (x.kind) {
        case 'SliceType':
          return `[]${go(x.elem)}`;
        case 'PointerType':
          return `*${go(x.elem)}`;
        case 'ArrayType':
          return `[${x.len ? this.text(x.len) : '...'}]${go(x.elem)}`;
        case 'MapType':
          return `map[${go(x.key)}]${go(x.value)}`;
        case 'Instance':
          return `${this.text(x.x)}[${x.args.map(go).join(',')}]`;
        default:
          return this.text(x);
      }
    };
    const s = go(e);
    return shaped ? s : null;
  }

  siteDesc(n: A.Expr): string {
    const info = this.info;
    const t = info.types[n.id];
    // ir prints a composite literal as T{...}, or T{} when it has no elements.
    const body = (x: A.Expr) => (x.kind === 'CompositeLit' && x.elts.length === 0 ? '{}' : '{...}');
    if (n.kind === 'Unary' && n.op === '&') {
      const lt = info.types[unparen(n.x).id];
      return `&${lt ? typeString(lt) : '?'}${body(unparen(n.x))}`;
    }
    if (n.kind === 'CompositeLit') {
      if (t && underlying(t).k === 'ptr') return `&${typeString((underlying(t) as { elem: T }).elem)}${body(n)}`;
      return `${t ? this.asWritten(typeString(t), n.type) : '?'}${body(n)}`;
    }
    if (n.kind === 'FuncLit') return this.ctx?.fn.id === -1 ? '' : 'func literal';
    if (n.kind === 'Selector') return this.exprText(n); // a method value: x.m
    if (n.kind === 'Binary' || (n as { kind: string }).kind === 'Assign') {
      if (n.kind !== 'Binary') return `${this.text(n)}`;
      return concatOperands(n, info).map((x) => this.exprText(x)).join(' + ');
    }
    if (n.kind === 'Call') {
      const ck = info.calls[n.id];
      if (ck?.k === 'builtin' && ck.name === 'make') {
        return `make(${[this.shapeText(n.args[0]) ?? this.asWritten(typeString(t!), n.args[0]), ...n.args.slice(1).map((a) => this.exprText(a))].join(', ')})`;
      }
      if (ck?.k === 'builtin' && ck.name === 'new') {
        // new(T) of a type parameter: the shaped code takes the type from its dictionary.
        if (this.isTypeParam(n.args[0])) return 'new(<node DYNAMICTYPE>)';
        return `new(${this.shapeText(n.args[0]) ?? typeString((underlying(t!) as { elem: T }).elem)})`;
      }
      if (ck?.k === 'conv') {
        const to = ck.to;
        // []rune("const") is rewritten to a []rune{...} literal.
        if (underlying(to).k === 'slice' && info.consts[n.args[0].id]?.k === 'string' && !isString(to) && (underlying((underlying(to) as { elem: T }).elem) as { name?: string }).name === 'int32') return `${typeString(to)}{...}`;
        const arg = this.exprText(n.args[0]);
        return isString(to) ? `string(${arg})` : `(${typeString(to)})(${arg})`;
      }
      if (ck?.k === 'std' && ck.f.resultSite) return ck.f.resultSite;
      if (ck?.k === 'std' && ck.f.allocs) {
        if (ck.f.pkg === 'bufio') return `new(bufio.Reader)`;
        if (ck.f.name === 'NewBufferString') return `&bytes.Buffer{...}`;
        if (ck.f.pkg === 'errors') return ck.f.name === 'Join' ? `&errors.joinError{...}` : `&errors.errorString{...}`;
        return `&${ck.f.pkg}.Reader{...}`;
      }
      if (ck?.k === 'method') return ck.m.name === 'ReadString' ? 'string(bytes.slice)' : `string(bytes.b.buf[bytes.b.off:])`;
    }
    return '';
  }

  /** The compiler prints the empty interface as written: `any`, or `interface {}` for interface{}. */
  asWritten(typeText: string, typeExpr: { from: number; to: number } | null | undefined): string {
    if (!typeExpr || !/\bany\b/.test(typeText)) return typeText;
    const src = this.text(typeExpr);
    if (!/interface\s*\{\s*\}/.test(src) || /\bany\b/.test(src)) return typeText;
    return typeText.replace(/\bany\b/g, 'interface {}');
  }
  text(n: { from: number; to: number }): string {
    return this.src.slice(n.from, n.to).replace(/\s+/g, ' ');
  }

  /** An expression as the compiler prints it (constants folded, results of inlined calls as ~r0). */
  exprText(e: A.Expr): string {
    const info = this.info;
    const cv = info.consts[e.id];
    if (cv) return constText(cv, info.types[e.id]);
    const x = e;
    switch (x.kind) {
      case 'Paren':
        return this.exprText(x.x);
      case 'Binary': {
        const side = (y: A.Expr) => {
          const t = this.exprText(y);
          return unparen(y).kind === 'Call' && this.isInlinedCall(unparen(y) as A.Call) ? `(${t})` : t;
        };
        // An untyped constant shift count is converted to uint.
        const yt = info.types[x.y.id];
        if ((x.op === '<<' || x.op === '>>') && info.consts[x.y.id] && (!yt || yt.k === 'untyped' || (yt.k === 'basic' && yt.name === 'int'))) return `${side(x.x)} ${x.op} uint(${this.exprText(x.y)})`;
        return `${side(x.x)} ${x.op} ${side(x.y)}`;
      }
      case 'Unary': {
        // An inlined call's result (~r0) as an operand prints in parentheses.
        const t = this.exprText(x.x);
        return unparen(x.x).kind === 'Call' && this.isInlinedCall(unparen(x.x) as A.Call) ? `${x.op}(${t})` : `${x.op}${t}`;
      }
      case 'Selector':
        return `${this.exprText(x.x)}.${x.sel}`;
      case 'Index':
        return `${this.exprText(x.x)}[${this.exprText(x.index)}]`;
      case 'SliceExpr':
        return `${this.exprText(x.x)}[${x.lo ? this.exprText(x.lo) : ''}:${x.hi ? this.exprText(x.hi) : ''}${x.three ? ':' + (x.max ? this.exprText(x.max) : '') : ''}]`;
      case 'StrLit':
        return x.raw;
      case 'CompositeLit': {
        const t = info.types[x.id];
        return `${t ? typeString(t) : '?'}${x.elts.length === 0 ? '{}' : '{...}'}`;
      }
      case 'Call': {
        if (this.isInlinedCall(x)) return '~r0';
        const ck = info.calls[x.id];
        if (ck?.k === 'conv') {
          const t = typeString(ck.to);
          return /^[a-z0-9_]+$/i.test(t) ? `${t}(${this.exprText(x.args[0])})` : `(${t})(${this.exprText(x.args[0])})`;
        }
        // Variadic arguments are packed into a slice: `f(a, ... argument...)`, `f(a, nil...)`, `f(xs...)`.
        const sig = ck?.k === 'func' ? ck.fn.sig : ck?.k === 'std' ? ck.f.sig : ck?.k === 'method' ? ck.m.sig : null;
        const args = x.args.map((a) => this.exprText(a));
        // A method call prints as the compiler rewrote it: (*T).M(recv, args).
        if (ck?.k === 'func' && ck.recv) args.unshift(this.exprText(ck.recv));
        if (sig?.variadic && x.ellipsis) args[args.length - 1] += '...';
        else if (sig?.variadic && args.length >= sig.params.length - 1) args.splice(sig.params.length - 1, Infinity, args.length >= sig.params.length ? '... argument...' : 'nil...');
        return `${ck?.k === 'func' && ck.recv ? ck.fn.name : this.exprText(x.fun)}(${args.join(', ')})`;
      }
      default:
        return this.text(x);
    }
  }

  /** Calls the compiler inlines (their results print as ~r0). */
  isInlinedCall(e: A.Call): boolean {
    const ck = this.info.calls[e.id];
    if (!ck) return false;
    if (ck.k === 'func') return this.inliner.inlinable(ck.fn);
    if (ck.k === 'std') return (STD_INLINE_COST[`${ck.f.pkg}.${ck.f.name}`] ?? null) !== null;
    if (ck.k === 'method') {
      const t = ck.recvType as { pkg?: string; name?: string };
      return (STD_INLINE_COST[`${t.pkg}.${t.name}.${ck.m.name}`] ?? null) !== null;
    }
    return false;
  }
}

/**
 * A constant as the compiler prints it (ir's OLITERAL): runes quoted, floats with %.6g, strings
 * quoted and cut after 69 runes, the type spelled out unless it is the constant's default type.
 */
function constText(cv: ConstVal, t: T | undefined): string {
  const utf8 = (b: string) => new TextDecoder().decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
  const rune = t && ((t.k === 'untyped' && t.name === 'untyped rune') || (t.k === 'basic' && t.alias === 'rune'));
  if (rune && cv.k === 'int' && cv.v >= 0n && cv.v <= 0x10ffffn) return utf8(quoteRune(Number(cv.v)));
  const v = constString(cv);
  const def = { int: 'int', float: 'float64', string: 'string', bool: 'bool' }[cv.k];
  if (!t || t.k === 'untyped' || (t.k === 'basic' && t.name === def && !t.alias)) return v;
  return `${typeString(t)}(${v})`;
}

/** The compiler's shape type of a generic instantiation's element (`go.shape.int`). */
function shapeOf(s: T | undefined): string {
  const u = s ? underlying(s) : null;
  const elem = u?.k === 'slice' ? u.elem : null;
  return `go.shape.${elem ? typeString(underlying(elem)) : '?'}`;
}

/**
 * Closure capture (ir.ClosureVars): by value when the variable is never address-taken nor assigned
 * after its declaration and is at most 128 bytes; otherwise by reference. A three-clause for loop's
 * variable is a fresh copy per iteration (Go 1.22), so its post statement does not count.
 */
function byValue(v: VarObj, assigned: Set<VarObj>): boolean {
  return !v.addrTaken && !assigned.has(v) && sizeof(v.type) <= 128;
}

/** Variables assigned anywhere after their declaration (see byValue). */
function assignedVars(info: Info, file: A.File): Set<VarObj> {
  const out = new Set<VarObj>();
  const mark = (e: A.Expr, skip: Set<VarObj> | null) => {
    const x = unparen(e);
    if (x.kind !== 'Ident') return;
    const o = info.uses[x.id];
    if (o?.kind === 'var' && !skip?.has(o)) out.add(o);
  };
  const visit = (n: unknown, skip: Set<VarObj> | null = null): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((c) => visit(c));
    const s = n as A.Stmt;
    switch (s.kind) {
      case 'Assign':
        s.lhs.forEach((l) => mark(l, skip));
        break;
      case 'IncDec':
        mark(s.x, skip);
        break;
      case 'Define':
        s.lhs.forEach((l) => mark(l, skip)); // redeclared (already existing) variables
        break;
      case 'Range':
        if (!s.define) [s.key, s.value].forEach((l) => l && mark(l, skip));
        break;
      case 'For': {
        visit(s.init);
        visit(s.cond);
        visit(s.body);
        const own = new Set<VarObj>();
        if (s.init?.kind === 'Define') for (const l of s.init.lhs) if (info.defs[l.id]?.kind === 'var') own.add(info.defs[l.id] as VarObj);
        visit(s.post, own);
        return;
      }
    }
    for (const k of Object.keys(n)) if (k !== 'id' && k !== 'from' && k !== 'to') visit((n as Record<string, unknown>)[k], skip);
  };
  visit(file.decls);
  return out;
}

function containsClosure(f: Ctx, c: Ctx): boolean {
  if (f === c) return false;
  for (let x: Ctx | null = c.parent; x; x = x.parent) if (x.curfn === f) return true;
  return false;
}

/** Operands of a string concatenation chain a + b + c (one OADDSTR). */
export function concatOperands(e: A.Binary, info: Info): A.Expr[] {
  const out: A.Expr[] = [];
  const walk = (x: A.Expr) => {
    const u = unparen(x);
    if (u.kind === 'Binary' && u.op === '+' && info.consts[u.id] === undefined && isString(info.types[u.id] ?? ({ k: 'invalid' } as T))) {
      walk(u.x);
      walk(u.y);
    } else out.push(x);
  };
  walk(e);
  return out;
}

/**
 * Where the compiler positions an expression: calls at '(', conversions at their operand,
 * selectors at '.', index and slice expressions at '[', binary expressions at the operator,
 * composite literals at '{'.
 */
export function goPos(n: A.Expr, info: Info, src: string): number {
  switch (n.kind) {
    case 'Call': {
      const ck = info.calls[n.id];
      if (ck?.k === 'conv' && n.args[0]) {
        const from = info.types[n.args[0].id];
        const strConv = from && (isString(ck.to) || isString(from));
        return strConv ? goPos(n.args[0], info, src) : n.lparen;
      }
      return n.lparen;
    }
    case 'CompositeLit': {
      const start = n.type ? n.type.to : n.from;
      const i = src.indexOf('{', start);
      return i >= 0 ? i : n.from;
    }
    case 'Binary':
      return n.opFrom;
    case 'Paren':
      return goPos(n.x, info, src);
    case 'Selector': {
      const i = src.lastIndexOf('.', n.selFrom);
      return i >= n.x.to ? i : n.from;
    }
    case 'Index':
    case 'SliceExpr': {
      const i = src.indexOf('[', n.x.to);
      return i >= 0 ? i : n.from;
    }
    default:
      return n.from;
  }
}
export const nodePos = goPos;

/** Runs escape analysis on every function (callees first, so their tags exist). */
export function analyzeEscapes(info: Info, file: A.File, src: string): EscapeResult {
  const a = new Analyzer(info, file, src);
  // Collect call nodes by id for messages.
  const visit = (x: unknown) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    const o = x as { kind?: string; id?: number };
    if (o.kind === 'Call') a.callsById.set(o.id!, o as A.Call);
    for (const k of Object.keys(o)) if (k !== 'id' && k !== 'from' && k !== 'to') visit((o as Record<string, unknown>)[k]);
  };
  visit(file.decls);
  // Bottom-up over the call graph.
  const order: FnInfo[] = [];
  const seen = new Set<FnInfo>();
  const dfs = (f: FnInfo) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const c of f.callees) dfs(c);
    for (const l of f.lits) for (const c of l.callees) dfs(c);
    order.push(f);
  };
  for (const f of info.funcs) if (!f.isLit) dfs(f);
  const bodies = new Map<FnInfo, Ctx>();
  for (const f of order) {
    if (f.isLit) continue;
    a.bodyCtxs = new Map();
    a.analyzeFn(f);
    for (const [fn, c] of a.bodyCtxs) bodies.set(fn, c);
    if (a.inliner.inlinable(f)) a.msg(f.node.kind === 'FuncDecl' ? (f.node.recvParen ?? f.node.name.from) : f.node.from, `can inline ${f.name}`); // a method: at its receiver's (
  }
  a.bodyCtxs = new Map();
  const init = a.analyzeInit();
  for (const [fn, c] of a.bodyCtxs) bodies.set(fn, c);
  for (const f of info.funcs) {
    if (f.isLit && a.inliner.litCost(f) <= 80) a.msg(f.node.from, `can inline ${f.name.replace(/^glob\./, 'init.')}`);
  }
  // "inlining call to" messages.
  const inlMsgs = (c: Ctx) => {
    for (const [, child] of c.children) {
      if (child.call) a.msg(child.call.lparen, `inlining call to ${child.fn.name}`);
    }
  };
  for (const c of bodies.values()) inlMsgs(c);
  return { bodies, init, messages: a.messages, inliner: a.inliner, byValue: (v) => byValue(v, a.assigned) };
}

/** Format messages as `line:col: msg` (like `go build -gcflags=-m` without the file name). */
export function formatMessages(msgs: EscapeMessage[], lineOf: (off: number) => number, colOf: (off: number) => number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of msgs) {
    const s = `${lineOf(m.pos)}:${colOf(m.pos)}: ${m.msg}`;
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}
