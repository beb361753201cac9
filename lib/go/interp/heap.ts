// The machine an interpreted program runs on: the heap model (lib/go/mheap.ts), the pacer
// (lib/go/pacer.ts), sync.Pool's registry (lib/go/pool.ts), a virtual clock, reachability-based GC
// over the interpreter's values, and the trace.
//
// Virtual time (ns) advances with the work done: STMT_NS per interpreted statement and BYTE_NS per
// byte allocated (zeroing/copying). While a GC cycle marks, the goroutine runs at the pacer's
// mutator utilisation (75% with GOMAXPROCS=1) and allocations pay assists (gcAssistAlloc).

import { gcMarkTermination, gcStart, newGoRuntime, type GoRuntime } from '../gcsim';
import { maxAlloc } from '../msize';
import { Ev, TraceBuilder, type GcRecord } from '../../runtime/trace';
import type { GcCycleRecord } from '../gctrace';
import type { AllocRecorder } from '../../runtime/alloc-profile';
import { goAllocStack } from './alloc-stacks';
import { recycleData } from './mem';
import { hasPointers, underlying, type T } from './types';
import { BudgetStop, GoPanicSignal, HeapObj, Iface, Ptr, Slice, Str, TinyBlock, Fn, type Marker } from './values';

/** ns per interpreted statement (a simple Go statement is about a nanosecond). */
export const STMT_NS = 1;
/** ns per allocated byte: the pacer's mark rate was calibrated with a mutator allocating 1 B/ns. */
export const BYTE_NS = 0.25;
/** Scan speed of the mark workers and assists, bytes per ns of GC CPU. */
export const MARK_RATE = 1;
/** sysmon's forcePreemptNS: a goroutine running this long is preempted (the mark worker then runs). */
export const PREEMPT_NS = 10_000_000;
/** How often (in steps) a running GC cycle is checked for completion. */
const POLL_STEPS = 1024;

export interface SiteInfo {
  line: number;
  kind: 'heap' | 'stack';
  reason: string;
}

export interface FrameRec {
  f: unknown[];
  /** Slot types: for each slot, [type, boxed]. */
  slots: SlotInfo[];
  line: number;
  name: string;
}
export interface SlotInfo {
  t: T;
  boxed: boolean;
}

export interface MachineConfig {
  gogc: number | 'off';
  memlimit?: number;
  gomaxprocs: number;
  stepBudget: number;
  memoryBudget: number;
  eventBudget: number;
}

/** Something outside the program's variables that keeps heap objects alive (pools, fmt's printer). */
export interface RootSource {
  markRoots(m: Marker): void;
  /** poolCleanup at the start of a GC cycle. */
  onGcStart?(): void;
}

export class Machine implements Marker {
  readonly go: GoRuntime;
  readonly trace: TraceBuilder;
  steps = 0;
  limit: number;
  readonly stepBudget: number;
  readonly memoryBudget: number;
  allocWork = 0;
  private clock = 0;
  private workMark = 0;
  private util = 1;
  private nextObjId = 1;
  seq = 0;
  /** Objects allocated after this sequence number belong to the running statement (in flight). */
  stmtSeq = 0;
  readonly objs: HeapObj[] = [];
  private blocks = new Map<number, TinyBlock>();
  epoch = 0;
  marking = false;
  private markBytes = 0;
  private scanBytes = 0;
  /** The running goroutine's stack; `stacks` lists every goroutine's (GC roots) when there are several. */
  frames: FrameRec[] = [];
  stacks: (() => FrameRec[][]) | null = null;
  /** Set by the goroutine world: takes a dead g for the mark worker when one is free (proc.ts). */
  takeDeadG: (() => boolean) | null = null;
  /** The running goroutine's id (tracebacks), and the line of its latest scheduling point. */
  goid = 1;
  curLine = 0;
  globals: unknown[] = [];
  globalSlots: SlotInfo[] = [];
  readonly rootSources: RootSource[] = [];
  readonly sites: SiteInfo[] = [];
  siteCount: number[] = [];
  siteBytes: number[] = [];
  /** With goroutines: which ones allocated at each site. */
  siteGoids: (Set<number> | undefined)[] = [];
  readonly out: string[] = [];
  outLen = 0;
  // stats
  heapAllocs = 0;
  heapBytes = 0;
  stackAllocs = 0;
  frees = 0;
  /** Bytes of heap objects not yet freed by a GC (what HeapAlloc would read, flushed at every step). */
  liveBytes = 0;
  peakHeap = 0;
  readonly cycles: GcCycleRecord[] = [];
  /** GODEBUG=gctrace=1: called at each mark termination, where the runtime prints its line. */
  onGcCycle: ((rec: GcCycleRecord) => void) | null = null;
  /** Line where the current panic happened. */
  panicLine = 0;
  /** Return value of the function that just returned (an array for several results). */
  ret: unknown = undefined;
  /** Allocation stacks (RunOptions.stacks); null in a default run. */
  rec: AllocRecorder | null = null;
  private stackVisited = new Set<unknown>();
  private gray: HeapObj[] = [];

