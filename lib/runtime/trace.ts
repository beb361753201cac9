// The trace of a simulated run, stored column-wise in typed arrays (about 29 bytes an event) so a
// million events fit in ~30 MB and cross to the main thread as transferable buffers.

export enum Ev {
  Alloc = 1, // a: bytes (allocator's view), b: object id, c: site id
  Free = 2, // a: bytes, b: object id
  Realloc = 3, // a: new bytes, b: object id, c: old bytes
  GcStart = 4, // b: cycle number (details in Trace.gc)
  GcEnd = 5, // b: cycle number
  PoolGet = 6, // a: 1 hit / 0 miss, b: pool id, c: tier (0 private, 1 shared, 2 other P, 3 victim, 4 New)
  PoolPut = 7, // b: pool id
  ArenaChunk = 8, // a: chunk bytes, b: arena id
  Stack = 9, // a: bytes kept on the stack (escape analysis said no), c: site id
  Aggregate = 10, // past the event budget: a: bytes, b: count, c: kind aggregated
  GoCreate = 11, // a: the new goroutine's id, b: the creating goroutine's id
  GoSwitch = 12, // a: the id of the goroutine that runs from here on
}

export const evNames: Record<number, string> = {
  1: 'alloc', 2: 'free', 3: 'realloc', 4: 'gc-start', 5: 'gc-end', 6: 'pool-get', 7: 'pool-put', 8: 'arena-chunk', 9: 'stack', 10: 'aggregate',
  11: 'go-create', 12: 'go-switch',
};

export interface GcRecord {
  n: number;
  forced: boolean;
  startTime: number;
  endTime: number;
  heapStart: number;
  heapEnd: number;
  heapMarked: number;
  goal: number;
  trigger: number;
}

/** What a finished trace carries: columns, GC cycles and aggregation info. */
export interface Trace {
  length: number;
  kind: Uint8Array;
  time: Float64Array; // virtual nanoseconds
  line: Int32Array; // source line, 0 if none
  a: Float64Array;
  b: Float64Array;
  c: Int32Array;
  gc: GcRecord[];
  /** Events past the budget were folded into Aggregate events (one per kind and line). */
  aggregated: number;
}

export class TraceBuilder {
  private n = 0;
  private cap: number;
  kind: Uint8Array;
  time: Float64Array;
  line: Int32Array;
  a: Float64Array;
  b: Float64Array;
  c: Int32Array;
  readonly gc: GcRecord[] = [];
  private aggregated = 0;
  private folds = new Map<number, number>(); // (kind, line) → index of its Aggregate event

  constructor(readonly eventBudget = 2_000_000, initial = 1024) {
    this.cap = Math.min(initial, eventBudget);
    this.kind = new Uint8Array(this.cap);
    this.time = new Float64Array(this.cap);
    this.line = new Int32Array(this.cap);
    this.a = new Float64Array(this.cap);
    this.b = new Float64Array(this.cap);
    this.c = new Int32Array(this.cap);
  }

  get length() {
    return this.n;
  }

  push(kind: Ev, time: number, line: number, a = 0, b = 0, c = 0): void {
    if (this.n >= this.eventBudget - 64 && kind !== Ev.GcStart && kind !== Ev.GcEnd) return this.fold(kind, time, line, a);
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.kind[i] = kind;
    this.time[i] = time;
    this.line[i] = line;
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
  }

  // Past the budget, same-kind events on one line add up into one Aggregate event (never dropped).
  private fold(kind: Ev, time: number, line: number, bytes: number) {
    this.aggregated++;
    const key = line * 16 + kind;
    let i = this.folds.get(key);
    if (i === undefined) {
      if (this.n >= this.eventBudget) return; // the 64 reserved slots are gone too: count only
      if (this.n === this.cap) this.grow();
      i = this.n++;
      this.folds.set(key, i);
      this.kind[i] = Ev.Aggregate;
      this.line[i] = line;
      this.c[i] = kind;
    }
    this.time[i] = time;
    this.a[i] += bytes;
    this.b[i] += 1;
  }

  private grow() {
    // GC events may pass the budget (there are few of them): then grow in small steps.
    const cap = this.n >= this.eventBudget ? this.cap + 1024 : Math.min(this.cap * 2, this.eventBudget);
    const g = <T extends Uint8Array | Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(cap);
      next.set(old);
      return next;
    };
    this.kind = g(this.kind, (n) => new Uint8Array(n));
    this.time = g(this.time, (n) => new Float64Array(n));
    this.line = g(this.line, (n) => new Int32Array(n));
    this.a = g(this.a, (n) => new Float64Array(n));
    this.b = g(this.b, (n) => new Float64Array(n));
    this.c = g(this.c, (n) => new Int32Array(n));
    this.cap = cap;
  }

  // Views, not copies: a copy would double the peak for a large trace. The spare capacity (under
  // half) travels along when the buffers are transferred to the page.
  finish(): Trace {
    const n = this.n;
    return {
      length: n,
      kind: this.kind.subarray(0, n),
      time: this.time.subarray(0, n),
      line: this.line.subarray(0, n),
      a: this.a.subarray(0, n),
      b: this.b.subarray(0, n),
      c: this.c.subarray(0, n),
      gc: this.gc,
      aggregated: this.aggregated,
    };
  }
}

/** Bytes a trace holds in its columns (for the memory benchmark). */
export function traceBytes(t: Trace): number {
  return t.kind.byteLength + t.time.byteLength + t.line.byteLength + t.a.byteLength + t.b.byteLength + t.c.byteLength;
}
