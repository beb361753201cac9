// std::thread at run time, deterministic. Scheduling rule: a spawned thread does not start until the
// thread that is running blocks (`join`, the end of `thread::scope`); then every pending thread runs, in
// spawn order, each to completion. (Real threads start a little later than spawn returns and run in
// parallel; the corpus programs only print what does not depend on the order.)
// Allocations, measured on rustc 1.95 x86_64 Linux (std/src/thread/mod.rs spawn_unchecked_ and
// sys/thread/unix.rs): spawn allocates the Packet Arc (16 bytes of counts + the scope pointer + the
// result slot `Option<thread::Result<T>>`), then the boxed main closure (the user's closure + 40 bytes),
// then a 24-byte box the new thread frees as it starts; the main closure's box is freed after the
// closure returns; the Packet goes with its last handle (the JoinHandle's join/drop or the finished
// thread). `thread::scope` allocates its ScopeData Arc (40 bytes) and frees it at the scope's end.

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import type { RClosure } from './compile-closure';
import { dropGlue } from './drop';
import type { Machine } from './machine';
import { RcBox, RRc, RThread } from './rrc';
import { rcBoxSize } from './std-rc';
import { compileWeakCall, releasePacket } from './std-sync';
import { layoutOf, needsDrop, prune, sizeOf, toRustType, type Ty } from './ty';
import { rustLayout } from '../types';
import type { E } from './values';

/** size_of::<ArcInner<Packet<'_, T>>>(): counts, `scope: Option<Arc<ScopeData>>`, `result: Option<Result<T, Box<dyn Any + Send>>>`. */
export function packetSize(t: Ty): number {
  const res = rustLayout({
    kind: 'struct',
    fields: [
      { name: 'scope', type: { kind: 'option', elem: { kind: 'arc', elem: { kind: 'prim', name: 'u8' } } } },
      { name: 'result', type: { kind: 'option', elem: { kind: 'enum', variants: [{ name: 'Ok', fields: [toRustType(t)] }, { name: 'Err', fields: [{ kind: 'box', elem: { kind: 'str' } }] }] } } },
    ],
  });
  const a = Math.max(8, res.align);
  return Math.ceil((Math.ceil(16 / res.align) * res.align + res.size) / a) * a;
}

/** Starts every pending thread, in spawn order (the running thread has blocked). */
export function runPending(m: Machine): void {
  const line = m.line;
  while (m.pending.length) {
    const t = m.pending.shift()!;
    const prev = m.thread;
    m.thread = t.id;
    t.run!();
    t.run = null;
    m.thread = prev;
  }
  m.line = line;
}

export function joinThread(m: Machine, h: RThread): unknown {
  if (!h.done) runPending(m);
  const v = h.result;
  h.result = undefined;
  releasePacket(m, h);
  return v;
}

/** `thread::spawn(f)` / `s.spawn(f)`: the allocations, then the thread waits in `m.pending`. */
export function spawner(cx: Compiler, closureExpr: Expr, ret: Ty, scoped: boolean): (c: RClosure) => RThread {
  const m = cx.m;
  const psize = packetSize(ret);
  const msize = Math.ceil((sizeOf(tyOf(closureExpr)) + 40) / 8) * 8;
  const dr = needsDrop(ret) ? dropGlue(ret, m) : null;
  const what = scoped ? 'Scope::spawn' : 'thread::spawn';
  return (c) => {
    const packet = m.alloc(psize, `${what}: Packet Arc (the result slot, ${psize} bytes)`);
    const main = m.alloc(msize, `${what}: boxed main closure (the closure + 40 bytes)`);
    const init = m.alloc(24, `${what}: thread start box (24 bytes)`);
    const id = ++m.threadCount;
    // std's main closure: the result goes into the Packet, the thread's Packet handle is dropped
    // (freeing it if the JoinHandle is already gone), and only then is the main closure's box freed.
    const run = () => {
      m.free(init, 24);
      const r = c.call([]);
      if (c.dropEnv) c.dropEnv(c);
      t.result = r;
      t.done = true;
      releasePacket(m, t);
      m.free(main, msize);
    };
    const t: RThread = new RThread(run, id, packet, psize, dr);
    m.pending.push(t);
    return t;
  };
}

export function compileThreadCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E | null {
  const m = cx.m;
  switch (e.builtin) {
    case 'Arc::new': {
      const inner = (prune(tyOf(e)) as { e: Ty }).e;
      const size = rcBoxSize(inner);
      const v = cx.expr(e.args[0]);
      return (f) => {
        const x = v(f);
        const id = m.alloc(size, `Arc::new (ArcInner: 16 bytes of counts + ${size - 16} bytes)`);
        return new RRc(new RcBox(x, 1, id, size));
      };
    }
    case 'Rc::downgrade':
    case 'Rc::weak_count':
      return compileWeakCall(e.builtin, cx.expr(e.args[0]));
    case 'Weak::new':
      return compileWeakCall(e.builtin, () => null);
    case 'thread::spawn': {
      const ret = (prune(tyOf(e)) as { e: Ty }).e;
      const spawn = spawner(cx, e.args[0], ret, false);
      const c = cx.expr(e.args[0]);
      return (f) => spawn(c(f) as RClosure);
    }
    case 'thread::scope': {
      const c = cx.expr(e.args[0]);
      return (f) => {
        const cl = c(f) as RClosure;
        const id = m.alloc(40, 'thread::scope: ScopeData Arc (40 bytes)');
        const r = cl.call([SCOPE]);
        if (cl.dropEnv) cl.dropEnv(cl);
        runPending(m); // the scope waits for its threads
        m.free(id, 40);
        return r;
      };
    }
  }
  return null;
}

const SCOPE = { scope: true };
void layoutOf;
