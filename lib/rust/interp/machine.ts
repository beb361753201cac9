// The simulated process: heap accounting (every allocator call with its requested size), the
// trace, per-line sites, budgets, stdout/stderr, and the unwind stack used for drops on panic.

import { Ev, TraceBuilder } from '../../runtime/trace';
import type { Site } from '../../runtime/result';
import type { StringModel, VecModel } from '../vec';
import type { BumpModel } from '../bump';
import type { StructInfo } from './ty';
import type { RThread } from './rrc';
import type { RustStacks } from './alloc-stacks';

// ------------------------------------------------------------------------------------------------
// Runtime values. Integers are numbers (BigInt only past 2^53 for 64/128-bit types), f64/f32 are
// numbers, bool is boolean, char is its code point, &str is a JS string. `undefined` in a slot
// means "moved out / not initialised" (Rust's drop flag).

export class RString {
  constructor(
    public s: string,
    public m: StringModel,
    public id: number,
  ) {}
}

/** Vec<T> and VecDeque<T>: elements in `a` (a.length === m.len), capacity in the model. */
export class RVec {
  constructor(
    public a: unknown[],
    public m: VecModel,
    public id: number,
  ) {}
}

export class RBox {
  constructor(
    public v: unknown,
    public id: number,
    public size: number,
  ) {}
}

/** The pointee of a `&dyn Trait` / `Box<dyn Trait>`: the concrete value and its vtable (compile-trait.ts). */
export class RDyn {
  constructor(
    public v: unknown,
    public vt: { drop: ((v: unknown) => void) | null; fn(name: string): { call: ((args: unknown[]) => unknown) | null } },
  ) {}
}

export class RSome {
  constructor(public v: unknown) {}
}

/** A place: `&mut x` of a scalar (or an Option) is { o: container, k: key }. */
export class Place {
  constructor(
    public o: unknown[],
    public k: number,
  ) {}
}

export class RBump {
  constructor(public b: BumpModel) {}
}

/** The `&mut fmt::Formatter` a Display impl writes into: it collects core::fmt's write_str chunks. */
export class RFormatter {
  constructor(public out: string[]) {}
}

// ------------------------------------------------------------------------------------------------
// Non-local exits of the simulated program.

export class RustPanic {
  constructor(
    readonly message: string,
    readonly line: number,
    readonly col: number,
    /** The message's write_str chunks if it was formatted (FormatStringPayload), else null (a static &str). */
    readonly chunks: string[] | null,
    /** The location printed, when it is inside std (a method without #[track_caller]); line/col stay the caller's for the trace. */
    readonly at?: string,
  ) {}
}

export class RustAbort {
  constructor(readonly stderr: string) {}
}

export class BudgetStop {
  constructor(
    readonly kind: 'steps' | 'memory' | 'events',
    readonly message: string,
  ) {}
}

// ------------------------------------------------------------------------------------------------
// Cost model (virtual time): every executed statement/loop test costs STEP_NS, every byte an
// allocator call hands out or copies costs BYTE_NS, every allocator call ALLOC_NS.

export const STEP_NS = 1;
export const BYTE_NS = 0.05;
export const ALLOC_NS = 20;

/** One scope's droppable locals: frame + slots in declaration order (dropped in reverse). */
export interface ScopeRec {
  f: unknown[];
  slots: number[];
  drops: ((v: unknown) => void)[];
}

const MiB = 1 << 20;

export const BACKTRACE_NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';

