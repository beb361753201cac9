// Mirrors go1.23.5 src/runtime/proc.go (newproc, newproc1, malg, allgadd, gfget, gfput, runqput, runqget, globrunqput, globrunqget, runqsteal, findRunnable, schedule, execute, park_m, ready, goschedImpl, goyield, gdestroy, checkdead, acquireSudog, releaseSudog) and runtime2.go (g, p, waitReason) on linux/amd64.
//
// One deterministic thread. GOMAXPROCS=1 follows the runtime's order exactly (runnext, the local
// queue, the 61st-schedtick look at the global queue); the order experiments in
// tests/fixtures/calibration/go-procs.json are replayed through it. GOMAXPROCS > 1 really runs in
// parallel; here the Ps take turns instead (see turn()), which is deterministic and plausible only.

import { growslice, type ElemInfo } from './slice';

/** unsafe.Sizeof(runtime.g{}) in go1.23.5 (DWARF); new(g) takes the 448-byte class. */
export const sizeofG = 432;
/** unsafe.Sizeof(runtime.sudog{}); new(sudog) takes the 96-byte class. */
export const sizeofSudog = 88;
const allgsElem: ElemInfo = { size: 8, hasPointers: true }; // []*g
const runqSize = 256; // len(p.runq)
const sudogCacheCap = 128; // len(p.sudogbuf)
export const _GoidCacheBatch = 16;
const stealTries = 4;

/** runtime2.go waitReasonStrings (the ones a user program can reach, plus the runtime's own goroutines). */
export type waitReason =
  | 'chan receive'
  | 'chan send'
  | 'chan receive (nil chan)'
  | 'chan send (nil chan)'
  | 'select'
  | 'select (no cases)'
  | 'semacquire' // sync.WaitGroup.Wait in go1.23 (its own reason came later)
  | 'sync.Mutex.Lock'
  | 'sync.RWMutex.RLock'
  | 'sync.RWMutex.Lock'
  | 'sync.Cond.Wait'
  | 'sleep'
  | 'force gc (idle)'
  | 'GC sweep wait'
  | 'GC scavenge wait'
  | 'finalizer wait';

/** A mallocgc call the runtime makes; feed it to mheap.mallocgc(size, noscan). */
export interface mallocCall {
  what: 'g' | 'allgs' | 'sudog' | 'closure' | 'hchan' | 'chanbuf';
  size: number;
  noscan: boolean;
}

export type gstatus = 'runnable' | 'running' | 'waiting' | 'dead';

export class g {
  goid = 0;
  status: gstatus = 'dead';
  waitreason: waitReason | '' = '';
  /** The P running it (mp.p while _Grunning). */
  p: p | null = null;
  /** What woke it: the sudog a channel or semaphore operation completed (gp.param). */
  param: unknown = null;
  /** select: set by the first waker (waitq.dequeue's CAS), cleared when selectgo resumes. */
  selectDone = false;
  /** Opaque to the model: the interpreter's task for this goroutine. */
  task: unknown = null;
  constructor(
    /** Position in allgs (tracebacks list goroutines in this order). */
    readonly index: number,
    /** A runtime goroutine (forcegc, bgsweep, ...): not reported, not counted by checkdead. */
    readonly system = false,
  ) {}
}

export class p {
  runnext: g | null = null;
  readonly runq: (g | null)[] = new Array<g | null>(runqSize).fill(null);
  runqhead = 0;
  runqtail = 0;
  /** Incremented by execute() unless the g inherits the time slice (came from runnext). */
  schedtick = 0;
  /** gFree: a gList (LIFO); the last element is the head. */
  readonly gFree: g[] = [];
  /** len(pp.sudogcache): sudogs are interchangeable, only their number matters. */
  sudogcache = 0;
  goidcache = 0;
  goidcacheend = 0;
  curg: g | null = null;
  /** Steps the current time slice has run (sysmon's schedwhen, counted in interpreter steps). */
  sliceSteps = 0;
  /** m.cheaprand (wyrand state), fixed seed per P: selectgo's poll order and nothing else. */
  cheaprandState: bigint;
  constructor(readonly id: number) {
    this.cheaprandState = BigInt(id) * 0x9e3779b97f4a7c15n;
  }
  runqlen(): number {
    return this.runqtail - this.runqhead;
  }
  /** Local queue from head to tail (runnext not included). */
  runqItems(): g[] {
    const out: g[] = [];
    for (let i = this.runqhead; i < this.runqtail; i++) out.push(this.runq[i % runqSize]!);
    return out;
  }
  /** cheaprand: wyrand, as on amd64. */
  cheaprand(): number {
    const mask = (1n << 64n) - 1n;
    this.cheaprandState = (this.cheaprandState + 0xa0761d6478bd642fn) & mask;
    const prod = this.cheaprandState * (this.cheaprandState ^ 0xe7037ed1a0b428dbn);
    return Number(((prod >> 64n) ^ prod) & 0xffffffffn);
  }
  /** cheaprandn: Lemire's multiply-shift, not a modulo. */
  cheaprandn(n: number): number {
    return Number((BigInt(this.cheaprand()) * BigInt(n)) >> 32n);
  }
}

