// Typed views of the calibration fixtures written by scripts/calibrate/run.sh
// (real go1.23.5 / rustc 1.95.0 runs). The JSON modules are imported here once
// and cast to these shapes, so the tests don't depend on JSON type inference.
import goGrowthJson from '@/tests/fixtures/calibration/go-growth.json';
import goLayoutJson from '@/tests/fixtures/calibration/go-layout.json';
import rustGrowthJson from '@/tests/fixtures/calibration/rust-growth.json';
import rustHashmapJson from '@/tests/fixtures/calibration/rust-hashmap.json';
import rustLayoutJson from '@/tests/fixtures/calibration/rust-layout.json';

export type Pair = [number, number];

interface GoElem {
  /** Go type syntax as parseGoType accepts it */
  type: string;
  /** unsafe.Sizeof */
  size: number;
  /** unsafe.Alignof */
  align: number;
  /** derived by reflect (see scripts/calibrate/go/internal/typeinfo) */
  hasPointers: boolean;
}

export interface GoGrowCase extends GoElem {
  startLen: number;
  startCap: number;
  /** appends until len == n */
  n: number;
  /** [lenAfter, capAfter] for every append that changed cap */
  transitions: Pair[];
  /** MemStats.TotalAlloc delta of each transition (oneAtATime only, else null) */
  allocBytes: number[] | null;
}

export interface GoAppendManyGroup extends GoElem {
  /** [startLen, startCap, k, capAfter]: append(s, make([]T, k)...) */
  spread: [number, number, number, number][];
  /** [startLen, startCap, k, capAfter]: append(s, a, b, …) with k arguments */
  variadic: [number, number, number, number][];
}

export interface GoMakeGroup extends GoElem {
  /** [len, capArg, cap, allocBytes (TotalAlloc delta), mallocs] */
  cases: [number, number, number, number, number][];
}

export interface GoGrowthFixture {
  toolchain: string;
  generatedBy: string;
  goVersion: string;
  gomaxprocs: number;
  oneAtATime: GoGrowCase[];
  makeThenGrow: GoGrowCase[];
  appendMany: GoAppendManyGroup[];
  make: GoMakeGroup[];
}

export interface GoLayoutCase extends GoElem {
  fields?: string[];
  offsets?: number[];
}

export interface GoLayoutFixture {
  toolchain: string;
  generatedBy: string;
  layouts: GoLayoutCase[];
}

/** ["a", size] alloc, ["z", size] alloc_zeroed, ["r", old, new] realloc, ["d", size] dealloc */
export type AllocEvent = [string, number] | [string, number, number];

export interface AllocStats {
  allocs: number;
  allocsZeroed: number;
  reallocs: number;
  deallocs: number;
  allocBytes: number;
  reallocBytes: number;
  deallocBytes: number;
  peakLiveBytes: number;
  endLiveBytes: number;
  eventCount: number;
  eventsTruncated: boolean;
  events: AllocEvent[];
}

export interface RustPushCase {
  elem: string;
  size: number;
  align: number;
  n: number;
  transitions: Pair[];
  alloc: AllocStats;
}

/** An op is [name, ...args], e.g. ["push", 10], ["shrink_to_fit"], ["push_str", "abc", 3]. */
export type Op = [string, ...(string | number)[]];

export interface RustOpsCase {
  name: string;
  elem?: string;
  size?: number;
  align?: number;
  /** ["new"] | ["with_capacity", n] | ["vec_macro", n] | ["from", s] */
  init: Op;
  ops: Op[];
  /** [len, cap] right after init */
  initial: Pair;
  /** [len, cap] after each op */
  states: Pair[];
  /** [len, cap] at every capacity change (including inside repeated ops) */
  transitions: Pair[];
  alloc: AllocStats;
}

export interface RustGrowthFixture {
  toolchain: string;
  generatedBy: string;
  vecPush: RustPushCase[];
  vecOps: RustOpsCase[];
  string: RustOpsCase[];
  vecDeque: RustOpsCase[];
}

export interface RustLayoutCase {
  type: string;
  size: number;
  align: number;
  fields?: string[];
  offsets?: number[];
}

