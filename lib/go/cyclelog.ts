// GC cycle records kept compactly: one Float64Array row per cycle instead of an object of 25 boxed
// doubles, so 10 000 cycles cost a few chunks rather than a quarter of a million heap numbers.
// get(i) builds the GcCycleRecord (lib/go/gctrace.ts) when a reader wants one.

import type { GcCycleRecord } from './gctrace';

export enum Col {
  n,
  startTime,
  markTime,
  markTermTime,
  endTime,
  heapStart,
  heapEnd,
  heapMarked,
  goal,
  trigger,
  triggered,
  forced,
  procs,
  stackScan,
  globalsScan,
  cpuSweepTerm,
  cpuAssist,
  cpuBackground,
  cpuIdle,
  cpuMarkTerm,
  gcCpuFraction,
  consMark,
  /** NaN stands for null. */
  measuredConsMark,
  runway,
  nextGoal,
  nextTrigger,
  COUNT,
}

const W = Col.COUNT;

/** Rows per chunk: chunks are never copied, so a long run only ever allocates new ones. */
const CHUNK_SHIFT = 11;
const CHUNK_ROWS = 1 << CHUNK_SHIFT;
const ROW_MASK = CHUNK_ROWS - 1;
/** The first chunk is small: most runs (the playground's, a lesson's) have a few cycles. */
const FIRST_ROWS = 64;

export class CycleLog {
  private readonly chunks: Float64Array[] = [new Float64Array(FIRST_ROWS * W)];
  private current = this.chunks[0];
  length = 0;

  clear(): void {
    this.length = 0;
    this.current = this.chunks[0];
  }

  /** Appends a row and returns its offset in `rows` for the writer (see pacer.ts finishCycle). */
  add(): number {
    const i = this.length++;
    const o = (i & ROW_MASK) * W;
    if (o + W > this.current.length || o === 0) this.current = this.chunkFor(i >> CHUNK_SHIFT, o);
    return o;
  }

  private chunkFor(k: number, o: number): Float64Array {
    let c = this.chunks[k];
    if (!c || o + W > c.length) {
      const full = new Float64Array(CHUNK_ROWS * W);
      if (c) full.set(c); // the small first chunk outgrown
      c = this.chunks[k] = full;
    }
    return c;
  }

  /** The chunk holding the row add() returned last. */
  get rows(): Float64Array {
    return this.current;
  }

  at(i: number, c: Col): number {
    return this.chunks[i >> CHUNK_SHIFT][(i & ROW_MASK) * W + c];
  }

  get(i: number): GcCycleRecord {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`CycleLog.get: no cycle ${i}`);
    const b = this.chunks[i >> CHUNK_SHIFT];
    const o = (i & ROW_MASK) * W;
    const m = b[o + Col.measuredConsMark];
    return {
      n: b[o + Col.n],
      startTime: b[o + Col.startTime],
      markTime: b[o + Col.markTime],
      markTermTime: b[o + Col.markTermTime],
      endTime: b[o + Col.endTime],
      heapStart: b[o + Col.heapStart],
      heapEnd: b[o + Col.heapEnd],
      heapMarked: b[o + Col.heapMarked],
      goal: b[o + Col.goal],
      trigger: b[o + Col.trigger],
      triggered: b[o + Col.triggered],
      forced: b[o + Col.forced] !== 0,
      procs: b[o + Col.procs],
      stackScan: b[o + Col.stackScan],
      globalsScan: b[o + Col.globalsScan],
      cpu: { sweepTerm: b[o + Col.cpuSweepTerm], assist: b[o + Col.cpuAssist], background: b[o + Col.cpuBackground], idle: b[o + Col.cpuIdle], markTerm: b[o + Col.cpuMarkTerm] },
      gcCpuFraction: b[o + Col.gcCpuFraction],
      consMark: b[o + Col.consMark],
      measuredConsMark: Number.isNaN(m) ? null : m,
      runway: b[o + Col.runway],
      nextGoal: b[o + Col.nextGoal],
      nextTrigger: b[o + Col.nextTrigger],
    };
  }

  /** Every cycle as records (allocates them all: for tests and small runs). */
  toArray(): GcCycleRecord[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }
}
