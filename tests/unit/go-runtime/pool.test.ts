import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PoolRuntime, SyncPool, poolChain, type PoolTier } from '@/lib/go/pool';

/** Put 1..8, run `gcs` GCs, Get 10 times: what comes back ('New' for a miss). */
function putGetSequence(gcs: number): (number | string)[] {
  const rt = new PoolRuntime(1);
  const pool = new SyncPool<number | string>(rt, () => 'New');
  for (let i = 1; i <= 8; i++) pool.Put(i);
  for (let g = 0; g < gcs; g++) rt.poolCleanup();
  return Array.from({ length: 10 }, () => pool.Get().x!);
}

describe('sync.Pool: the observed GOMAXPROCS=1 sequences (runtime-spec §3)', () => {
  it('0 GC: private first, then the shared chain LIFO', () => {
    expect(putGetSequence(0)).toEqual([1, 8, 7, 6, 5, 4, 3, 2, 'New', 'New']);
  });
  it('1 GC: victim private, then the victim shared chain FIFO', () => {
    expect(putGetSequence(1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 'New', 'New']);
  });
  it('2 or 3 GCs: everything is gone', () => {
    expect(putGetSequence(2)).toEqual(Array(10).fill('New'));
    expect(putGetSequence(3)).toEqual(Array(10).fill('New'));
  });
});

describe('sync.Pool: Get order and tiers', () => {
  it('reports which tier served each Get', () => {
    const rt = new PoolRuntime(1);
    const pool = new SyncPool<string>(rt, () => 'fresh');
    pool.Put('a');
    pool.Put('b');
    const tiers: PoolTier[] = [];
    tiers.push(pool.Get().tier, pool.Get().tier, pool.Get().tier);
    expect(tiers).toEqual(['private', 'shared', 'new']);
    pool.Put('c');
    pool.Put('d');
    rt.poolCleanup();
    expect(pool.Get()).toEqual({ x: 'c', tier: 'victimPrivate', from: 0 });
    expect(pool.Get()).toEqual({ x: 'd', tier: 'victimShared', from: 0 });
    expect(pool.victimSize).toBe(1);
    expect(pool.Get()).toEqual({ x: 'fresh', tier: 'new', from: -1 });
    expect(pool.victimSize).toBe(0); // getSlow marks the victim empty
  });

  it('Put(nil) is ignored; without New a miss returns nil', () => {
    const rt = new PoolRuntime(1);
    const pool = new SyncPool<number>(rt);
    pool.Put(null);
    pool.Put(undefined);
    expect(pool.Get()).toEqual({ x: null, tier: 'nil', from: -1 });
    pool.Put(0); // a zero value is not nil
    expect(pool.Get().x).toBe(0);
  });

  it('steals from other Ps with popTail, starting at pid+1; victims from pid', () => {
    const rt = new PoolRuntime(3);
    const pool = new SyncPool<number>(rt, () => -1);
    for (const x of [1, 2, 3]) pool.Put(x, 0); // P0: private 1, shared [2, 3]
    pool.Put(10, 2); // P2: private 10
    pool.Put(11, 2); // P2: shared [11]
    expect(pool.Get(1)).toEqual({ x: 11, tier: 'steal', from: 2 }); // P1 tries P2 first
    expect(pool.Get(1)).toEqual({ x: 2, tier: 'steal', from: 0 });
    expect(pool.Get(2)).toEqual({ x: 10, tier: 'private', from: 2 });
    rt.poolCleanup();
    // P1's victim private is empty; victim shared chains from P1: P1, P2, P0.
    expect(pool.Get(1)).toEqual({ x: 3, tier: 'victimShared', from: 0 });
    expect(pool.Get(0)).toEqual({ x: 1, tier: 'victimPrivate', from: 0 });
    expect(pool.Get(0).tier).toBe('new');
  });

  it('victim objects are not moved back: a later Put puts them in the primary cache', () => {
    const rt = new PoolRuntime(1);
    const pool = new SyncPool<string>(rt, () => 'new');
    pool.Put('x');
    rt.poolCleanup();
    const got = pool.Get();
    expect(got.tier).toBe('victimPrivate');
    pool.Put(got.x!);
    expect(pool.snapshot().local[0].private).toBe('x');
    rt.poolCleanup();
    rt.poolCleanup();
    expect(pool.Get().tier).toBe('new');
  });

  it('poolCleanup handles all pools: allPools -> oldPools; a pool unused for a cycle loses its victim', () => {
    const rt = new PoolRuntime(1);
    const a = new SyncPool<number>(rt);
    const b = new SyncPool<number>(rt);
    a.Put(1);
    b.Put(2);
    expect(rt.allPools.length).toBe(2);
    rt.poolCleanup();
    expect(rt.allPools.length).toBe(0);
    expect(rt.oldPools.length).toBe(2);
    a.Put(3); // pinSlow registers a again
    expect(rt.allPools.length).toBe(1);
    rt.poolCleanup();
    expect(b.victim).toBeNull();
    expect(a.Get()).toMatchObject({ x: 3, tier: 'victimPrivate' });
  });

  it('pinSlow drops the per-P array when GOMAXPROCS grew between GCs', () => {
    const rt = new PoolRuntime(1);
    const pool = new SyncPool<number>(rt, () => -1);
    pool.Put(1, 0);
    rt.gomaxprocs = 2;
    expect(pool.Get(1).x).toBe(-1); // pid 1 >= localSize: a new [2]poolLocal replaces the old one
    expect(pool.Get(0).x).toBe(-1);
    expect(() => pool.Get(2)).toThrow(RangeError);
  });
});

