// Mirrors go1.23.5 src/runtime/chan.go (hchan, makechan, chansend, chanrecv, send, recv, closechan, waitq) and select.go (selectgo) on linux/amd64.
//
// Pure state changes of one channel; the caller drives the scheduler (lib/go/proc.ts):
//  * 'block': gopark(gp, reason) and acquireSudog once per sudog (a select: one per channel case);
//  * `ready` sudogs: goready(sg.g, gp) in the order given (the woken g reads its sudog: recvWake /
//    sendWake / selectWake, then releaseSudog);
//  * runtime panics are thrown as GoPanic with the runtime's message.

import { mallocBlockSize, maxAlloc } from './msize';
import type { g, mallocCall, waitReason } from './proc';
import { GoPanic, type ElemInfo } from './slice';

/** unsafe.Sizeof(hchan{}) rounded to maxAlign: go1.23 added the timer field (96 before). */
export const hchanSize = 104;

/** A goroutine waiting on a channel (or, in sema.ts, a semaphore). */
export class sudog<V = unknown> {
  /** The value being sent, or, for a receiver, the value handed to it. */
  elem: V | undefined;
  /** Woken by a completed operation (true) or by close (false). */
  success = false;
  /** The select case this sudog stands for (an index into the select's scases), -1 otherwise. */
  casi = -1;
  constructor(
    readonly g: g,
    readonly c: hchan<V> | null,
    readonly isSelect = false,
  ) {}
}

/** A FIFO of sudogs (chan.go waitq). */
export class waitq<V> {
  readonly q: sudog<V>[] = [];
  enqueue(s: sudog<V>): void {
    this.q.push(s);
  }
  /** Skips (and drops) sudogs of a select another case already won, as the CAS on g.selectDone does. */
  dequeue(): sudog<V> | null {
    for (;;) {
      const s = this.q.shift();
      if (s === undefined) return null;
      if (s.isSelect) {
        if (s.g.selectDone) continue;
        s.g.selectDone = true;
      }
      return s;
    }
  }
  dequeueSudoG(s: sudog<V>): void {
    const i = this.q.indexOf(s);
    if (i >= 0) this.q.splice(i, 1);
  }
  get length(): number {
    return this.q.length;
  }
}

let nextChanID = 1;

export class hchan<V = unknown> {
  qcount = 0;
  /** The ring, filled lazily (a channel may be made with a huge capacity and never filled). */
  readonly buf: (V | undefined)[] = [];
  sendx = 0;
  recvx = 0;
  readonly recvq = new waitq<V>();
  readonly sendq = new waitq<V>();
  closed = false;
  /** Stands for the hchan's address: selectgo's lock order. Channels made later sort higher. */
  readonly sortkey = nextChanID++;
  constructor(
    readonly dataqsiz: number,
    readonly elem: ElemInfo,
    /** The element type's zero value: what a receive from a closed channel yields. */
    readonly zero: V,
  ) {}
  /** len(c) */
  get len(): number {
    return this.qcount;
  }
  /** cap(c) */
  get cap(): number {
    return this.dataqsiz;
  }
  /** Buffered values, oldest first. */
  items(): V[] {
    const out: V[] = [];
    for (let i = 0; i < this.qcount; i++) out.push(this.buf[(this.recvx + i) % this.dataqsiz] as V);
    return out;
  }
}

/**
 * make(chan T, size): one noscan allocation of hchan and buffer together when the buffer is empty
 * or pointer-free, else new(hchan) plus the buffer (a pointerful allocation).
 */
export function makechan<V>(elem: ElemInfo, size: number, zero: V): { c: hchan<V>; mallocs: mallocCall[] } {
  if (elem.size >= 1 << 16) throw new Error('makechan: invalid channel element type'); // the compiler rejects it first
  const mem = elem.size * size;
  if (!Number.isInteger(size) || size < 0 || mem > maxAlloc - hchanSize) throw new GoPanic('makechan: size out of range');
  let mallocs: mallocCall[];
  if (mem === 0) mallocs = [{ what: 'hchan', size: hchanSize, noscan: true }];
  else if (!elem.hasPointers) mallocs = [{ what: 'hchan', size: hchanSize + mem, noscan: true }];
  else
    mallocs = [
      { what: 'hchan', size: hchanSize, noscan: false },
      { what: 'chanbuf', size: mem, noscan: false },
    ];
  return { c: new hchan(size, elem, zero), mallocs };
}