export function fmtBytes(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= MiB && n % MiB === 0) return `${n / MiB} MiB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

export class Machine {
  /** Registers of the compiled code: a block's value, a function's return value, a break label. */
  val: unknown = null;
  ret: unknown = null;
  label: string | null = null;
  steps = 0;
  byteWork = 0;
  allocCalls = 0;
  line = 0;
  readonly tb: TraceBuilder;

  live = 0;
  peak = 0;
  allocs = 0;
  reallocs = 0;
  deallocs = 0;
  requested = 0;
  private nextId = 1;
  /** Live allocations: id → bytes (to check that every dealloc matches an alloc). */
  readonly liveIds = new Map<number, number>();

  /** Allocation stacks (RunOptions.stacks); null in a default run. */
  stacks: RustStacks | null = null;

  private siteIdx = new Map<string, number>();
  readonly sites: Site[] = [];

  out: string[] = [];
  err = '';
  private stdoutInit = false;
  /** The id of stdout's buffer (0 before the first print): std::rt::cleanup frees it after main. */
  stdoutBuf = 0;

  /**
   * Calls of the program's trait impls from drop glue and formatting (set by the Compiler): runs
   * `<S as Drop>::drop(&mut v)`, and `<S as Display>::fmt(&v, f)` appending its chunks to `out`.
   */
  userDrop: (s: StructInfo, v: unknown) => void = () => {};
  userFmt: (s: StructInfo, v: unknown, out: string[]) => void = () => {};

  /** Unwind stack: scopes (ScopeRec) and statement temporaries ({ t: value, d: drop }). */
  readonly unwind: (ScopeRec | { v: unknown; d: (v: unknown) => void })[] = [];

  constructor(
    readonly stepBudget: number,
    readonly memoryBudget: number,
    eventBudget: number,
  ) {
    this.tb = new TraceBuilder(eventBudget);
  }

  time(): number {
    return this.steps * STEP_NS + this.byteWork * BYTE_NS + this.allocCalls * ALLOC_NS;
  }

  stepLimit(): never {
    throw new BudgetStop('steps', `Stopped after ${this.stepBudget.toLocaleString('en-US')} steps: the program may loop forever. The trace so far is kept.`);
  }

  /** The running thread (0 = main) and the threads waiting to start (std-thread.ts). */
  thread = 0;
  threadCount = 0;
  pending: RThread[] = [];

  site(reason: string, bytes: number): number {
    const key = this.thread ? `${this.line}\u0000${reason}\u0000${this.thread}` : `${this.line}\u0000${reason}`;
    let i = this.siteIdx.get(key);
    if (i === undefined) {
      i = this.sites.length;
      this.siteIdx.set(key, i);
      this.sites.push({ line: this.line, kind: 'heap', count: 0, bytes: 0, reason });
    }
    const s = this.sites[i];
    if (this.threadCount) s.goroutines ??= [this.thread]; // which thread allocated here (the playground's Threads column)
    s.count++;
    s.bytes += bytes;
    return i;
  }

  private checkMemory(grow: number, total: number): void {
    if (this.live + grow > this.memoryBudget) {
      // What the real program does when the allocator returns null: handle_alloc_error → abort.
      this.err += `memory allocation of ${total} bytes failed\n${BACKTRACE_NOTE}`;
      throw new BudgetStop(
        'memory',
        `Stopped: allocating ${fmtBytes(total)} would take the live heap past the ${fmtBytes(this.memoryBudget)} memory budget. ` +
          `The real program aborts the same way when its allocator fails ("memory allocation of ${total} bytes failed", SIGABRT).`,
      );
    }
  }

  /** alloc / alloc_zeroed: returns the new object's id. */
  alloc(bytes: number, reason: string): number {
    this.checkMemory(bytes, bytes);
    const id = this.nextId++;
    this.allocs++;
    this.requested += bytes;
    this.live += bytes;
    if (this.live > this.peak) this.peak = this.live;
    this.allocCalls++;
    this.byteWork += bytes;
    this.liveIds.set(id, bytes);
    if (this.stacks) this.stacks.rec.alloc(id, this.stacks.stack(this.line), bytes, this.time());
    this.tb.push(Ev.Alloc, this.time(), this.line, bytes, id, this.site(reason, bytes));
    return id;
  }

  realloc(id: number, oldBytes: number, newBytes: number, copied: number, reason: string): void {
    if (newBytes > oldBytes) this.checkMemory(newBytes - oldBytes, newBytes);
    this.reallocs++;
    this.requested += newBytes;
    this.live += newBytes - oldBytes;
    if (this.live > this.peak) this.peak = this.live;
    this.allocCalls++;
    this.byteWork += copied;
    this.liveIds.set(id, newBytes);
    this.site(reason, newBytes);
    if (this.stacks) this.stacks.rec.realloc(id, newBytes, this.time());
    this.tb.push(Ev.Realloc, this.time(), this.line, newBytes, id, Math.min(oldBytes, 0x7fffffff));
  }

  free(id: number, bytes: number): void {
    this.deallocs++;
    this.live -= bytes;
    this.allocCalls++;
    this.liveIds.delete(id);
    if (this.stacks) this.stacks.rec.free(id, this.time());
    this.tb.push(Ev.Free, this.time(), this.line, bytes, id, 0);
  }

  /** println!/print!: the first write allocates stdout's 1024-byte LineWriter buffer (never freed). */
  write(s: string): void {
    if (!this.stdoutInit) {
      this.stdoutInit = true;
      this.stdoutBuf = this.alloc(1024, 'stdout LineWriter buffer (first print)');
    }
    this.out.push(s);
  }

  stdout(): string {
    return this.out.join('');
  }

  /** Runs the drops of everything on the unwind stack above `mark` (innermost first). */
  unwindTo(mark: number): void {
    while (this.unwind.length > mark) {
      const r = this.unwind.pop()!;
      if ('slots' in r) {
        for (let i = r.slots.length - 1; i >= 0; i--) {
          const v = r.f[r.slots[i]];
          if (v !== undefined) {
            r.f[r.slots[i]] = undefined;
            r.drops[i](v);
          }
        }
      } else r.d(r.v);
    }
  }
}
