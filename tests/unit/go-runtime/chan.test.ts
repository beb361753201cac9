import { describe, expect, it } from 'vitest';
import procsJson from '@/tests/fixtures/calibration/go-procs.json';
import {
  chanrecv,
  chansend,
  closechan,
  hchanSize,
  makechan,
  makechanBytes,
  recvWake,
  selectgo,
  selectWake,
  sendWake,
  type hchan,
} from '@/lib/go/chan';
import { mallocBlockSize } from '@/lib/go/msize';
import { g, p } from '@/lib/go/proc';
import { GoPanic, type ElemInfo } from '@/lib/go/slice';
import { goWorld, type GoFn } from '@/lib/go/goworld';

interface procsFixture {
  hchanSize: number;
  makechan: { type: string; size: number; hasPointers: boolean; cap: number; mallocs: number; totalAlloc: number }[];
  makechanPanic: { type: string; cap: number; message: string }[];
}
const fx = procsJson as unknown as procsFixture;

const int: ElemInfo = { size: 8, hasPointers: false };
const mk = (size: number): hchan<number> => makechan(int, size, 0).c;
let nextG = 100;
const newg = (): g => {
  const gp = new g(nextG);
  gp.goid = nextG++;
  return gp;
};

describe('makechan against go1.23.5 (go-procs.json)', () => {
  it('hchanSize is the measured size of hchan (104: the timer field is new in 1.23)', () => {
    expect(hchanSize).toBe(fx.hchanSize);
  });

  it('allocation count and bytes equal the measured ones for every element type and size', () => {
    expect(fx.makechan.length).toBeGreaterThanOrEqual(60);
    for (const c of fx.makechan) {
      const { mallocs } = makechan({ size: c.size, hasPointers: c.hasPointers }, c.cap, undefined);
      const got = [mallocs.length, mallocs.reduce((n, m) => n + mallocBlockSize(m.size, m.noscan), 0)];
      expect(got, `make(chan ${c.type}, ${c.cap})`).toEqual([c.mallocs, c.totalAlloc]);
      expect(makechanBytes({ size: c.size, hasPointers: c.hasPointers }, c.cap)).toBe(c.totalAlloc);
    }
  });

  it('size out of range panics with the runtime message (and zero-size elements never overflow)', () => {
    const sizes: Record<string, ElemInfo> = { int, '[1024]byte': { size: 1024, hasPointers: false }, 'struct{}': { size: 0, hasPointers: false } };
    expect(fx.makechanPanic.length).toBe(4);
    for (const c of fx.makechanPanic) {
      const f = () => makechan(sizes[c.type], c.cap, 0);
      if (c.message === '') expect(f).not.toThrow();
      else expect(f, `${c.type} ${c.cap}`).toThrow(new GoPanic(c.message));
    }
  });
});

