// Allocation call stacks, recorded only when RunOptions.stacks is set (the default run never builds
// a recorder, so it pays one null check per allocation). Stacks are interned: a frame table
// ({function, file, line}) and stacks as parent-linked nodes, one node per (parent, frame). Each
// stack has one bucket of counts, like the runtime's memRecord (runtime/mprof.go, Go 1.23.5) and
// DHAT's PPInfo (valgrind 3.19, dhat/dh_main.c). Pure, no I/O.

export interface StackFrame {
  function: string;
  file: string;
  line: number;
}

/** One allocation stack's figures (pprof: alloc/free counts; DHAT: also max, at-peak, lifetimes). */
export interface AllocBucket {
  /** The stack's leaf node. */
  stack: number;
  allocObjects: number;
  allocBytes: number;
  freeObjects: number;
  freeBytes: number;
  /** DHAT's mb/mbk: this stack's live bytes/blocks when its live bytes last grew at a global peak. */
  maxBytes: number;
  maxBlocks: number;
  /** DHAT's gb/gbk: live at the global peak (t-gmax). */
  gmaxBytes: number;
  gmaxBlocks: number;
  /** Sum of the blocks' lifetimes (virtual ns; blocks live at the end count up to the end). */
  lifetime: number;
  curBytes: number;
  curBlocks: number;
}

/** What a run hands back when stacks were recorded (plain data: it crosses the worker boundary). */
export interface AllocProfile {
  lang: 'go' | 'rust';
  frames: StackFrame[];
  /** Node i's parent node (-1 at a root) and its frame. */
  parent: number[];
  frame: number[];
  buckets: AllocBucket[];
  /** Virtual ns at the end of the run and at the global peak of live bytes. */
  endTime: number;
  peakTime: number;
  peakBytes: number;
  peakBlocks: number;
  /** What the in-use figures mean, for the profile's readers (see each engine's rule). */
  inuseRule: string;
}

interface Live {
  b: AllocBucket;
  bytes: number;
  t: number;
}

export class AllocRecorder {
  readonly frames: StackFrame[] = [];
  private frameIds = new Map<string, Map<string, Map<number, number>>>(); // function → file → line → id
  readonly parent: number[] = [];
  readonly frame: number[] = [];
  private nodeIds = new Map<number, number>();
  private buckets = new Map<number, AllocBucket>();
  private live = new Map<number, Live>();
  private curBytes = 0;
  private curBlocks = 0;
  private maxBytes = 0;
  private maxBlocks = 0;
  private peakTime = 0;
  /** A new global peak was reached and not yet snapshotted (DHAT snapshots when usage next falls). */
  private peakDirty = false;

  constructor(readonly lang: 'go' | 'rust') {}

  frameId(fn: string, file: string, line: number): number {
    let byFile = this.frameIds.get(fn);
    if (!byFile) this.frameIds.set(fn, (byFile = new Map()));
    let byLine = byFile.get(file);
    if (!byLine) byFile.set(file, (byLine = new Map()));
    let i = byLine.get(line);
    if (i === undefined) {
      i = this.frames.length;
      this.frames.push({ function: fn, file, line });
      byLine.set(line, i);
    }
    return i;
  }

  /** The node for `frame` called from stack `parent` (-1: a root frame). */
  node(parent: number, frame: number): number {
    const k = (parent + 1) * 4194304 + frame;
    let i = this.nodeIds.get(k);
    if (i === undefined) {
      i = this.parent.length;
      this.parent.push(parent);
      this.frame.push(frame);
      this.nodeIds.set(k, i);
    }
    return i;
  }

  private bucket(stack: number): AllocBucket {
    let b = this.buckets.get(stack);
    if (!b) {
      b = { stack, allocObjects: 0, allocBytes: 0, freeObjects: 0, freeBytes: 0, maxBytes: 0, maxBlocks: 0, gmaxBytes: 0, gmaxBlocks: 0, lifetime: 0, curBytes: 0, curBlocks: 0 };
      this.buckets.set(stack, b);
    }
    return b;
  }

  // DHAT's rule, read off valgrind 3.19's output (tests/fixtures/profiles/rust.dhat.json): a stack's
  // max (mb/mbk) only moves when its allocation takes the whole heap to a new peak.
  private grew(b: AllocBucket, t: number) {
    if (this.curBytes >= this.maxBytes) {
      this.maxBytes = this.curBytes;
      this.maxBlocks = this.curBlocks;
      this.peakTime = t;
      this.peakDirty = true;
      if (b.curBytes > b.maxBytes) {
        b.maxBytes = b.curBytes;
        b.maxBlocks = b.curBlocks;
      }
    }
  }

  private fell() {
    if (!this.peakDirty) return;
    this.peakDirty = false;
    for (const b of this.buckets.values()) {
      b.gmaxBytes = b.curBytes;
      b.gmaxBlocks = b.curBlocks;
    }
  }

  private allocsStopped = false;
  /** From here on only frees count (the Go engine's final runtime.GC(), which is not the program's). */
  stopAllocs(): void {
    this.allocsStopped = true;
  }

  alloc(id: number, stack: number, bytes: number, t: number): void {
    if (this.allocsStopped) return;
    const b = this.bucket(stack);
    b.allocObjects++;
    b.allocBytes += bytes;
    b.curBlocks++;
    b.curBytes += bytes;
    this.curBlocks++;
    this.curBytes += bytes;
    this.live.set(id, { b, bytes, t });
    this.grew(b, t);
  }

  /** realloc as DHAT counts it (dh_main.c resize_Block): one more block and the new size in the
   * totals, the block keeps its first stack and its start time. */
  realloc(id: number, newBytes: number, t: number): void {
    const l = this.live.get(id);
    if (!l) return;
    const delta = newBytes - l.bytes;
    l.b.allocObjects++;
    l.b.allocBytes += newBytes;
    l.b.curBytes += delta;
    this.curBytes += delta;
    l.bytes = newBytes;
    if (delta > 0) this.grew(l.b, t);
    else if (delta < 0) this.fell();
  }

  free(id: number, t: number): void {
    const l = this.live.get(id);
    if (!l) return;
    this.live.delete(id);
    this.fell();
    const b = l.b;
    b.freeObjects++;
    b.freeBytes += l.bytes;
    b.curBlocks--;
    b.curBytes -= l.bytes;
    b.lifetime += t - l.t;
    this.curBlocks--;
    this.curBytes -= l.bytes;
  }

  finish(endTime: number, inuseRule: string): AllocProfile {
    if (this.peakDirty) this.fell();
    const buckets = [...this.buckets.values()].map((b) => ({ ...b }));
    const copy = new Map(buckets.map((b) => [b.stack, b]));
    // Blocks still live at the end count their lifetime up to the end, as DHAT does at exit.
    for (const l of this.live.values()) copy.get(l.b.stack)!.lifetime += endTime - l.t;
    return {
      lang: this.lang,
      frames: this.frames,
      parent: this.parent,
      frame: this.frame,
      buckets,
      endTime,
      peakTime: this.peakTime,
      peakBytes: this.maxBytes,
      peakBlocks: this.maxBlocks,
      inuseRule,
    };
  }

  /** The leaf-first frame ids of a node's stack. */
  static stackFrames(p: Pick<AllocProfile, 'parent' | 'frame'>, node: number): number[] {
    const out: number[] = [];
    for (let n = node; n >= 0; n = p.parent[n]) out.push(p.frame[n]);
    return out;
  }
}
