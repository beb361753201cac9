// Type checker for the subset: resolves names, computes the type (and constant value) of every
// expression, assigns frame slots, and reports the errors a learner meets in the compiler's words
// (types2 wording: "undefined: x", "declared and not used: x", "missing return", ...).
// The Checker's methods are split by concern over check/, as go/types splits its files.

import type * as A from './ast';
import { Checker, type CheckDiag, type Info } from './check/checker';
import './check/typexpr';
import './check/decl';
import './check/stmt';
import './check/assignments';
import './check/const';
import './check/expr';
import './check/indexing';
import './check/selector';
import './check/lookup';
import './check/defer';
import './check/literals';
import './check/call';
import './check/conversions';
import './check/builtins';
import './check/switch';
import './check/methods';
import './check/interfaces';
import './check/concurrency';
import './check/generics';
import './check/maps';

export * from './check/checker';

export function checkFile(file: A.File, src: string): { info: Info; diags: CheckDiag[] } {
  const c = new Checker(file, src);
  c.run();
  return { info: c.info, diags: c.diags };
}

export { tBool, tFloat64, tError, tString } from './types';
