// Runs goroutines: each is a generator that yields runtime operations (Op), driven by lib/go/proc.ts
// with lib/go/chan.ts and lib/go/sema.ts; one yielded operation is one step. The tests script
// goroutines with it directly; the Go interpreter (lib/go/interp/sched.ts) subclasses it to account
// allocations on its heap and to switch goroutine stacks.
import {
  chanrecv,
  chansend,
  closechan,
  makechan,
  recvWake,
  selectgo,
  selectWake,
  sendWake,
  type hchan,
  type scase,
  type selectWait,
  type sudog,
} from './chan';
import { mallocBlockSize } from './msize';
import { goClosure, goroutineHeader, schedt, type g, type mallocCall, type schedOptions } from './proc';
import { Mutex, RWMutex, WaitGroup, type syncResult } from './sema';
import { GoPanic, type ElemInfo } from './slice';

export type Op =
  | { op: 'go'; fn: GoFn; args?: unknown[]; captures?: ElemInfo[] }
  | { op: 'make'; elem?: ElemInfo; size?: number }
  | { op: 'send'; c: hchan | null; v: unknown }
  | { op: 'recv'; c: hchan | null }
  | { op: 'close'; c: hchan | null }
  | { op: 'select'; cases: scase<unknown>[]; hasDefault?: boolean }
  | { op: 'block' } // select {}
  | { op: 'print'; s: string }
  | { op: 'gosched' }
  | { op: 'wgAdd'; wg: WaitGroup; n: number }
  | { op: 'wgWait'; wg: WaitGroup }
  | { op: 'lock'; mu: Mutex }
  | { op: 'unlock'; mu: Mutex }
  | { op: 'rlock'; rw: RWMutex }
  | { op: 'runlock'; rw: RWMutex }
  | { op: 'wlock'; rw: RWMutex }
  | { op: 'wunlock'; rw: RWMutex }
  | { op: 'goexit' } // runtime.Goexit (no deferred calls here)
  | { op: 'goid' } // resumes with the running goroutine's id
  | { op: 'mark' } // snapshot of the allocation counters (resumes with {mallocs, totalAlloc})
  | { op: 'wgDone'; wg: WaitGroup }
  | { op: 'tryLock'; mu: Mutex }; // resumes with true if locked

// Generators receive what the operation produced (recv: {value, ok}; select: {casei, value, recvOK};
// make: the channel; mark: the counters).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GoFn = (...args: any[]) => Generator<Op, unknown, any>;

const intElem: ElemInfo = { size: 8, hasPointers: false };

export interface task {
  gen: Generator<Op, unknown, unknown>;
  /** Value for the next gen.next(). */
  input: unknown;
  /** Computes the input when the goroutine runs again after parking; may park again (returns false). */
  wake: (() => boolean) | null;
  /** Sudogs the goroutine holds while parked. */
  held: sudog[];
}

export interface worldResult {
  output: string[];
  /** "fatal error: ..." plus the goroutine headers, as the runtime prints them. */
  fatal: string[] | null;
  /** "panic: ..." plus the panicking goroutine's header. */
  panic: string[] | null;
  steps: number;
}

export class goWorld {
  readonly sched: schedt;
  output: string[] = [];
  mallocs = 0;
  totalAlloc = 0;
  steps = 0;
  private readonly tasks = new Map<g, task>();
  private exited = false;
  private current: g | null = null;

  constructor(opts: schedOptions = {}) {
    this.sched = new schedt(opts);
  }

  /** The goroutine running now. */
  get running(): g | null {
    return this.current;
  }

  /** Called before gp runs a step (the interpreter switches stacks here). */
  protected enter(gp: g): void {
    void gp;
  }

  protected account(ms: mallocCall[]): void {
    for (const m of ms) {
      this.mallocs++;
      this.totalAlloc += mallocBlockSize(m.size, m.noscan);
    }
  }