export interface RustLayoutFixture {
  toolchain: string;
  generatedBy: string;
  layouts: RustLayoutCase[];
}

/** With the Layout alignment: ["a", size, align], ["d", size, align], ["r", old, new, align]. */
export type AlignedEvent = [string, number, number] | [string, number, number, number];

export interface AlignedAllocStats extends Omit<AllocStats, 'events'> {
  events: AlignedEvent[];
}

interface RustHashElem {
  kind: 'HashMap' | 'HashSet';
  key: string;
  /** "()" for a HashSet */
  value: string;
  /** size_of / align_of the table's T = (K, V) (K for a set) */
  elemSize: number;
  elemAlign: number;
}

export interface RustHashGrowthCase extends RustHashElem {
  /** new(), then insert keys 0..n one at a time */
  n: number;
  /** [len, capacity()] after every insert that changed capacity() */
  transitions: Pair[];
  alloc: AlignedAllocStats;
}

export interface RustHashWithCapacityGroup extends RustHashElem {
  /** [n, capacity() after with_capacity(n), allocator calls of with_capacity(n) + drop] */
  cases: [number, number, AlignedEvent[]][];
}

interface RustHashRun {
  /** [len, capacity()] after init */
  initial: Pair;
  /** [len, capacity()] after each op */
  states: Pair[];
  /** [len, capacity()] at every capacity() change, including inside repeated ops */
  transitions: Pair[];
}

export interface RustHashOpsCase extends RustHashElem {
  name: string;
  /** ["new"] | ["with_capacity", n] | ["from_iter", n] (keys 0..n) */
  init: Op;
  ops: Op[];
  /** BuildHasherDefault<DefaultHasher> (SipHash-1-3, keys 0, 0): reproducible positions */
  fixed: RustHashRun & { alloc: AlignedAllocStats };
  /** RandomState: the distinct outcomes (capacities after each op, allocator calls) of randomRuns runs */
  random: (Omit<RustHashRun, 'transitions'> & { runs: number; events: AlignedEvent[] })[];
}

export interface RustBTreeCase {
  kind: 'BTreeMap' | 'BTreeSet';
  name: string;
  key: string;
  value: string;
  keySize: number;
  keyAlign: number;
  valueSize: number;
  valueAlign: number;
  /** keys inserted, in order (key i = i), then keys removed */
  inserts: number[];
  removes: number[];
  lenAfterInserts: number;
  lenAfterRemoves: number;
  /** ends with the map's drop (into_iter for BTreeMap) */
  alloc: AlignedAllocStats;
}

export interface RustHashmapFixture {
  toolchain: string;
  generatedBy: string;
  target: string;
  hashbrown: string;
  randomRuns: number;
  growth: RustHashGrowthCase[];
  withCapacity: RustHashWithCapacityGroup[];
  ops: RustHashOpsCase[];
  btree: RustBTreeCase[];
}

export const goGrowth = goGrowthJson as unknown as GoGrowthFixture;
export const goLayoutFx = goLayoutJson as unknown as GoLayoutFixture;
export const rustGrowth = rustGrowthJson as unknown as RustGrowthFixture;
export const rustLayoutFx = rustLayoutJson as unknown as RustLayoutFixture;
export const rustHashmap = rustHashmapJson as unknown as RustHashmapFixture;

/** Summary figures of an allocator event list (as the counting allocator computes them). */
export function summarize(events: readonly (AllocEvent | AlignedEvent)[]) {
  let live = 0;
  let peak = 0;
  const s = { allocs: 0, reallocs: 0, deallocs: 0, allocBytes: 0, reallocBytes: 0, deallocBytes: 0, peakLiveBytes: 0, endLiveBytes: 0 };
  for (const e of events) {
    if (e[0] === 'a' || e[0] === 'z') {
      s.allocs++;
      s.allocBytes += e[1];
      live += e[1];
    } else if (e[0] === 'r') {
      s.reallocs++;
      s.reallocBytes += e[2]!;
      live += e[2]! - e[1];
    } else {
      s.deallocs++;
      s.deallocBytes += e[1];
      live -= e[1];
    }
    peak = Math.max(peak, live);
  }
  s.peakLiveBytes = peak;
  s.endLiveBytes = live;
  return s;
}
