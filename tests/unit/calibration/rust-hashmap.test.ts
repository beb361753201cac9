// std HashMap / HashSet (hashbrown 0.16.1): the model in lib/rust/hashbrown.ts against real rustc
// 1.95.0 runs (tests/fixtures/calibration/rust-hashmap.json, made by scripts/calibrate/run.sh from
// scripts/calibrate/rust/hashmap.rs). Every case compares the model's allocator calls (size and
// alignment, in order, including the final drop) with what the counting #[global_allocator] saw.
import { describe, it, expect } from 'vitest';
import { RawTableModel, hashTableFor, type KeyRef, type TableEvent } from '@/lib/rust/hashbrown';
import { hashUint } from '@/lib/rust/siphash';
import { parseRustType, rustLayout } from '@/lib/rust/types';
import {
  rustHashmap as fx,
  summarize,
  type AlignedAllocStats,
  type AlignedEvent,
  type Pair,
  type RustHashOpsCase,
} from './fixtures';

const toEvents = (log: readonly TableEvent[]): AlignedEvent[] =>
  log.map((e): AlignedEvent => [e.kind === 'alloc' ? 'a' : 'd', e.bytes, e.align]);

function expectAlloc(name: string, events: AlignedEvent[], real: AlignedAllocStats) {
  expect(real.eventsTruncated, `${name}: fixture event log truncated`).toBe(false);
  expect(events, `${name}: allocator calls`).toEqual(real.events);
  const { allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes } = real;
  expect(summarize(events), `${name}: allocator totals`).toEqual({
    allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes,
  });
}

const title = (c: { kind: string; key: string; value: string }) =>
  c.kind === 'HashSet' ? `HashSet<${c.key}>` : `HashMap<${c.key}, ${c.value}>`;

describe('rust-hashmap fixture sanity', () => {
  it('comes from rustc 1.95 (hashbrown 0.16.1) on x86_64', () => {
    expect(fx.toolchain).toMatch(/^rustc 1\.95\.\d+ /);
    expect(fx.generatedBy).toBe('scripts/calibrate/run.sh');
    expect(fx.hashbrown).toBe('0.16.1');
    expect(fx.target).toBe('x86_64-linux');
  });
  it('covers the element sizes, capacities and operations', () => {
    const sizes = new Set(fx.growth.map((c) => c.elemSize));
    for (const s of [0, 1, 2, 3, 4, 8, 16, 24, 32, 48, 64]) expect(sizes.has(s), `elem size ${s}`).toBe(true);
    expect(fx.growth.some((c) => c.elemAlign === 32)).toBe(true);
    expect(Math.max(...fx.growth.map((c) => c.n))).toBeGreaterThanOrEqual(4000);
    for (const g of fx.withCapacity) expect(g.cases.map((c) => c[0])).toEqual(expect.arrayContaining([0, 1, 3, 4, 7, 8, 14, 15, 28, 29, 200, 1 << 20]));
    expect(fx.ops.length).toBeGreaterThanOrEqual(60);
    const names = new Set(fx.ops.flatMap((c) => c.ops.map((o) => o[0])));
    for (const op of ['insert', 'insert_existing', 'entry', 'entry_existing', 'remove', 'retain', 'extend', 'reserve', 'shrink_to_fit', 'shrink_to', 'clear', 'drain', 'clone']) {
      expect(names.has(op), op).toBe(true);
    }
  });
});

describe('rust hash table element layouts: rustLayout(parseRustType("(K, V)")) vs size_of/align_of', () => {
  const seen = new Map<string, { size: number; align: number }>();
  for (const c of [...fx.growth, ...fx.withCapacity, ...fx.ops]) {
    if (c.key === 'A32' || c.value === 'A32') continue; // a #[repr(align(32))] struct: not in the type syntax
    seen.set(c.kind === 'HashSet' ? c.key : `(${c.key}, ${c.value})`, { size: c.elemSize, align: c.elemAlign });
  }
  for (const [t, want] of seen) {
    it(t, () => {
      const l = rustLayout(parseRustType(t));
      expect({ size: l.size, align: l.align }).toEqual(want);
    });
  }
});

