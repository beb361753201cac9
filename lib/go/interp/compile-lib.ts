// The library functions of std-extra.ts, by qualified name: each compiles a call into an Ev.
// Implementations: lib-errors.ts, lib-strings.ts, lib-strconv.ts, lib-sort.ts, lib-misc.ts, lib-iter.ts.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import { ERRORS_IMPLS } from './lib-errors';
import { ITER_IMPLS } from './lib-iter';
import { MISC_IMPLS } from './lib-misc';
import { SORT_IMPLS } from './lib-sort';
import { STRCONV_IMPLS } from './lib-strconv';
import { STRINGS_IMPLS } from './lib-strings';

export type LibImpl = (c: Compiler, e: A.Call) => Ev;

export const LIB_IMPLS: Record<string, LibImpl> = { ...ERRORS_IMPLS, ...ITER_IMPLS, ...MISC_IMPLS, ...SORT_IMPLS, ...STRCONV_IMPLS, ...STRINGS_IMPLS };
