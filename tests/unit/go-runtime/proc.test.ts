import { describe, expect, it } from 'vitest';
import procsJson from '@/tests/fixtures/calibration/go-procs.json';
import type { hchan } from '@/lib/go/chan';
import { goClosure, schedt, type g } from '@/lib/go/proc';
import { GoFatal, Mutex, RWMutex, WaitGroup } from '@/lib/go/sema';
import { GoPanic } from '@/lib/go/slice';
import { goWorld, type GoFn, type Op } from '@/lib/go/goworld';

interface series {
  mallocs: number[];
  totalAlloc: number[];
}
interface procsFixture {
  runs: number;
  firstGoid: Record<string, string>;
  allgsProbe: { mallocs: number; totalAlloc: number }[];
  cases: { name: string; n: number; procs1: series; procs4: series }[];
  orders: { name: string; summary: string; output: string[]; agreeing: number; deterministic: boolean }[];
  deadlocks: { name: string; stdout: string[]; exitCode: number; stderr: string[]; same: boolean }[];
}
const fx = procsJson as unknown as procsFixture;

const intCap = [{ size: 8, hasPointers: false }];
const strCap = [{ size: 16, hasPointers: true }];
type counters = { mallocs: number; totalAlloc: number };
const print = (...a: unknown[]): Op => ({ op: 'print', s: a.map(String).join(' ') });

// ---------------------------------------------------------------------------------------------
// Rules.