  constructor(cfg: MachineConfig) {
    const gcPercent = cfg.gogc === 'off' ? -1 : cfg.gogc;
    this.go = newGoRuntime({ gcPercent, memoryLimit: cfg.memlimit, gomaxprocs: cfg.gomaxprocs, markRate: MARK_RATE });
    this.trace = new TraceBuilder(cfg.eventBudget);
    this.stepBudget = cfg.stepBudget;
    this.memoryBudget = cfg.memoryBudget;
    this.limit = cfg.stepBudget;
  }

  // ---- time ----

  now(): number {
    const w = this.steps * STMT_NS + this.allocWork * BYTE_NS;
    if (w !== this.workMark) {
      this.clock += (w - this.workMark) / this.util;
      this.workMark = w;
    }
    return this.clock;
  }

  private setClock(t: number): void {
    this.now();
    if (t > this.clock) this.clock = t;
  }

  private markStartClock = 0;
  private bgFrozen = false;

  /**
   * The time the pacer's background workers see: frozen at the start of the mark phase while the
   * single P is busy with the goroutine (no preemption yet), then the real clock.
   */
  pacerNow(): number {
    const now = this.now();
    if (this.bgFrozen) {
      if (now - this.markStartClock < PREEMPT_NS) return this.markStartClock;
      this.bgFrozen = false;
      this.util = this.go.gcController.mutatorUtilization();
    }
    return now;
  }

  /** Called when steps reach `limit`: the step budget, or a poll of a running GC cycle. */
  poll(): void {
    if (this.steps > this.stepBudget) {
      throw new BudgetStop('steps', `Stopped after ${this.stepBudget.toLocaleString('en-US')} steps: the program may loop forever. The trace so far is kept.`);
    }
    if (this.marking) {
      this.go.gcController.advanceMark(this.pacerNow());
      if (this.go.gcController.markDoneTime() >= 0) this.gcTerminate();
    }
    this.limit = this.marking ? Math.min(this.stepBudget + 1, this.steps + POLL_STEPS) : this.stepBudget + 1;
  }

  // ---- sites ----

  site(line: number, kind: 'heap' | 'stack', reason: string): number {
    this.sites.push({ line, kind, reason });
    this.siteCount.push(0);
    this.siteBytes.push(0);
    return this.sites.length - 1;
  }

  stackAlloc(bytes: number, site: number, line: number): void {
    this.stackAllocs++;
    this.siteCount[site]++;
    this.siteBytes[site] += bytes;
    if (this.stacks) (this.siteGoids[site] ??= new Set()).add(this.goid);
    this.trace.push(Ev.Stack, this.now(), line, bytes, 0, site);
  }

  // ---- allocation ----

