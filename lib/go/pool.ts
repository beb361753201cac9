// Mirrors go1.23.5 src/sync/pool.go (Pool, pin, pinSlow, getSlow, poolCleanup) and src/sync/poolqueue.go (poolDequeue, poolChain), run on one thread.

/** null/undefined stand for Go's nil interface value: Put ignores them. */
export type Nil = null | undefined;
const isNil = (x: unknown): x is Nil => x === null || x === undefined;

/** Which tier of the pool served a Get. */
export type PoolTier =
  | 'private' // this P's private slot
  | 'shared' // this P's shared chain, popHead (LIFO)
  | 'steal' // another P's shared chain, popTail (getSlow)
  | 'victimPrivate' // this P's victim private slot
  | 'victimShared' // a victim shared chain, popTail (FIFO)
  | 'new' // miss: Pool.New was called
  | 'nil'; // miss with no New: Get returns nil

export interface PoolGetResult<T> {
  x: T | null;
  tier: PoolTier;
  /** P whose cache served it (-1 for new/nil). */
  from: number;
}

/** poolqueue.go dequeueBits = 32, dequeueLimit = (1<<dequeueBits)/4. */
export const dequeueLimit = 2 ** 30;
const mask32 = 2 ** 32;

/** poolDequeue: fixed-size ring; head = next slot to fill, tail = oldest (uint32 indexes). */
export class poolDequeue<T> {
  head = 0;
  tail = 0;
  readonly vals: (T | undefined)[];
  constructor(size: number) {
    this.vals = new Array<T | undefined>(size).fill(undefined);
  }
  pushHead(val: T): boolean {
    if ((this.tail + this.vals.length) % mask32 === this.head) return false; // full
    this.vals[this.head & (this.vals.length - 1)] = val;
    this.head = (this.head + 1) % mask32;
    return true;
  }
  popHead(): T | undefined {
    if (this.tail === this.head) return undefined;
    this.head = (this.head - 1 + mask32) % mask32;
    const i = this.head & (this.vals.length - 1);
    const v = this.vals[i];
    this.vals[i] = undefined;
    return v;
  }
  popTail(): T | undefined {
    if (this.tail === this.head) return undefined;
    const i = this.tail & (this.vals.length - 1);
    const v = this.vals[i];
    this.vals[i] = undefined;
    this.tail = (this.tail + 1) % mask32;
    return v;
  }
  /** Contents from tail (oldest) to head (newest). */
  items(): T[] {
    const out: T[] = [];
    for (let i = this.tail; i !== this.head; i = (i + 1) % mask32) out.push(this.vals[i & (this.vals.length - 1)] as T);
    return out;
  }
}

interface poolChainElt<T> {
  d: poolDequeue<T>;
  next: poolChainElt<T> | null;
  prev: poolChainElt<T> | null;
}

/** poolChain: a list of poolDequeues, each twice the size of the previous (8, 16, ...). */
export class poolChain<T> {
  head: poolChainElt<T> | null = null;
  tail: poolChainElt<T> | null = null;

  pushHead(val: T): void {
    let d = this.head;
    if (d === null) {
      const initSize = 8;
      d = { d: new poolDequeue<T>(initSize), next: null, prev: null };
      this.head = d;
      this.tail = d;
    }
    if (d.d.pushHead(val)) return;
    let newSize = d.d.vals.length * 2;
    if (newSize >= dequeueLimit) newSize = dequeueLimit;
    const d2: poolChainElt<T> = { d: new poolDequeue<T>(newSize), next: null, prev: d };
    this.head = d2;
    d.next = d2;
    d2.d.pushHead(val);
  }

  popHead(): T | undefined {
    let d = this.head;
    while (d !== null) {
      const v = d.d.popHead();
      if (v !== undefined) return v;
      d = d.prev; // there may be unconsumed elements in the previous dequeue
    }
    return undefined;
  }

  popTail(): T | undefined {
    if (this.tail === null) return undefined;
    let d: poolChainElt<T> = this.tail;
    for (;;) {
      const d2: poolChainElt<T> | null = d.next;
      const v = d.d.popTail();
      if (v !== undefined) return v;
      if (d2 === null) return undefined;
      // The tail dequeue is drained: drop it from the chain.
      this.tail = d2;
      d2.prev = null;
      d = d2;
    }
  }

  /** Contents from tail (oldest, popTail side) to head (newest, popHead side). */
  items(): T[] {
    const out: T[] = [];
    for (let d = this.tail; d !== null; d = d.next) out.push(...d.d.items());
    return out;
  }

  /** Sizes of the dequeues in the chain, tail first. */
  dequeueSizes(): number[] {
    const out: number[] = [];
    for (let d = this.tail; d !== null; d = d.next) out.push(d.d.vals.length);
    return out;
  }
}

/** poolLocalInternal: private can be used only by its P; shared: local pushHead/popHead, any P popTail. */
export class poolLocal<T> {
  private: T | null = null;
  readonly shared = new poolChain<T>();
}

