// std::cmp::Ordering and the comparator sorts (check/ordering.ts, std-ordering.ts): values and allocator
// calls observed from rustc 1.95 -O runs of the same snippets.
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, main, run } from './helpers';

const go = (body: string, items = '') => {
  const r = run(main(body, items));
  expect(r.diagnostics).toEqual([]);
  return r;
};

describe('Ordering and comparator sorts', () => {
  it('sort_by up to 20 elements is std insertion sort: the comparator calls in order, no scratch', () => {
    const r = go('let mut v = vec![3u8, 1, 2]; v.sort_by(|a, b| { println!("{} {}", a, b); b.cmp(a) }); println!("{:?}", v);');
    expect(r.stdout).toBe('1 3\n2 1\n2 3\n[3, 2, 1]\n');
    expect(compact(r)).toEqual(['a3', 'a1024', 'd3']);
  });
  it('sort_by_key over 4 KiB of elements allocates driftsort scratch; sort_unstable_by does not', () => {
    const r = go('let mut v: Vec<u64> = (0..600).rev().collect(); v.sort_by_key(|x| x % 10); v.sort_unstable_by(|a, b| a.cmp(b)); println!("{:?}", &v[..3]);');
    expect(r.stdout).toBe('[0, 1, 2]\n');
    expect(compact(r)).toEqual(['a4800', 'a4800', 'd4800', 'a1024', 'd4800']);
  });
  it('Ordering combinators', () => {
    const r = go('println!("{:?} {:?} {}", 1.cmp(&2).reverse(), 2.cmp(&2).then(Ordering::Less), "b".cmp("a").is_ge());', 'use std::cmp::Ordering;');
    expect(r.stdout).toBe('Greater Less true\n');
  });
  it('use std::cmp::{Ordering, Reverse} brings in both', () => {
    const r = go('let mut v = vec![(1, 2), (1, 3)]; v.sort_by_key(|p| Reverse(p.1)); println!("{:?} {:?}", v, Ordering::Less);', 'use std::cmp::{Ordering, Reverse};');
    expect(r.stdout).toBe('[(1, 3), (1, 2)] Less\n');
  });
  it('a sort_by_key key that allocates is refused with a message', () => {
    const d = checkRust(main('let mut v = vec![String::from("b"), String::from("A")]; v.sort_by_key(|s| s.to_lowercase()); println!("{:?}", v);'));
    expect(d[0].message).toContain('is not in the playground');
  });
  it('Ordering without `use std::cmp::Ordering;` is not in scope', () => {
    const d = checkRust(main('let o: Ordering = 1.cmp(&2); println!("{:?}", o);'));
    expect(d.length).toBeGreaterThan(0);
  });
});
