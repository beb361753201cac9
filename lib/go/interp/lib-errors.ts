import type { LibImpl } from './compile-lib';

export const ERRORS_IMPLS: Record<string, LibImpl> = {};