/** The package-level state of sync: allPools, oldPools, and the GOMAXPROCS pinSlow sizes by. */
export class PoolRuntime {
  allPools: SyncPool<never>[] = [];
  oldPools: SyncPool<never>[] = [];
  constructor(public gomaxprocs = 1) {}

  /** poolCleanup: called with the world stopped at the start of every GC (clearpools). */
  poolCleanup(): void {
    for (const p of this.oldPools) {
      p.victim = null;
      p.victimSize = 0;
    }
    for (const p of this.allPools) {
      p.victim = p.local;
      p.victimSize = p.localSize;
      p.local = null;
      p.localSize = 0;
    }
    this.oldPools = this.allPools;
    this.allPools = [];
  }
}

export const POOL_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Single-threaded: the lock-free poolDequeue/poolChain run without atomics or races; a goroutine stays on the P it names.',
  'The -race mode behaviour (Put drops 1 in 4 objects at random) is not modelled.',
  'nil is null or undefined; a typed nil pointer stored in an interface must be passed as a non-null value.',
]);

/** sync.Pool. Values are opaque; `pid` is the P the calling goroutine runs on. */
export class SyncPool<T> {
  local: poolLocal<T>[] | null = null;
  localSize = 0;
  victim: poolLocal<T>[] | null = null;
  victimSize = 0;

  constructor(
    readonly rt: PoolRuntime,
    public New?: () => T,
  ) {}

  private checkPid(pid: number): void {
    if (!Number.isInteger(pid) || pid < 0 || pid >= this.rt.gomaxprocs) throw new RangeError(`no P ${pid}`);
  }

  /** pin: this P's poolLocal, via pinSlow when the array is missing or too small. */
  pin(pid: number): poolLocal<T> {
    if (pid < this.localSize) return this.local![pid];
    return this.pinSlow(pid);
  }

  /** pinSlow: register the pool in allPools on first use after a cleanup; (re)allocate [GOMAXPROCS]poolLocal. */
  pinSlow(pid: number): poolLocal<T> {
    if (pid < this.localSize) return this.local![pid];
    if (this.local === null) this.rt.allPools.push(this as unknown as SyncPool<never>);
    // If GOMAXPROCS changed between GCs, the old array is dropped.
    const size = this.rt.gomaxprocs;
    this.local = Array.from({ length: size }, () => new poolLocal<T>());
    this.localSize = size;
    return this.local[pid];
  }

  /** Put: private slot if empty, else shared.pushHead. nil is ignored. */
  Put(x: T | Nil, pid = 0): void {
    if (isNil(x)) return;
    this.checkPid(pid);
    const l = this.pin(pid);
    if (l.private === null) l.private = x;
    else l.shared.pushHead(x);
  }

  /** Get: private → shared.popHead → getSlow (steal, victim) → New. */
  Get(pid = 0): PoolGetResult<T> {
    this.checkPid(pid);
    const l = this.pin(pid);
    let x: T | null | undefined = l.private;
    l.private = null;
    if (x !== null) return { x, tier: 'private', from: pid };
    x = l.shared.popHead();
    if (x !== undefined) return { x, tier: 'shared', from: pid };
    const slow = this.getSlow(pid);
    if (slow !== null) return slow;
    if (this.New !== undefined) return { x: this.New(), tier: 'new', from: -1 };
    return { x: null, tier: 'nil', from: -1 };
  }

  getSlow(pid: number): PoolGetResult<T> | null {
    let size = this.localSize;
    let locals = this.local;
    for (let i = 0; i < size; i++) {
      const from = (pid + i + 1) % size;
      const x = locals![from].shared.popTail();
      if (x !== undefined) return { x, tier: 'steal', from };
    }
    size = this.victimSize;
    if (pid >= size) return null;
    locals = this.victim!;
    const l = locals[pid];
    if (l.private !== null) {
      const x = l.private;
      l.private = null;
      return { x, tier: 'victimPrivate', from: pid };
    }
    for (let i = 0; i < size; i++) {
      const from = (pid + i) % size;
      const x = locals[from].shared.popTail();
      if (x !== undefined) return { x, tier: 'victimShared', from };
    }
    // Mark the victim cache as empty so later Gets don't bother with it.
    this.victimSize = 0;
    return null;
  }

  /**
   * Contents for display: per P, private and shared (tail → head), for the primary and victim
   * arrays. After getSlow found the victim empty, victimSize is 0 but the array (and anything left
   * in other Ps' victim private slots) stays referenced until the next poolCleanup, as in Go.
   */
  snapshot(): {
    local: { private: T | null; shared: T[] }[];
    victim: { private: T | null; shared: T[] }[];
    victimSize: number;
  } {
    const view = (ls: poolLocal<T>[] | null) => (ls === null ? [] : ls.map((l) => ({ private: l.private, shared: l.shared.items() })));
    return { local: view(this.local), victim: view(this.victim), victimSize: this.victimSize };
  }
}