/** Heap bytes makechan takes (TotalAlloc), for display. */
export function makechanBytes(elem: ElemInfo, size: number): number {
  return makechan(elem, size, undefined).mallocs.reduce((n, m) => n + mallocBlockSize(m.size, m.noscan), 0);
}

export type chanResult<V> =
  /** Done without parking; `ready` is the goroutine it handed to (goready it), if any. */
  | { kind: 'done'; value: V | undefined; ok: boolean; ready: sudog<V> | null }
  /** gp must park with `reason`; sg is enqueued (null: a nil channel, forever). */
  | { kind: 'block'; sg: sudog<V> | null; reason: waitReason }
  /** A non-blocking operation (select with default) could not proceed. */
  | { kind: 'fail' };

/** c <- v (block=false: select with one case and a default). */
export function chansend<V>(c: hchan<V> | null, gp: g, v: V, block = true): chanResult<V> {
  if (c === null) return block ? { kind: 'block', sg: null, reason: 'chan send (nil chan)' } : { kind: 'fail' };
  if (!block && !c.closed && full(c)) return { kind: 'fail' };
  if (c.closed) throw new GoPanic('send on closed channel');
  const sg = c.recvq.dequeue();
  if (sg !== null) {
    // A waiting receiver gets the value directly, bypassing the buffer.
    sg.elem = v;
    sg.success = true;
    sg.g.param = sg;
    return { kind: 'done', value: undefined, ok: true, ready: sg };
  }
  if (c.qcount < c.dataqsiz) {
    c.buf[c.sendx] = v;
    if (++c.sendx === c.dataqsiz) c.sendx = 0;
    c.qcount++;
    return { kind: 'done', value: undefined, ok: true, ready: null };
  }
  if (!block) return { kind: 'fail' };
  const mysg = new sudog<V>(gp, c);
  mysg.elem = v;
  c.sendq.enqueue(mysg);
  return { kind: 'block', sg: mysg, reason: 'chan send' };
}

/** v, ok := <-c (block=false: select with one case and a default). */
export function chanrecv<V>(c: hchan<V> | null, gp: g, block = true): chanResult<V> {
  if (c === null) return block ? { kind: 'block', sg: null, reason: 'chan receive (nil chan)' } : { kind: 'fail' };
  if (!block && empty(c)) {
    if (!c.closed) return { kind: 'fail' };
    if (empty(c)) return { kind: 'done', value: c.zero, ok: false, ready: null };
  }
  if (c.closed) {
    if (c.qcount === 0) return { kind: 'done', value: c.zero, ok: false, ready: null };
    // Closed with data left: drain the buffer first.
  } else {
    const sg = c.sendq.dequeue();
    if (sg !== null) return recv(c, sg);
  }
  if (c.qcount > 0) {
    const v = c.buf[c.recvx];
    c.buf[c.recvx] = undefined;
    if (++c.recvx === c.dataqsiz) c.recvx = 0;
    c.qcount--;
    return { kind: 'done', value: v, ok: true, ready: null };
  }
  if (!block) return { kind: 'fail' };
  const mysg = new sudog<V>(gp, c);
  c.recvq.enqueue(mysg);
  return { kind: 'block', sg: mysg, reason: 'chan receive' };
}

/**
 * A waiting sender: unbuffered, take its value; buffered (so full), take the head and put the
 * sender's value at the tail, which is the same slot.
 */
function recv<V>(c: hchan<V>, sg: sudog<V>): chanResult<V> {
  let v: V | undefined;
  if (c.dataqsiz === 0) {
    v = sg.elem;
  } else {
    v = c.buf[c.recvx];
    c.buf[c.recvx] = sg.elem;
    if (++c.recvx === c.dataqsiz) c.recvx = 0;
    c.sendx = c.recvx;
  }
  sg.elem = undefined;
  sg.success = true;
  sg.g.param = sg;
  return { kind: 'done', value: v, ok: true, ready: sg };
}

