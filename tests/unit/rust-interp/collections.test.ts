// HashMap/HashSet/BTreeMap/BTreeSet in the interpreter: values through stdout, allocator calls through the trace.
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, main, run } from './helpers';

const USE = 'use std::collections::{HashMap, HashSet, BTreeMap, BTreeSet};';
const go = (body: string) => {
  const r = run(main(body, USE));
  expect(r.diagnostics).toEqual([]);
  return r;
};

describe('HashMap and HashSet', () => {
  it('grows by whole tables: alloc the new one, then free the old (never realloc)', () => {
    const r = go('let mut m: HashMap<u64, u64> = HashMap::new(); for i in 0..8u64 { m.insert(i, i); } println!("{} {}", m.len(), m.capacity());');
    expect(r.stdout).toBe('8 14\n');
    expect(compact(r)).toEqual(['a84', 'a152', 'd84', 'a288', 'd152', 'a1024', 'd288']);
  });
  it('insert reserves before the lookup: overwriting in a full table still resizes; the new key is dropped', () => {
    const r = go('let mut m: HashMap<String, u8> = HashMap::new(); for k in ["a", "b", "c"] { m.insert(k.to_string(), 1); } let old = m.insert(String::from("b"), 2); println!("{:?} {:?} {}", old, m.get("b"), m.capacity());');
    expect(r.stdout).toBe('Some(1) Some(2) 7\n');
    expect(compact(r).slice(0, 8)).toEqual(['a1', 'a148', 'a1', 'a1', 'a1', 'a280', 'd148', 'd1']);
  });
  it('entry API: *entry(k).or_insert(0) += 1 evaluates the entry once; or_default; or_insert(Vec::new()).push', () => {
    const r = go('let mut c: HashMap<char, u32> = HashMap::new(); for ch in [\'a\', \'b\', \'a\'] { *c.entry(ch).or_insert(0) += 1; } let mut g: HashMap<u8, Vec<u8>> = HashMap::new(); g.entry(1).or_insert(Vec::new()).push(5); g.entry(1).or_default().push(6); println!("{:?} {:?} {:?}", c.get(&\'a\'), c.get(&\'z\'), g.get(&1));');
    expect(r.stdout).toBe('Some(2) None Some([5, 6])\n');
  });
  it('remove returns the value and drops the stored key; get_mut and values_mut change values in place', () => {
    const r = go('let mut m: HashMap<String, String> = HashMap::new(); m.insert(String::from("k"), String::from("vv")); if let Some(v) = m.get_mut("k") { v.push(\'!\'); } let v = m.remove("k"); println!("{:?} {}", v, m.len()); let mut n: HashMap<u8, i32> = HashMap::from([(1, 1), (2, 2)]); for x in n.values_mut() { *x *= 10; } for (_k, x) in &mut n { *x += 1; } let s: i32 = n.values().sum(); println!("{}", s);');
    expect(r.stdout).toBe('Some("vv!") 0\n32\n');
  });
  it('HashSet: insert returns whether the value was new; {:?} prints a set', () => {
    expect(go('let mut s = HashSet::new(); let a = s.insert(3u8); let b = s.insert(3u8); println!("{} {} {} {:?}", a, b, s.contains(&3), s);').stdout).toBe('true false true {3}\n');
  });
  it('with_capacity, reserve, clear (keeps the table), shrink_to_fit (frees it when empty)', () => {
    const r = go('let mut m: HashMap<u32, u32> = HashMap::with_capacity(10); m.insert(1, 1); m.clear(); println!("{}", m.capacity()); m.shrink_to_fit(); println!("{}", m.capacity()); m.reserve(3); println!("{}", m.capacity());');
    expect(r.stdout).toBe('14\n0\n3\n');
    expect(compact(r)).toEqual(['a160', 'a1024', 'd160', 'a52', 'd52']);
  });
  it('map[&k] reads through Index, panics at the `[` for a missing key; assigning to it is E0594', () => {
    const r = run(main('let mut m: HashMap<String, u8> = HashMap::new(); m.insert(String::from("a"), 3); println!("{}", m["a"] + 1); println!("{}", m["b"]);', USE));
    expect(r.stdout).toBe('4\n');
    expect(r.stderr).toContain('panicked at src/main.rs:3:126:\nno entry found for key\n');
    expect(checkRust(`${USE}\nfn main() {\n    let mut m: HashMap<u32, u32> = HashMap::new();\n    m[&1] = 5;\n}`)[0]).toMatchObject({ line: 4, column: 5, code: 'E0594', message: 'cannot assign to data in an index of `HashMap<u32, u32>`' });
  });
  it('HashMap, Rc, … must be imported: rustc 1.95\'s E0425 in a type, E0433 in a path', () => {
    const d = checkRust('fn main() {\n    let m: HashMap<u8, u8> = HashMap::new();\n    let r = Rc::new(1);\n}');
    expect(d.map((x) => [x.line, x.column, x.code, x.message])).toEqual([
      [2, 12, 'E0425', 'cannot find type `HashMap` in this scope'],
      [3, 13, 'E0433', 'cannot find type `Rc` in this scope'],
    ]);
  });
  it('keys must be Hash + Eq (f64 is not); unknown methods are E0599', () => {
    expect(checkRust(`${USE}\nfn main() { let mut m: HashMap<f64, u8> = HashMap::new(); m.insert(1.5, 1); }`)[0]).toMatchObject({ message: 'the trait bound `f64: Eq` is not satisfied' });
    expect(checkRust(`${USE}\nfn main() { let m: HashMap<u8, u8> = HashMap::new(); m.frob(); }`)[0]).toMatchObject({ code: 'E0599' });
  });
});

