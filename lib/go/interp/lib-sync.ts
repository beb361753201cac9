// sync.Pool on top of lib/go/pool.ts, plus the allocations sync/pool.go itself makes:
//   pinSlow:   allPools = append(allPools, p) (a []*Pool that poolCleanup resets to nil, so it
//              grows again from nothing after every GC) and make([]poolLocal, GOMAXPROCS)
//              (128 bytes per P), on the first Get/Put after each GC;
//   pushHead:  new(poolChainElt) (48 B) + make([]eface, 8) (128 B) for the first shared item,
//              then dequeues of twice the size when one is full.
// fmt's printer cache (ppFree) is one of these pools too.

import { growslice } from '../slice';
import { SyncPool, type PoolRuntime, type PoolTier } from '../pool';
import { Ev } from '../../runtime/trace';
import type { Machine, RootSource } from './heap';
import type { HeapObj, Marker } from './values';

const POOL_LOCAL_SIZE = 128;
const CHAIN_ELT_SIZE = 48;
const EFACE_SIZE = 16;

/** The package-level state of sync (allPools/oldPools backing arrays) for one machine. */
export class PoolEnv implements RootSource {
  allPoolsLen = 0;
  allPoolsCap = 0;
  allPoolsObj: HeapObj | null = null;
  oldPoolsObj: HeapObj | null = null;
  models: PoolModel<unknown>[] = [];
  nextId = 1;
  /** Site used for the pool's internal allocations (set by the interpreter per call). */
  site = 0;
  /** The P of the running goroutine (sched.ts sets it): Get and Put use that P's poolLocal. */
  pid = 0;
  line = 0;
  constructor(
    readonly m: Machine,
    readonly rt: PoolRuntime,
  ) {
    m.rootSources.push(this);
  }

  onGcStart(): void {
    // poolCleanup, as seen from the objects: victim := local, local := nil, allPools := nil.
    const inAll = new Set(this.rt.allPools as unknown[]);
    const inOld = new Set(this.rt.oldPools as unknown[]);
    for (const pm of this.models) {
      if (inOld.has(pm.pool)) pm.victimObj = null;
      if (inAll.has(pm.pool)) {
        pm.victimObj = pm.localObj;
        pm.localObj = null;
      }
    }
    this.oldPoolsObj = this.allPoolsObj;
    this.allPoolsObj = null;
    this.allPoolsLen = 0;
    this.allPoolsCap = 0;
  }

  markRoots(m: Marker): void {
    m.markObj(this.allPoolsObj);
    m.markObj(this.oldPoolsObj);
    const reach = new Set<unknown>([...(this.rt.allPools as unknown[]), ...(this.rt.oldPools as unknown[])]);
    for (const pm of this.models) if (reach.has(pm.pool)) pm.markInternals(m);
  }

  /** allPools = append(allPools, p): an 8-byte pointer slice grown by growslice. */
  registerPool(): void {
    if (this.allPoolsLen === this.allPoolsCap) {
      const g = growslice(this.allPoolsLen, this.allPoolsCap, 1, { size: 8, hasPointers: true });
      this.allPoolsObj = this.m.malloc(g.capmem, false, this.site, this.line, 0, null, null, this.allPoolsObj);
      this.allPoolsCap = g.newcap;
    }
    this.allPoolsLen++;
  }
}

const TIER: Record<PoolTier, number> = { private: 0, shared: 1, steal: 2, victimPrivate: 3, victimShared: 3, new: 4, nil: 4 };

/** One sync.Pool: the lib/go/pool.ts state plus the heap objects behind it. */
export class PoolModel<X> {
  readonly pool: SyncPool<X>;
  localObj: HeapObj | null = null;
  victimObj: HeapObj | null = null;
  private chainObjs = new WeakMap<object, HeapObj[]>();
  readonly id: number;
  /** Emit pool-get/pool-put trace events (not for fmt's internal pool). */
  traceEvents = true;

  constructor(
    readonly env: PoolEnv,
    public newFn: (() => X) | null,
    readonly markItem: (x: X, m: Marker) => void,
  ) {
    this.pool = new SyncPool<X>(env.rt, undefined);
    this.id = env.nextId++;
    env.models.push(this as PoolModel<unknown>);
  }

  /** pin: pinSlow's allocations when this P has no poolLocal yet (first use after a GC). */
  private pin(): void {
    const p = this.pool;
    if (p.localSize > 0) return;
    const env = this.env;
    if (p.local === null) env.registerPool();
    this.localObj = env.m.malloc(POOL_LOCAL_SIZE * env.rt.gomaxprocs, false, env.site, env.line, 0, null, null);
    p.pinSlow(env.pid);
  }

  put(x: X | null, line: number): void {
    if (x === null || x === undefined) return;
    this.pin();
    const p = this.pool;
    const pid = this.env.pid;
    const l = p.local![pid];
    const before = l.shared.head;
    const beforeSize = before ? before.d.vals.length : 0;
    p.Put(x, pid);
    const after = l.shared.head;
    if (after && (after !== before || (before && after.d.vals.length !== beforeSize))) {
      const env = this.env;
      const elt = env.m.malloc(CHAIN_ELT_SIZE, false, env.site, env.line, 0, null, null);
      const vals = env.m.malloc(after.d.vals.length * EFACE_SIZE, false, env.site, env.line, 0, null, null);
      this.chainObjs.set(after, [elt, vals]);
    }
    if (this.traceEvents) env0(this).m.trace.push(Ev.PoolPut, env0(this).m.now(), line, 0, this.id, 0);
  }

  get(line: number): { x: X | null; hit: boolean } {
    this.pin();
    const r = this.pool.Get(this.env.pid);
    let x = r.x;
    const hit = r.tier !== 'new' && r.tier !== 'nil';
    if (this.traceEvents) env0(this).m.trace.push(Ev.PoolGet, env0(this).m.now(), line, hit ? 1 : 0, this.id, TIER[r.tier]);
    if (!hit && this.newFn) x = this.newFn();
    return { x: x ?? null, hit };
  }

  /** Everything the pool keeps alive: its poolLocal arrays, chain elements and cached items. */
  markInternals(m: Marker): void {
    m.markObj(this.localObj);
    m.markObj(this.victimObj);
    const p = this.pool;
    for (const ls of [p.local, p.victim]) {
      if (!ls) continue;
      for (const l of ls) {
        if (l.private !== null) this.markItem(l.private, m);
        for (let d = l.shared.tail; d !== null; d = d.next) {
          const objs = this.chainObjs.get(d);
          if (objs) for (const o of objs) m.markObj(o);
          for (const v of d.d.vals) if (v !== undefined) this.markItem(v, m);
        }
      }
    }
  }
}

function env0<X>(p: PoolModel<X>): PoolEnv {
  return p.env;
}
