// Type expressions (`u32`, `Vec<String>`, `&mut [u8]`, `(A, B)`, a struct name, `Self`) → the checker's types.

import { COW_STR, reverseInfo } from './std-methods';
import { CMP_ORDERING, ORD_TY } from './ordering';
import { resultTy } from './enums';
import type { TypeExpr } from '../ast';
import { INT_NAMES, T, prune, type IntName, type Ty } from '../ty';
import { CheckError, Checker, newVar } from './checker';
import { PARSE_FLOAT_ERROR, PARSE_INT_ERROR } from './str-types';

declare module './checker' {
  interface Checker {
    safeType(t: TypeExpr): Ty;
    type(t: TypeExpr): Ty;
  }
}

/** std types a program must `use` before naming them bare (HashMap, Rc, RefCell, …). */
export const IMPORTED = /^(HashMap|HashSet|BTreeMap|BTreeSet|BinaryHeap|Rc|RefCell|Cell|Arc|Weak|Mutex|RwLock|AtomicUsize|AtomicU64|AtomicU32|AtomicI32|AtomicI64|AtomicBool|JoinHandle)$/;

Checker.prototype.safeType = function (this: Checker, t: TypeExpr): Ty {
  try {
    return this.type(t);
  } catch (e) {
    if (e instanceof CheckError) {
      this.report(e);
      return newVar();
    }
    throw e;
  }
};

Checker.prototype.type = function (this: Checker, t: TypeExpr): Ty {
  switch (t.k) {
    case 'unit':
      return T.unit;
    case 'ref': {
      return { k: 'ref', mut: t.mut, e: this.type(t.elem) };
    }
    case 'array': {
      const e = this.type(t.elem);
      return t.len === null ? { k: 'slice', e } : { k: 'array', e, n: t.len };
    }
    case 'tuple':
      return t.elems.length ? { k: 'tuple', elems: t.elems.map((x) => this.type(x)) } : T.unit;
    case 'fn':
      return this.fnTraitType(t);
    case 'dyn':
    case 'impl':
      return this.traitType(t);
    case 'path': {
      const n = t.name;
      const tp = this.tyEnv?.get(n); // a generic instance's type parameter (check/generics.ts)
      if (tp) return tp;
      const one = (): Ty => {
        if (t.args.length !== 1) throw new CheckError(t, `\`${n}\` takes one type argument`);
        return this.type(t.args[0]);
      };
      if ((INT_NAMES as string[]).includes(n)) return T.int(n as IntName);
      // the program's own types shadow std's names (an `enum Cell` is not std::cell::Cell)
      const own = this.structs.get(n);
      if (own) return { k: 'struct', s: own };
      if (IMPORTED.test(n) && !this.prog.imports?.includes(n)) throw new CheckError(t, `cannot find type \`${n}\` in this scope`, undefined, 'E0425');
      const th = this.threadType(t); // Arc, Mutex, atomics (check/threads.ts)
      if (th) return th;
      switch (n) {
        case 'f64':
        case 'f32':
          return { k: 'float', name: n };
        case 'bool':
          return T.bool;
        case 'char':
          return T.char;
        case 'str':
          return T.str;
        case 'String':
          return T.String;
        case 'Vec':
        case 'VecDeque':
        case 'Box':
        case 'Option':
          return { k: n, e: one() } as Ty;
        case 'BinaryHeap':
          return { k: 'Vec', e: one(), heap: true };
        case 'Bump':
          return T.Bump;
        // `use std::num::ParseIntError;` (the error of `str::parse`, check/strs.ts)
        case 'ParseIntError':
        case 'num::ParseIntError':
        case 'std::num::ParseIntError':
          return { k: 'struct', s: PARSE_INT_ERROR };
        case 'ParseFloatError':
        case 'num::ParseFloatError':
        case 'std::num::ParseFloatError':
          return { k: 'struct', s: PARSE_FLOAT_ERROR };
        case 'HashMap':
        case 'BTreeMap':
          if (t.args.length !== 2) throw new CheckError(t, `missing generics for struct \`${n}\``, undefined, 'E0107');
          return { k: 'Map', kind: n, key: this.type(t.args[0]), val: this.type(t.args[1]) };
        case 'Rc':
        case 'rc::Rc':
        case 'std::rc::Rc':
          return { k: 'Rc', e: one() };
        case 'RefCell':
        case 'std::cell::RefCell':
          return { k: 'RefCell', e: one() };
        case 'Cell':
        case 'std::cell::Cell':
          return { k: 'Cell', e: one() };
        case 'HashSet':
        case 'BTreeSet':
          return { k: 'Map', kind: n, key: one(), val: T.unit };
        case '_':
          return newVar();
        case 'Self':
          if (!this.selfTy) throw new CheckError(t, 'cannot find type `Self` in this scope', undefined, 'E0411');
          return this.selfTy;
        // std::fmt's types in a Display impl (`use std::fmt;` or full paths)
        case 'Formatter':
        case 'fmt::Formatter':
        case 'std::fmt::Formatter':
          return { k: 'Formatter' };
        case 'fmt::Result':
        case 'std::fmt::Result':
          return { k: 'fmtResult' };
        case 'Result':
          if (t.args.length !== 2) throw new CheckError(t, `\`Result\` takes 2 generic arguments`, undefined, 'E0107');
          return resultTy(this.type(t.args[0]), this.type(t.args[1]));
        case 'Reverse':
          if (this.prog.imports?.includes('Reverse')) return { k: 'struct', s: reverseInfo(one()) };
          break;
        case 'Ordering':
          if (this.prog.imports?.includes(CMP_ORDERING)) return ORD_TY; // check/ordering.ts
          break;
        case 'Cow':
          if (this.prog.imports?.includes('Cow')) {
            if (prune(one()).k !== 'str') throw new CheckError(t, 'only `Cow<str>` is supported');
            return { k: 'struct', s: COW_STR };
          }
      }
      const s = this.structs.get(n);
      if (s) return { k: 'struct', s };
      if (/^(Arc|Mutex|Result)$/.test(n)) throw new CheckError(t, `${n} is not supported`);
      throw new CheckError(t, `cannot find type \`${n}\` in this scope`);
    }
  }
};