  /**
   * mallocgc(size, typ, needzero): one heap object. scanKind/ref/t say how the GC finds pointers
   * in it (see HeapObj). `old` (append growth) makes the event a realloc.
   */
  malloc(size: number, noscan: boolean, site: number, line: number, scanKind: number, ref: unknown, t: T | null, old: HeapObj | null = null): HeapObj {
    if (size === 0) return ZERO_OBJ; // &zerobase: no allocation
    this.panicLine = line;
    if (size > maxAlloc) throw new GoPanicSignal('runtime error: makeslice: len out of range');
    const ctl = this.go.gcController;
    if (ctl.heapAlloc + size > this.memoryBudget) {
      const gib = this.memoryBudget / 2 ** 30;
      const budget = gib >= 1 && Number.isInteger(gib) ? `${gib} GiB` : `${Math.round(this.memoryBudget / 2 ** 20)} MiB`;
      throw new BudgetStop('memory', `Stopped: the program asked for more than the ${budget} of memory the playground simulates (live heap ${Math.round(ctl.heapAlloc / 2 ** 20)} MiB + ${size.toLocaleString('en-US')} bytes). The real runtime would fail with "fatal error: runtime: out of memory". The trace so far is kept.`);
    }
    let now = this.now();
    if (this.marking) {
      const stall = ctl.gcAssistAlloc(size, this.pacerNow());
      if (stall > 0) {
        this.clock += stall;
        now = this.clock;
      }
    }
    const r = this.go.heap.mallocgc(size, noscan, 0);
    const o = new HeapObj(this.nextObjId++, size, r.objBytes, r.sizeclass, noscan, ++this.seq, scanKind, ref, t);
    o.site = site;
    o.line = line;
    o.addr = r.addr;
    if (r.tiny) {
      let b = this.blocks.get(r.tinyBlock);
      if (!b) {
        b = new TinyBlock(r.tinyBlock);
        b.first = o.id;
        this.blocks.set(r.tinyBlock, b);
        if (this.marking) b.mark = this.epoch;
      }
      b.live++;
      o.block = b;
    } else o.slotBytes = r.objBytes;
    if (this.marking) {
      o.mark = this.epoch; // allocated black
      if (r.objBytes > 0) ctl.gcAssistBytes -= r.objBytes - size;
    }
    const shouldhelpgc = r.shouldhelpgc;
    this.objs.push(o);
    this.allocWork += size;
    this.heapAllocs++;
    this.heapBytes += r.objBytes;
    this.siteCount[site]++;
    // Tiny objects share 16-byte blocks: count their own size at the site.
    this.siteBytes[site] += r.tiny ? size : r.objBytes;
    if (this.stacks) (this.siteGoids[site] ??= new Set()).add(this.goid);
    // mallocgc profiles the full slot; an object placed in an open tiny block is not profiled.
    if (this.rec && r.objBytes > 0) this.rec.alloc(o.id, goAllocStack(this.rec, this.frames, this.goid, this.sites[site].reason, line), r.objBytes, now);
    if (old) this.trace.push(Ev.Realloc, now, line, r.objBytes, o.id, old.objBytes);
    else this.trace.push(Ev.Alloc, now, line, r.objBytes, o.id, site);
    // The pacer's heapAlloc only moves at span refills; the peak wants every object.
    this.liveBytes += r.objBytes;
    if (this.liveBytes > this.peakHeap) this.peakHeap = this.liveBytes;
    if (shouldhelpgc && !this.marking && !this.inGcStart && ctl.shouldStartGC()) this.gcStartCycle(false);
    else if (this.marking) {
      ctl.advanceMark(this.pacerNow());
      if (ctl.markDoneTime() >= 0) this.gcTerminate();
    }
    return o;
  }

  // ---- GC ----