function full(c: hchan<unknown>): boolean {
  return c.dataqsiz === 0 ? c.recvq.length === 0 : c.qcount === c.dataqsiz;
}

function empty(c: hchan<unknown>): boolean {
  return c.dataqsiz === 0 ? c.sendq.length === 0 : c.qcount === 0;
}

/**
 * close(c): wakes every receiver (zero value, ok=false), then every sender (they panic). The
 * runtime collects them on a gList (a stack) and readies them popping it: so in reverse order,
 * and each goready kicks the previous one out of runnext.
 */
export function closechan<V>(c: hchan<V> | null): { ready: sudog<V>[] } {
  if (c === null) throw new GoPanic('close of nil channel');
  if (c.closed) throw new GoPanic('close of closed channel');
  c.closed = true;
  const glist: sudog<V>[] = [];
  for (let sg = c.recvq.dequeue(); sg !== null; sg = c.recvq.dequeue()) {
    sg.elem = c.zero;
    sg.success = false;
    sg.g.param = sg;
    glist.push(sg);
  }
  for (let sg = c.sendq.dequeue(); sg !== null; sg = c.sendq.dequeue()) {
    sg.elem = undefined;
    sg.success = false;
    sg.g.param = sg;
    glist.push(sg);
  }
  return { ready: glist.reverse() };
}

/** What a woken receiver got: its sudog (gp.param). */
export function recvWake<V>(sg: sudog<V>): { value: V | undefined; ok: boolean } {
  return { value: sg.elem, ok: sg.success };
}

/** A woken sender: fine, or woken by close. */
export function sendWake<V>(sg: sudog<V>): void {
  if (!sg.success) throw new GoPanic('send on closed channel');
}

// --- select ----------------------------------------------------------------------------------

/** One case of a select statement, in source order. */
export interface scase<V> {
  dir: 'send' | 'recv';
  c: hchan<V> | null;
  /** The value to send. */
  v?: V;
}

/** A select parked on its channels: pass 3's input. */
export interface selectWait<V> {
  cases: scase<V>[];
  /** scases index → source index (the compiler puts sends first, receives last in reverse). */
  orig: number[];
  nsends: number;
  /** One sudog per non-nil case, in lock order. */
  sudogs: sudog<V>[];
}

export type selectResult<V> =
  /** casei is the source index of the chosen case; -1 is the default. */
  | { kind: 'done'; casei: number; value: V | undefined; recvOK: boolean; ready: sudog<V> | null }
  | { kind: 'block'; sel: selectWait<V>; reason: waitReason };

/**
 * A select statement with two or more cases, or one case and a default (the compiler turns a
 * single case without default into a plain send or receive, and `select {}` into
 * block(): park forever with 'select (no cases)').
 *
 * The runtime polls the ready cases in a random order (cheaprandn per case). The model keeps the
 * algorithm and takes its random numbers from `randn` (e.g. p.cheaprandn, a fixed-seed wyrand):
 * the choice among several ready cases is deterministic but, as in Go, not source order.
 */
