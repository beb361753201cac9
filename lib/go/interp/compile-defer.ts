// defer, panic and recover (runtime/panic.go: deferproc, newdefer/freedefer, gopanic, gorecover;
// typecheck/stmt.go normalizeGoDeferCall).
//
// `defer f(a, b)` evaluates f's receiver and arguments at the statement (the compiler stores them
// in a wrapper closure, `func() { f(t1, t2) }`) and runs the call when the function returns or
// panics, last deferred first. Here the evaluated values are kept per deferred call and the call
// expression is compiled with its argument nodes reading them (Compiler.overrides).
//
// Allocations: a defer outside loops is open-coded or uses deferprocStack: nothing on the heap. A
// defer inside a loop goes through deferproc: its wrapper closure escapes (a heap object when it
// captures anything: struct{F uintptr; t1; t2...}) and its _defer record (48 bytes) comes from the
// P's defer pool, allocated when the pool is empty; the records go back to the pool when their call
// runs (half of a full per-P pool moves to the central one, which every GC empties: clearpools).

import type * as A from './ast';
import { unparen } from './check';
import type { CompiledFn, Compiler, Frame, St } from './compile';
import type { RootSource } from './heap';
import { containsBlocking, hoist, runSteps, type Gen } from './compile-gen';
import { runtimeErrorValue } from './lib-std';
import { copyIntoFn } from './mem';
import { layout, tUintptr, underlying, type T } from './types';
import { GoPanicSignal, HeapObj, Iface, NORMAL, Ptr, type Marker } from './values';

const DEFERS = Symbol('defers');
interface Deferred {
  run: () => Gen<void>;
  rec: HeapObj | null;
}
type DeferFrame = Frame & { [DEFERS]?: Deferred[] };

/** A panic whose deferred calls are running: recover() called directly by one of them stops it. */
interface Panicking {
  sig: GoPanicSignal;
  /** m.frames.length of the function running the deferred calls. */
  depth: number;
  recovered: boolean;
}

/** sizeof(runtime._defer) in go1.23 on amd64. */
const DEFER_RECORD = 48;
/** len(pp.deferpoolbuf). */
const POOL_CAP = 32;

export class DeferState implements RootSource {
  /** The P's free _defer records (pp.deferpool, at most 32) and the central list (sched.deferpool). */
  private local: HeapObj[] = [];
  private central: HeapObj[] = [];
  private inUse = new Set<HeapObj>();
  readonly panics: Panicking[] = [];
  /** The evaluated receiver and arguments of the deferred call that is starting. */
  args: unknown[] = [];
  private site = 0;
  constructor(readonly c: Compiler) {
    c.m.rootSources.push(this);
  }
  markRoots(mk: Marker): void {
    for (const o of this.local) mk.markObj(o);
    for (const o of this.central) mk.markObj(o);
    for (const o of this.inUse) mk.markObj(o);
  }
  onGcStart(): void {
    this.central = []; // clearpools: the central pool's records become garbage (per-P pools stay)
  }
  newdefer(line: number): HeapObj {
    if (this.local.length === 0) while (this.local.length < POOL_CAP / 2 && this.central.length > 0) this.local.push(this.central.pop()!);
    let o = this.local.pop();
    if (!o) {
      this.site ||= this.c.site(line, 'heap', 'runtime: a _defer record (defer in a loop: deferproc → newdefer, the P\'s defer pool was empty)');
      o = this.c.m.malloc(DEFER_RECORD, false, this.site, line, 0, null, null);
    }
    this.inUse.add(o);
    return o;
  }
  freedefer(o: HeapObj): void {
    this.inUse.delete(o);
    if (this.local.length === POOL_CAP) while (this.local.length > POOL_CAP / 2) this.central.push(this.local.pop()!);
    this.local.push(o);
  }
}

function state(c: Compiler): DeferState {
  return (c.defers ??= new DeferState(c));
}