describe('run queues (proc.go)', () => {
  const setup = () => {
    const s = new schedt({ finalizerGoroutine: false });
    return { s, pp: s.allp[0], main: s.main };
  };

  it('newproc puts the new g in runnext and kicks the old runnext to the local queue tail', () => {
    const { s, pp, main } = setup();
    const a = s.newproc(main);
    expect(pp.runnext).toBe(a);
    const b = s.newproc(main);
    const c = s.newproc(main);
    expect(pp.runnext).toBe(c);
    expect(pp.runqItems()).toEqual([a, b]);
    expect([a, b, c].map((x) => x.goid)).toEqual([5, 6, 7]);
  });

  it('schedule: runnext first (inheriting the slice: schedtick unchanged), then the queue in order', () => {
    const { s, pp, main } = setup();
    const gs = [s.newproc(main), s.newproc(main), s.newproc(main)];
    s.gopark(main, 'chan receive');
    const tick = pp.schedtick;
    expect(s.schedule(pp)).toBe(gs[2]);
    expect(pp.schedtick).toBe(tick);
    s.goexit(gs[2]);
    expect(s.schedule(pp)).toBe(gs[0]);
    expect(pp.schedtick).toBe(tick + 1);
  });

  it('goready puts the readied g in runnext of the waker\'s P; Gosched goes to the global queue', () => {
    const { s, pp, main } = setup();
    const a = s.newproc(main);
    s.gosched(main);
    expect(s.runq).toEqual([main]);
    expect(s.schedule(pp)).toBe(a);
    s.gopark(a, 'chan send');
    expect(s.schedule(pp)).toBe(main); // from the global queue
    s.goready(a, main);
    expect(pp.runnext).toBe(a);
  });

  it('every 61st schedtick the global queue goes first', () => {
    const { s, pp, main } = setup();
    const gs = Array.from({ length: 70 }, () => s.newproc(main));
    pp.schedtick = 59;
    s.gosched(main);
    const order: g[] = [];
    for (;;) {
      const gp = s.schedule(pp);
      if (gp === null) break;
      order.push(gp);
      if (gp === main) break;
      s.goexit(gp);
    }
    // runnext (tick stays 59), then the queue: ticks 60, 61 — at 61 main comes first.
    expect(order.slice(0, 3)).toEqual([gs[69], gs[0], gs[1]]);
    expect(order[3]).toBe(main);
  });

  it('a full local queue (256) moves its first half and the new g to the global queue', () => {
    const { s, pp, main } = setup();
    const gs = Array.from({ length: 258 }, () => s.newproc(main));
    expect(pp.runnext).toBe(gs[257]);
    expect(pp.runqlen()).toBe(256 - 128);
    expect(s.runq.length).toBe(129);
    expect(s.runq[0]).toBe(gs[0]);
    expect(s.runq[128]).toBe(gs[256]);
  });

  it('dead gs are reused (LIFO); 64 on a P spill all but 31 to the global list', () => {
    const { s, pp, main } = setup();
    const gs = Array.from({ length: 64 }, () => s.newproc(main));
    s.gopark(main, 'semacquire');
    for (let i = 0; i < 64; i++) s.goexit(s.schedule(pp)!);
    expect(pp.gFree.length).toBe(31);
    expect(s.gFree.length).toBe(33);
    // The 31 left on P0 come back first (LIFO: the last to exit first), then a batch of 32 from the global list.
    const reused = Array.from({ length: 33 }, () => s.gfget(pp)!);
    expect(new Set(reused).size).toBe(33);
    expect(reused.every((x) => gs.includes(x))).toBe(true);
    expect([pp.gFree.length, s.gFree.length]).toEqual([30, 1]);
  });

  it('sudogs come from the P cache, then the central cache, else new(sudog)', () => {
    const { s, pp } = setup();
    expect(pp.sudogcache).toBe(1);
    s.acquireSudog(pp);
    s.acquireSudog(pp);
    expect(s.takeMallocs()).toEqual([{ what: 'sudog', size: 88, noscan: false }]);
    for (let i = 0; i < 129; i++) s.releaseSudog(pp);
    expect([pp.sudogcache, s.sudogcache]).toEqual([65, 64]);
    for (let i = 0; i < 66; i++) s.acquireSudog(pp);
    expect([pp.sudogcache, s.sudogcache]).toEqual([63, 0]); // an empty P cache takes 64 at once
    expect(s.takeMallocs()).toEqual([]);
  });

  it('checkdead reports the waiting user goroutines in allgs order', () => {
    const { s, pp, main } = setup();
    const a = s.newproc(main);
    s.gopark(main, 'chan receive');
    s.schedule(pp);
    s.gopark(a, 'sync.Mutex.Lock');
    expect(s.turn()).toBeNull();
    expect(s.checkdead()).toEqual({
      message: 'all goroutines are asleep - deadlock!',
      goroutines: [{ goid: 1, waitreason: 'chan receive' }, { goid: 5, waitreason: 'sync.Mutex.Lock' }],
    });
  });

  it('a go statement\'s closure: {F uintptr; captures...}, none without captures', () => {
    expect(goClosure([])).toBeNull();
    expect(goClosure(intCap)).toEqual({ what: 'closure', size: 16, noscan: true });
    expect(goClosure(strCap)).toEqual({ what: 'closure', size: 24, noscan: false });
    const b = { size: 1, hasPointers: false };
    expect(goClosure([b, b, ...intCap])).toEqual({ what: 'closure', size: 24, noscan: true });
  });

  it('GOMAXPROCS=4: Ps take turns, an idle P steals half of a busy P\'s queue', () => {
    const s = new schedt({ gomaxprocs: 4, finalizerGoroutine: false });
    const gs = Array.from({ length: 8 }, () => s.newproc(s.main));
    expect(s.turn()).toBe(s.allp[0]);
    expect(s.turn()).toBe(s.allp[1]);
    expect(s.allp[1].curg).toBe(gs[3]); // stole gs[0..3] of 7 queued, runs the last
    expect(s.allp[1].runqItems()).toEqual(gs.slice(0, 3));
    expect(s.allp[1].curg!.goid).toBe(gs[3].goid);
  });
});

