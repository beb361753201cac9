// More std methods in the interpreter (std-methods.ts, std-heap.ts, std-drain.ts): values and allocator
// calls observed from rustc 1.95 -O runs of the same snippets.
import { describe, expect, it } from 'vitest';
import { checkRust } from '@/lib/rust/interp';
import { compact, main, run } from './helpers';

const go = (body: string, items = '') => {
  const r = run(main(body, items));
  expect(r.diagnostics).toEqual([]);
  return r;
};

describe('std methods', () => {
  it('BinaryHeap::from heapifies in place and push sifts up as std does', () => {
    const r = go('let mut h = BinaryHeap::from(vec![2, 7, 1, 8, 2, 8]); h.push(5); println!("{:?}", h);', 'use std::collections::BinaryHeap;');
    expect(r.stdout).toBe('[8, 8, 5, 7, 2, 1, 2]\n');
    expect(compact(r)).toEqual(['a24', 'r24>48', 'a1024', 'd48']);
  });
  it('extend from a filter grows with reserve(lower + 1) when full', () => {
    const r = go('let mut v = vec![1u8, 2, 3]; v.extend((0..6).filter(|x| x % 2 == 1)); println!("{} {}", v.len(), v.capacity());');
    expect(r.stdout).toBe('6 8\n');
    expect(compact(r)).toEqual(['a3', 'r3>8', 'a1024', 'd8']);
  });
  it('replacen starts with 32 bytes', () => {
    const r = go('let s = "aXbXc".replacen(\'X\', "--", 1); println!("{} {}", s, s.capacity());');
    expect(r.stdout).toBe('a--bXc 32\n');
  });
  it('map_or_else and binary_search', () => {
    const r = go('let o: Option<&str> = None; println!("{}", o.map_or_else(|| 0, |s| s.len())); println!("{:?}", [1, 3, 5, 7].binary_search(&4));');
    expect(r.stdout).toBe('0\nErr(2)\n');
  });
  it('Option<&T> is not Option<T>: E0308 with rustc labels', () => {
    const d = checkRust(main('let v = vec![3, 9, 4];\n    let m: Option<i32> = v.iter().max();\n    println!("{:?}", m);'));
    expect(d[0]).toMatchObject({ code: 'E0308', message: 'mismatched types' });
    expect(d[0].notes?.map((n) => n.message)).toEqual(['expected `Option<i32>`, found `Option<&{integer}>`', 'expected due to this']);
  });
});
