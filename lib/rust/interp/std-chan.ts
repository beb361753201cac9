// std::sync::mpsc at run time (std's port of crossbeam-channel, library/std/src/sync/mpmc/), with the
// allocations measured on rustc 1.95 x86_64 Linux:
// * `channel()` (list flavor): the Counter<list::Channel<T>> box, 512 bytes (align 128), at creation;
//   blocks of 31 slots (8 bytes `next` + 31 × (T + 8-byte state), alloc_zeroed) — the first at the
//   first send, the next one in advance by the send that takes a block's last slot; a block is freed by
//   the recv that reads its last slot; at the end the unread messages drop in order and the blocks go.
// * `sync_channel(n)` (array flavor): the slot buffer (n × (8-byte stamp + T)), then the 640-byte
//   Counter (align 128); `sync_channel(0)` (zero flavor): the 136-byte Counter only.
// * The Counter (and with it the buffer) is freed when the last Sender and the Receiver are gone; a
//   Receiver dropped while Senders live discards the messages and blocks at once.
// One thread runs at a time (std-thread.ts): `recv` on an empty channel first runs the pending threads.
// A send never blocks here: a full sync_channel keeps the message (no allocation depends on it).

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import { dropGlue } from './drop';
import type { Machine } from './machine';
import { DONE } from './iter';
import { runPending } from './std-thread';
import { layoutOf, needsDrop, prune, type Ty } from './ty';
import type { E } from './values';

const BLOCK_CAP = 31;

export class RChan {
  q: unknown[] = [];
  sent = 0;
  read = 0;
  blocks: number[] = [];
  senders = 1;
  receiver = true;
  discarded = false;
  constructor(
    readonly kind: 'list' | 'array' | 'zero',
    readonly counter: number,
    readonly counterSize: number,
    readonly buf: number,
    readonly bufSize: number,
    readonly blockSize: number,
    readonly dropMsg: ((v: unknown) => void) | null,
  ) {}
}

/** A channel end: which side it is (dropping it releases that side). */
export class REnd {
  constructor(
    readonly c: RChan,
    readonly sender: boolean,
  ) {}
}

function slotSize(t: Ty): number {
  const { size, align } = layoutOf(t);
  const a = Math.max(8, align);
  return Math.ceil((size + 8) / a) * a;
}

export function compileChanCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E | null {
  const m = cx.m;
  if (e.builtin !== 'mpsc::channel' && e.builtin !== 'mpsc::sync_channel') return null;
  const el = (prune((prune(tyOf(e)) as { elems: Ty[] }).elems[0]) as { e: Ty }).e;
  const slot = slotSize(el);
  const dm = needsDrop(el) ? dropGlue(el, m) : null;
  if (e.builtin === 'mpsc::channel') {
    const blockSize = 8 + BLOCK_CAP * slot;
    return () => {
      const id = m.alloc(512, 'mpsc::channel: Counter<list::Channel> (512 bytes, align 128)');
      const c = new RChan('list', id, 512, -1, 0, blockSize, dm);
      return [new REnd(c, true), new REnd(c, false)];
    };
  }
  const n = cx.expr(e.args[0]);
  return (f) => {
    const cap = Number(n(f));
    let c: RChan;
    if (cap === 0) {
      const id = m.alloc(136, 'mpsc::sync_channel(0): Counter<zero::Channel> (136 bytes)');
      c = new RChan('zero', id, 136, -1, 0, 0, dm);
    } else {
      const bytes = cap * slot;
      const buf = m.alloc(bytes, `mpsc::sync_channel(${cap}): slot buffer (${cap} × ${slot} bytes)`);
      const id = m.alloc(640, 'mpsc::sync_channel: Counter<array::Channel> (640 bytes, align 128)');
      c = new RChan('array', id, 640, buf, bytes, 0, dm);
    }
    return [new REnd(c, true), new REnd(c, false)];
  };
}