describe('sync (sema.go, sync/*.go)', () => {
  const gs = () => {
    const s = new schedt({ finalizerGoroutine: false });
    return [s.main, s.newproc(s.main), s.newproc(s.main)];
  };

  it('WaitGroup: misuse panics with the runtime messages', () => {
    const wg = new WaitGroup();
    expect(() => wg.add(-1)).toThrow(new GoPanic('sync: negative WaitGroup counter'));
  });

  it('Mutex, normal mode: an unlock wakes the first waiter, but a running goroutine may take the lock first', () => {
    const [a, b] = gs();
    const mu = new Mutex();
    expect(mu.lock(a).kind).toBe('done');
    const rb = mu.lock(b);
    expect(rb.kind === 'block' && rb.reason).toBe('sync.Mutex.Lock');
    const u = mu.unlock();
    expect(u.kind === 'done' && u.ready.map((x) => x.g)).toEqual([b]);
    expect(mu.lock(a).kind).toBe('done'); // barging
    const again = mu.resume(b);
    expect(again.kind).toBe('block'); // queued again, at the front
    expect(mu.unlock().kind).toBe('done');
    expect(mu.resume(b).kind).toBe('done');
    expect(() => {
      mu.unlock();
      mu.unlock();
    }).toThrow(new GoFatal('sync: unlock of unlocked mutex'));
  });

  it('Mutex, starvation mode: a waiter blocked over 1ms gets the lock handed over (and the P: yield)', () => {
    const [a, b] = gs();
    const mu = new Mutex();
    mu.lock(a, 0);
    mu.lock(b, 0);
    mu.unlock();
    mu.lock(a, 10); // barges
    expect(mu.resume(b, 2_000_000).kind).toBe('block'); // waited 2ms: starving
    const u = mu.unlock();
    expect(u.kind === 'done' && [u.ready.map((x) => x.g), u.yield]).toEqual([[b], true]);
    expect(mu.lock(a, 3_000_000).kind).toBe('block'); // no barging while starving
    expect(mu.resume(b, 3_000_000).kind).toBe('done');
    expect(mu.locked).toBe(true);
  });

  it('RWMutex: readers wait behind a waiting writer; unlocking misuse is fatal', () => {
    const [a, b, c] = gs();
    const rw = new RWMutex();
    expect(rw.rlock(a).kind).toBe('done');
    expect(rw.lock(b).kind).toBe('block');
    const rc = rw.rlock(c);
    expect(rc.kind === 'block' && rc.reason).toBe('sync.RWMutex.RLock');
    const ru = rw.runlock();
    expect(ru.kind === 'done' && ru.ready.map((x) => x.g)).toEqual([b]);
    expect(rw.resume(b).kind).toBe('done');
    const wu = rw.unlock();
    expect(wu.kind === 'done' && wu.ready.map((x) => x.g)).toEqual([c]);
    expect(rw.resume(c).kind).toBe('done');
    rw.runlock();
    expect(() => rw.runlock()).toThrow(new GoFatal('sync: RUnlock of unlocked RWMutex'));
  });
});

// ---------------------------------------------------------------------------------------------
// Allocation: the calibration program's allocation run replayed (scripts/calibrate/go/procs).

