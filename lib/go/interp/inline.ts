// Which calls the compiler inlines (cmd/compile/internal/inline/inl.go, hairyVisitor): a function
// is inlinable when its body costs at most 80 "nodes"; a call to a non-inlinable function costs 57
// extra, a call to an inlinable one costs the callee's cost. Escape analysis then sees an inlined
// body as part of the caller (so `return &T{}` from a small function can stay on the caller's stack).
// The node count here approximates the compiler's IR; it was checked against `-gcflags=-m=2`.

import type * as A from './ast';
import { unparen, type FnInfo, type Info } from './check';
import { identical, underlying } from './types';
import { EXTRA_INLINE_COST } from './std-extra';

export const inlineMaxBudget = 80;
export const inlineExtraCallCost = 57;

/** Inline costs of the library functions the subset calls (from `go build -gcflags=pkg=-m=2`, go1.23.5). null: not inlinable. */
export const STD_INLINE_COST: Record<string, number | null> = {
  'fmt.Println': 72, 'fmt.Printf': 73, 'fmt.Print': 72, 'fmt.Fprintf': null, 'fmt.Fprint': null, 'fmt.Fprintln': null, 'fmt.Sprintf': null, 'fmt.Sprint': null, 'fmt.Sprintln': null,
  'strconv.Itoa': 62, 'strings.Repeat': null, 'strings.NewReader': 9, 'bytes.NewReader': 9, 'bytes.NewBufferString': 6,
  'io.ReadAll': null, 'io.Copy': 72, 'bufio.NewReaderSize': 49, 'bufio.NewReader': 54,
  'runtime.GC': null, 'runtime.ReadMemStats': null, 'runtime.KeepAlive': null, 'runtime.Gosched': 62, 'runtime.NumGoroutine': 46,
  'sync.Mutex.Lock': 66, 'sync.Mutex.Unlock': 72, 'sync.Mutex.TryLock': 27, 'sync.Once.Do': 69, 'sync.RWMutex.RLock': 77,
  'sync.RWMutex.RUnlock': 78, 'sync.RWMutex.Lock': null, 'sync.RWMutex.Unlock': null, 'sync.WaitGroup.Add': null,
  'sync.WaitGroup.Done': 60, 'sync.WaitGroup.Wait': null,
  'strings.Builder.Grow': null, 'strings.Builder.WriteString': 41, 'strings.Builder.WriteByte': 39, 'strings.Builder.Write': 41,
  'strings.Builder.Len': 4, 'strings.Builder.Cap': 4, 'strings.Builder.String': 8, 'strings.Builder.Reset': 8,
  'bytes.Buffer.Grow': 78, 'bytes.Buffer.Write': null, 'bytes.Buffer.WriteString': null, 'bytes.Buffer.WriteByte': null,
  'bytes.Buffer.Reset': 15, 'bytes.Buffer.Len': 7, 'bytes.Buffer.Cap': 4, 'bytes.Buffer.Bytes': 6, 'bytes.Buffer.String': 13,
  'bytes.Buffer.Read': 66, 'strings.Reader.Read': 28, 'strings.Reader.Len': 16, 'bytes.Reader.Read': 28, 'bytes.Reader.Len': 16,
  'bufio.Reader.Read': null, 'bufio.Reader.Buffered': 6, 'sync.Pool.Get': null, 'sync.Pool.Put': null,
  ...EXTRA_INLINE_COST,
};

function isMapIndexOf(info: Info, e: A.Expr): boolean {
  const x = unparen(e);
  if (x.kind !== 'Index') return false;
  const t = info.types[x.x.id];
  return !!t && underlying(t).k === 'map';
}

export class Inliner {
  private cost = new Map<FnInfo, number>();
  private selfCalls = new Set<FnInfo>();
  private busy = new Set<FnInfo>();
  constructor(readonly info: Info) {}

  /** The function's inline cost (Infinity if it can never be inlined). */
  costOf(fn: FnInfo): number {
    const c = this.cost.get(fn);
    if (c !== undefined) return c;
    if (this.busy.has(fn)) return Infinity; // recursion
    if (fn.isLit || fn.name === 'main' || fn.node.kind !== 'FuncDecl' || !fn.node.body) {
      this.cost.set(fn, Infinity);
      return Infinity;
    }
    this.busy.add(fn);
    let n = 0;
    for (const s of fn.node.body.stmts) n += this.stmt(s, fn);
    if (fn.callsRecover) n = Infinity; // "call to recover"
    this.busy.delete(fn);
    // "cannot inline f: recursive": a function that calls itself is never inlined (a cycle through
    // several functions is allowed).
    if (this.selfCalls.has(fn)) n = Infinity;
    this.cost.set(fn, n);
    return n;
  }