  /** gcStart: pools are cleaned, roots are marked (snapshot at the beginning), allocation turns black. */
  gcStartCycle(forced: boolean): void {
    this.runtimeInternals();
    const now = this.now();
    for (const r of this.rootSources) r.onGcStart?.();
    this.epoch++;
    this.markBytes = 0;
    this.scanBytes = 0;
    this.markAll();
    this.util = 1;
    // Scan work: only objects with pointers are scanned (noscan objects are just marked).
    const tMark = gcStart(this.go, now, { forced, heapScanWork: this.scanBytes, mutatorPs: 1 });
    this.marking = true;
    this.trace.push(Ev.GcStart, now, 0, 0, this.go.gcController.numgc + 1, 0);
    this.setClock(tMark);
    // With one P the fractional mark worker only gets the P when sysmon preempts the running
    // goroutine (after 10 ms): until then the mutator runs at full speed and assists do the work.
    this.markStartClock = this.clock;
    this.bgFrozen = !forced && this.go.gcController.gomaxprocs === 1;
    this.util = this.bgFrozen ? 1 : this.go.gcController.mutatorUtilization();
    this.limit = Math.min(this.limit, this.steps + POLL_STEPS);
  }

  /**
   * The runtime's own allocations when the GC starts working (measured on go1.23.5): before the
   * first cycle gcBgMarkStartWorkers creates the mark worker goroutine (4 objects, 608 bytes: the
   * g, its ready channel, its worker node and the go statement's closure; a dead g of the program's
   * is reused if there is one); at the third cycle one
   * more 16-byte object appears. They stay live.
   */
  private runtimeInternals(): void {
    const n = this.go.gcController.numgc;
    const late = this.forcedSeen || this.go.gcController.memoryLimit < 2 ** 62;
    // Counted on their own: internalObjs also holds the scheduler's g structs and sudogs.
    const first = n === 0 && this.markWorkerObjs === 0;
    const sizes = first ? (this.takeDeadG?.() ? [96, 32, 32] : [448, 96, 32, 32]) : n >= 2 && late && this.markWorkerObjs === 4 ? [16] : [];
    if (sizes.length === 0) return;
    this.inGcStart = true;
    for (const size of sizes) this.internalObjs.push(this.malloc(size, false, this.runtimeSite(), 0, 0, null, null));
    this.markWorkerObjs = first ? 4 : this.markWorkerObjs + sizes.length;
    this.inGcStart = false;
  }
  private markWorkerObjs = 0;
  private inGcStart = false;
  private forcedSeen = false;
  readonly internalObjs: HeapObj[] = [];
  private rtSite = -1;
  private runtimeSite(): number {
    if (this.rtSite < 0) this.rtSite = this.site(0, 'heap', 'runtime: GC background mark worker (goroutine, channel, work node) started by the first GC');
    return this.rtSite;
  }

  /** Mark termination and sweep: everything unmarked when the cycle started is freed. */
  gcTerminate(): void {
    const now = this.now();
    const rec = gcMarkTermination(this.go, this.markBytes, now);
    this.marking = false;
    this.sweep();
    this.util = 1;
    this.setClock(rec.endTime);
    this.cycles.push(rec);
    this.onGcCycle?.(rec);
    const g: GcRecord = {
      n: rec.n,
      forced: rec.forced,
      startTime: rec.startTime,
      endTime: rec.endTime,
      heapStart: rec.heapStart,
      heapEnd: rec.heapEnd,
      heapMarked: rec.heapMarked,
      goal: rec.goal,
      trigger: rec.trigger,
    };
    this.trace.gc.push(g);
    this.trace.push(Ev.GcEnd, rec.endTime, 0, 0, rec.n, 0);
  }

  /** runtime.GC(): finish the running cycle, run a forced one to completion, sweep. */
  forcedGC(): void {
    this.forcedSeen = true;
    if (this.marking) this.gcTerminate();
    this.gcStartCycle(true);
    // The caller blocks: the mark work runs on all Ps until done.
    const ctl = this.go.gcController;
    const done = this.now() + Math.ceil(ctl.markWorkRemaining() / (ctl.markRate * ctl.gomaxprocs)) + 1;
    ctl.advanceMark(done);
    this.setClock(done);
    this.gcTerminate();
  }