  run(main: GoFn, maxSteps = 5_000_000): worldResult {
    this.tasks.set(this.sched.main, { gen: main(), input: undefined, wake: null, held: [] });
    try {
      while (!this.exited) {
        const pp = this.sched.turn();
        if (pp === null) {
          const d = this.sched.checkdead();
          if (d === null) throw new Error('nothing runs but checkdead found a runnable goroutine');
          return this.result(['fatal error: ' + d.message, ...d.goroutines.map(goroutineHeader)], null);
        }
        for (let used = 0; used < this.sched.quantum && !this.exited; used++) {
          const gp = pp.curg ?? this.sched.schedule(pp);
          if (gp === null) break;
          this.current = gp;
          this.enter(gp);
          this.step(gp);
          this.sched.stepped(pp);
          if (++this.steps > maxSteps) throw new Error('too many steps');
        }
      }
    } catch (e) {
      if (e instanceof GoPanic) return this.result(null, ['panic: ' + e.message, `goroutine ${this.current!.goid} [running]:`]);
      throw e;
    }
    return this.result(null, null);
  }

  private result(fatal: string[] | null, panic: string[] | null): worldResult {
    return { output: this.output, fatal, panic, steps: this.steps };
  }

  /** One operation of gp (which is running). */
  private step(gp: g): void {
    const tk = this.tasks.get(gp)!;
    if (tk.wake !== null) {
      const w = tk.wake;
      tk.wake = null;
      if (!w()) return; // parked again
    }
    const r = tk.gen.next(tk.input);
    tk.input = undefined;
    if (r.done) {
      if (gp === this.sched.main) this.exited = true; // main returning ends the program
      else this.sched.goexit(gp);
      return;
    }
    this.exec(gp, tk, r.value);
  }

  /** The sudogs parked goroutines hold: a receiver's holds the value handed to it until it runs (chan.go send → sendDirect). */
  protected heldSudogs(): sudog[] {
    const out: sudog[] = [];
    for (const tk of this.tasks.values()) out.push(...tk.held);
    return out;
  }

  private park(gp: g, tk: task, reason: Parameters<schedt['gopark']>[1], sgs: sudog[], wake: () => boolean): void {
    const pp = gp.p!;
    for (const s of tk.held) if (!sgs.includes(s)) this.sched.releaseSudog(pp);
    for (const s of sgs) if (!tk.held.includes(s)) this.sched.acquireSudog(pp);
    tk.held = sgs;
    this.account(this.sched.takeMallocs());
    tk.wake = wake;
    this.sched.gopark(gp, reason);
  }

  private releaseHeld(gp: g, tk: task): void {
    for (let i = 0; i < tk.held.length; i++) this.sched.releaseSudog(gp.p!);
    tk.held = [];
  }

  private readyAll(gp: g, sgs: (sudog | null)[]): void {
    for (const s of sgs) if (s !== null) this.sched.goready(s.g, gp);
  }

  /** A sync result: ready, then park (wake = resume) or yield. */
  private syncOp(gp: g, tk: task, r: syncResult, resume: () => syncResult): void {
    this.readyAll(gp, r.ready);
    if (r.kind === 'block') {
      const wake = (): boolean => {
        const again = resume();
        if (again.kind === 'block') {
          this.readyAll(gp, again.ready);
          this.park(gp, tk, again.reason, [again.sg], wake);
          return false;
        }
        this.releaseHeld(gp, tk);
        this.readyAll(gp, again.ready);
        if (again.yield) this.sched.goyield(gp);
        return !again.yield;
      };
      this.park(gp, tk, r.reason, [r.sg], wake);
      return;
    }
    this.releaseHeld(gp, tk);
    if (r.yield) this.sched.goyield(gp);
  }

