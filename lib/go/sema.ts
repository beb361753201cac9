// Mirrors go1.23.5 src/runtime/sema.go (semacquire1, semrelease1, semaRoot queue/dequeue) and src/sync/waitgroup.go, mutex.go, rwmutex.go.
//
// Like chan.ts: pure state changes, the caller drives lib/go/proc.ts. A syncResult says what to do:
// goready(sg.g, gp) for each `ready` in order; then either park gp with `reason` or, if `yield`,
// goyield(gp). A blocked semacquire holds a sudog: on 'block' with an sg the goroutine does not
// hold yet, releaseSudog the one it holds (if any) and acquireSudog; on 'done', release the one it
// holds. A parked goroutine, once readied, calls the object's resume(gp), which may block again.
// The semaRoot table is static: contention allocates nothing but sudogs.

import type { g, waitReason } from './proc';
import { GoPanic } from './slice';
import { sudog } from './chan';

/** A fatal error (not recoverable): "fatal error: " + message. */
export class GoFatal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoFatal';
  }
}

/** One semaphore address: its count and its waiters (the semaRoot list for that address). */
export class sema {
  n = 0;
  readonly waiters: sudog[] = [];
  /** Set by semrelease1's handoff: the waiter owns the count already. */
  readonly tickets = new Set<sudog>();
}

function cansemacquire(s: sema): boolean {
  if (s.n === 0) return false;
  s.n--;
  return true;
}

/** null: acquired at once; else the sudog queued (lifo: at the front, as Mutex's re-waiters). */
export function semacquire1(s: sema, gp: g, lifo: boolean): sudog | null {
  if (cansemacquire(s)) return null;
  const sg = new sudog(gp, null);
  if (lifo) s.waiters.unshift(sg);
  else s.waiters.push(sg);
  return sg;
}

/** A woken waiter: true if it got the semaphore, else it is queued again (same sudog). */
export function semacquireWake(s: sema, sg: sudog, lifo: boolean): boolean {
  if (s.tickets.delete(sg) || cansemacquire(s)) return true;
  if (lifo) s.waiters.unshift(sg);
  else s.waiters.push(sg);
  return false;
}

/** Wakes the first waiter; handoff (a starving Mutex) gives it the count and yields the P to it. */
export function semrelease1(s: sema, handoff: boolean): { ready: sudog | null; yield: boolean } {
  s.n++;
  const sg = s.waiters.shift();
  if (sg === undefined) return { ready: null, yield: false };
  let ticket = false;
  if (handoff && cansemacquire(s)) {
    s.tickets.add(sg);
    ticket = true;
  }
  return { ready: sg, yield: ticket };
}

export type syncResult =
  | { kind: 'done'; ready: sudog[]; yield: boolean }
  | { kind: 'block'; sg: sudog; reason: waitReason; ready: sudog[] };

const done = (ready: sudog[] = [], y = false): syncResult => ({ kind: 'done', ready, yield: y });

// --- WaitGroup ---------------------------------------------------------------------------------

export class WaitGroup {
  /** Counter (state >> 32) and waiters (uint32(state)). */
  v = 0;
  w = 0;
  readonly sema = new sema();
  private readonly waiting = new Map<g, sudog>();

  /** Add(delta) / Done(): at zero with waiters, releases them all, first waiter first. */
  add(delta: number): syncResult {
    this.v += delta;
    if (this.v < 0) throw new GoPanic('sync: negative WaitGroup counter');
    if (this.v > 0 || this.w === 0) return done();
    const ready: sudog[] = [];
    for (let w = this.w; w > 0; w--) {
      const r = semrelease1(this.sema, false);
      if (r.ready !== null) ready.push(r.ready);
    }
    this.w = 0;
    return done(ready);
  }

  wait(gp: g): syncResult {
    if (this.v === 0) return done();
    this.w++;
    const sg = semacquire1(this.sema, gp, false);
    if (sg === null) return this.after();
    this.waiting.set(gp, sg);
    return { kind: 'block', sg, reason: 'semacquire', ready: [] };
  }

  resume(gp: g): syncResult {
    const sg = this.waiting.get(gp)!;
    if (!semacquireWake(this.sema, sg, false)) return { kind: 'block', sg, reason: 'semacquire', ready: [] };
    this.waiting.delete(gp);
    return this.after();
  }