describe('chansend / chanrecv (chan.go order)', () => {
  it('an unbuffered send hands the value to the first receiver that blocked (FIFO)', () => {
    const c = mk(0);
    const r1 = newg();
    const r2 = newg();
    const b1 = chanrecv(c, r1);
    const b2 = chanrecv(c, r2);
    expect(b1.kind).toBe('block');
    expect(b2.kind === 'block' && b2.reason).toBe('chan receive');
    const s = chansend(c, newg(), 7);
    expect(s.kind).toBe('done');
    if (s.kind !== 'done' || b1.kind !== 'block') throw new Error('unreachable');
    expect(s.ready!.g).toBe(r1);
    expect(recvWake(b1.sg!)).toEqual({ value: 7, ok: true });
    expect(r1.param).toBe(b1.sg);
    expect(c.recvq.length).toBe(1);
  });

  it('a send with no receiver blocks; the receiver takes it straight from the sender', () => {
    const c = mk(0);
    const sender = newg();
    const b = chansend(c, sender, 'x' as unknown as number);
    expect(b.kind === 'block' && b.reason).toBe('chan send');
    const r = chanrecv(c, newg());
    expect(r.kind === 'done' && [r.value, r.ok, r.ready?.g]).toEqual(['x', true, sender]);
    if (b.kind === 'block') expect(() => sendWake(b.sg!)).not.toThrow();
  });

  it('the buffer is a ring: sendx and recvx wrap around', () => {
    const c = mk(3);
    const gp = newg();
    for (const v of [1, 2, 3]) expect(chansend(c, gp, v).kind).toBe('done');
    expect(chansend(c, gp, 4, false).kind).toBe('fail');
    const got = [chanrecv(c, gp), chanrecv(c, gp)].map((r) => (r.kind === 'done' ? r.value : null));
    expect(got).toEqual([1, 2]);
    chansend(c, gp, 4);
    chansend(c, gp, 5);
    expect([c.sendx, c.recvx, c.qcount]).toEqual([2, 2, 3]);
    expect(c.items()).toEqual([3, 4, 5]);
    expect(c.buf).toEqual([4, 5, 3]);
  });

  it('a receive from a full buffer with a waiting sender takes the head and moves the sender\'s value to the tail', () => {
    const c = mk(2);
    const gp = newg();
    chansend(c, gp, 1);
    chansend(c, gp, 2);
    const sender = newg();
    const b = chansend(c, sender, 3);
    expect(b.kind).toBe('block');
    const r = chanrecv(c, gp);
    expect(r.kind === 'done' && [r.value, r.ready?.g]).toEqual([1, sender]);
    expect(c.items()).toEqual([2, 3]);
    expect(c.sendx).toBe(c.recvx); // full again
  });

  it('close wakes all receivers then all senders, readied in reverse (a gList is a stack)', () => {
    const c = mk(0);
    const rs = [newg(), newg()];
    const rsg = rs.map((r) => chanrecv(c, r));
    const ss = [newg(), newg()];
    // Senders can only wait on an unbuffered channel with no receivers: use a second channel state.
    const c2 = mk(0);
    const ssg = ss.map((s) => chansend(c2, s, 9));
    const { ready } = closechan(c);
    expect(ready.map((s) => s.g)).toEqual([rs[1], rs[0]]);
    for (const b of rsg) if (b.kind === 'block') expect(recvWake(b.sg!)).toEqual({ value: 0, ok: false });
    const r2 = closechan(c2).ready;
    expect(r2.map((s) => s.g)).toEqual([ss[1], ss[0]]);
    for (const b of ssg) if (b.kind === 'block') expect(() => sendWake(b.sg!)).toThrow(new GoPanic('send on closed channel'));
  });

  it('panics and nil channels', () => {
    expect(() => closechan(null)).toThrow(new GoPanic('close of nil channel'));
    const c = mk(1);
    closechan(c);
    expect(() => closechan(c)).toThrow(new GoPanic('close of closed channel'));
    expect(() => chansend(c, newg(), 1)).toThrow(new GoPanic('send on closed channel'));
    expect(chanrecv(null, newg())).toEqual({ kind: 'block', sg: null, reason: 'chan receive (nil chan)' });
    expect(chansend(null, newg(), 1)).toEqual({ kind: 'block', sg: null, reason: 'chan send (nil chan)' });
    expect(chansend(null, newg(), 1, false)).toEqual({ kind: 'fail' });
  });

  it('a closed buffered channel is drained before it yields zero values', () => {
    const c = mk(2);
    const gp = newg();
    chansend(c, gp, 5);
    closechan(c);
    const a = chanrecv(c, gp);
    const b = chanrecv(c, gp);
    expect(a.kind === 'done' && [a.value, a.ok]).toEqual([5, true]);
    expect(b.kind === 'done' && [b.value, b.ok]).toEqual([0, false]);
  });
});

