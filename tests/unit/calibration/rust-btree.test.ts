// std BTreeMap / BTreeSet node allocations: the model in lib/rust/btree.ts against real rustc 1.95.0 runs
// (the "btree" cases of tests/fixtures/calibration/rust-hashmap.json, from scripts/calibrate/rust/hashmap.rs).
// Each case inserts keys in a given order, removes some, and drops the map (into_iter); the model must
// make the same allocator calls in the same order (the fixture keeps the first 256; the totals cover all).
import { describe, it, expect } from 'vitest';
import { BTreeMapModel, CAPACITY, btreeFor, internalNodeLayout, leafNodeLayout, splitpoint, type BTreeEvent } from '@/lib/rust/btree';
import { parseRustType } from '@/lib/rust/types';
import { rustHashmap as fx, summarize, type AlignedEvent } from './fixtures';

const toEvents = (log: readonly BTreeEvent[]): AlignedEvent[] =>
  log.map((e): AlignedEvent => [e.kind === 'alloc' ? 'a' : 'd', e.bytes, e.align]);

describe('btree node layouts and split points', () => {
  it('LeafNode / InternalNode sizes', () => {
    const u32 = { size: 4, align: 4 };
    expect(leafNodeLayout(u32, u32)).toEqual({ size: 104, align: 8 });
    expect(internalNodeLayout(u32, u32)).toEqual({ size: 200, align: 8 });
    expect(leafNodeLayout(u32, { size: 0, align: 1 })).toEqual({ size: 56, align: 8 }); // BTreeSet<u32>
  });
  it('btreeFor lays out the fixture\'s key and value types as rustc does', () => {
    for (const c of fx.btree) {
      const m = btreeFor(parseRustType(c.key), c.kind === 'BTreeSet' ? undefined : parseRustType(c.value));
      const first = c.alloc.events[0]!;
      expect([m.leaf.size, m.leaf.align], `${c.key}, ${c.value}`).toEqual([first[1], first[2]]);
    }
  });
  it('splitpoint: middle KV 4, 5 or 6 and the insertion side', () => {
    expect([0, 4, 5, 6, 7, CAPACITY].map(splitpoint)).toEqual([
      [4, 'left', 0], [4, 'left', 4], [5, 'left', 5], [5, 'right', 0], [6, 'right', 0], [6, 'right', 4],
    ]);
  });
});

describe('rust BTreeMap / BTreeSet: inserts, removes, drop (BTreeMapModel)', () => {
  it('the fixture has ascending, descending and shuffled inserts, with and without removes', () => {
    expect(fx.btree.length).toBeGreaterThanOrEqual(30);
    expect(fx.btree.some((c) => c.removes.length > 1000)).toBe(true);
    expect(new Set(fx.btree.map((c) => c.keySize))).toEqual(new Set([1, 4, 8, 16]));
  });
  for (const c of fx.btree) {
    const name = `${c.kind === 'BTreeSet' ? `BTreeSet<${c.key}>` : `BTreeMap<${c.key}, ${c.value}>`} ${c.name}`;
    it(`${name} (${c.inserts.length} inserts, ${c.removes.length} removes)`, () => {
      const m = new BTreeMapModel({ size: c.keySize, align: c.keyAlign }, { size: c.valueSize, align: c.valueAlign });
      for (const k of c.inserts) m.insert(k);
      expect(m.len, 'len after inserts').toBe(c.lenAfterInserts);
      for (const k of c.removes) m.remove(k);
      expect(m.len, 'len after removes').toBe(c.lenAfterRemoves);
      const removed = new Set(c.removes);
      expect(m.keys(), 'keys in order').toEqual([...c.inserts].filter((k) => !removed.has(k)).sort((a, b) => a - b));
      m.drop();
      const events = toEvents(m.log);
      expect(events.length, 'allocator calls').toBe(c.alloc.eventCount);
      expect(events.slice(0, c.alloc.events.length), 'allocator calls (as far as recorded)').toEqual(c.alloc.events);
      const { allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes } = c.alloc;
      expect(summarize(events), 'allocator totals').toEqual({
        allocs, reallocs, deallocs, allocBytes, reallocBytes, deallocBytes, peakLiveBytes, endLiveBytes,
      });
    });
  }
});