  private after(): syncResult {
    if (this.v !== 0 || this.w !== 0) throw new GoPanic('sync: WaitGroup is reused before previous Wait has returned');
    return done();
  }
}

// --- Mutex -------------------------------------------------------------------------------------

const mutexLocked = 1;
const mutexWoken = 2;
const mutexStarving = 4;
const mutexWaiterShift = 3;
/** A waiter that waited longer than this (in the caller's clock) switches the mutex to starvation mode. */
export const starvationThresholdNs = 1e6;

interface lockWait {
  sg: sudog | null;
  /** Re-waiters queue at the front (queueLifo). */
  lifo: boolean;
  waitStartTime: number | null;
  starving: boolean;
  awoke: boolean;
}

/**
 * sync.Mutex without spinning (runtime_canSpin is false at GOMAXPROCS=1, and the model does not
 * spin at any GOMAXPROCS). `now` is the caller's clock in nanoseconds; it only matters for
 * starvation mode (a waiter blocked over 1ms).
 */
export class Mutex {
  state = 0;
  readonly sema = new sema();
  private readonly waiting = new Map<g, lockWait>();

  get locked(): boolean {
    return (this.state & mutexLocked) !== 0;
  }

  lock(gp: g, now = 0, reason: waitReason = 'sync.Mutex.Lock'): syncResult {
    if (this.state === 0) {
      this.state = mutexLocked;
      return done();
    }
    return this.lockSlow(gp, { sg: null, lifo: false, waitStartTime: null, starving: false, awoke: false }, now, reason);
  }

  tryLock(): boolean {
    if ((this.state & (mutexLocked | mutexStarving)) !== 0) return false;
    this.state |= mutexLocked;
    return true;
  }

  private lockSlow(gp: g, st: lockWait, now: number, reason: waitReason): syncResult {
    let old = this.state;
    for (;;) {
      let nw = old;
      if ((old & mutexStarving) === 0) nw |= mutexLocked;
      if ((old & (mutexLocked | mutexStarving)) !== 0) nw += 1 << mutexWaiterShift;
      if (st.starving && (old & mutexLocked) !== 0) nw |= mutexStarving;
      if (st.awoke) {
        if ((nw & mutexWoken) === 0) throw new GoFatal('sync: inconsistent mutex state');
        nw &= ~mutexWoken;
      }
      this.state = nw;
      if ((old & (mutexLocked | mutexStarving)) === 0) {
        this.waiting.delete(gp);
        return done();
      }
      const queueLifo = st.waitStartTime !== null;
      if (st.waitStartTime === null) st.waitStartTime = now;
      st.lifo = queueLifo;
      const sg = semacquire1(this.sema, gp, queueLifo);
      if (sg !== null) {
        st.sg = sg;
        this.waiting.set(gp, st);
        return { kind: 'block', sg, reason, ready: [] };
      }
      const r = this.afterSemacquire(gp, st, now);
      if (r !== null) return r;
      old = this.state;
    }
  }

  /** The code after runtime_SemacquireMutex returns; null: go round the loop again. */
  private afterSemacquire(gp: g, st: lockWait, now: number): syncResult | null {
    st.starving = st.starving || now - st.waitStartTime! > starvationThresholdNs;
    const old = this.state;
    if ((old & mutexStarving) !== 0) {
      // Handed off in starvation mode: we own it.
      if ((old & (mutexLocked | mutexWoken)) !== 0 || old >> mutexWaiterShift === 0) throw new GoFatal('sync: inconsistent mutex state');
      let delta = mutexLocked - (1 << mutexWaiterShift);
      if (!st.starving || old >> mutexWaiterShift === 1) delta -= mutexStarving;
      this.state += delta;
      this.waiting.delete(gp);
      return done();
    }
    st.awoke = true;
    return null;
  }

  /** A parked Lock readied by Unlock. */
  resume(gp: g, now = 0, reason: waitReason = 'sync.Mutex.Lock'): syncResult {
    const st = this.waiting.get(gp);
    if (st === undefined) throw new Error(`Mutex.resume: goroutine ${gp.goid} is not waiting`);
    if (!semacquireWake(this.sema, st.sg!, st.lifo)) return { kind: 'block', sg: st.sg!, reason, ready: [] };
    const r = this.afterSemacquire(gp, st, now);
    if (r !== null) return r;
    st.sg = null; // runtime_SemacquireMutex is called afresh: a new sudog
    return this.lockSlow(gp, st, now, reason);
  }

