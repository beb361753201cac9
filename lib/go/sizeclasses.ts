// Mirrors go1.23.5 src/runtime/sizeclasses.go (amd64); the lookup tables are rebuilt from class_to_size.

export const _MaxSmallSize = 32768;
export const smallSizeDiv = 8;
export const smallSizeMax = 1024;
export const largeSizeDiv = 128;
export const _NumSizeClasses = 68;
export const _PageShift = 13;
export const pageSize = 1 << _PageShift; // 8192

/** Object size of each class; class 0 means "large object" (own span). */
export const class_to_size: readonly number[] = Object.freeze([
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
  384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
  2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
  12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
]);

/** Pages (8 KiB) per span for each class. */
export const class_to_allocnpages: readonly number[] = Object.freeze([
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10,
  7, 4,
]);

// Smallest class whose object size is >= `size` (what mksizeclasses.go computes for each slot).
function smallestClassAtLeast(size: number): number {
  for (let c = 0; c < _NumSizeClasses; c++) if (class_to_size[c] >= size) return c;
  throw new RangeError(`no size class for ${size}`);
}

/** size_to_class8[ceil(n/8)] for n <= 1024 (129 entries). */
export const size_to_class8: readonly number[] = Object.freeze(
  Array.from({ length: smallSizeMax / smallSizeDiv + 1 }, (_, i) => smallestClassAtLeast(i * smallSizeDiv)),
);

/** size_to_class128[ceil((n-1024)/128)] for 1024 < n <= 32768 (249 entries). */
export const size_to_class128: readonly number[] = Object.freeze(
  Array.from({ length: (_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1 }, (_, i) =>
    smallestClassAtLeast(smallSizeMax + i * largeSizeDiv),
  ),
);

const divRoundUp = (n: number, a: number): number => Math.max(0, Math.ceil(n / a));

/**
 * Size class for a small request, as mallocgc/roundupsize index the tables
 * (size_to_class8 up to 1016 B, size_to_class128 above). Returns 0 (= large) above 32768.
 */
export function sizeToClass(size: number): number {
  if (!Number.isFinite(size) || size < 0) throw new RangeError(`bad size ${size}`);
  if (size > _MaxSmallSize) return 0;
  if (size <= smallSizeMax - 8) return size_to_class8[divRoundUp(size, smallSizeDiv)];
  return size_to_class128[divRoundUp(size - smallSizeMax, largeSizeDiv)];
}
