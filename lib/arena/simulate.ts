// The arena lab's workload: R requests, each allocating N objects of S bytes (and L large ones), run
// once on an arena (Go's user arenas, bumpalo or typed-arena) and once on the general-purpose allocator
// (Go's mallocgc per object, Rust's malloc per Box), step by step. Pure; the models it drives name
// their sources (lib/go/arena.ts, lib/rust/bump.ts, lib/rust/typed-arena.ts, lib/go/msize.ts).
import { GoArenaRuntime, type GoArena, userArenaChunkUsable } from '../go/arena';
import { mallocBlockSize } from '../go/msize';
import { BumpModel } from '../rust/bump';
import { TypedArenaModel } from '../rust/typed-arena';
import { type ArenaKind, type ArenaWorkload, objectAlign, objectSize } from './workload';

export type RunState = 'live' | 'kept' | 'garbage';

/** A stretch of one chunk holding objects of one request (kept objects get their own runs). */
export interface ChunkRun {
  request: number;
  kept: boolean;
  start: number;
  end: number;
  count: number;
  /** Alignment padding inside [start, end). */
  pad: number;
}

export interface ChunkSnapshot {
  id: number;
  capacity: number;
  runs: (ChunkRun & { state: RunState })[];
}

export interface ArenaStep {
  request: number;
  phase: 'alloc' | 'end';
  /** Bytes the arena side holds from its allocator (Go: HeapAlloc, which counts whole chunks). */
  arenaHeld: number;
  /** Bytes the general-purpose side holds (Go: size-class blocks; Rust: requested bytes). */
  gpaHeld: number;
  /** Bytes of objects the program still needs (identical on both sides). */
  liveBytes: number;
  chunks: ChunkSnapshot[];
}

export interface SideTotals {
  /** Calls into the underlying allocator (Go: mallocs, incl. chunks; Rust: alloc and realloc calls). */
  allocations: number;
  /** Bytes those calls asked for, in total. */
  bytes: number;
  peak: number;
  /** Held but not live at the peak: unused chunk tails, padding, dead objects, size-class rounding. */
  wasteAtPeak: number;
}

export interface ArenaResult {
  steps: ArenaStep[];
  arena: SideTotals;
  gpa: SideTotals;
  /** Objects the arena sent elsewhere (Go: over 2 MiB to the heap). */
  bypassed: number;
  /** The arena could not be freed per request because objects outlive it. */
  pinned: boolean;
}

const emptyTotals = (): SideTotals => ({ allocations: 0, bytes: 0, peak: 0, wasteAtPeak: 0 });

interface ChunkRec { id: number; capacity: number; runs: ChunkRun[] }

/** Records placements as runs per chunk; a new run starts when the request or kept-ness changes or the object is not adjacent. */
class Placements {
  readonly chunks = new Map<object, ChunkRec>();
  private nextId = 0;
  record(key: object, capacity: number, request: number, kept: boolean, start: number, size: number, align: number): void {
    let c = this.chunks.get(key);
    if (!c) this.chunks.set(key, (c = { id: this.nextId++, capacity, runs: [] }));
    const end = start + size;
    for (let i = c.runs.length - 1; i >= Math.max(0, c.runs.length - 2); i--) {
      const r = c.runs[i];
      if (r.request !== request || r.kept !== kept) continue;
      // Upward (Go front) within alignment of the run's end, or downward (Go back, bumpalo) below its start.
      if (start >= r.end && start - r.end < align) {
        r.pad += start - r.end;
        r.end = end;
        r.count++;
        return;
      }
      if (end <= r.start && r.start - end < align) {
        r.pad += r.start - end;
        r.start = start;
        r.count++;
        return;
      }
    }
    c.runs.push({ request, kept, start, end, count: 1, pad: 0 });
  }
  forget(key: object): void {
    this.chunks.delete(key);
  }
  clear(key: object): void {
    const c = this.chunks.get(key);
    if (c) c.runs.length = 0;
  }
  snapshot(order: object[], current: number, phase: 'alloc' | 'end'): ChunkSnapshot[] {
    return order.flatMap((k) => {
      const c = this.chunks.get(k);
      if (!c) return [];
      return [{
        id: c.id,
        capacity: c.capacity,
        runs: c.runs.map((r) => ({ ...r, state: (r.kept ? 'kept' : r.request === current && phase === 'alloc' ? 'live' : 'garbage') as RunState })),
      }];
    });
  }
}

/** The lab's memory-map detail: runs kept per step before they are merged (the view aggregates further). */
export const MAX_STEPS = 400;

