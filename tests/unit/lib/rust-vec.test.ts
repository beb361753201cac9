// Tests for lib/rust/raw_vec.ts and lib/rust/vec.ts against runtime-spec §5 and a real rustc 1.95.0 run
// (a counting GlobalAlloc logged every alloc/realloc/dealloc size; quoted in the comments).
import { describe, it, expect } from 'vitest';
import { CapacityOverflow, ZST_CAPACITY, grow_amortized, grow_exact, min_non_zero_cap } from '@/lib/rust/raw_vec';
import { StringModel, VecDequeModel, VecModel, utf8Length, type VecEvent } from '@/lib/rust/vec';

const pushCaps = (elemSize: number, n: number): number[] => {
  const v = new VecModel(elemSize);
  const caps: number[] = [];
  for (let i = 0; i < n; i++) if (v.push()) caps.push(v.cap);
  return caps;
};

// Allocator calls as the real run printed them: a:0>new, r:old>new, d:old>0 (bytes).
const calls = (log: readonly VecEvent[]): string =>
  log.map((e) => `${e.kind[0]}:${e.oldBytes}>${e.newBytes}`).join(' ');

describe('raw_vec', () => {
  it('min_non_zero_cap', () => {
    expect(min_non_zero_cap(1)).toBe(8);
    expect(min_non_zero_cap(2)).toBe(4);
    expect(min_non_zero_cap(1024)).toBe(4);
    expect(min_non_zero_cap(1025)).toBe(1);
  });

  it('grow_amortized = max(2*cap, len+additional, MIN)', () => {
    expect(grow_amortized(0, 0, 1, 1)).toBe(8);
    expect(grow_amortized(0, 0, 1, 8)).toBe(4);
    expect(grow_amortized(0, 0, 1, 2048)).toBe(1);
    expect(grow_amortized(4, 4, 1, 8)).toBe(8);
    expect(grow_amortized(10, 10, 100, 8)).toBe(110);
    expect(grow_amortized(5, 5, 1, 8)).toBe(10); // after shrink_to_fit: 2*len
    expect(grow_amortized(1, 1, 1, 8)).toBe(4); // MIN wins over 2*len
  });

  it('grow_exact = len + additional', () => {
    expect(grow_exact(0, 10)).toBe(10);
    expect(grow_exact(10, 1, 4)).toBe(11);
  });

  it('throws CapacityOverflow on overflow and for zero-sized T', () => {
    expect(() => grow_amortized(0, ZST_CAPACITY, 1, 0)).toThrow(CapacityOverflow);
    expect(() => grow_exact(0, 1, 0)).toThrow(CapacityOverflow);
    expect(() => grow_amortized(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1, 1)).toThrow(CapacityOverflow);
    expect(() => grow_exact(0, 2 ** 60, 16)).toThrow('capacity overflow'); // > isize::MAX bytes
    expect(new CapacityOverflow()).toBeInstanceOf(Error);
  });
});

