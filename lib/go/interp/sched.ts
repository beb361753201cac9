// The interpreter's goroutines: lib/go/goworld.ts's driver (proc.ts scheduling order, chan.ts,
// sema.ts) with each goroutine's stack switched in before it runs (GC roots, tracebacks) and the
// runtime's own allocations (g structs, allgs, sudogs) made on the simulated heap.

import { goWorld, type GoFn, type Op, type task, type worldResult } from '../goworld';
import type { g, mallocCall } from '../proc';
import { GoPanic } from '../slice';
import type { FrameRec, Machine } from './heap';
import { chanElemType } from './lib-sched';
import { GoPanicSignal } from './values';
import { Ev } from '../../runtime/trace';

const WHAT: Record<mallocCall['what'], string> = {
  g: 'runtime: a new goroutine (newproc: new(g), 432 bytes)',
  allgs: 'runtime: allgs grows (append of the new g)',
  sudog: 'runtime: a sudog for a blocked goroutine (acquireSudog)',
  closure: 'go statement: the closure holding the call and its arguments',
  hchan: 'make(chan): runtime.makechan',
  chanbuf: 'make(chan): runtime.makechan buffer',
};

export class InterpWorld extends goWorld {
  private readonly stacks = new Map<g, FrameRec[]>();
  /** Source line of each goroutine's last runtime operation (where it blocked). */
  private readonly lines = new Map<g, number>();
  private line = 0;

  constructor(
    private readonly m: Machine,
    private readonly siteFor: (line: number, what: string) => number,
    gomaxprocs: number,
    /** Tells sync.Pool which P runs (its private and shared slots are per P). */
    private readonly setP: (pid: number) => void,
  ) {
    super({ gomaxprocs });
    m.stacks = () => [...this.stacks.values()];
    m.takeDeadG = () => {
      const gp = this.running;
      return gp !== null && this.sched.startMarkWorkerFromDeadG(gp);
    };
    // A value sent straight to a waiting receiver sits in the receiver's sudog until it runs: real Go
    // copies it into the receiver's stack (sendDirect), so it stays reachable (a GC root).
    m.rootSources.push({
      markRoots: (mk) => {
        for (const sg of this.heldSudogs()) {
          const t = sg.c && sg.elem !== undefined ? chanElemType.get(sg.c) : undefined;
          if (t) mk.markValue(sg.elem, t);
        }
      },
    });
  }

  protected enter(gp: g): void {
    let st = this.stacks.get(gp);
    if (!st) this.stacks.set(gp, (st = []));
    this.m.frames = st;
    if (this.m.goid !== gp.goid) this.m.trace.push(Ev.GoSwitch, this.m.now(), this.m.curLine, gp.goid, 0, 0);
    this.m.goid = gp.goid;
    this.setP(gp.p?.id ?? 0);
  }

  protected account(ms: mallocCall[]): void {
    for (const c of ms) {
      const o = this.m.malloc(c.size, c.noscan, this.siteFor(this.line, WHAT[c.what]), this.line, 0, null, null);
      this.m.internalObjs.push(o); // g structs, allgs and sudogs stay reachable from the runtime
    }
  }

  protected exec(gp: g, tk: task, o: Op): void {
    this.lines.set(gp, this.m.curLine);
    this.line = this.m.curLine;
    try {
      const before = o.op === 'go' ? this.sched.allgs.length : 0;
      super.exec(gp, tk, o);
      if (o.op === 'go') {
        const ng = this.sched.allgs.length > before ? this.sched.allgs[this.sched.allgs.length - 1] : this.newest();
        if (ng) this.m.trace.push(Ev.GoCreate, this.m.now(), this.m.curLine, ng.goid, gp.goid, 0);
      }
    } catch (e) {
      if (e instanceof GoPanic) {
        this.m.panicLine = this.m.curLine;
        throw new GoPanicSignal(e.message);
      }
      throw e;
    }
  }

  /** Runs main; a deadlock comes back as the runtime's fatal error text (without tracebacks). */
  runMain(main: GoFn): worldResult {
    return this.run(main, Infinity);
  }

  /** runtime.NumGoroutine: the goroutines of the program that have not exited (main included). */
  numGoroutine(): number {
    let n = 0;
    for (const gp of this.stacks.keys()) if (gp.status !== 'dead') n++;
    return Math.max(1, n);
  }

  /** The goroutine newproc just made (a reused g is not appended to allgs). */
  private newest(): g | null {
    let best: g | null = null;
    for (const gp of this.sched.allgs) if (gp.status !== 'dead' && (!best || gp.goid > best.goid)) best = gp;
    return best;
  }

  /** The stack and blocked line of goroutine goid, for the deadlock report. */
  stackOf(goid: number): { frames: FrameRec[]; line: number } | null {
    for (const [gp, st] of this.stacks) if (gp.goid === goid) return { frames: st, line: this.lines.get(gp) ?? 0 };
    return null;
  }
}
