// Maps and sets to and from iterators (std-map-iter.ts, check/map-collect.ts, btree.ts bulkBuild).
// Every expected figure below was observed from rustc 1.95 -O with the calibration's counting allocator.
import { describe, expect, it } from 'vitest';
import { BTreeMapModel } from '@/lib/rust/btree';
import { checkRust, runRust } from '@/lib/rust/interp';

const sizes = (evs: { kind: string; bytes: number }[]) => evs.map((e) => `${e.kind === 'alloc' ? 'a' : 'd'}${e.bytes}`);

describe('B-tree bulk build (from_iter / From<[_; N]>)', () => {
  it('fills a leaf to 11 keys, then opens a root and a new leaf: 30 u64 keys → leaf, internal, leaf, leaf', () => {
    const t = new BTreeMapModel({ size: 8, align: 8 }, { size: 0, align: 1 });
    expect(sizes(t.bulkBuild(Array.from({ length: 30 }, (_, i) => i * 2)))).toEqual(['a104', 'a200', 'a104', 'a104']);
    expect(t.len).toBe(30);
    expect(t.keys()).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });

  it('15 (String, usize) keys: one split (leaf 368, internal 464, leaf 368); the right leaf gets at least 5 keys', () => {
    const t = new BTreeMapModel({ size: 24, align: 8 }, { size: 8, align: 8 });
    expect(sizes(t.bulkBuild(Array.from({ length: 15 }, (_, i) => i)))).toEqual(['a368', 'a464', 'a368']);
    expect(t.nodeCounts()).toEqual([2, 1]);
    expect(t.keys()).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });
});

describe('collect, into_iter, retain', () => {
  it('a Vec collected from a map: HashMap/HashSet IntoIter is not TrustedLen, BTreeMap IntoIter is', () => {
    const src = `use std::collections::{HashMap, HashSet, BTreeMap};
fn main() {
    let m: HashMap<u64, u64> = (0..3u64).map(|i| (i, i)).collect();
    let v: Vec<(u64, u64)> = m.into_iter().collect();
    let s: HashSet<u8> = (0..3u8).collect();
    let w: Vec<u8> = s.into_iter().collect();
    let b: BTreeMap<u8, u8> = (0..3u8).map(|i| (i, i)).collect();
    let x: Vec<(u8, u8)> = b.into_iter().collect();
    println!("{} {} {}", v.capacity(), w.capacity(), x.capacity());
}
`;
    const r = runRust(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.stdout).toBe('4 8 3\n');
  });

  it('BTreeMap and BTreeSet retain remove through the tree (node merges) as rustc does', () => {
    const src = `use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut m: BTreeMap<u32, u32> = BTreeMap::new();
    for i in 0..60u32 { m.insert(i * 7 % 60, i); }
    m.retain(|k, _| k % 3 == 0);
    println!("{}", m.len());
    let mut s: BTreeSet<u32> = (0..40u32).collect();
    s.retain(|x| x % 5 != 1);
    println!("{} {:?}", s.len(), s.first());
    m.insert(1, 1);
}
`;
    const r = runRust(src);
    expect(r.stdout).toBe('20\n32 Some(0)\n');
    // rustc: 14 allocations, 1464 bytes, 14 frees, peak 1048, plus stdout's 1024-byte line buffer
    expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees, r.stats.peakHeapBytes]).toEqual([15, 2488, 14, 2072]);
  });

  it('a Drain dropped unconsumed drops the pairs; an IntoIter kept in a local frees the table at the end of main', () => {
    const src = `use std::collections::HashMap;
fn main() {
    let mut m: HashMap<u32, String> = HashMap::new();
    m.insert(1, String::from("a"));
    m.insert(2, String::from("b"));
    m.drain();
    println!("{} {}", m.len(), m.capacity());
    m.insert(3, String::from("c"));
    let mut it = m.into_iter();
    let first = it.next();
    println!("{:?}", first.map(|p| p.0));
}
`;
    const r = runRust(src);
    expect(r.stdout).toBe('0 3\nSome(3)\n');
    // rustc: 4 allocations (151 bytes) and 4 frees, plus stdout's 1024-byte line buffer
    expect([r.stats.heapAllocs, r.stats.heapBytes, r.stats.frees]).toEqual([5, 1175, 4]);
  });

  it('collecting numbers into a HashMap is E0277 with rustc\'s message', () => {
    const d = checkRust('use std::collections::HashMap;\nfn main() {\n    let m: HashMap<i32, i32> = vec![1, 2].into_iter().collect();\n    println!("{}", m.len());\n}\n')[0];
    expect(d.code).toBe('E0277');
    expect(d.message).toBe('a value of type `HashMap<i32, i32>` cannot be built from an iterator over elements of type `{integer}`');
  });
});