function allocProgram(record: (name: string, n: number, d: counters) => void, probe: counters[], goids: number[]): GoFn {
  const wg = new WaitGroup();
  const wg2 = new WaitGroup();
  const mu = new Mutex();
  const rw = new RWMutex();
  let started = 0;
  let ch: hchan;
  let ch2: hchan;
  let ch3: hchan;
  const done: GoFn = function* () {
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const parkForever: GoFn = function* () {
    yield { op: 'block' };
  };
  const recvOne: GoFn = function* () {
    started++;
    yield { op: 'recv', c: ch };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const sendOne: GoFn = function* () {
    started++;
    yield { op: 'send', c: ch, v: 1 };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const selectOne: GoFn = function* () {
    started++;
    yield { op: 'select', cases: [{ dir: 'recv', c: ch }, { dir: 'recv', c: ch2 }, { dir: 'recv', c: ch3 }] };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const waitOne: GoFn = function* () {
    started++;
    yield { op: 'wgWait', wg: wg2 };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const lockOne: GoFn = function* () {
    started++;
    yield { op: 'lock', mu };
    yield { op: 'unlock', mu };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  const rlockOne: GoFn = function* () {
    started++;
    yield { op: 'rlock', rw };
    yield { op: 'runlock', rw };
    yield { op: 'wgAdd', wg, n: -1 };
  };
  function* yieldUntil(k: number): Generator<Op, void, unknown> {
    while (started < k) yield { op: 'gosched' };
    started = 0;
  }
  function* measure(name: string, n: number, body: () => Generator<Op, void, unknown>): Generator<Op, void, unknown> {
    const b = (yield { op: 'mark' }) as counters;
    yield* body();
    const a = (yield { op: 'mark' }) as counters;
    record(name, n, { mallocs: a.mallocs - b.mallocs, totalAlloc: a.totalAlloc - b.totalAlloc });
  }
  function* goN(n: number, fn: GoFn, captures: typeof intCap = []): Generator<Op, void, unknown> {
    for (let i = 0; i < n; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield { op: 'go', fn, args: [i], captures };
    }
    yield { op: 'wgWait', wg };
  }
  function* blocked(k: number, fn: GoFn, then: () => Generator<Op, void, unknown>): Generator<Op, void, unknown> {
    for (let i = 0; i < k; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield { op: 'go', fn };
    }
    yield* yieldUntil(k);
    yield* then();
    yield { op: 'wgWait', wg };
  }

  return function* main() {
    ch = (yield { op: 'make' }) as hchan; // package-level channels: made before main
    ch2 = (yield { op: 'make' }) as hchan;
    ch3 = (yield { op: 'make' }) as hchan;
    yield* measure('first-block', 1, () => goN(1, done));
    const before = (yield { op: 'mark' }) as counters;
    let prev = before;
    for (let i = 0; i < 40; i++) {
      yield { op: 'go', fn: parkForever };
      const now = (yield { op: 'mark' }) as counters;
      probe.push({ mallocs: now.mallocs - prev.mallocs, totalAlloc: now.totalAlloc - prev.totalAlloc });
      prev = now;
    }
    record('allgs-probe', 40, { mallocs: prev.mallocs - before.mallocs, totalAlloc: prev.totalAlloc - before.totalAlloc });
    yield { op: 'gosched' };
    yield* goN(1, function* () {
      goids.push((yield { op: 'goid' }) as number);
      yield { op: 'wgAdd', wg, n: -1 };
    });
    for (const n of [1, 1, 10, 10, 100, 100, 1000, 1000]) yield* measure('go-static', n, () => goN(n, done));
    for (const n of [100, 100]) yield* measure('go-arg-int', n, () => goN(n, done, intCap));
    yield* measure('go-closure-ptr', 100, () => goN(100, done, [{ size: 8, hasPointers: true }]));
    yield* measure('go-closure-3int', 100, () => goN(100, done, [...intCap, ...intCap, ...intCap]));
    yield* measure('go-static', 2000, () => goN(2000, done));
    const sendK = (k: number, c: () => hchan) =>
      function* (): Generator<Op, void, unknown> {
        for (let i = 0; i < k; i++) yield { op: 'send', c: c(), v: i };
      };
    const recvK = (k: number) =>
      function* (): Generator<Op, void, unknown> {
        for (let i = 0; i < k; i++) yield { op: 'recv', c: ch };
      };
    for (const k of [1, 1, 10, 10]) yield* measure('chan-recv-blocked', k, () => blocked(k, recvOne, sendK(k, () => ch)));
    for (const k of [20, 20]) yield* measure('chan-send-blocked', k, () => blocked(k, sendOne, recvK(k)));
    for (const k of [10, 10]) yield* measure('select3-blocked', k, () => blocked(k, selectOne, sendK(k, () => ch2)));
    for (const k of [50, 50])
      yield* measure('waitgroup-waiters', k, function* () {
        yield { op: 'wgAdd', wg: wg2, n: 1 };
        yield* blocked(k, waitOne, function* () {
          yield { op: 'wgAdd', wg: wg2, n: -1 };
        });
      });
    for (const k of [100, 100])
      yield* measure('mutex-contended', k, function* () {
        yield { op: 'lock', mu };
        yield* blocked(k, lockOne, function* () {
          yield { op: 'unlock', mu };
        });
      });
    for (const k of [150, 150])
      yield* measure('rwmutex-readers-blocked', k, function* () {
        yield { op: 'wlock', rw };
        yield* blocked(k, rlockOne, function* () {
          yield { op: 'wunlock', rw };
        });
      });
    for (const k of [300, 300]) yield* measure('chan-recv-blocked', k, () => blocked(k, recvOne, sendK(k, () => ch)));
    yield* measure('once-atomic', 1000, function* () {});
  };
}

function replayAlloc(gomaxprocs: number) {
  const got: { name: string; n: number; d: counters }[] = [];
  const probe: counters[] = [];
  const goids: number[] = [];
  const r = new goWorld({ gomaxprocs }).run(allocProgram((name, n, d) => got.push({ name, n, d }), probe, goids));
  expect(r.fatal).toBeNull();
  return { got, probe, goids };
}

const within = (x: number, xs: number[]) => x >= Math.min(...xs) && x <= Math.max(...xs);

describe('goroutine, sudog and sync allocations against go1.23.5 (GOMAXPROCS=1)', () => {
  const { got, probe, goids } = replayAlloc(1);

  it('replays the same cases in the same order', () => {
    expect(got.map((c) => [c.name, c.n])).toEqual(fx.cases.map((c) => [c.name, c.n]));
  });

  it('allgs-probe: new(g) is 448 B, allgs grows from the measured len 5 / cap 8', () => {
    expect(probe).toEqual(fx.allgsProbe);
  });

  it('the goroutine after the probe has the measured goid', () => {
    expect(goids.map((n) => `goroutine ${n} [running]:`)).toEqual([fx.firstGoid['1']]);
  });

  it('every case lies within the measured runs; deterministic ones equal them exactly', () => {
    const bad: string[] = [];
    got.forEach((c, i) => {
      const m = fx.cases[i].procs1;
      if (!within(c.d.mallocs, m.mallocs) || !within(c.d.totalAlloc, m.totalAlloc))
        bad.push(`${c.name} ${c.n}: model ${c.d.mallocs}/${c.d.totalAlloc}, real ${m.mallocs}/${m.totalAlloc}`);
    });
    expect(bad).toEqual([]);
  });

  it('at least one real run matches the model on every case (the others were preempted by sysmon)', () => {
    const runs = fx.cases[0].procs1.mallocs.length;
    const exact = Array.from({ length: runs }, (_, r) =>
      got.every((c, i) => c.d.mallocs === fx.cases[i].procs1.mallocs[r] && c.d.totalAlloc === fx.cases[i].procs1.totalAlloc[r]),
    );
    expect(exact.filter(Boolean).length).toBeGreaterThan(0);
  });
});

describe('allocations at GOMAXPROCS=4 (parallel in reality: only the cases every run agrees on)', () => {
  const { got } = replayAlloc(4);
  it('cases whose measured runs all agree equal the model', () => {
    const bad: string[] = [];
    let checked = 0;
    got.forEach((c, i) => {
      const m = fx.cases[i].procs4;
      if (new Set(m.mallocs).size !== 1 || new Set(m.totalAlloc).size !== 1) return;
      checked++;
      if (c.d.mallocs !== m.mallocs[0] || c.d.totalAlloc !== m.totalAlloc[0])
        bad.push(`${c.name} ${c.n}: model ${c.d.mallocs}/${c.d.totalAlloc}, real ${m.mallocs[0]}/${m.totalAlloc[0]}`);
    });
    expect(checked).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Order experiments (GOMAXPROCS=1), transcribed from orderMain in scripts/calibrate/go/procs.

const orders: Record<string, GoFn> = {
  runnext5: function* () {
    const wg = new WaitGroup();
    for (let i = 0; i < 5; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [i],
        captures: intCap,
        fn: function* (i: number) {
          yield print(i);
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    yield { op: 'wgWait', wg };
  },
  pingpong: function* () {
    const ping: hchan = yield { op: 'make' };
    const pong: hchan = yield { op: 'make' };
    yield {
      op: 'go',
      fn: function* () {
        for (;;) {
          const r: { value: number; ok: boolean } = yield { op: 'recv', c: ping };
          if (!r.ok) break;
          yield print('pong', r.value);
          yield { op: 'send', c: pong, v: r.value + 1 };
        }
        yield print('pong done');
        yield { op: 'close', c: pong };
      },
    };
    let v = 0;
    for (let i = 0; i < 3; i++) {
      yield print('ping', v);
      yield { op: 'send', c: ping, v };
      v = ((yield { op: 'recv', c: pong }) as { value: number }).value;
    }
    yield { op: 'close', c: ping };
    const r: { ok: boolean } = yield { op: 'recv', c: pong };
    yield print('main done', v, r.ok);
  },
  prodcons2: function* () {
    const c: hchan = yield { op: 'make', size: 2 };
    yield {
      op: 'go',
      fn: function* () {
        for (let i = 0; i < 6; i++) {
          yield { op: 'send', c, v: i };
          yield print('send', i);
        }
        yield { op: 'close', c };
      },
    };
    for (;;) {
      const r: { value: number; ok: boolean } = yield { op: 'recv', c };
      if (!r.ok) break;
      yield print('recv', r.value);
    }
  },
  workers3: function* () {
    const wg = new WaitGroup();
    const jobs: hchan = yield { op: 'make' };
    const results: hchan = yield { op: 'make', size: 9 };
    for (let w = 1; w <= 3; w++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [w],
        fn: function* (w: number) {
          for (;;) {
            const r: { value: number; ok: boolean } = yield { op: 'recv', c: jobs };
            if (!r.ok) break;
            yield print('worker', w, 'job', r.value);
            yield { op: 'send', c: results, v: r.value * 10 };
          }
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    for (let j = 1; j <= 9; j++) yield { op: 'send', c: jobs, v: j };
    yield { op: 'close', c: jobs };
    yield { op: 'wgWait', wg };
    yield { op: 'close', c: results };
    let sum = 0;
    for (;;) {
      const r: { value: number; ok: boolean } = yield { op: 'recv', c: results };
      if (!r.ok) break;
      sum += r.value;
    }
    yield print('sum', sum);
  },
  'close-broadcast': function* () {
    const wg = new WaitGroup();
    const done: hchan = yield { op: 'make' };
    for (let i = 1; i <= 3; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print('wait', i);
          yield { op: 'recv', c: done };
          yield print('woke', i);
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    yield { op: 'gosched' };
    yield print('close');
    yield { op: 'close', c: done };
    yield { op: 'wgWait', wg };
    yield print('end');
  },
  'senders-fifo': function* () {
    const c: hchan = yield { op: 'make' };
    for (let i = 1; i <= 3; i++) {
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print('sending', i);
          yield { op: 'send', c, v: i };
          yield print('sent', i);
        },
      };
    }
    for (let i = 0; i < 3; i++) yield print('got', ((yield { op: 'recv', c }) as { value: number }).value);
    yield { op: 'gosched' };
    yield print('end');
  },
  gosched: function* () {
    const wg = new WaitGroup();
    for (const s of ['a', 'b']) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [s],
        fn: function* (s: string) {
          for (let i = 0; i < 3; i++) {
            yield print(s, i);
            yield { op: 'gosched' };
          }
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    for (let i = 0; i < 3; i++) {
      yield print('main', i);
      yield { op: 'gosched' };
    }
    yield { op: 'wgWait', wg };
  },
  'select-quit': function* () {
    const wg = new WaitGroup();
    const jobs: hchan = yield { op: 'make' };
    const quit: hchan = yield { op: 'make' };
    yield { op: 'wgAdd', wg, n: 1 };
    yield {
      op: 'go',
      fn: function* () {
        for (;;) {
          const r: { casei: number; value: number } = yield {
            op: 'select',
            cases: [{ dir: 'recv', c: jobs }, { dir: 'recv', c: quit }],
          };
          if (r.casei === 0) yield print('job', r.value);
          else {
            yield print('quit');
            yield { op: 'wgAdd', wg, n: -1 };
            return;
          }
        }
      },
    };
    for (let j = 1; j <= 3; j++) {
      yield print('send', j);
      yield { op: 'send', c: jobs, v: j };
    }
    yield { op: 'send', c: quit, v: true };
    yield { op: 'wgWait', wg };
    yield print('end');
  },
  'main-exit': function* () {
    for (let i = 0; i < 3; i++)
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print('goroutine', i);
        },
      };
    yield print('main returns');
  },
  fairness61: function* () {
    const wg = new WaitGroup();
    for (let i = 0; i < 150; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print(i);
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    yield { op: 'gosched' };
    yield print('main');
    yield { op: 'wgWait', wg };
  },
  'buffered-wake': function* () {
    const wg = new WaitGroup();
    const c: hchan = yield { op: 'make', size: 3 };
    yield { op: 'wgAdd', wg, n: 1 };
    yield {
      op: 'go',
      fn: function* () {
        for (let i = 0; i < 4; i++) yield print('recv', ((yield { op: 'recv', c }) as { value: number }).value);
        yield { op: 'wgAdd', wg, n: -1 };
      },
    };
    yield { op: 'gosched' };
    for (let i = 0; i < 4; i++) {
      yield { op: 'send', c, v: i };
      yield print('sent', i);
    }
    yield { op: 'wgWait', wg };
  },
  'waitgroup-wake': function* () {
    const wg = new WaitGroup();
    const gate = new WaitGroup();
    yield { op: 'wgAdd', wg: gate, n: 1 };
    for (let i = 1; i <= 3; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print('wait', i);
          yield { op: 'wgWait', wg: gate };
          yield print('woke', i);
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    yield { op: 'gosched' };
    yield print('done');
    yield { op: 'wgAdd', wg: gate, n: -1 };
    yield { op: 'wgWait', wg };
  },
  'mutex-barging': function* () {
    const wg = new WaitGroup();
    const mu = new Mutex();
    yield { op: 'lock', mu };
    for (let i = 1; i <= 3; i++) {
      yield { op: 'wgAdd', wg, n: 1 };
      yield {
        op: 'go',
        args: [i],
        fn: function* (i: number) {
          yield print('lock', i);
          yield { op: 'lock', mu };
          yield print('locked', i);
          yield { op: 'unlock', mu };
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    }
    yield { op: 'gosched' };
    for (let j = 0; j < 2; j++) {
      yield { op: 'unlock', mu };
      yield print('main unlocked');
      yield { op: 'gosched' };
      yield { op: 'lock', mu };
      yield print('main locked');
    }
    yield { op: 'unlock', mu };
    yield { op: 'wgWait', wg };
    yield print('end');
  },
  'rwmutex-writer': function* () {
    const wg = new WaitGroup();
    const rw = new RWMutex();
    yield { op: 'rlock', rw };
    yield { op: 'wgAdd', wg, n: 3 };
    yield {
      op: 'go',
      fn: function* () {
        yield print('writer wants');
        yield { op: 'wlock', rw };
        yield print('writer has');
        yield { op: 'wunlock', rw };
        yield { op: 'wgAdd', wg, n: -1 };
      },
    };
    yield { op: 'gosched' };
    for (const name of ['r1', 'r2'])
      yield {
        op: 'go',
        fn: function* () {
          yield print(name, 'wants');
          yield { op: 'rlock', rw };
          yield print(name, 'has');
          yield { op: 'runlock', rw };
          yield { op: 'wgAdd', wg, n: -1 };
        },
      };
    yield { op: 'gosched' };
    yield print('main runlock');
    yield { op: 'runlock', rw };
    yield { op: 'wgWait', wg };
    yield print('end');
  },
};

describe('scheduling order against go1.23.5 at GOMAXPROCS=1', () => {
  it('every experiment in the fixture is transcribed here, and was deterministic there', () => {
    expect(Object.keys(orders).sort()).toEqual(fx.orders.map((o) => o.name).sort());
    for (const o of fx.orders) expect(o.agreeing, o.name).toBeGreaterThan(fx.runs / 2);
  });
  for (const o of fx.orders) {
    it(`${o.name}: ${o.summary}`, () => {
      const r = new goWorld().run(orders[o.name]);
      expect(r.fatal).toBeNull();
      expect(r.panic).toBeNull();
      expect(r.output).toEqual(o.output);
    });
  }
  it('GOMAXPROCS=4 runs the same programs to completion, deterministically', () => {
    for (const [name, fn] of Object.entries(orders)) {
      const a = new goWorld({ gomaxprocs: 4, quantum: 3 }).run(fn);
      const b = new goWorld({ gomaxprocs: 4, quantum: 3 }).run(fn);
      expect(a.fatal, name).toBeNull();
      expect(b.output, name).toEqual(a.output);
      // Same lines printed, except that other Ps may run goroutines before main returns.
      if (name !== 'main-exit') expect(a.output.length, name).toBe(fx.orders.find((o) => o.name === name)!.output.length);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Deadlocks and panics: the runtime's lines (fatal error / panic and goroutine headers).

const deadlocks: Record<string, GoFn> = {
  recv: function* () {
    const c: hchan = yield { op: 'make' };
    yield { op: 'recv', c };
  },
  send: function* () {
    const c: hchan = yield { op: 'make' };
    yield { op: 'send', c, v: 1 };
  },
  'recv-nil': function* () {
    yield { op: 'recv', c: null };
  },
  'send-nil': function* () {
    yield { op: 'send', c: null, v: 1 };
  },
  'select-empty': function* () {
    yield { op: 'block' };
  },
  select2: function* () {
    const a: hchan = yield { op: 'make' };
    const b: hchan = yield { op: 'make' };
    yield { op: 'select', cases: [{ dir: 'recv', c: a }, { dir: 'send', c: b, v: 'x' }] };
  },
  select1: function* () {
    const a: hchan = yield { op: 'make' };
    yield { op: 'recv', c: a }; // a one-case select is compiled as the plain operation
  },
  waitgroup: function* () {
    const wg = new WaitGroup();
    yield { op: 'wgAdd', wg, n: 1 };
    yield { op: 'wgWait', wg };
  },
  mutex: function* () {
    const mu = new Mutex();
    yield { op: 'lock', mu };
    yield { op: 'lock', mu };
  },
  'rwmutex-lock': function* () {
    const rw = new RWMutex();
    yield { op: 'rlock', rw };
    yield { op: 'wlock', rw };
  },
  'rwmutex-rlock': function* () {
    const rw = new RWMutex();
    yield { op: 'wlock', rw };
    yield { op: 'rlock', rw };
  },
  'range-open': function* () {
    const c: hchan = yield { op: 'make', size: 1 };
    yield { op: 'send', c, v: 1 };
    for (;;) {
      const r: { value: number; ok: boolean } = yield { op: 'recv', c };
      if (!r.ok) break;
      yield print('got', r.value);
    }
  },
  many: function* () {
    const mu = new Mutex();
    const wg = new WaitGroup();
    const c: hchan = yield { op: 'make' };
    yield { op: 'go', fn: function* () { yield { op: 'send', c, v: 1 }; } };
    yield { op: 'go', fn: function* () { yield { op: 'lock', mu }; yield { op: 'lock', mu }; } };
    yield { op: 'go', fn: function* () { yield { op: 'send', c: null, v: 1 }; } };
    yield { op: 'go', fn: function* () { yield { op: 'wgAdd', wg, n: 1 }; yield { op: 'wgWait', wg }; } };
    const d: hchan = yield { op: 'make' };
    yield { op: 'send', c: d, v: 1 };
  },
  goexit: function* () {
    yield { op: 'goexit' };
  },
  'send-closed': function* () {
    const c: hchan = yield { op: 'make', size: 1 };
    yield { op: 'close', c };
    yield { op: 'send', c, v: 1 };
  },
  'close-closed': function* () {
    const c: hchan = yield { op: 'make' };
    yield { op: 'close', c };
    yield { op: 'close', c };
  },
  'close-nil': function* () {
    yield { op: 'close', c: null };
  },
  'sender-woken-by-close': function* () {
    const c: hchan = yield { op: 'make' };
    yield { op: 'go', fn: function* () { yield { op: 'send', c, v: 1 }; } };
    yield { op: 'gosched' };
    yield { op: 'close', c };
    yield { op: 'gosched' };
    yield print('not reached');
  },
  'makechan-negative': function* () {
    yield { op: 'make', size: -1 };
  },
  'main-returns': function* () {
    const c: hchan = yield { op: 'make' };
    yield { op: 'go', fn: function* () { yield { op: 'recv', c }; } };
    yield { op: 'go', fn: function* () { yield { op: 'block' }; } };
    yield { op: 'gosched' };
    yield print('main returns');
  },
};

describe('deadlocks and panics against go1.23.5', () => {
  for (const d of fx.deadlocks) {
    const fn = deadlocks[d.name];
    if (fn === undefined) continue; // sync.Cond is not modelled
    it(d.name, () => {
      expect(d.same).toBe(true);
      const r = new goWorld().run(fn);
      expect(r.output).toEqual(d.stdout);
      expect(r.fatal ?? r.panic ?? []).toEqual(d.stderr);
      expect(r.fatal || r.panic ? 2 : 0).toBe(d.exitCode);
    });
  }
  it('covers all but sync.Cond', () => {
    expect(fx.deadlocks.map((d) => d.name).filter((n) => !(n in deadlocks))).toEqual(['cond']);
  });
});