/** The compiler's wrapper closure captures these (typecheck normalizeGoDeferCall): not constants. */
function capturedParts(c: Compiler, call: A.Call): { now: A.Expr[]; captured: T[]; normalForm: boolean } {
  const info = c.info;
  const ck = info.calls[call.id]!;
  const now: A.Expr[] = [];
  const captured: T[] = [];
  const add = (e: A.Expr, t: T | null) => {
    if (info.consts[e.id] !== undefined || (unparen(e).kind === 'Ident' && (unparen(e) as A.Ident).name === 'nil')) return;
    now.push(e);
    if (t) captured.push(t);
  };
  let sig: Extract<T, { k: 'func' }> | null = null;
  let first = 0;
  let normalForm = false;
  switch (ck.k) {
    case 'func':
      sig = ck.fn.sig;
      if (ck.recv) {
        add(ck.recv, sig.params[0]);
        first = 1;
      }
      normalForm = !ck.recv && sig.params.length + sig.results.length === 0;
      break;
    case 'value': {
      const ft = c.typeOf(call.fun);
      sig = underlying(ft) as Extract<T, { k: 'func' }>;
      normalForm = sig.params.length + sig.results.length === 0;
      add(call.fun, normalForm ? null : ft);
      break;
    }
    case 'iface': {
      const x = (unparen(call.fun) as A.Selector).x;
      add(x, c.typeOf(x));
      sig = ck.sig;
      break;
    }
    case 'std':
      sig = ck.f.sig;
      break;
    case 'method':
      sig = ck.m.sig;
      captured.push({ k: 'ptr', elem: ck.recvType }); // the receiver (evaluated when the call runs here)
      break;
    default:
      break;
  }
  call.args.forEach((a, i) => {
    let t: T = c.typeOf(a);
    if (sig) {
      const n = sig.params.length - first;
      const j = first + Math.min(i, n - 1);
      t = sig.variadic && !call.ellipsis && i >= n - 1 ? (sig.params[sig.params.length - 1] as { elem: T }).elem : (sig.params[j] ?? t);
    }
    add(a, t);
  });
  return { now, captured, normalForm };
}

export function compileDefer(c: Compiler, s: A.Defer): St {
  const m = c.m;
  const ds = state(c);
  const call = unparen(s.call) as A.Call;
  const line = c.line(s);
  const inLoop = (c.fn.defers?.find((d) => d.node === s)?.loopDepth ?? 0) > 0;
  const { now, captured, normalForm } = capturedParts(c, call);
  const evs = now.map((e) => (c.info.toIface[e.id] ? c.expr(e) : c.valueForStore(e, c.typeOf(e))));
  now.forEach((e, i) => c.overrides.set(e.id, () => ds.args[i]));
  // A deferred call that can block (wg.Done(), mu.Unlock(), a blocking function) runs as a generator.
  const blocks = !!c.blockers && containsBlocking(c, call);
  const steps = blocks ? hoist(c, [call]) : [];
  const callEv = blocks ? null : c.expr(call);
  for (const e of now) c.overrides.delete(e.id);
  // The wrapper closure of a defer in a loop: struct { F uintptr; captured... } on the heap.
  let wsize = 0;
  let wnoscan = true;
  if (inLoop && !normalForm && captured.length > 0) {
    const lay = layout({ k: 'struct', fields: [{ name: 'F', type: tUintptr }, ...captured.map((type, i) => ({ name: `t${i}`, type }))] });
    wsize = lay.size;
    wnoscan = !lay.ptr;
  }
  const wsite = wsize ? c.site(line, 'heap', 'the defer\'s wrapper closure (its arguments), a defer in a loop escapes to heap') : 0;
  return (f) => {
    const vals = new Array(evs.length);
    for (let i = 0; i < evs.length; i++) vals[i] = evs[i](f);
    let rec: HeapObj | null = null;
    if (inLoop) {
      if (wsize) m.malloc(wsize, wnoscan, wsite, line, 0, null, null);
      rec = ds.newdefer(line);
    }
    (f as DeferFrame)[DEFERS]!.push({
      rec,
      run: function* () {
        const saved = ds.args;
        ds.args = vals;
        try {
          if (callEv) callEv(f);
          else yield* runSteps(steps, f);
        } finally {
          ds.args = saved;
        }
      },
    });
    return NORMAL;
  };
}

/** The body of a function with defer statements: runs its deferred calls on return and on panic. */
export function runWithDefers(c: Compiler, cf: CompiledFn, f: Frame): void {
  const it = runWithDefersG(c, cf, f);
  if (!it.next().done) throw new Error(`${cf.name}: a deferred call blocked outside the scheduler`);
}

