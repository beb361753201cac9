// The Rust checker: name resolution, type inference (union-find over inference variables) and the
// subset's type rules. The Checker's methods are split by concern over check/ (checker.ts holds the
// class, its state and the entry point); this barrel loads every part and re-exports the public API.

import type { Program } from './ast';
import { Checker, type Checked } from './check/checker';
import './check/types';
import './check/unify';
import './check/place';
import './check/patterns';
import './check/expr';
import './check/aggregates';
import './check/impls';
import './check/control';
import './check/loops';
import './check/call';
import './check/method';
import './check/collections';
import './check/map-collect';
import './check/macros';
import './check/closures';
import './check/iterators';
import './check/enums';
import './check/traits';
import './check/generics';
import './check/conversions';
import './check/strs';
import './check/privacy';
import './check/threads';
import './check/std-methods';
import './check/ordering';

export { Checker, type Checked, type FnInfo } from './check/checker';
export { isPlace, placeName } from './check/place';

export function check(prog: Program): Checked {
  return new Checker(prog).run();
}