export interface schedOptions {
  gomaxprocs?: number;
  /**
   * The program links package os (fmt does): os's init sets finalizers, so a finalizer goroutine
   * (goid 5) sits in P0's runnext when main.main starts and parks the first time it runs.
   */
  finalizerGoroutine?: boolean;
  /** Steps a P runs before the next P takes its turn (GOMAXPROCS > 1 only; see turn()). */
  quantum?: number;
  /**
   * Steps a time slice may run before it is preempted to the global queue: sysmon's
   * forcePreemptNS (10ms) in interpreter steps. Goroutines readied into runnext share the slice.
   */
  forcePreemptSteps?: number;
}

/** One entry of a deadlock report. */
export interface gReport {
  goid: number;
  waitreason: string;
}

export interface deadlock {
  /** After "fatal error: ". */
  message: string;
  /** User goroutines that are not dead, in allgs order (main first). */
  goroutines: gReport[];
}

/** "goroutine 1 [chan receive]:" as tracebacks print it. */
export function goroutineHeader(r: gReport): string {
  return `goroutine ${r.goid} [${r.waitreason}]:`;
}

/**
 * The heap object a `go` statement's closure needs: struct {F uintptr; captured...} (the compiler
 * wraps `go f(x)` the same way), or null without captures: a static funcval. `align` defaults to
 * the size for small scalars, 8 otherwise.
 */
export function goClosure(captures: (ElemInfo & { align?: number })[]): mallocCall | null {
  if (captures.length === 0) return null;
  let size = 8; // F
  for (const c of captures) {
    const align = c.align ?? (c.size >= 8 ? 8 : [1, 2, 4].includes(c.size) ? c.size : 1);
    size = Math.ceil(size / align) * align + c.size;
  }
  size = Math.ceil(size / 8) * 8;
  return { what: 'closure', size, noscan: !captures.some((c) => c.hasPointers) };
}

/** The scheduler: sched (schedt) plus allp and allgs. */
export class schedt {
  readonly gomaxprocs: number;
  readonly allp: p[] = [];
  readonly allgs: g[] = [];
  /** cap(allgs): allgadd appends one at a time, growing like any slice. */
  allgsCap = 0;
  /** sched.runq: the global queue, head first. */
  readonly runq: g[] = [];
  /** sched.gFree.stack: a gList, last element is the head. */
  readonly gFree: g[] = [];
  /** sched.sudogcache: the central list (GC clears it: clearpools). */
  sudogcache = 0;
  goidgen = 0;
  /** Every mallocgc the runtime made since the last takeMallocs(). */
  mallocs: mallocCall[] = [];
  readonly main: g;
  readonly quantum: number;
  readonly forcePreemptSteps: number;
  private nextP = 0;

  constructor(opts: schedOptions = {}) {
    const n = opts.gomaxprocs ?? 1;
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`bad GOMAXPROCS ${n}`);
    this.gomaxprocs = n;
    this.quantum = opts.quantum ?? 1000;
    this.forcePreemptSteps = opts.forcePreemptSteps ?? 10_000_000;
    for (let i = 0; i < n; i++) this.allp.push(new p(i));
    const p0 = this.allp[0];

