// Tests for lib/go/slice.ts against runtime-spec §1 (go1.23.5 runtime/slice.go).
import { describe, it, expect } from 'vitest';
import { GoPanic, appendOneAtATime, growslice, makeslice, nextslicecap, type ElemInfo } from '@/lib/go/slice';

const byte: ElemInfo = { size: 1, hasPointers: false };
const int32: ElemInfo = { size: 4, hasPointers: false };
const int: ElemInfo = { size: 8, hasPointers: false };
const ptr: ElemInfo = { size: 8, hasPointers: true };
const str: ElemInfo = { size: 16, hasPointers: true };
const arr100: ElemInfo = { size: 100, hasPointers: false };

const caps = (et: ElemInfo, n: number) => appendOneAtATime(et, n).map(([, c]) => c);

describe('nextslicecap', () => {
  it('doubles below 256 and eases towards 1.25x above', () => {
    expect(nextslicecap(1, 0)).toBe(1);
    expect(nextslicecap(5, 4)).toBe(8);
    expect(nextslicecap(256, 255)).toBe(510);
    expect(nextslicecap(257, 256)).toBe(512); // 256 + (256+768)/4
    expect(nextslicecap(513, 512)).toBe(832);
    expect(nextslicecap(1025, 1024)).toBe(1472);
  });

  it('takes newLen when appending more than double', () => {
    expect(nextslicecap(5, 0)).toBe(5);
    expect(nextslicecap(9, 4)).toBe(9);
    expect(nextslicecap(2000, 600)).toBe(2000);
  });

  it('returns newLen when the 1.25x loop overflows int', () => {
    const newLen = 2 ** 63 - 1024; // exactly representable
    expect(nextslicecap(newLen, 0.75 * 2 ** 63)).toBe(newLen);
  });
});

describe('growslice: observed one-at-a-time sequences (spec §1.6)', () => {
  it('[]byte', () => {
    expect(caps(byte, 131072)).toEqual([
      8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376, 6912, 9472, 12288, 16384, 21760, 28672,
      40960, 57344, 73728, 98304, 131072,
    ]);
  });

  it('[]int', () => {
    expect(caps(int, 12288)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120, 7168, 9216, 12288]);
  });

  it('[]*int shows the malloc-header effect up to 32 KiB', () => {
    expect(caps(ptr, 8192)).toEqual([1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071, 4095, 6144, 8192]);
  });

  it('[]int32', () => {
    expect(caps(int32, 256)).toEqual([2, 4, 8, 16, 32, 64, 128, 256]);
  });

  it('[][100]byte', () => {
    expect(caps(arr100, 573)).toEqual([1, 2, 4, 8, 17, 34, 69, 143, 286, 573]);
  });

  it('reports transitions as [len after, cap after]', () => {
    expect(appendOneAtATime(int, 5)).toEqual([[1, 1], [2, 2], [3, 4], [5, 8]]);
    expect(appendOneAtATime(int, 6, { len: 0, cap: 5 })).toEqual([[6, 10]]); // make([]int, 0, 5) + 6 appends
    expect(appendOneAtATime(int, 1, { len: 5, cap: 5 })).toEqual([[6, 10]]); // n counts appends, not the final len
    expect(appendOneAtATime(int, 3, { len: 0, cap: 5 })).toEqual([]);
    expect(appendOneAtATime({ size: 0, hasPointers: false }, 3)).toEqual([[1, 1], [2, 2], [3, 3]]);
  });
});

describe('growslice: header examples and rounding', () => {
  it('pointerful elements lose 8 bytes to the header above 512 B', () => {
    expect(growslice(64, 64, 1, ptr).newcap).toBe(143);
    expect(growslice(32, 32, 1, str).newcap).toBe(71);
    expect(growslice(16, 16, 1, { size: 24, hasPointers: true }).newcap).toBe(37);
  });

  it('the same steps without pointers land on size classes exactly', () => {
    expect(growslice(64, 64, 1, int).newcap).toBe(128);
    expect(growslice(32, 32, 1, { size: 16, hasPointers: false }).newcap).toBe(64);
    expect(growslice(16, 16, 1, { size: 24, hasPointers: false }).newcap).toBe(32);
  });

  it('capmem is newcap*size; allocBytes is the real block (class, header included)', () => {
    expect(growslice(64, 64, 1, ptr)).toEqual({ newcap: 143, capmem: 1144, allocBytes: 1152 });
    expect(growslice(8, 8, 1, arr100)).toEqual({ newcap: 17, capmem: 1700, allocBytes: 1792 });
    expect(growslice(0, 0, 1, byte)).toEqual({ newcap: 8, capmem: 8, allocBytes: 8 });
  });

  it('append many at once rounds newLen by size class', () => {
    expect(growslice(0, 0, 5, int).newcap).toBe(6); // append([]int(nil), 1,2,3,4,5)
    expect(growslice(0, 0, 1, byte).newcap).toBe(8);
    expect(growslice(0, 0, 40000, byte)).toMatchObject({ newcap: 40960, capmem: 40960 }); // large: pages
    expect(growslice(0, 0, 40000 / 8, ptr).newcap).toBe(5120); // large pointerful: no header
  });

  it('zero-size elements never allocate', () => {
    expect(growslice(3, 3, 1, { size: 0, hasPointers: false })).toEqual({ newcap: 4, capmem: 0, allocBytes: 0 });
  });

  it('panics like the runtime on huge or negative lengths', () => {
    expect(() => growslice(0, 0, 2 ** 48 + 1, byte)).toThrow(GoPanic);
    expect(() => growslice(0, 0, 2 ** 45 + 1, int)).toThrow('growslice: len out of range');
    expect(() => growslice(0, 0, 2 ** 48, byte)).not.toThrow();
    expect(() => growslice(0, 0, -1, byte)).toThrow('growslice: len out of range');
  });
});

describe('makeslice', () => {
  it('never rounds cap', () => {
    expect(makeslice(0, 5, int)).toEqual({ cap: 5, capmem: 40, allocBytes: 48 });
    expect(makeslice(3, 1000, byte)).toEqual({ cap: 1000, capmem: 1000, allocBytes: 1024 });
    expect(makeslice(0, 64, ptr)).toEqual({ cap: 64, capmem: 512, allocBytes: 512 });
    expect(makeslice(0, 65, ptr)).toEqual({ cap: 65, capmem: 520, allocBytes: 576 });
    expect(makeslice(0, 0, int)).toEqual({ cap: 0, capmem: 0, allocBytes: 0 });
  });

  it('the next append grows from the exact cap', () => {
    const { cap } = makeslice(0, 5, int);
    expect(growslice(5, cap, 1, int).newcap).toBe(10); // spec §4: MakeSlice cap 5 + 6 elements -> 10
  });

  it('panics on bad len/cap', () => {
    expect(() => makeslice(4, 3, int)).toThrow('makeslice: cap out of range');
    expect(() => makeslice(-1, 3, int)).toThrow('makeslice: len out of range');
    expect(() => makeslice(0, 2 ** 46, int)).toThrow('makeslice: cap out of range');
  });
});
