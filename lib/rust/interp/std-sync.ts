// std::sync at run time: Arc (the same ArcInner as Rc's RcBox: strong and weak counts, then T), Weak
// (rc::Weak / sync::Weak: the box is freed when the last strong *and* weak handle are gone, so a Weak
// keeps the allocation, not the value), Mutex / RwLock (a RefCell-like flag: MutexGuard / the RwLock
// guards are RGuards whose drop unlocks), the atomics (a Cell: one thread runs at a time here), and the
// LockResult / thread::Result wrappers (always Ok: no thread panics into them). Mirrors
// alloc/src/sync.rs and rc.rs (Weak::upgrade, drop_slow), std/src/sync/poison/mutex.rs.

import { RSome, type Machine } from './machine';
import { RcBox, RCell, RGuard, RRc, RThread, RWeak } from './rrc';
import { dropGlue } from './drop';
import { prune, type IntName, type Ty } from './ty';
import { big, wrapTo, type Int } from './int';
import type { E } from './values';
import { tyOf, type Compiler } from './compile';
import type { RClosure } from './compile-closure';
import type { Expr } from './ast';
import { joinThread, spawner } from './std-thread';
import { compileChanMethod, endDrop } from './std-chan';

type DropFn = (v: unknown) => void;

export function syncDrop(t: Ty, m: Machine): DropFn {
  t = prune(t);
  if (t.k === 'Weak') {
    return (v) => weakDrop(m, (v as RWeak).b);
  }
  if (t.k === 'Chan') return endDrop(m);
  // a JoinHandle dropped without join: the thread is detached; its Packet goes with the last handle
  return (v) => releasePacket(m, v as RThread);
}

function weakDrop(m: Machine, b: RcBox | null): void {
  if (b && --b.weak === 0 && b.strong === 0) m.free(b.id, b.size);
}

export function releasePacket(m: Machine, h: RThread): void {
  if (--h.refs > 0) return;
  if (h.result !== undefined && h.dropResult) h.dropResult(h.result);
  h.result = undefined;
  m.free(h.packet, h.size);
}

export function compileSyncMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, id: string, st: Ty, recv: E, recvRaw: E, args: E[]): E | null {
  const m = cx.m;
  switch (id) {
    case 'wrap.unwrap':
      return recv;
    case 'lock.read':
    case 'lock.write': {
      // one thread runs at a time, so a held lock here is the running thread's own: std's futex
      // Mutex/RwLock would wait forever (a deadlock)
      const w = id === 'lock.write';
      const panic = cx.panicAt(e.nameSpan);
      return (f) => {
        const c = recv(f) as RCell;
        if (w ? c.b !== 0 : c.b < 0) panic('deadlock: the lock is already held by this thread', null);
        if (w) c.b = -1;
        else c.b++;
        return new RGuard(c, w);
      };
    }
    case 'wrap.is_ok':
      return () => true;
    case 'atomic.load': {
      return (f) => (recv(f) as RCell).a[0];
    }
    case 'atomic.swap':
      return (f) => {
        const c = recv(f) as RCell;
        const old = c.a[0];
        c.a[0] = args[0](f);
        return old;
      };
    case 'atomic.fetch_add':
    case 'atomic.fetch_sub': {
      const t = prune((st as { e: Ty }).e);
      const name = (t.k === 'int' ? t.name : 'u64') as IntName;
      const sub = id === 'atomic.fetch_sub';
      // atomics wrap around on overflow
      return (f) => {
        const c = recv(f) as RCell;
        const old = c.a[0] as Int;
        const d = args[0](f) as Int;
        const n = typeof old === 'number' && typeof d === 'number' ? (sub ? old - d : old + d) : sub ? big(old) - big(d) : big(old) + big(d);
        c.a[0] = wrapTo(name, typeof n === 'number' && !Number.isSafeInteger(n) ? BigInt(n) : n);
        return old;
      };
    }
    case 'weak.upgrade':
      return (f) => {
        const b = (recv(f) as RWeak).b;
        if (!b || b.strong === 0) return null;
        b.strong++;
        return new RSome(new RRc(b));
      };
    case 'weak.clone':
      return (f) => {
        const b = (recvRaw(f) as RWeak).b;
        if (b) b.weak++;
        return new RWeak(b);
      };
    case 'thread.join':
      return (f) => joinThread(m, recv(f) as RThread);
    case 'scope.spawn': {
      const spawn = spawner(cx, e.args[0], (prune(tyOf(e)) as { e: Ty }).e, true);
      return (f) => {
        recv(f);
        return spawn(args[0](f) as RClosure);
      };
    }
  }
  return compileChanMethod(cx, e, id, recv, args);
}

/** Rc::downgrade / Arc::downgrade, Rc::weak_count (the compile side of check/threads.ts's calls). */
export function compileWeakCall(b: string, a0: E): E | null {
  if (b === 'Rc::downgrade')
    return (f) => {
      const x = (a0(f) as RRc).b;
      x.weak++;
      return new RWeak(x);
    };
  if (b === 'Rc::weak_count') return (f) => (a0(f) as RRc).b.weak;
  if (b === 'Weak::new') return () => new RWeak(null);
  return null;
}

void dropGlue;