describe('hashTableFor: the table of a HashMap / HashSet from its types', () => {
  for (const g of fx.withCapacity) {
    if (g.key === 'A32' || g.value === 'A32') continue;
    it(title(g), () => {
      const t = hashTableFor(parseRustType(g.key), g.kind === 'HashSet' ? undefined : parseRustType(g.value), { capacity: 100 });
      expect([t.elemSize, t.elemAlign]).toEqual([g.elemSize, g.elemAlign]);
      expect(t.allocBytes()).toBe(g.cases.find((c) => c[0] === 100)![2][0]![1]);
    });
  }
});

describe('rust HashMap/HashSet new() + insert (RawTableModel.insert)', () => {
  for (const c of fx.growth) {
    it(`${title(c)} (T = ${c.elemSize} B, align ${c.elemAlign}) to ${c.n}`, () => {
      const m = new RawTableModel(c.elemSize, c.elemAlign);
      const tr: Pair[] = [];
      let cap = m.capacity();
      for (let i = 0; i < c.n; i++) {
        m.insert();
        if (m.capacity() !== cap) tr.push([m.len, (cap = m.capacity())]);
      }
      expect(tr, 'capacity transitions').toEqual(c.transitions);
      m.drop();
      expectAlloc(title(c), toEvents(m.log), c.alloc);
    });
  }
});

describe('rust HashMap/HashSet with_capacity(n) then drop', () => {
  for (const g of fx.withCapacity) {
    it(`${title(g)} (T = ${g.elemSize} B, align ${g.elemAlign}): ${g.cases.length} capacities`, () => {
      for (const [n, cap, events] of g.cases) {
        const m = new RawTableModel(g.elemSize, g.elemAlign, { capacity: n });
        expect(m.capacity(), `with_capacity(${n}).capacity()`).toBe(cap);
        m.drop();
        expect(toEvents(m.log), `with_capacity(${n}) allocator calls`).toEqual(events);
      }
    });
  }
});

/**
 * Where entries landed, as positions mode saw it: for each insert/entry that added a key, whether it
 * took a tombstone; for each remove, whether it left one; for each retain, how many it left.
 */
interface Outcomes {
  inserts: boolean[];
  removes: boolean[];
  retains: number[];
}

/**
 * Replays a fixture sequence (as hashmap.rs's run_ops does) on a model; keys are 0, 1, 2, …
 * positions: hashes as BuildHasherDefault<DefaultHasher> computes them. Counts mode: `hints` (from a
 * positions replay) say where entries landed; without them the model assumes EMPTY slots.
 */