describe('selectgo', () => {
  const pp = new p(0);
  const randn = (n: number) => pp.cheaprandn(n);

  it('default when nothing is ready; a ready case otherwise', () => {
    const a = mk(0);
    const b = mk(1);
    const gp = newg();
    const none = selectgo(gp, [{ dir: 'recv', c: a }, { dir: 'recv', c: b }], true, randn);
    expect(none.kind === 'done' && none.casei).toBe(-1);
    chansend(b, gp, 3);
    const one = selectgo(gp, [{ dir: 'recv', c: a }, { dir: 'recv', c: b }], true, randn);
    expect(one.kind === 'done' && [one.casei, one.value, one.recvOK]).toEqual([1, 3, true]);
  });

  it('among ready cases the choice is pseudo-random but reproducible from the seed', () => {
    const run = () => {
      const q = new p(0);
      const a = mk(100);
      const b = mk(100);
      const gp = newg();
      const picks: number[] = [];
      for (let i = 0; i < 40; i++) {
        chansend(a, gp, i);
        chansend(b, gp, i);
        const r = selectgo(gp, [{ dir: 'recv', c: a }, { dir: 'recv', c: b }], false, (n) => q.cheaprandn(n));
        picks.push(r.kind === 'done' ? r.casei : -9);
      }
      return picks;
    };
    const x = run();
    expect(run()).toEqual(x);
    expect(x.filter((i) => i === 0).length).toBeGreaterThan(8);
    expect(x.filter((i) => i === 1).length).toBeGreaterThan(8);
  });

  it('a blocked select is woken through one case; pass 3 takes its other sudogs off the queues', () => {
    const a = mk(0);
    const b = mk(0);
    const gp = newg();
    const r = selectgo(gp, [{ dir: 'recv', c: a }, { dir: 'send', c: b, v: 8 }], false, randn);
    if (r.kind !== 'block') throw new Error('should block');
    expect(r.reason).toBe('select');
    expect(r.sel.sudogs.length).toBe(2);
    expect([a.recvq.length, b.sendq.length]).toEqual([1, 1]);
    const s = chansend(a, newg(), 4);
    expect(s.kind === 'done' && s.ready?.g).toBe(gp);
    // Before gp runs again, b's queue still holds its sudog, but a receiver must skip it.
    expect(b.sendq.length).toBe(1);
    const other = chanrecv(b, newg());
    expect(other.kind).toBe('block');
    expect(selectWake(gp, r.sel)).toEqual({ casei: 0, value: 4, recvOK: true });
    expect([a.recvq.length, b.sendq.length, b.recvq.length]).toEqual([0, 0, 1]);
  });

  it('a select send case woken by close panics', () => {
    const a = mk(0);
    const gp = newg();
    const r = selectgo(gp, [{ dir: 'send', c: a, v: 1 }, { dir: 'recv', c: mk(0) }], false, randn);
    if (r.kind !== 'block') throw new Error('should block');
    closechan(a);
    expect(() => selectWake(gp, r.sel)).toThrow(new GoPanic('send on closed channel'));
  });

  it('a receive case on a closed channel is ready with ok=false', () => {
    const a = mk(0);
    closechan(a);
    const r = selectgo(newg(), [{ dir: 'recv', c: a }, { dir: 'recv', c: null }], false, randn);
    expect(r.kind === 'done' && [r.casei, r.value, r.recvOK]).toEqual([0, 0, false]);
  });
});

describe('channels driven through the scheduler', () => {
  it('a select loop over two producers receives everything, deterministically', () => {
    const run = () => {
      const w = new goWorld();
      const main: GoFn = function* () {
        const a: hchan = yield { op: 'make', size: 0 };
        const b: hchan = yield { op: 'make', size: 0 };
        const prod: GoFn = function* (c: hchan, tag: string) {
          for (let i = 0; i < 3; i++) yield { op: 'send', c, v: `${tag}${i}` };
          yield { op: 'close', c };
        };
        yield { op: 'go', fn: prod, args: [a, 'a'] };
        yield { op: 'go', fn: prod, args: [b, 'b'] };
        let open = 2;
        const cases: { dir: 'recv'; c: hchan | null }[] = [{ dir: 'recv', c: a }, { dir: 'recv', c: b }];
        while (open > 0) {
          const r: { casei: number; value: string; recvOK: boolean } = yield { op: 'select', cases: cases.map((x) => ({ ...x })) };
          if (!r.recvOK) {
            cases[r.casei].c = null;
            open--;
          } else yield { op: 'print', s: r.value };
        }
      };
      return w.run(main).output;
    };
    const out = run();
    expect(out.slice().sort()).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'b2']);
    expect(run()).toEqual(out);
  });

  it('sudogs: a blocked receive holds one, a blocked select one per channel case', () => {
    const w = new goWorld();
    const counts: number[] = [];
    const main: GoFn = function* () {
      const a: hchan = yield { op: 'make' };
      const b: hchan = yield { op: 'make' };
      const waiter: GoFn = function* () {
        yield { op: 'select', cases: [{ dir: 'recv', c: a }, { dir: 'recv', c: b }] };
      };
      const before: { mallocs: number } = yield { op: 'mark' };
      for (let i = 0; i < 4; i++) yield { op: 'go', fn: waiter };
      yield { op: 'gosched' };
      const after: { mallocs: number } = yield { op: 'mark' };
      counts.push(after.mallocs - before.mallocs);
      for (let i = 0; i < 4; i++) yield { op: 'send', c: a, v: i };
    };
    w.run(main);
    // 4 new gs (allgs grows from 8 to 16 at the 9th), 8 sudogs wanted, 1 was cached.
    expect(counts).toEqual([4 + 1 + 7]);
  });
});