  protected exec(gp: g, tk: task, o: Op): void {
    switch (o.op) {
      case 'go': {
        const cl = goClosure(o.captures ?? []);
        if (cl !== null) this.account([cl]);
        const ng = this.sched.newproc(gp);
        this.account(this.sched.takeMallocs());
        this.tasks.set(ng, { gen: o.fn(...(o.args ?? [])), input: undefined, wake: null, held: [] });
        return;
      }
      case 'make': {
        const m = makechan(o.elem ?? intElem, o.size ?? 0, 0 as unknown);
        this.account(m.mallocs);
        tk.input = m.c;
        return;
      }
      case 'print':
        this.output.push(o.s);
        return;
      case 'mark':
        tk.input = { mallocs: this.mallocs, totalAlloc: this.totalAlloc };
        return;
      case 'send': {
        const r = chansend(o.c, gp, o.v);
        if (r.kind === 'block') {
          const sg = r.sg;
          this.park(gp, tk, r.reason, sg ? [sg] : [], () => {
            this.releaseHeld(gp, tk);
            sendWake(sg!);
            return true;
          });
        } else if (r.kind === 'done') this.readyAll(gp, [r.ready]);
        return;
      }
      case 'recv': {
        const r = chanrecv(o.c, gp);
        if (r.kind === 'block') {
          const sg = r.sg;
          this.park(gp, tk, r.reason, sg ? [sg] : [], () => {
            this.releaseHeld(gp, tk);
            tk.input = recvWake(sg!);
            return true;
          });
        } else if (r.kind === 'done') {
          tk.input = { value: r.value, ok: r.ok };
          this.readyAll(gp, [r.ready]);
        }
        return;
      }
      case 'close':
        this.readyAll(gp, closechan(o.c).ready);
        return;
      case 'select': {
        const r = selectgo(gp, o.cases, o.hasDefault ?? false, (n) => gp.p!.cheaprandn(n));
        if (r.kind === 'block') {
          const sel: selectWait<unknown> = r.sel;
          this.park(gp, tk, r.reason, sel.sudogs, () => {
            const w = selectWake(gp, sel);
            this.releaseHeld(gp, tk);
            tk.input = w;
            return true;
          });
        } else {
          tk.input = { casei: r.casei, value: r.value, recvOK: r.recvOK };
          this.readyAll(gp, [r.ready]);
        }
        return;
      }
      case 'block':
        this.park(gp, tk, 'select (no cases)', [], () => false);
        return;
      case 'gosched':
        this.sched.gosched(gp);
        return;
      case 'goexit':
        this.sched.goexit(gp);
        return;
      case 'goid':
        tk.input = gp.goid;
        return;
      case 'wgAdd':
        this.syncOp(gp, tk, o.wg.add(o.n), () => {
          throw new Error('Add does not block');
        });
        return;
      case 'wgWait':
        this.syncOp(gp, tk, o.wg.wait(gp), () => o.wg.resume(gp));
        return;
      case 'wgDone':
        this.syncOp(gp, tk, o.wg.add(-1), () => {
          throw new Error('Done does not block');
        });
        return;
      case 'tryLock':
        tk.input = o.mu.tryLock();
        return;
      case 'lock':
        this.syncOp(gp, tk, o.mu.lock(gp), () => o.mu.resume(gp));
        return;
      case 'unlock':
        this.syncOp(gp, tk, o.mu.unlock(), () => {
          throw new Error('Unlock does not block');
        });
        return;
      case 'rlock':
        this.syncOp(gp, tk, o.rw.rlock(gp), () => o.rw.resume(gp));
        return;
      case 'runlock':
        this.syncOp(gp, tk, o.rw.runlock(), () => {
          throw new Error('RUnlock does not block');
        });
        return;
      case 'wlock':
        this.syncOp(gp, tk, o.rw.lock(gp), () => o.rw.resume(gp));
        return;
      case 'wunlock':
        this.syncOp(gp, tk, o.rw.unlock(), () => {
          throw new Error('Unlock does not block');
        });
        return;
    }
  }
}