  /** Cost of a func literal's body (literals are inlined only when called directly, but -m reports them). */
  litCost(fn: FnInfo): number {
    if (!fn.node.body || fn.callsRecover) return Infinity;
    let n = 0;
    for (const s of fn.node.body.stmts) n += this.stmt(s, fn);
    return n;
  }

  inlinable(fn: FnInfo): boolean {
    return this.costOf(fn) <= inlineMaxBudget;
  }

  private stmts(b: A.Block, fn: FnInfo): number {
    let n = 0;
    for (const s of b.stmts) n += this.stmt(s, fn);
    return n;
  }

  private stmt(s: A.Stmt, fn: FnInfo): number {
    switch (s.kind) {
      case 'Defer':
        return Infinity; // "unhandled op DEFER"
      case 'ExprStmt':
        return this.expr(s.x, fn);
      case 'Assign': {
        let n = 1;
        for (const l of s.lhs) n += this.expr(l, fn);
        for (const r of s.rhs) n += this.expr(r, fn);
        return n;
      }
      case 'Define': {
        let n = 2 + s.lhs.length;
        for (const l of s.lhs) n += l.name === '_' ? 0 : 1;
        for (const r of s.rhs) n += this.expr(r, fn);
        // v, ok := m[k] (OAS2MAPR): v is assigned through a conversion of the map's element temp
        if (s.lhs.length === 2 && s.lhs[0].name !== '_' && s.rhs.length === 1 && isMapIndexOf(this.info, s.rhs[0])) n += 1;
        return n;
      }
      case 'IncDec':
        return 2 + this.expr(s.x, fn);
      case 'VarDecl': {
        let n = 0;
        for (const sp of s.specs) {
          n += 2 * sp.names.length; // ODCL and its name
          if (sp.values.length) {
            n += 1 + sp.names.length;
            for (const v of sp.values) n += this.expr(v, fn);
          } else n += 2 * sp.names.length; // x = zero value
        }
        return n;
      }
      case 'ConstDecl':
      case 'TypeDecl':
      case 'Empty':
        return 0;
      case 'Block':
        return this.stmts(s, fn);
      case 'If':
        return 1 + (s.init ? this.stmt(s.init, fn) : 0) + this.expr(s.cond, fn) + this.stmts(s.then, fn) + (s.els ? this.stmt(s.els, fn) : 0);
      case 'For':
        return 1 + (s.init ? this.stmt(s.init, fn) : 0) + (s.cond ? this.expr(s.cond, fn) : 0) + (s.post ? this.stmt(s.post, fn) : 0) + this.stmts(s.body, fn);
      case 'Range':
      {
        // ORANGE, its key and value, and two more nodes per variable it declares (checked with -m=2).
        const declared = s.define ? [s.key, s.value].filter((v) => v && v.kind === 'Ident' && v.name !== '_').length : 0;
        return 1 + (s.key ? 1 : 0) + (s.value ? 1 : 0) + 2 * declared + this.expr(s.x, fn) + this.stmts(s.body, fn);
      }
      case 'Return': {
        let n = 1;
        for (const r of s.results) n += this.expr(r, fn);
        return n;
      }
      case 'Branch':
        return s.tok === 'fallthrough' ? 0 : 1; // OFALL produces no code
      case 'Labeled':
        return 1 + (s.stmt ? this.stmt(s.stmt, fn) : 0);
      case 'Go':
        return Infinity; // "unhandled op GO": never inlined
      case 'Send':
        return 1 + this.expr(s.ch, fn) + this.expr(s.value, fn);
      case 'Select': {
        let n = 1;
        for (const c of s.clauses) {
          n += 1 + (c.comm ? this.stmt(c.comm, fn) : 0);
          for (const b of c.body) n += this.stmt(b, fn);
        }
        return n;
      }
      case 'TypeSwitch': {
        // OSWITCH with its OTYPESW guard; case types (OTYPE) cost nothing, a nil case is one ONIL.
        let n = 2 + (s.init ? this.stmt(s.init, fn) : 0) + this.expr(s.x, fn);
        for (const c of s.clauses) {
          n += 1 + (c.bind ? 1 : 0);
          for (const t of c.types ?? []) if (t.kind === 'Ident' && t.name === 'nil') n += 1;
          for (const b of c.body) n += this.stmt(b, fn);
        }
        return n;
      }
      case 'Switch': {
        let n = 1 + (s.init ? this.stmt(s.init, fn) : 0) + (s.tag ? this.expr(s.tag, fn) : 0);
        for (const c of s.clauses) {
          n += 1;
          for (const e of c.exprs ?? []) n += this.expr(e, fn);
          for (const b of c.body) n += this.stmt(b, fn);
        }
        return n;
      }
    }
  }