/** runWithDefers for a function that can block (its body and deferred calls may yield). */
export function* runWithDefersG(c: Compiler, cf: CompiledFn, f: Frame): Gen<void> {
  const m = c.m;
  const ds = state(c);
  const list: Deferred[] = [];
  (f as DeferFrame)[DEFERS] = list;
  const depth = m.frames.length;
  const fn = cf.fn;
  let p: Panicking | null = null;
  try {
    if (cf.bodyG) yield* cf.bodyG(f);
    else cf.body(f);
  } catch (e) {
    if (!(e instanceof GoPanicSignal) || e.fatal) throw e;
    p = { sig: e, depth, recovered: false };
  }
  // `return x` assigns the results before the deferred calls run (they may change named ones).
  if (!p && fn.namedResults && m.ret !== undefined) setResults(cf, f, m.ret);
  let ret = m.ret;
  let recovered = false;
  while (list.length > 0) {
    const d = list.pop()!;
    if (d.rec) ds.freedefer(d.rec);
    m.frames.length = depth;
    const running = p;
    if (running) ds.panics.push(running);
    try {
      yield* d.run();
    } catch (e) {
      if (!(e instanceof GoPanicSignal) || e.fatal) throw e;
      if (running && e !== running.sig) {
        // A panic while running the deferred calls of another: printed after it.
        running.sig.recovered = running.recovered;
        let q = e;
        while (q.link && q.link !== running.sig) q = q.link;
        q.link ??= running.sig;
      }
      p = { sig: e, depth, recovered: false };
      continue;
    } finally {
      if (running) ds.panics.pop();
    }
    if (p?.recovered) {
      p = null;
      recovered = true;
      ret = undefined;
    }
  }
  m.frames.length = depth;
  if (p) throw p.sig;
  if (fn.results.length === 0) m.ret = undefined;
  else if (fn.namedResults) m.ret = getResults(cf, f);
  else if (recovered) m.ret = fn.results.length === 1 ? cf.resultZero[0]() : cf.resultZero.map((z) => z());
  else m.ret = ret;
}

function resultSlot(cf: CompiledFn, f: Frame, i: number): { get: () => unknown; set: (v: unknown) => void } {
  const s = cf.resultSlots[i];
  if (!cf.resultBox[i]) return { get: () => f[s], set: (v) => (f[s] = v) };
  const p = f[s] as Ptr;
  if (cf.resultAgg[i]) {
    const cp = copyIntoFn(cf.fn.results[i].type);
    return { get: () => p.c, set: (v) => cp(p.c, v) };
  }
  return { get: () => p.c[p.k], set: (v) => (p.c[p.k] = v) };
}

function setResults(cf: CompiledFn, f: Frame, ret: unknown): void {
  const n = cf.resultSlots.length;
  if (n === 1) resultSlot(cf, f, 0).set(ret);
  else for (let i = 0; i < n; i++) resultSlot(cf, f, i).set((ret as unknown[])[i]);
}

function getResults(cf: CompiledFn, f: Frame): unknown {
  const n = cf.resultSlots.length;
  if (n === 1) return resultSlot(cf, f, 0).get();
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = resultSlot(cf, f, i).get();
  return out;
}

/** recover(): the panic's value when called directly by a deferred call of a panicking function. */
export function recoverValue(c: Compiler): Iface | null {
  const ds = c.defers;
  const p = ds?.panics[ds.panics.length - 1];
  if (!p || p.recovered || c.m.frames.length !== p.depth + 1) return null;
  p.recovered = true;
  if (p.sig.value !== undefined) return p.sig.value;
  // boundsError.Error() and errorString.Error() build the message: a new string each call;
  // plainError.Error() (no "runtime error: " prefix: nil map writes, closed channels) returns it.
  const msg = p.sig.message;
  if (!msg.startsWith('runtime error: ') && !msg.startsWith('interface conversion:')) return runtimeErrorValue(msg);
  const m = c.m;
  const site = c.site(m.frames[m.frames.length - 1]?.line ?? 0, 'heap', 'runtime: Error() of a recovered runtime error builds its message');
  return runtimeErrorValue(msg, () => void m.malloc(msg.length, true, site, c.curLine, 0, null, null));
}