function replay(c: RustHashOpsCase, positions: boolean, hints?: Outcomes) {
  const width = c.key === 'u64' ? 8 : c.key === 'u32' ? 4 : 0;
  if (!width) throw new Error(`no hash for key type ${c.key}`);
  const key = (i: number): KeyRef | undefined => (positions ? { hash: hashUint(i, width), id: i } : undefined);
  let lo = 0;
  let hi = 0;
  const [kind, n] = c.init as [string, number];
  let m = new RawTableModel(c.elemSize, c.elemAlign, { positions, capacity: kind === 'with_capacity' ? n : 0 });
  if (kind === 'from_iter') {
    m.extendReserve(n);
    for (; hi < n; hi++) m.insert(key(hi));
  }
  // (from_iter fills a fresh table: never a tombstone, so its inserts need no hints)
  const seenOutcomes: Outcomes = { inserts: [], removes: [], retains: [] };
  let maxTombstones = 0;
  const hint = { insert: 0, remove: 0, retain: 0 };
  const insertHint = (existing: boolean) => ({ existing, reusesTombstone: hints?.inserts[hint.insert] });
  const afterInsert = () => {
    if (m.lastSlot !== null) {
      seenOutcomes.inserts.push(m.lastSlot === 'tombstone');
      hint.insert++;
    }
  };
  const events: AlignedEvent[] = [];
  let seen = 0;
  const flush = () => {
    events.push(...toEvents(m.log.slice(seen)));
    seen = m.log.length;
  };
  const initial: Pair = [m.len, m.capacity()];
  const states: Pair[] = [];
  const transitions: Pair[] = [];
  let prev = m.capacity();
  const see = () => {
    if (m.capacity() !== prev) transitions.push([m.len, (prev = m.capacity())]);
  };
  for (const [op, k = 0] of c.ops as [string, number?][]) {
    switch (op) {
      case 'insert':
      case 'entry':
        for (let j = 0; j < k; j++, hi++) {
          if (op === 'insert') m.insert(key(hi), insertHint(false));
          else m.entry(key(hi), insertHint(false));
          afterInsert();
          see();
        }
        break;
      case 'insert_existing':
      case 'entry_existing':
        for (let j = 0; j < k; j++) {
          const i = lo + (j % (hi - lo));
          if (op === 'insert_existing') m.insert(key(i), insertHint(true));
          else m.entry(key(i), insertHint(true));
          afterInsert();
          see();
        }
        break;
      case 'remove':
        for (let j = 0; j < k; j++, lo++) {
          expect(m.remove(key(lo), { tombstone: hints?.removes[hint.remove++] }), `remove ${lo}`).toBe(true);
          seenOutcomes.removes.push(m.lastSlot === 'tombstone');
        }
        break;
      case 'retain': {
        lo += k;
        const floor = lo;
        const before = m.tombstones;
        expect(positions ? m.retain((id) => id >= floor) : m.retain(k, hints?.retains[hint.retain++] ?? 0)).toBe(k);
        seenOutcomes.retains.push(m.tombstones - before);
        break;
      }
      case 'extend':
        m.extendReserve(k);
        for (let j = 0; j < k; j++, hi++) {
          m.insert(key(hi), insertHint(false));
          afterInsert();
        }
        break;
      case 'reserve': m.reserve(k); break;
      case 'shrink_to_fit': m.shrink_to_fit(); break;
      case 'shrink_to': m.shrink_to(k); break;
      case 'clear': m.clear(); lo = hi; break;
      case 'drain': m.drain(); lo = hi; break;
      case 'clone': {
        flush();
        const copy = m.clone(); // m = m.clone(): the copy is allocated, then the old map dropped
        events.push(...toEvents(copy.log), ...toEvents(m.drop()));
        m = copy;
        seen = m.log.length;
        break;
      }
      default: throw new Error(`unknown op ${op}`);
    }
    expect(m.len, `len after ${op}`).toBe(hi - lo);
    maxTombstones = Math.max(maxTombstones, m.tombstones);
    see();
    states.push([m.len, m.capacity()]);
  }
  flush();
  events.push(...toEvents(m.drop()));
  return { initial, states, transitions, events, outcomes: seenOutcomes, maxTombstones };
}

const opsTitle = (c: RustHashOpsCase) => `${title(c)} ${c.name}: ${c.init.join(' ')}; ${c.ops.map((o) => o.join(' ')).join(', ')}`;

describe('rust HashMap/HashSet operation sequences, fixed hasher: positions mode is exact', () => {
  for (const c of fx.ops) {
    it(opsTitle(c), () => {
      const r = replay(c, true);
      expect(r.initial, 'after init').toEqual(c.fixed.initial);
      expect(r.states, '[len, capacity()] after each op').toEqual(c.fixed.states);
      expect(r.transitions, 'capacity() transitions').toEqual(c.fixed.transitions);
      expectAlloc(c.name, r.events, c.fixed.alloc);
    });
  }
});

function expectRun(r: ReturnType<typeof replay>, want: RustHashOpsCase['fixed'], what: string) {
  expect(r.initial, `${what}: after init`).toEqual(want.initial);
  expect(r.states, `${what}: [len, capacity()] after each op`).toEqual(want.states);
  expect(r.transitions, `${what}: capacity() transitions`).toEqual(want.transitions);
  expectAlloc(what, r.events, want.alloc);
}

describe('rust HashMap/HashSet operation sequences: counts mode', () => {
  for (const c of fx.ops) {
    it(opsTitle(c), () => {
      const exact = replay(c, true);
      // Given where entries landed (tombstone or EMPTY), the counts are exact.
      expectRun(replay(c, false, exact.outcomes), c.fixed, 'with outcome hints');
      if (exact.maxTombstones === 0) {
        // No tombstone ever: no hints needed, and RandomState runs agree with the fixed hasher.
        expectRun(replay(c, false), c.fixed, 'without hints');
        for (const v of c.random) {
          expect(replay(c, false).events, 'RandomState allocator calls').toEqual(v.events);
        }
      }
    });
  }
});

describe('rust HashMap/HashSet operation sequences with RandomState', () => {
  it('sizes do not depend on the seed unless removes left tombstones', () => {
    const seedDependent = fx.ops.filter((c) => new Set(c.random.map((v) => JSON.stringify(v.events))).size > 1);
    for (const c of seedDependent) expect(replay(c, true).maxTombstones, `${c.name}: tombstones`).toBeGreaterThan(0);
  });
});
