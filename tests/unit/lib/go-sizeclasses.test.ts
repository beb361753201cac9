// Tests for lib/go/sizeclasses.ts and lib/go/msize.ts against go1.23.5 runtime/sizeclasses.go and msize.go.
import { describe, it, expect } from 'vitest';
import {
  _NumSizeClasses,
  class_to_allocnpages,
  class_to_size,
  pageSize,
  sizeToClass,
  size_to_class128,
  size_to_class8,
} from '@/lib/go/sizeclasses';
import { heapBitsInSpan, mallocBlockSize, roundupsize } from '@/lib/go/msize';

// Pasted verbatim from go1.23.5 src/runtime/sizeclasses.go (the module rebuilds these from class_to_size).
const REAL_size_to_class8 = [0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32];
const REAL_size_to_class128 = [32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67];

describe('sizeclasses', () => {
  it('has the 68 go1.23.5 classes', () => {
    expect(class_to_size).toHaveLength(_NumSizeClasses);
    expect(class_to_size[0]).toBe(0);
    expect(class_to_size[1]).toBe(8);
    expect(class_to_size[32]).toBe(1024);
    expect(class_to_size[67]).toBe(32768);
    expect(class_to_allocnpages).toHaveLength(_NumSizeClasses);
    for (let c = 1; c < _NumSizeClasses; c++) expect(class_to_size[c]).toBeGreaterThan(class_to_size[c - 1]);
  });

  it('generates lookup tables identical to the runtime', () => {
    expect([...size_to_class8]).toEqual(REAL_size_to_class8);
    expect([...size_to_class128]).toEqual(REAL_size_to_class128);
  });

  it('objects per span match the spec table', () => {
    const perSpan = (c: number) => Math.floor((class_to_allocnpages[c] * pageSize) / class_to_size[c]);
    expect(perSpan(3)).toBe(341); // 24 B
    expect(perSpan(35)).toBe(11); // 1408 B, 2 pages
    expect(perSpan(50)).toBe(7); // 6912 B, 6 pages
    expect(perSpan(65)).toBe(3); // 27264 B, 10 pages
  });

  it('sizeToClass picks the smallest class that fits', () => {
    expect(sizeToClass(0)).toBe(0);
    expect(sizeToClass(1)).toBe(1);
    expect(sizeToClass(8)).toBe(1);
    expect(sizeToClass(9)).toBe(2);
    expect(sizeToClass(1016)).toBe(32);
    expect(sizeToClass(1020)).toBe(32); // 1017..1024 index size_to_class128[0]
    expect(sizeToClass(1025)).toBe(33);
    expect(sizeToClass(32768)).toBe(67);
    expect(sizeToClass(32769)).toBe(0);
    for (let s = 1; s <= 32768; s += 7) {
      const c = sizeToClass(s);
      expect(class_to_size[c]).toBeGreaterThanOrEqual(s);
      expect(class_to_size[c - 1]).toBeLessThan(s);
    }
  });
});

describe('roundupsize', () => {
  it('rounds noscan requests to the class size', () => {
    expect(roundupsize(1, true)).toBe(8);
    expect(roundupsize(40, true)).toBe(48);
    expect(roundupsize(1024, true)).toBe(1024);
    expect(roundupsize(768, true)).toBe(768);
    expect(roundupsize(1025, true)).toBe(1152);
  });

  it('subtracts the 8-byte malloc header for pointerful objects above 512 B', () => {
    expect(roundupsize(512, false)).toBe(512); // heap bits in span, no header
    expect(roundupsize(513, false)).toBe(568); // 521 -> 576 - 8
    expect(roundupsize(1024, false)).toBe(1144); // 1032 -> 1152 - 8
    expect(roundupsize(768, false)).toBe(888); // 776 -> 896 - 8
    expect(roundupsize(512 + 8 * 64, false)).toBe(1144);
    expect(roundupsize(32760, false)).toBe(32760); // 32768 - 8
    expect(heapBitsInSpan(512)).toBe(true);
    expect(heapBitsInSpan(513)).toBe(false);
  });

  it('page-rounds large objects, with no header', () => {
    expect(roundupsize(40000, true)).toBe(40960);
    expect(roundupsize(40000, false)).toBe(40960);
    expect(roundupsize(32761, true)).toBe(32768);
    expect(roundupsize(32761, false)).toBe(32768);
    expect(roundupsize(8192 * 100 + 1, true)).toBe(8192 * 101);
  });

  it('mallocBlockSize reports the whole slot including the header', () => {
    expect(mallocBlockSize(0, true)).toBe(0);
    expect(mallocBlockSize(1144, false)).toBe(1152);
    expect(mallocBlockSize(1144, true)).toBe(1152);
    expect(mallocBlockSize(1024, false)).toBe(1152);
    expect(mallocBlockSize(1024, true)).toBe(1024);
    expect(mallocBlockSize(1700, true)).toBe(1792);
    expect(mallocBlockSize(40000, false)).toBe(40960);
  });
});