describe('VecModel', () => {
  it('push: 0 -> 8 / 4 / 1, then doubling', () => {
    expect(pushCaps(1, 3000)).toEqual([8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);
    expect(pushCaps(2, 3000)).toEqual([4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);
    expect(pushCaps(8, 3000)).toEqual([4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);
    expect(pushCaps(1024, 40)).toEqual([4, 8, 16, 32, 64]);
    expect(pushCaps(1025, 40)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(pushCaps(8, 131072).slice(-2)).toEqual([65536, 131072]);
  });

  it('zero-sized T: capacity usize::MAX, never allocates', () => {
    const v = new VecModel(0);
    expect(v.cap).toBe(ZST_CAPACITY);
    for (let i = 0; i < 40; i++) expect(v.push()).toBeNull();
    expect(v.shrink_to_fit()).toBeNull();
    expect(v.clone().cap).toBe(ZST_CAPACITY);
    expect(v.log).toEqual([]);
    expect(() => v.reserve(ZST_CAPACITY)).toThrow(CapacityOverflow);
  });

  it('reserve doubles, reserve_exact does not (real run: a:0>40 r:40>80 r:80>444 vs r:40>44)', () => {
    const a = new VecModel(4);
    a.reserve(10);
    a.extend_from_slice(10);
    a.reserve(1);
    a.push();
    expect(a.reserve(1)).toBeNull(); // room left: no call
    a.reserve(100);
    expect(calls(a.log)).toBe('a:0>40 r:40>80 r:80>444');
    expect(a.cap).toBe(111);

    const b = new VecModel(4);
    b.reserve_exact(10);
    b.extend_from_slice(10);
    b.reserve_exact(1);
    b.push();
    b.reserve_exact(100);
    expect(calls(b.log)).toBe('a:0>40 r:40>44 r:44>444');
  });

  it('shrink_to_fit then push = max(2*len, len+1, MIN) (real run: a:0>32 r:32>64 r:64>40 r:40>80)', () => {
    const v = new VecModel(8);
    for (let i = 0; i < 5; i++) v.push();
    expect(v.shrink_to_fit()).toMatchObject({ kind: 'realloc', oldCap: 8, newCap: 5, copiedBytes: 40 });
    expect(v.shrink_to_fit()).toBeNull();
    v.push();
    v.push();
    expect(calls(v.log)).toBe('a:0>32 r:32>64 r:64>40 r:40>80');
    expect(v.cap).toBe(10);

    const u = new VecModel(1);
    for (let i = 0; i < 3; i++) u.push();
    u.shrink_to_fit();
    u.push();
    expect(calls(u.log)).toBe('a:0>8 r:8>3 r:3>8');
  });

  it('shrink_to, truncate, clear (real run: a:0>800 r:800>400 r:400>80 r:80>16 d:16>0 a:0>32)', () => {
    const v = new VecModel(8, 100);
    for (let i = 0; i < 10; i++) v.push();
    v.shrink_to(50);
    v.shrink_to(4);
    expect(v.shrink_to(200)).toBeNull(); // never grows
    v.truncate(2);
    expect(v.cap).toBe(10);
    v.shrink_to(0);
    v.clear();
    expect(v.cap).toBe(2);
    expect(v.shrink_to_fit()).toMatchObject({ kind: 'dealloc', newCap: 0 });
    v.push();
    expect(calls(v.log)).toBe('a:0>800 r:800>400 r:400>80 r:80>16 d:16>0 a:0>32');
    expect(v.pop()).toBe(true);
    expect(v.pop()).toBe(false);
    expect(v.cap).toBe(4);
  });

  it('extend_from_slice = reserve(k) (real run: chunks of 3 and 13 u16)', () => {
    const a = new VecModel(2);
    for (let i = 0; i < 20; i++) a.extend_from_slice(3);
    expect(calls(a.log)).toBe('a:0>8 r:8>16 r:16>32 r:32>64 r:64>128');
    const b = new VecModel(2);
    for (let i = 0; i < 20; i++) b.extend_from_slice(13);
    expect(calls(b.log)).toBe('a:0>26 r:26>52 r:52>104 r:104>208 r:208>416 r:416>832');
  });

  it('realloc events carry len*size as copiedBytes', () => {
    const v = new VecModel(8);
    const evs = Array.from({ length: 9 }, () => v.push()).filter((e) => e !== null);
    expect(evs).toEqual([
      { kind: 'alloc', oldCap: 0, newCap: 4, oldBytes: 0, newBytes: 32, copiedBytes: 0 },
      { kind: 'realloc', oldCap: 4, newCap: 8, oldBytes: 32, newBytes: 64, copiedBytes: 32 },
      { kind: 'realloc', oldCap: 8, newCap: 16, oldBytes: 64, newBytes: 128, copiedBytes: 64 },
    ]);
  });

  it('clone has cap == len (real run: clone of 5 u32 allocates 20 B)', () => {
    const v = new VecModel(4);
    for (let i = 0; i < 5; i++) v.push();
    const w = v.clone();
    expect([w.len, w.cap, calls(w.log)]).toEqual([5, 5, 'a:0>20']);
    expect(v.cap).toBe(8);
  });

  it('with_capacity is exact; 0 does not allocate', () => {
    expect(new VecModel(8, 10).cap).toBe(10);
    expect(new VecModel(8, 0).log).toEqual([]);
    expect(() => new VecModel(-1)).toThrow(RangeError);
  });
});

describe('StringModel', () => {
  const chunks = (chunk: number, times = 10) => {
    const s = new StringModel();
    for (let i = 0; i < times; i++) s.push_str('x'.repeat(chunk));
    return s.log.map((e) => e.newCap);
  };

  it('push_str reserves the chunk (real run: 8,16 / 13,26,52,… / 100,200,…)', () => {
    expect(chunks(1)).toEqual([8, 16]);
    expect(chunks(5)).toEqual([8, 16, 32, 64]);
    expect(chunks(8)).toEqual([8, 16, 32, 64, 128]);
    expect(chunks(13)).toEqual([13, 26, 52, 104, 208]);
    expect(chunks(100)).toEqual([100, 200, 400, 800, 1600]);
  });

  it('with_capacity(10) + push_str of 12 bytes -> 20', () => {
    const s = StringModel.with_capacity(10);
    s.push_str('hello world!');
    expect([s.len, s.cap]).toEqual([12, 20]);
  });

  it('push(ch) reserves len_utf8 (real run: a é € 😀 a 😀 😀 -> cap 8, 16, 32)', () => {
    const s = new StringModel();
    for (const ch of ['a', 'é', '€', '😀', 'a', '😀', '😀']) s.push(ch);
    expect(s.len).toBe(19);
    expect(s.log.map((e) => e.newCap)).toEqual([8, 16, 32]);
    expect(() => s.push('ab')).toThrow(RangeError);
  });

  it('from / clone: cap == len; utf8Length counts bytes', () => {
    expect([StringModel.from('hello').len, StringModel.from('hello').cap]).toEqual([5, 5]);
    expect(StringModel.from('héllo').cap).toBe(6);
    expect(utf8Length('€😀')).toBe(7);
    const s = new StringModel();
    s.push_str('abc');
    expect(s.clone().cap).toBe(3);
  });
});

describe('VecDequeModel', () => {
  it('grows like Vec from new() (real run: u64 32 B .. 512 B; u8 8, 16, 32 B)', () => {
    const d = new VecDequeModel(8);
    for (let i = 0; i < 40; i++) if (i % 2 === 0) d.push_back();
    else d.push_front();
    expect(d.log.map((e) => e.newCap)).toEqual([4, 8, 16, 32, 64]);
    d.pop_front();
    d.pop_back();
    expect([d.len, d.cap]).toEqual([38, 64]);

    const b = new VecDequeModel(1);
    for (let i = 0; i < 20; i++) b.push_front();
    expect(b.log.map((e) => e.newBytes)).toEqual([8, 16, 32]);
  });

  it('with_capacity is exact, no power-of-two rounding (real run: 20, 40, 80 B)', () => {
    const d = new VecDequeModel(4, 5);
    expect(d.cap).toBe(5);
    for (let i = 0; i < 12; i++) d.push_back();
    expect(d.log.map((e) => e.newBytes)).toEqual([20, 40, 80]);
  });
});