export function simulateArena(w: ArenaWorkload): ArenaResult {
  const size = objectSize(w);
  const align = objectAlign(w);
  const keep = Math.min(w.keep, w.objects);
  const pinned = keep > 0 || w.scope === 'program';
  const steps: ArenaStep[] = [];
  const arena = emptyTotals();
  const gpa = emptyTotals();
  const place = new Placements();
  let bypassed = 0;
  let keptLive = 0; // bytes of kept objects (requested)
  let keptGpa = 0; // their GPA blocks
  const kind: ArenaKind = w.kind;

  // --- the arena side, behind one small interface per runtime ---
  const goRt = new GoArenaRuntime();
  goRt.recordObjects = false; // the runs below are all the lab draws
  let goArena: GoArena | null = null;
  let bump: BumpModel | null = null;
  let typed: TypedArenaModel | null = null;
  let rustHeld = 0; // bumpalo/typed: bytes held from malloc (incl. large Boxes for typed)
  let typedLarge = 0;
  const onRust = (kind: 'alloc' | 'realloc' | 'dealloc', bytes: number, old = 0) => {
    if (kind === 'alloc') { arena.allocations++; arena.bytes += bytes; rustHeld += bytes; }
    else if (kind === 'realloc') { arena.allocations++; arena.bytes += bytes; rustHeld += bytes - old; }
    else rustHeld -= bytes;
  };
  const chunkOrder = (): object[] => {
    if (kind === 'go') return [...goRt.reuse, ...(goArena ? goArena.chunks() : [])];
    if (bump) return bump.chunks;
    if (typed) return [...typed.rest, typed.current];
    return [];
  };
  const open = () => {
    if (kind === 'go') goArena ??= goRt.newArena();
    else if (kind === 'bumpalo') bump ??= new BumpModel(0, (e) => onRust(e.kind, e.size));
    else typed ??= new TypedArenaModel(size, align, null, (e) => onRust(e.kind, e.size, e.oldSize));
  };
  const alloc = (request: number, kept: boolean) => {
    if (kind === 'go') {
      const p = goArena!.alloc(size, align, w.pointers);
      if (p.where === 'chunk') place.record(p.chunk, userArenaChunkUsable, request, kept, p.offset, size, align);
      else if (p.where === 'heap') bypassed++;
    } else if (kind === 'bumpalo') {
      const off = bump!.allocLayout(size, align);
      const c = bump!.chunks[bump!.chunks.length - 1];
      place.record(c, c.sizeWithoutFooter, request, kept, off, size, align);
    } else {
      const [, idx] = typed!.alloc();
      const c = typed!.current;
      place.record(c, c.capacity * size, request, kept, idx * size, size, 1);
    }
  };
  const allocLarge = (request: number) => {
    if (kind === 'go') {
      const p = goArena!.alloc(w.largeSize, 8, false);
      if (p.where === 'heap') bypassed++;
      else if (p.where === 'chunk') place.record(p.chunk, userArenaChunkUsable, request, false, p.offset, w.largeSize, 8);
    } else if (kind === 'bumpalo') {
      const off = bump!.allocLayout(w.largeSize, 8);
      const c = bump!.chunks[bump!.chunks.length - 1];
      place.record(c, c.sizeWithoutFooter, request, false, off, w.largeSize, 8);
    } else {
      // typed-arena holds one type: the large buffers are Boxes on malloc.
      onRust('alloc', w.largeSize);
      typedLarge += w.largeSize;
      bypassed++;
    }
  };
  const close = () => {
    if (kind === 'go') {
      for (const c of goArena!.chunks()) if (!goRt.reuse.includes(c) && c !== goArena!.active) place.forget(c);
      goArena!.free();
      goArena = null;
      goRt.gc();
    } else if (kind === 'bumpalo') {
      const cur = bump!.chunks[bump!.chunks.length - 1];
      for (const c of bump!.chunks) if (c !== cur) place.forget(c);
      bump!.reset();
      if (cur) place.clear(cur);
    } else {
      for (const c of [...typed!.rest, typed!.current]) place.forget(c);
      typed!.drop();
      typed = null;
    }
  };
  const arenaHeld = () => (kind === 'go' ? goRt.heapAlloc : rustHeld);

  // --- the general-purpose side ---
  const gpaBlock = (n: number, noscan: boolean) => (kind === 'go' ? mallocBlockSize(n, noscan) : n);
  let gpaHeld = 0;

  const push = (request: number, phase: 'alloc' | 'end', liveBytes: number) => {
    const aHeld = arenaHeld();
    if (aHeld > arena.peak) { arena.peak = aHeld; arena.wasteAtPeak = aHeld - liveBytes; }
    if (gpaHeld > gpa.peak) { gpa.peak = gpaHeld; gpa.wasteAtPeak = gpaHeld - liveBytes; }
    if (steps.length < MAX_STEPS) steps.push({ request, phase, arenaHeld: aHeld, gpaHeld, liveBytes, chunks: place.snapshot(chunkOrder(), request, phase) });
  };

  const objBlock = gpaBlock(size, !w.pointers);
  const largeBlock = w.large ? gpaBlock(w.largeSize, true) : 0;
  for (let r = 0; r < w.requests; r++) {
    open();
    for (let i = 0; i < w.objects; i++) alloc(r, i < keep);
    for (let i = 0; i < w.large; i++) allocLarge(r);
    const n = w.objects + w.large;
    gpa.allocations += n;
    gpa.bytes += w.objects * objBlock + w.large * largeBlock;
    gpaHeld += w.objects * objBlock + w.large * largeBlock;
    const requestBytes = w.objects * size + w.large * w.largeSize;
    push(r, 'alloc', keptLive + requestBytes);
    // Request over: everything but the kept objects is dead. The heap frees them (Go: at a GC here).
    keptLive += keep * size;
    keptGpa += keep * objBlock;
    gpaHeld = keptGpa;
    // The large buffers die with the request whatever the arena does (Go: heap objects, swept at the GC
    // assumed here; typed-arena: Boxes beside the arena).
    if (kind === 'typed') {
      onRust('dealloc', typedLarge);
      typedLarge = 0;
    }
    // (Assigned inside the closures above, which TypeScript's narrowing does not see.)
    const ga = goArena as GoArena | null;
    if (pinned && ga) {
      for (const b of ga.heapObjects) goRt.drop(b);
      ga.heapObjects.length = 0;
      goRt.gc();
    }
    if (!pinned) close();
    push(r, 'end', keptLive);
  }
  if (kind === 'go') {
    arena.allocations = goRt.mallocs;
    arena.bytes = goRt.totalAlloc;
  }
  return { steps, arena, gpa, bypassed, pinned };
}
