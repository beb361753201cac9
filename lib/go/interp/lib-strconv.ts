import type { LibImpl } from './compile-lib';

export const STRCONV_IMPLS: Record<string, LibImpl> = {};