export function selectgo<V>(
  gp: g,
  cases: scase<V>[],
  hasDefault: boolean,
  randn: (n: number) => number,
): selectResult<V> {
  // The compiler's layout: sends in source order, then receives from the end backwards.
  const ncases = cases.length;
  const scases: scase<V>[] = new Array(ncases);
  const orig: number[] = new Array(ncases);
  let nsends = 0;
  let nrecvs = 0;
  cases.forEach((cs, i) => {
    const j = cs.dir === 'send' ? nsends++ : ncases - ++nrecvs;
    scases[j] = cs;
    orig[j] = i;
  });

  // Poll order: an inside-out shuffle of the non-nil cases.
  const pollorder: number[] = [];
  for (let i = 0; i < ncases; i++) {
    if (scases[i].c === null) continue;
    const j = randn(pollorder.length + 1);
    pollorder.push(pollorder[j]);
    pollorder[j] = i;
  }
  const lockorder = heapsortByChan(scases, pollorder);

  // Pass 1: the first ready case in poll order.
  for (const casi of pollorder) {
    const cs = scases[casi];
    const c = cs.c!;
    if (casi >= nsends) {
      const sg = c.sendq.dequeue();
      if (sg !== null) {
        const r = recv(c, sg) as { value: V | undefined; ready: sudog<V> };
        return { kind: 'done', casei: orig[casi], value: r.value, recvOK: true, ready: r.ready };
      }
      if (c.qcount > 0) {
        const r = chanrecv(c, gp, false) as { value: V | undefined };
        return { kind: 'done', casei: orig[casi], value: r.value, recvOK: true, ready: null };
      }
      if (c.closed) return { kind: 'done', casei: orig[casi], value: c.zero, recvOK: false, ready: null };
    } else {
      if (c.closed) throw new GoPanic('send on closed channel');
      const sg = c.recvq.dequeue();
      if (sg !== null) {
        sg.elem = cs.v;
        sg.success = true;
        sg.g.param = sg;
        return { kind: 'done', casei: orig[casi], value: undefined, recvOK: false, ready: sg };
      }
      if (c.qcount < c.dataqsiz) {
        chansend(c, gp, cs.v as V, false);
        return { kind: 'done', casei: orig[casi], value: undefined, recvOK: false, ready: null };
      }
    }
  }
  if (hasDefault) return { kind: 'done', casei: -1, value: undefined, recvOK: false, ready: null };
  // Every channel nil (select{} itself compiles to block()): selectgo parks with no sudogs, forever.

  // Pass 2: enqueue on every channel, in lock order.
  gp.selectDone = false;
  gp.param = null;
  const sudogs: sudog<V>[] = [];
  for (const casi of lockorder) {
    const cs = scases[casi];
    const sg = new sudog<V>(gp, cs.c, true);
    sg.casi = casi;
    if (casi < nsends) {
      sg.elem = cs.v;
      cs.c!.sendq.enqueue(sg);
    } else {
      cs.c!.recvq.enqueue(sg);
    }
    sudogs.push(sg);
  }
  return { kind: 'block', sel: { cases: scases, orig, nsends, sudogs }, reason: 'select' };
}

/**
 * Pass 3, when a parked select is woken: the case whose sudog the waker took (gp.param); the
 * other sudogs leave their queues. A send case woken by close panics. Release sel.sudogs.length
 * sudogs afterwards.
 */
export function selectWake<V>(gp: g, sel: selectWait<V>): { casei: number; value: V | undefined; recvOK: boolean } {
  const won = gp.param as sudog<V> | null;
  gp.selectDone = false;
  gp.param = null;
  let res: { casei: number; value: V | undefined; recvOK: boolean } | null = null;
  let sendClosed = false;
  for (const sg of sel.sudogs) {
    if (sg === won) {
      const isSend = sg.casi < sel.nsends;
      res = { casei: sel.orig[sg.casi], value: isSend ? undefined : sg.elem, recvOK: !isSend && sg.success };
      sendClosed = isSend && !sg.success;
    } else if (sg.casi < sel.nsends) {
      sg.c!.sendq.dequeueSudoG(sg);
    } else {
      sg.c!.recvq.dequeueSudoG(sg);
    }
  }
  if (res === null) throw new Error('selectgo: bad wakeup');
  if (sendClosed) throw new GoPanic('send on closed channel');
  return res;
}

/** selectgo's lock order: a heap sort of the poll order by channel address (sortkey). */
function heapsortByChan<V>(scases: scase<V>[], pollorder: number[]): number[] {
  const key = (i: number) => scases[i].c!.sortkey;
  const lockorder: number[] = new Array(pollorder.length);
  for (let i = 0; i < pollorder.length; i++) {
    let j = i;
    const c = key(pollorder[i]);
    while (j > 0 && key(lockorder[(j - 1) >> 1]) < c) {
      const k = (j - 1) >> 1;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (let i = lockorder.length - 1; i >= 0; i--) {
    const o = lockorder[i];
    const c = key(o);
    lockorder[i] = lockorder[0];
    let j = 0;
    for (;;) {
      let k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && key(lockorder[k]) < key(lockorder[k + 1])) k++;
      if (c < key(lockorder[k])) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }
  return lockorder;
}
