// Figures Go's size classes determine, for lessons: what one mallocgc of `bytes` bytes really takes
// (go1.23.5 runtime/msize.go roundupsize and malloc.go's header rule, via ./msize.ts). Rendered at build
// time by components/ModelFigure/SizeClassFigure.tsx; held to real runs by the go-growth fixture.

import { mallocBlockSize, mallocHeaderFor, mallocHeaderSize, roundupsize } from './msize';
import { _MaxSmallSize, pageSize } from './sizeclasses';

export type SizeClassMeasure = 'block' | 'usable' | 'waste' | 'header' | 'pages';

export interface SizeClassFigureSpec {
  /** The request: an object's size in bytes (a string from MDX attributes, or a number). */
  bytes: number | string;
  /** Whether the object holds pointers ("true"/"yes"); pointer-free (noscan) by default. */
  pointers?: boolean | string;
  /** block (default): the slot taken; usable: what the object may grow into (roundupsize); waste: block − bytes; header: malloc header bytes; pages: 8 KiB pages of a large object. */
  measure?: SizeClassMeasure;
  /** Multiply the figure by this many objects (default 1). */
  count?: number | string;
}

const truthy = (v: boolean | string | undefined): boolean => v === true || v === 'true' || v === 'yes';

function whole(v: number | string | undefined, what: string, dflt?: number): number {
  if (v === undefined && dflt !== undefined) return dflt;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SizeClassFigure: ${what} must be a whole number ≥ 1, not ${JSON.stringify(v)}`);
  return n;
}

/** The malloc header a pointerful object over 512 B and at most 32760 B carries (Go 1.22+). */
export function mallocHeaderOf(bytes: number, pointers: boolean): number {
  return mallocHeaderFor(bytes, !pointers);
}

export function sizeClassMeasure(spec: SizeClassFigureSpec): number {
  const bytes = whole(spec.bytes, 'bytes');
  const count = whole(spec.count, 'count', 1);
  const noscan = !truthy(spec.pointers);
  const block = mallocBlockSize(bytes, noscan);
  let v: number;
  switch (spec.measure ?? 'block') {
    case 'block':
      v = block;
      break;
    case 'usable':
      v = roundupsize(bytes, noscan);
      break;
    case 'waste':
      v = block - bytes;
      break;
    case 'header':
      v = mallocHeaderOf(bytes, !noscan);
      break;
    case 'pages':
      if (bytes <= _MaxSmallSize - mallocHeaderSize) throw new Error(`SizeClassFigure: ${bytes} B is a small object (a size class), not whole pages`);
      v = block / pageSize;
      break;
    default:
      throw new Error(`SizeClassFigure: unknown measure ${JSON.stringify(spec.measure)}`);
  }
  return v * count;
}

export const SIZE_CLASS_MEASURE_WHAT: Record<SizeClassMeasure, string> = {
  block: 'bytes mallocgc takes (size class or whole pages), from roundupsize',
  usable: 'usable bytes, from roundupsize',
  waste: 'bytes lost to rounding and the malloc header',
  header: 'malloc header bytes',
  pages: '8 KiB pages of a large object',
};