describe('BTreeMap and BTreeSet', () => {
  it('iterate in key order; leaf 104 B and internal 200 B nodes for <u32, u32>', () => {
    const r = go('let mut m = BTreeMap::new(); let mut i = 12u32; while i > 0 { i -= 1; m.insert(i, i * i); } println!("{:?}", m.first_key_value()); let mut last = 0; for (k, _v) in &m { last = *k; } println!("{}", last);');
    expect(r.stdout).toBe('Some((0, 0))\n11\n');
    expect(compact(r).slice(0, 3)).toEqual(['a104', 'a104', 'a200']);
  });
  it('BTreeSet {:?} is sorted; remove and clear', () => {
    const r = go('let mut s: BTreeSet<&str> = BTreeSet::new(); s.insert("pear"); s.insert("apple"); s.insert("fig"); println!("{:?}", s); s.remove("fig"); println!("{:?} {:?}", s, s.first()); s.clear(); println!("{}", s.len());');
    expect(r.stdout).toBe('{"apple", "fig", "pear"}\n{"apple", "pear"} Some("apple")\n0\n');
  });
});

describe('Rc', () => {
  const rc = (body: string, items = '') => {
    const r = run(main(body, `use std::rc::Rc;\n${items}`));
    expect(r.diagnostics).toEqual([]);
    return r;
  };
  it('Rc::new allocates the RcBox (16 bytes of counts + T); clones share it; the last drop frees it', () => {
    const r = rc('let a = Rc::new(7u8); let b = Rc::clone(&a); let c = b.clone(); println!("{} {}", Rc::strong_count(&a), *c + 1); drop(a); drop(b); println!("{}", Rc::strong_count(&c));');
    expect(r.stdout).toBe('3 8\n1\n');
    expect(compact(r)).toEqual(['a24', 'a1024', 'd24']);
  });
  it('methods and fields through Rc; the contents drop with the last handle', () => {
    const r = rc('let s = Rc::new(String::from("abc")); let t = Rc::clone(&s); println!("{} {}", s.len(), t); drop(s); println!("{}", Rc::strong_count(&t));');
    expect(r.stdout).toBe('3 abc\n1\n');
    expect(compact(r)).toEqual(['a3', 'a40', 'a1024', 'd3', 'd40']);
  });
  it('contents of an Rc cannot be borrowed mutably', () => {
    expect(checkRust('use std::rc::Rc;\nfn main() { let v = Rc::new(Vec::<u8>::new()); v.push(1); }').length).toBeGreaterThan(0);
  });
});