  private sweep(): void {
    const heap = this.go.heap;
    const objs = this.objs;
    const epoch = this.epoch;
    let w = 0;
    const now = this.now();
    for (let i = 0; i < objs.length; i++) {
      const o = objs[i];
      if (o.mark === epoch) {
        objs[w++] = o;
        continue;
      }
      o.freed = true;
      if (o.ref) recycleData(o.ref);
      this.frees++;
      let bytes = o.slotBytes;
      const b = o.block;
      if (b) {
        b.live--;
        if (b.live === 0 && b.mark !== epoch) {
          heap.free(2);
          this.blocks.delete(b.addr);
          bytes = 16;
          if (this.rec) this.rec.free(b.first, now);
        } else bytes = 0;
      } else if (o.sizeclass === 0) {
        if (o.objBytes > 0) heap.free(0, o.objBytes);
      } else heap.free(o.sizeclass);
      this.liveBytes -= bytes;
      this.trace.push(Ev.Free, now, o.line, bytes, o.id, 0);
      if (this.rec && !b) this.rec.free(o.id, now);
    }
    objs.length = w;
    // Tiny blocks whose objects all died earlier but were kept by a marked neighbour are handled
    // when their last object dies; blocks created black stay.
  }

  /** Marks everything reachable from the roots (frames, globals, pools, objects of the running statement). */
  private markAll(): void {
    this.stackVisited.clear();
    for (let i = 0; i < this.globals.length; i++) this.markSlot(this.globals[i], this.globalSlots[i]);
    for (const st of this.stacks ? this.stacks() : [this.frames]) {
      for (const fr of st) for (let i = 0; i < fr.slots.length; i++) this.markSlot(fr.f[i], fr.slots[i]);
    }
    for (const r of this.rootSources) r.markRoots(this);
    for (const o of this.internalObjs) this.markObj(o);
    // Objects allocated by the statement that is running (values in flight, not yet in a variable).
    for (let i = this.objs.length - 1; i >= 0; i--) {
      const o = this.objs[i];
      if (o.seq <= this.stmtSeq) break;
      this.markObj(o);
    }
    this.drain();
    this.stackVisited.clear();
  }

  private markSlot(v: unknown, s: SlotInfo | undefined): void {
    if (v === undefined || !s) return;
    if (s.boxed) {
      const p = v as Ptr;
      if (p.o) this.markObj(p.o);
      else this.markPtrTarget(p, s.t);
      return;
    }
    this.markValue(v, s.t);
  }

  markObj(o: HeapObj | null): void {
    if (!o || o.freed || o.mark === this.epoch) return;
    o.mark = this.epoch;
    if (o.block) {
      if (o.block.mark !== this.epoch) {
        o.block.mark = this.epoch;
        this.markBytes += 16;
      }
    } else {
      this.markBytes += o.slotBytes;
      if (!o.noscan) this.scanBytes += o.slotBytes;
    }
    if (o.scanKind !== 0) this.gray.push(o);
  }

  private drain(): void {
    const gray = this.gray;
    while (gray.length) {
      const o = gray.pop()!;
      // An object whose contents are not attached yet is the one being allocated (a cycle can
      // start inside mallocgc): it holds nothing that is not reachable otherwise.
      if (o.ref === null || o.ref === undefined) {
        if (o.scanKind !== 3) continue;
      }
      switch (o.scanKind) {
        case 1: {
          const d = o.ref as unknown[];
          const t = o.t!;
          for (let i = 0; i < d.length; i++) this.markValue(d[i], t);
          break;
        }
        case 2:
          this.markValue(o.ref, o.t!);
          break;
        case 3:
          o.scanFn?.(this);
          break;
      }
    }
  }