    // The state at main.main's first line, measured (go-procs.json): g1 main running on P0;
    // forcegc, bgsweep and bgscavenge parked; the finalizer goroutine in runnext; P0 has executed
    // 4 non-inheriting schedules and cached the one sudog runtime.main used in gcenable.
    this.main = this.newproc1(p0, false);
    this.execute(p0, this.main, true);
    const sys: waitReason[] = ['force gc (idle)', 'GC sweep wait', 'GC scavenge wait'];
    for (const r of sys) {
      const s = this.newproc1(p0, true);
      s.status = 'waiting';
      s.waitreason = r;
    }
    if (opts.finalizerGoroutine ?? true) this.runqput(p0, this.newproc1(p0, true), true);
    p0.schedtick = 4;
    p0.sudogcache = 1;
    this.mallocs = [];
  }

  /** Drains the mallocgc log. */
  takeMallocs(): mallocCall[] {
    const m = this.mallocs;
    this.mallocs = [];
    return m;
  }

  // --- goroutine creation and exit -------------------------------------------------------------

  /** The `go` statement: newproc1 on the creator's P, then runqput(pp, newg, next=true). */
  newproc(parent: g): g {
    const pp = this.running(parent);
    const newg = this.newproc1(pp, false);
    this.runqput(pp, newg, true);
    return newg;
  }

  private newproc1(pp: p, system: boolean): g {
    let newg = system ? null : this.gfget(pp);
    if (newg === null) {
      newg = this.malg(system);
      this.allgadd(newg);
    }
    if (pp.goidcache === pp.goidcacheend) {
      // Batches of 16 goids per P: goroutines started on different Ps interleave ids.
      this.goidgen += _GoidCacheBatch;
      pp.goidcache = this.goidgen - _GoidCacheBatch + 1;
      pp.goidcacheend = pp.goidcache + _GoidCacheBatch;
    }
    newg.goid = pp.goidcache++;
    newg.status = 'runnable';
    newg.waitreason = '';
    newg.param = null;
    newg.selectDone = false;
    newg.task = null;
    return newg;
  }

  /** new(g); the stack comes from stackalloc, which MemStats does not count. */
  private malg(system: boolean): g {
    this.mallocs.push({ what: 'g', size: sizeofG, noscan: false });
    return new g(this.allgs.length, system);
  }

  /** allgs = append(allgs, gp). */
  private allgadd(gp: g): void {
    if (this.allgs.length === this.allgsCap) {
      const gr = growslice(this.allgs.length, this.allgsCap, 1, allgsElem);
      this.allgsCap = gr.newcap;
      this.mallocs.push({ what: 'allgs', size: gr.capmem, noscan: false });
    }
    this.allgs.push(gp);
  }

  /** A dead g from the P's free list, refilled with up to 32 from the global list first. */
  gfget(pp: p): g | null {
    if (pp.gFree.length === 0 && this.gFree.length > 0) {
      while (pp.gFree.length < 32 && this.gFree.length > 0) pp.gFree.push(this.gFree.pop()!);
    }
    return pp.gFree.pop() ?? null;
  }

  /** Puts a dead g on the P's free list; at 64, moves all but 31 to the global list. */
  gfput(pp: p, gp: g): void {
    pp.gFree.push(gp);
    if (pp.gFree.length >= 64) {
      // Popped head first into a gQueue by push (reversing), then prepended to the global list.
      const q: g[] = [];
      while (pp.gFree.length >= 32) q.push(pp.gFree.pop()!);
      this.gFree.push(...q);
    }
  }

  /** goexit0 → gdestroy: the g goes dead onto its P's free list. (main returning ends the program instead.) */
  goexit(gp: g): void {
    const pp = this.running(gp);
    gp.status = 'dead';
    gp.waitreason = '';
    gp.param = null;
    gp.p = null;
    pp.curg = null;
    this.gfput(pp, gp);
  }

  // --- run queues --------------------------------------------------------------------------------

  /** next: into runnext, kicking the old runnext to the tail of the local queue. */
  runqput(pp: p, gp: g, next: boolean): void {
    if (next) {
      const old = pp.runnext;
      pp.runnext = gp;
      if (old === null) return;
      gp = old;
    }
    if (pp.runqlen() < runqSize) {
      pp.runq[pp.runqtail % runqSize] = gp;
      pp.runqtail++;
      return;
    }
    this.runqputslow(pp, gp);
  }

  /** Local queue full: its first half plus gp go to the global queue. */
  private runqputslow(pp: p, gp: g): void {
    const n = runqSize / 2;
    for (let i = 0; i < n; i++) {
      const x = pp.runq[pp.runqhead % runqSize]!;
      pp.runq[pp.runqhead % runqSize] = null;
      pp.runqhead++;
      this.runq.push(x);
    }
    this.runq.push(gp);
  }

  /** runnext first (inheriting the time slice), then the local queue's head. */
  runqget(pp: p): { gp: g; inheritTime: boolean } | null {
    const next = pp.runnext;
    if (next !== null) {
      pp.runnext = null;
      return { gp: next, inheritTime: true };
    }
    if (pp.runqtail === pp.runqhead) return null;
    const gp = pp.runq[pp.runqhead % runqSize]!;
    pp.runq[pp.runqhead % runqSize] = null;
    pp.runqhead++;
    return { gp, inheritTime: false };
  }

  globrunqput(gp: g): void {
    this.runq.push(gp);
  }

  /** Takes runqsize/gomaxprocs+1 (at most max, at most 128): the first to run, the rest to the local queue. */
  globrunqget(pp: p, max: number): g | null {
    const size = this.runq.length;
    if (size === 0) return null;
    let n = Math.min(size, Math.floor(size / this.gomaxprocs) + 1);
    if (max > 0 && n > max) n = max;
    if (n > runqSize / 2) n = runqSize / 2;
    const gp = this.runq.shift()!;
    for (n--; n > 0; n--) this.runqput(pp, this.runq.shift()!, false);
    return gp;
  }

  /** Steals half of p2's local queue (or, if allowed and it is empty, its runnext) into pp's. */
  runqsteal(pp: p, p2: p, stealRunNextG: boolean): g | null {
    const avail = p2.runqlen();
    let n = avail - Math.floor(avail / 2);
    const batch: g[] = [];
    if (n === 0) {
      if (!stealRunNextG || p2.runnext === null) return null;
      batch.push(p2.runnext);
      p2.runnext = null;
    } else {
      for (; n > 0; n--) {
        batch.push(p2.runq[p2.runqhead % runqSize]!);
        p2.runq[p2.runqhead % runqSize] = null;
        p2.runqhead++;
      }
    }
    const gp = batch.pop()!; // the last one stolen runs now
    for (const x of batch) this.runqput(pp, x, false);
    return gp;
  }

  // --- scheduling ----------------------------------------------------------------------------------

  /**
   * findRunnable without timers, netpoll or GC workers: every 61st schedtick the global queue
   * first, then runnext/local, the global queue, then stealing (in P order from pp+1 instead of
   * the runtime's random order; runnext only on the last of the 4 tries, as there).
   */
  findRunnable(pp: p): { gp: g; inheritTime: boolean } | null {
    if (pp.schedtick % 61 === 0 && this.runq.length > 0) {
      const gp = this.globrunqget(pp, 1);
      if (gp !== null) return { gp, inheritTime: false };
    }
    const local = this.runqget(pp);
    if (local !== null) return local;
    if (this.runq.length > 0) {
      const gp = this.globrunqget(pp, 0);
      if (gp !== null) return { gp, inheritTime: false };
    }
    if (this.gomaxprocs > 1) {
      for (let i = 0; i < stealTries; i++) {
        for (let k = 1; k < this.gomaxprocs; k++) {
          const p2 = this.allp[(pp.id + k) % this.gomaxprocs];
          const gp = this.runqsteal(pp, p2, i === stealTries - 1);
          if (gp !== null) return { gp, inheritTime: false };
        }
      }
    }
    return null;
  }

  private execute(pp: p, gp: g, inheritTime: boolean): void {
    pp.curg = gp;
    gp.p = pp;
    gp.status = 'running';
    gp.waitreason = '';
    if (!inheritTime) {
      pp.schedtick++;
      pp.sliceSteps = 0; // sysmon sees a new schedtick: a new time slice
    }
  }

  /**
   * schedule(): the next goroutine for pp, now running on it, or null when pp finds nothing.
   * Runtime goroutines picked on the way run here: the finalizer goroutine just parks.
   */
  schedule(pp: p): g | null {
    if (pp.curg !== null) throw new Error(`schedule: P${pp.id} is running goroutine ${pp.curg.goid}`);
    for (;;) {
      const r = this.findRunnable(pp);
      if (r === null) return null;
      this.execute(pp, r.gp, r.inheritTime);
      if (!r.gp.system) return r.gp;
      this.gopark(r.gp, 'finalizer wait');
    }
  }

  /** park_m: gp stops running and waits for goready. The caller then schedules its P. */
  gopark(gp: g, reason: waitReason): void {
    const pp = this.running(gp);
    gp.status = 'waiting';
    gp.waitreason = reason;
    gp.p = null;
    pp.curg = null;
  }

  /** ready(gp, next=true): onto the runnext of `by`'s P (the goroutine doing the waking). */
  goready(gp: g, by: g): void {
    if (gp.status !== 'waiting') throw new Error(`goready: goroutine ${gp.goid} is ${gp.status}`);
    gp.status = 'runnable';
    gp.waitreason = '';
    this.runqput(this.running(by), gp, true);
  }

  /** runtime.Gosched: onto the global queue. */
  gosched(gp: g): void {
    const pp = this.running(gp);
    gp.status = 'runnable';
    gp.p = null;
    pp.curg = null;
    this.globrunqput(gp);
  }

  /** Preemption (sysmon, gopreempt_m): like Gosched, onto the global queue. */
  preempt(gp: g): void {
    this.gosched(gp);
  }

  /** goyield (semrelease's starving handoff): onto the tail of the local queue. */
  goyield(gp: g): void {
    const pp = this.running(gp);
    gp.status = 'runnable';
    gp.p = null;
    pp.curg = null;
    this.runqput(pp, gp, false);
  }

  /**
   * GOMAXPROCS > 1, deterministically: the Ps take turns in P order, each running up to `quantum`
   * steps: its current goroutine, and whenever that one parks or exits, the next one it schedules
   * (so short goroutines stay on their P, as they do when they finish before an idle P wakes up
   * and steals). An idle P steals at its turn. Returns the next P that has something to run (its
   * curg is set), or null when no P has: see checkdead. With one P this is always P0.
   */
  turn(): p | null {
    for (let k = 0; k < this.gomaxprocs; k++) {
      const pp = this.allp[(this.nextP + k) % this.gomaxprocs];
      if (pp.curg === null && this.schedule(pp) === null) continue;
      this.nextP = (pp.id + 1) % this.gomaxprocs;
      return pp;
    }
    return null;
  }

  /** After each step run on pp: a time slice past forcePreemptSteps is preempted (sysmon). */
  stepped(pp: p): void {
    pp.sliceSteps++;
    if (pp.curg !== null && pp.sliceSteps >= this.forcePreemptSteps) this.preempt(pp.curg);
  }

  /**
   * checkdead, called when turn() finds nothing: every user goroutine waits (or none is left).
   * null if some goroutine can still run.
   */
  checkdead(): deadlock | null {
    const live: gReport[] = [];
    for (const gp of this.allgs) {
      if (gp.system || gp.status === 'dead') continue;
      if (gp.status !== 'waiting') return null;
      live.push({ goid: gp.goid, waitreason: gp.waitreason });
    }
    if (live.length === 0) return { message: 'no goroutines (main called runtime.Goexit) - deadlock!', goroutines: [] };
    return { message: 'all goroutines are asleep - deadlock!', goroutines: live };
  }

  // --- sudogs --------------------------------------------------------------------------------------

  /** From the P's cache, else up to 64 from the central cache, else new(sudog). */
  acquireSudog(pp: p): void {
    if (pp.sudogcache === 0) {
      while (pp.sudogcache < sudogCacheCap / 2 && this.sudogcache > 0) {
        this.sudogcache--;
        pp.sudogcache++;
      }
      if (pp.sudogcache === 0) {
        this.mallocs.push({ what: 'sudog', size: sizeofSudog, noscan: false });
        pp.sudogcache++;
      }
    }
    pp.sudogcache--;
  }

  /** Back to the P's cache; a full cache (128) first gives half to the central one. */
  releaseSudog(pp: p): void {
    if (pp.sudogcache === sudogCacheCap) {
      this.sudogcache += sudogCacheCap / 2;
      pp.sudogcache -= sudogCacheCap / 2;
    }
    pp.sudogcache++;
  }

  /**
   * gcBgMarkStartWorkers' `go gcBgMarkWorker(ready)` from running goroutine gp: newproc1 reuses a dead
   * g when its P (or the global list) has one. True if it did; the g then never dies again.
   */
  startMarkWorkerFromDeadG(gp: g): boolean {
    return gp.p !== null && this.gfget(gp.p) !== null;
  }

  /** clearpools at the start of a GC cycle drops the central sudog cache (per-P caches stay). */
  clearpools(): void {
    this.sudogcache = 0;
  }

  private running(gp: g): p {
    const pp = gp.p;
    if (gp.status !== 'running' || pp === null || pp.curg !== gp) throw new Error(`goroutine ${gp.goid} is not running`);
    return pp;
  }
}
