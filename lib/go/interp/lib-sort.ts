import type { LibImpl } from './compile-lib';

export const SORT_IMPLS: Record<string, LibImpl> = {};