describe('RefCell and Cell', () => {
  const cell = (body: string) => run(main(body, 'use std::cell::{Cell, RefCell};\nuse std::rc::Rc;'));
  it('Rc<RefCell<Vec<T>>>: borrow_mut through either owner; the RcBox holds counts, the borrow flag and the Vec', () => {
    const r = cell('let a = Rc::new(RefCell::new(Vec::new())); let b = Rc::clone(&a); b.borrow_mut().push(1u8); a.borrow_mut().push(2); println!("{:?} {}", a.borrow(), b.borrow()[1]);');
    expect(r.stdout).toBe('[1, 2] 2\n');
    expect(compact(r)).toEqual(['a48', 'a8', 'a1024', 'd8', 'd48']);
  });
  it('*c.borrow_mut() += n and field += n through a guard evaluate the borrow once; {:?} of a RefCell', () => {
    const r = cell('let c = RefCell::new(5); *c.borrow_mut() += 10; let p = RefCell::new((1u8, 2u8)); p.borrow_mut().0 += 4; println!("{} {:?} {:?}", c.borrow(), c, p.borrow());');
    expect(r.stdout).toBe('15 RefCell { value: 15 } (5, 2)\n');
  });
  it('a second borrow_mut while a RefMut lives panics with rustc 1.95\'s message; shared borrows may overlap', () => {
    const r = cell('let c = RefCell::new(1); { let a = c.borrow(); let b = c.borrow(); println!("{} {}", a, b); } let _w = c.borrow_mut(); let r = c.borrow(); println!("{}", r);');
    expect(r.stdout).toBe('1 1\n');
    expect(r.exitCode).toBe(101);
    expect(r.stderr).toContain('panicked at src/main.rs:4:130:');
    expect(r.stderr).toContain('\nRefCell already mutably borrowed\n');
  });
  it('Cell get/set through &self, no allocation', () => {
    const r = cell('let n = Cell::new(3u8); n.set(n.get() + 1); println!("{}", n.get());');
    expect(r.stdout).toBe('4\n');
    expect(compact(r)).toEqual(['a1024']);
  });
});

describe('Vec: sort, sort_unstable, dedup, reverse, swap', () => {
  it('sort allocates driftsort scratch only past 20 elements and past the 4 KiB stack buffer', async () => {
    const { sortScratchBytes } = await import('@/lib/rust/interp/std-vec');
    expect(sortScratchBytes(20, 8)).toBe(0);
    expect(sortScratchBytes(400, 8)).toBe(0); // 400 * 8 = 3200 B fit on the stack
    expect(sortScratchBytes(3000, 8)).toBe(24000);
    expect(sortScratchBytes(1_000_000, 8)).toBe(8_000_000);
    const r = run(main('let mut v: Vec<u32> = Vec::new(); let mut x = 7u32; for _ in 0..2000 { x = x.wrapping_mul(1103515245).wrapping_add(12345); v.push(x % 100); } v.sort(); v.dedup(); v.reverse(); v.swap(0, 99); println!("{} {:?} {:?}", v.len(), v.first(), v.last());'));
    expect(r.stdout).toBe('100 Some(0) Some(99)\n');
    expect(compact(r).filter((x) => x === 'a8000' || x === 'd8000')).toEqual(['a8000', 'd8000']);
  });
  it('sort_unstable never allocates; strings sort by bytes', () => {
    const r = run(main('let mut w = vec![String::from("b"), String::from("a"), String::from("b")]; w.sort_unstable(); w.dedup(); println!("{:?}", w);'));
    expect(r.stdout).toBe('["a", "b"]\n');
    expect(compact(r)).toEqual(['a72', 'a1', 'a1', 'a1', 'd1', 'a1024', 'd1', 'd1', 'd72']);
  });
});