function send(m: Machine, c: RChan, v: unknown): void {
  if (!c.receiver) {
    // SendError(v): the message comes back in the Err and is dropped with it
    if (c.dropMsg) c.dropMsg(v);
    return;
  }
  if (c.kind === 'list') {
    const k = c.sent;
    if (k === 0) c.blocks.push(m.alloc(c.blockSize, `mpsc send: list block (31 slots, ${c.blockSize} bytes, zeroed)`));
    if (k % BLOCK_CAP === BLOCK_CAP - 1) c.blocks.push(m.alloc(c.blockSize, `mpsc send: next list block in advance (${c.blockSize} bytes, zeroed)`));
  }
  c.sent++;
  c.q.push(v);
}

const DONE_RECV = Symbol('disconnected');

function recv(m: Machine, c: RChan, block: boolean, stuck: () => never): unknown {
  if (!c.q.length && block) runPending(m);
  if (!c.q.length) {
    if (c.senders > 0 && block) stuck();
    return DONE_RECV;
  }
  const v = c.q.shift();
  const j = c.read++;
  if (c.kind === 'list' && j % BLOCK_CAP === BLOCK_CAP - 1) m.free(c.blocks.shift()!, c.blockSize);
  return v;
}

/** Drops the unread messages in order and frees the blocks (list::Channel's drop / discard_all_messages). */
function discard(m: Machine, c: RChan): void {
  if (c.discarded) return;
  c.discarded = true;
  while (c.q.length) {
    const v = c.q.shift();
    const j = c.read++;
    if (c.dropMsg) c.dropMsg(v);
    if (c.kind === 'list' && j % BLOCK_CAP === BLOCK_CAP - 1) m.free(c.blocks.shift()!, c.blockSize);
  }
  for (const b of c.blocks) m.free(b, c.blockSize);
  c.blocks = [];
}

export function endDrop(m: Machine): (v: unknown) => void {
  return (v) => {
    const h = v as REnd;
    const c = h.c;
    if (h.sender) c.senders--;
    else {
      c.receiver = false;
      if (c.senders > 0) discard(m, c);
    }
    if (c.senders === 0 && !c.receiver) {
      discard(m, c);
      if (c.buf >= 0) m.free(c.buf, c.bufSize);
      m.free(c.counter, c.counterSize);
    }
  };
}

export function compileChanMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, id: string, recvE: E, args: E[]): E | null {
  const m = cx.m;
  const stuck = (): never => cx.panicAt(e.nameSpan)('simulation: this recv would wait forever (one thread runs at a time here, and no pending thread sends)', null);
  switch (id) {
    case 'chan.send':
      return (f) => {
        const h = recvE(f) as REnd;
        send(m, h.c, args[0](f));
        return null;
      };
    case 'chan.clone':
      return (f) => {
        const h = recvE(f) as REnd;
        h.c.senders++;
        return new REnd(h.c, true);
      };
    case 'chan.recv':
    case 'chan.try_recv': {
      const block = id === 'chan.recv';
      return (f) => {
        const h = recvE(f) as REnd;
        const v = recv(m, h.c, block, stuck);
        if (v !== DONE_RECV) return [0, v];
        // RecvError / TryRecvError::{Empty, Disconnected}
        return [1, block ? [] : [h.c.senders > 0 ? 0 : 1]];
      };
    }
  }
  return null;
}

/** `rx.iter()` / `for x in rx`: recv until every Sender is gone (`fin`: the owned Receiver's drop). */
export function rxIter(m: Machine, h: REnd, stuck: () => never, owned: boolean): { next: () => unknown; hint: () => [number, number | null]; trusted: boolean; tra: boolean; fin?: () => void } {
  return {
    next: () => {
      const v = recv(m, h.c, true, stuck);
      return v === DONE_RECV ? DONE : v;
    },
    hint: () => [0, null],
    trusted: false,
    tra: false,
    ...(owned ? { fin: () => endDrop(m)(h) } : {}),
  };
}