  private markPtrTarget(p: Ptr, elem: T): void {
    if (this.stackVisited.has(p.c)) return;
    this.stackVisited.add(p.c);
    if (p.k === -1) this.markValue(p.c, elem);
    else this.markValue(p.c[p.k], elem);
  }

  markValue(v: unknown, t: T): void {
    if (v === null || v === undefined) return;
    let u = t;
    while (u.k === 'named') {
      if (u.std) {
        const sv = v as { scan?: (m: Marker) => void };
        sv.scan?.(this);
        return;
      }
      u = u.underlying;
    }
    switch (u.k) {
      case 'basic':
        if (u.name === 'string') {
          const o = (v as Str).o;
          if (o) this.markObj(o);
        }
        return;
      case 'slice': {
        const s = v as Slice;
        if (s.o) this.markObj(s.o);
        else if (s.d && hasPointers(u.elem) && !this.stackVisited.has(s.d)) {
          this.stackVisited.add(s.d);
          const d = s.d as unknown[];
          for (let i = 0; i < d.length; i++) this.markValue(d[i], u.elem);
        }
        return;
      }
      case 'ptr': {
        const p = v as Ptr;
        if (p.o) this.markObj(p.o);
        else this.markPtrTarget(p, u.elem);
        return;
      }
      case 'chan': {
        const o = (v as { o: HeapObj | null }).o;
        if (o) this.markObj(o);
        return;
      }
      case 'iface': {
        const i = v as Iface;
        if (i.o) this.markObj(i.o);
        this.markValue(i.v, i.t);
        return;
      }
      case 'map':
        (v as { scan(m: Marker): void }).scan(this); // lib-map.ts GoMap
        return;
      case 'func': {
        const f = v as Fn;
        if (f.o) this.markObj(f.o);
        if (f.env) for (const p of f.env) {
          if (p.o) this.markObj(p.o);
          else if (!this.stackVisited.has(p.c)) {
            this.stackVisited.add(p.c);
            this.markAny(p.k === -1 ? p.c : p.c[p.k]);
          }
        }
        return;
      }
      case 'struct': {
        if (!hasPointers(u)) return;
        const a = v as unknown[];
        for (let i = 0; i < u.fields.length; i++) {
          const ft = u.fields[i].type;
          if (hasPointers(ft)) this.markValue(a[i], ft);
        }
        return;
      }
      case 'array': {
        if (!hasPointers(u.elem)) return;
        const a = v as unknown[];
        for (let i = 0; i < a.length; i++) this.markValue(a[i], u.elem);
        return;
      }
      default:
        return;
    }
  }

  /** Marks a value whose static type is unknown here (captured variables): by its shape. */
  markAny(v: unknown): void {
    if (v === null || v === undefined || typeof v !== 'object') return;
    if (v instanceof Str || v instanceof Slice || v instanceof Ptr || v instanceof Iface || v instanceof Fn) {
      const o = (v as { o: HeapObj | null }).o;
      if (o) this.markObj(o);
      if (v instanceof Iface) this.markValue(v.v, v.t);
      return;
    }
    const sv = v as { scan?: (m: Marker) => void };
    if (typeof sv.scan === 'function') {
      sv.scan(this);
      return;
    }
    if (Array.isArray(v) && !this.stackVisited.has(v)) {
      this.stackVisited.add(v);
      for (const x of v) this.markAny(x);
    }
  }

  // ---- output ----

  write(bytes: string): void {
    if (this.outLen > 4 << 20) return; // keep at most ~4 MB of output
    this.out.push(bytes);
    this.outLen += bytes.length;
  }
}

/** What mallocgc(0) returns: zerobase, not a heap object. */
export const ZERO_OBJ = new HeapObj(0, 0, 0, 0, true, 0, 0, null, null);
ZERO_OBJ.mark = Infinity;

export function elemScanKind(elem: T): number {
  return hasPointers(elem) ? 1 : 0;
}

export function isNoscan(t: T): boolean {
  return !hasPointers(t);
}

export { underlying };
