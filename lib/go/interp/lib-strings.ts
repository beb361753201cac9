import type { LibImpl } from './compile-lib';

export const STRINGS_IMPLS: Record<string, LibImpl> = {};