describe('sync.Pool: workloads (runtime-spec §3)', () => {
  it('one buffer per iteration, runtime.GC() every 100 iterations: 1 New in 10000 iterations', () => {
    const rt = new PoolRuntime(1);
    let news = 0;
    const pool = new SyncPool<object>(rt, () => (news++, {}));
    for (let i = 1; i <= 10000; i++) {
      pool.Put(pool.Get().x!);
      if (i % 100 === 0) rt.poolCleanup();
    }
    expect(news).toBe(1);
  });

  it('two GCs after every iteration: 200 New in 200 iterations', () => {
    const rt = new PoolRuntime(1);
    let news = 0;
    const pool = new SyncPool<object>(rt, () => (news++, {}));
    for (let i = 0; i < 200; i++) {
      pool.Put(pool.Get().x!);
      rt.poolCleanup();
      rt.poolCleanup();
    }
    expect(news).toBe(200);
  });

  it('an object Get+Put once per GC cycle lives forever; one Put and not reused survives exactly one GC', () => {
    const rt = new PoolRuntime(1);
    const pool = new SyncPool<string>(rt, () => 'new');
    pool.Put('obj');
    for (let cycle = 0; cycle < 50; cycle++) {
      rt.poolCleanup();
      const g = pool.Get();
      expect(g.x).toBe('obj');
      pool.Put(g.x!);
    }
    // Put once and never taken: the first GC moves it to the victim cache, where a Get still finds it...
    const once = new SyncPool<string>(rt, () => 'new');
    once.Put('kept');
    rt.poolCleanup();
    expect(once.Get().x).toBe('kept');
    // ...and the second GC drops it: the next Get calls New.
    once.Put('dropped');
    rt.poolCleanup();
    rt.poolCleanup();
    expect(once.Get().x).toBe('new');
  });
});

describe('poolChain', () => {
  it('grows 8, 16, 32 and keeps deque order across dequeues', () => {
    const c = new poolChain<number>();
    for (let i = 0; i < 30; i++) c.pushHead(i);
    expect(c.dequeueSizes()).toEqual([8, 16, 32]);
    expect(c.items()).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(c.popTail()).toBe(0);
    expect(c.popHead()).toBe(29);
  });

  it('behaves as a deque (pushHead / popHead / popTail) for any operation sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('push', 'popHead', 'popTail'), { maxLength: 400 }), (ops) => {
        const c = new poolChain<number>();
        const ref: number[] = [];
        let n = 0;
        for (const op of ops) {
          if (op === 'push') {
            c.pushHead(n);
            ref.push(n++);
          } else if (op === 'popHead') expect(c.popHead()).toBe(ref.pop());
          else expect(c.popTail()).toBe(ref.shift());
        }
        expect(c.items()).toEqual(ref);
      }),
    );
  });
});