  private expr(e: A.Expr, fn: FnInfo): number {
    const info = this.info;
    let n = info.toIface[e.id] ? 1 : 0;
    if (info.consts[e.id] !== undefined && e.kind !== 'Call') return n + 1; // a folded constant is one node
    switch (e.kind) {
      case 'Ident':
      case 'IntLit':
      case 'FloatLit':
      case 'StrLit':
      case 'RuneLit':
        return n + 1;
      case 'Paren':
        return n + this.expr(e.x, fn);
      case 'Binary':
        return n + 1 + this.expr(e.x, fn) + this.expr(e.y, fn);
      case 'Unary':
        return n + 1 + this.expr(e.x, fn);
      case 'Selector': {
        const s = info.sels[e.id];
        if (s?.k === 'pkg') return n + 1;
        return n + 1 + this.expr(e.x, fn);
      }
      case 'Index':
        return n + 1 + this.expr(e.x, fn) + this.expr(e.index, fn);
      case 'SliceExpr':
        return n + 1 + this.expr(e.x, fn) + (e.lo ? this.expr(e.lo, fn) : 0) + (e.hi ? this.expr(e.hi, fn) : 0) + (e.max ? this.expr(e.max, fn) : 0);
      case 'TypeAssert':
        return n + 1 + this.expr(e.x, fn);
      case 'CompositeLit': {
        const t = info.types[e.id];
        const u = t ? underlying(t) : null;
        const isSlice = u?.k === 'slice';
        n += isSlice ? 2 : 1;
        for (const el of e.elts) {
          // struct literal elements are OSTRUCTKEY nodes (keyed or not); array/slice ones OKEY when keyed
          if (el.key || u?.k === 'struct') n += 1;
          if (el.key && u?.k === 'map') n += this.expr(el.key, fn); // map keys are expressions (OKEY's key)
          n += this.expr(el.value, fn);
        }
        return n;
      }
      case 'FuncLit':
        return n + 16;
      case 'Call':
        return n + this.call(e, fn);
      default:
        return n + 1;
    }
  }

  private call(e: A.Call, fn: FnInfo): number {
    const info = this.info;
    const ck = info.calls[e.id];
    let args = 0;
    for (const a of e.args) args += this.expr(a, fn);
    if (!ck) return 1 + args;
    if (ck.k === 'func' && ck.recv) args += this.expr(ck.recv, fn) - 1; // OMETHEXPR costs nothing, unlike the callee's ONAME
    // A call's variadic arguments become a slice literal (2 nodes), or nil when there are none.
    const sig = ck.k === 'func' ? ck.fn.sig : ck.k === 'std' ? ck.f.sig : ck.k === 'method' ? ck.m.sig : null;
    if (sig?.variadic && !e.ellipsis) args += e.args.length >= sig.params.length ? 2 : 1;
    switch (ck.k) {
      case 'conv': {
        const from = info.types[e.args[0]?.id];
        const noop = from && identical(underlying(from), underlying(ck.to));
        return (noop ? 0 : 1) + args;
      }
      case 'builtin':
        if (ck.name.startsWith('unsafe.')) return 1; // folded to a constant by the type checker
        if (ck.name === 'panic') return 1 + args;
        // the type argument is free; make(map[K]V) has an implicit hint 0
        if (ck.name === 'make' || ck.name === 'new') return 1 + args - 1 + (ck.name === 'make' && e.args.length === 1 && underlying(info.types[e.id] ?? { k: 'invalid' }).k === 'map' ? 1 : 0);
        return 1 + args;
      case 'iface':
        // OCALLINTER and its ODOTINTER, plus the receiver; never inlined.
        return inlineExtraCallCost + 2 + args + this.expr((unparen(e.fun) as A.Selector).x, fn);
      case 'func': {
        if (ck.fn === fn) this.selfCalls.add(fn);
        const c = ck.fn === fn ? Infinity : this.costOf(ck.fn);
        return (c <= inlineMaxBudget ? c : inlineExtraCallCost) + 2 + args;
      }
      case 'std': {
        const c = STD_INLINE_COST[`${ck.f.pkg}.${ck.f.name}`];
        return (c !== null && c !== undefined ? c : inlineExtraCallCost) + 2 + args;
      }
      case 'method': {
        const t = ck.recvType as { pkg?: string; name?: string };
        const c = STD_INLINE_COST[`${t.pkg}.${t.name}.${ck.m.name}`];
        const recv = e.fun.kind === 'Selector' ? this.expr(unparen(e.fun.x), fn) : 0;
        return (c !== null && c !== undefined ? c : inlineExtraCallCost) + 2 + args + recv;
      }
      default:
        return inlineExtraCallCost + 1 + this.expr(e.fun, fn) + args;
    }
  }
}