  unlock(): syncResult {
    const nw = this.state - mutexLocked;
    this.state = nw;
    if (nw === 0) return done();
    if (((nw + mutexLocked) & mutexLocked) === 0) throw new GoFatal('sync: unlock of unlocked mutex');
    if ((nw & mutexStarving) === 0) {
      const old = nw;
      if (old >> mutexWaiterShift === 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) !== 0) return done();
      this.state = (old - (1 << mutexWaiterShift)) | mutexWoken;
      const r = semrelease1(this.sema, false);
      return done(r.ready === null ? [] : [r.ready]);
    }
    const r = semrelease1(this.sema, true);
    return done(r.ready === null ? [] : [r.ready], r.yield);
  }
}

// --- RWMutex -----------------------------------------------------------------------------------

const rwmutexMaxReaders = 1 << 30;

/** sync.RWMutex: a Mutex for writers plus reader and writer semaphores. */
export class RWMutex {
  readonly w = new Mutex();
  readonly writerSem = new sema();
  readonly readerSem = new sema();
  readerCount = 0;
  readerWait = 0;
  /** What a parked goroutine waits for. */
  private readonly waiting = new Map<g, { phase: 'rlock' | 'wlock-mutex' | 'wlock-readers'; sg: sudog }>();

  rlock(gp: g): syncResult {
    if (++this.readerCount < 0) {
      const sg = semacquire1(this.readerSem, gp, false);
      if (sg !== null) {
        this.waiting.set(gp, { phase: 'rlock', sg });
        return { kind: 'block', sg, reason: 'sync.RWMutex.RLock', ready: [] };
      }
    }
    return done();
  }

  runlock(): syncResult {
    const r = --this.readerCount;
    if (r >= 0) return done();
    if (r + 1 === 0 || r + 1 === -rwmutexMaxReaders) throw new GoFatal('sync: RUnlock of unlocked RWMutex');
    if (--this.readerWait === 0) {
      const rel = semrelease1(this.writerSem, false);
      return done(rel.ready === null ? [] : [rel.ready]);
    }
    return done();
  }

  lock(gp: g, now = 0): syncResult {
    const r = this.w.lock(gp, now);
    if (r.kind === 'block') {
      this.waiting.set(gp, { phase: 'wlock-mutex', sg: r.sg });
      return r;
    }
    return this.lockReaders(gp);
  }

  private lockReaders(gp: g): syncResult {
    this.readerCount -= rwmutexMaxReaders;
    const r = this.readerCount + rwmutexMaxReaders;
    if (r !== 0 && (this.readerWait += r) !== 0) {
      const sg = semacquire1(this.writerSem, gp, false);
      if (sg !== null) {
        this.waiting.set(gp, { phase: 'wlock-readers', sg });
        return { kind: 'block', sg, reason: 'sync.RWMutex.Lock', ready: [] };
      }
    }
    this.waiting.delete(gp);
    return done();
  }

  unlock(): syncResult {
    this.readerCount += rwmutexMaxReaders;
    const r = this.readerCount;
    if (r >= rwmutexMaxReaders) throw new GoFatal('sync: Unlock of unlocked RWMutex');
    const ready: sudog[] = [];
    for (let i = 0; i < r; i++) {
      const rel = semrelease1(this.readerSem, false);
      if (rel.ready !== null) ready.push(rel.ready);
    }
    const u = this.w.unlock();
    if (u.kind === 'done') ready.push(...u.ready);
    return done(ready, u.kind === 'done' && u.yield);
  }

  resume(gp: g, now = 0): syncResult {
    const st = this.waiting.get(gp);
    if (st === undefined) throw new Error(`RWMutex.resume: goroutine ${gp.goid} is not waiting`);
    switch (st.phase) {
      case 'rlock':
        if (!semacquireWake(this.readerSem, st.sg, false)) return { kind: 'block', sg: st.sg, reason: 'sync.RWMutex.RLock', ready: [] };
        this.waiting.delete(gp);
        return done();
      case 'wlock-mutex': {
        const r = this.w.resume(gp, now);
        if (r.kind === 'block') return r;
        return this.lockReaders(gp);
      }
      case 'wlock-readers':
        if (!semacquireWake(this.writerSem, st.sg, false)) return { kind: 'block', sg: st.sg, reason: 'sync.RWMutex.Lock', ready: [] };
        this.waiting.delete(gp);
        return done();
    }
  }
}
