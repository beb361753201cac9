// Places and their mutability: E0596 (borrow as mutable), E0594 (assign), E0384 (assign twice).

import type { Expr } from '../ast';
import { T, fmtTy, prune } from '../ty';
import { CheckError, Checker } from './checker';

declare module './checker' {
  interface Checker {
    checkMutPlace(p: Expr, what: 'borrow' | 'assign'): void;
  }
}

/** E0596 / E0594 / E0384: is this place mutable (for `&mut`, a `&mut self` method or an assignment)? */
Checker.prototype.checkMutPlace = function (this: Checker, p: Expr, what: 'borrow' | 'assign'): void {
  let cur = p;
  for (;;) {
    if (cur.k === 'index') {
      // HashMap / BTreeMap implement Index but not IndexMut
      let mt = prune(cur.e.ty ?? T.unit);
      while (mt.k === 'ref' || mt.k === 'Box') mt = prune(mt.e);
      if (mt.k === 'Map') throw new CheckError(p, `cannot ${what === 'assign' ? 'assign to' : 'borrow as mutable'} data in an index of \`${fmtTy(mt)}\``, undefined, what === 'assign' ? 'E0594' : 'E0596');
    }
    if (cur.k === 'field' || cur.k === 'index') {
      const bt = prune(cur.e.ty ?? T.unit);
      if (bt.k === 'ref') {
        if (!bt.mut) {
          throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, which is behind a \`&\` reference` : `cannot borrow \`${placeName(p)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(p, cur.e, what));
        }
        return;
      }
      cur = cur.e;
      continue;
    }
    if (cur.k === 'unary' && cur.op === '*') {
      const bt = prune(cur.e.ty ?? T.unit);
      if (bt.k === 'ref') {
        if (!bt.mut) throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, which is behind a \`&\` reference` : `cannot borrow \`${placeName(p)}\` as mutable, as it is behind a \`&\` reference`, behindRefNote(p, cur.e, what));
        return;
      }
      cur = cur.e;
      continue;
    }
    if (cur.k === 'name') {
      const d = cur.decl;
      if (!d) return;
      const t = prune(d.ty!);
      if (t.k === 'ref' && p !== cur && t.mut) return;
      if (!d.mut && !(d.deferred && what === 'assign' && cur === p)) {
        if (what === 'assign' && cur === p) {
          const notes = [
            { from: d.span.from, message: `first assignment to \`${d.name}\`` },
            { from: d.span.from, message: `help: consider making this binding mutable: \`mut ${d.name}\`` },
            { from: p.from, message: 'cannot assign twice to immutable variable' },
          ];
          throw new CheckError(p, `cannot assign twice to immutable variable \`${d.name}\``, notes);
        }
        const notes = [{ from: p.from, message: what === 'assign' ? 'cannot assign' : 'cannot borrow as mutable' }, { from: d.span.from, message: `help: consider changing this to be mutable: \`mut ${d.name}\`` }];
        throw new CheckError(p, what === 'assign' ? `cannot assign to \`${placeName(p)}\`, as \`${d.name}\` is not declared as mutable` : `cannot borrow \`${placeName(p)}\` as mutable, as it is not declared as mutable`, notes);
      }
      return;
    }
    if (cur.k === 'method' || cur.k === 'call') return; // temporaries (e.g. bump.alloc(..)) are fine
    return;
  }
};

export function isPlace(e: Expr): boolean {
  if (e.k === 'name') return !e.konst && !e.unitStruct;
  if (e.k === 'field' || e.k === 'index') return isPlace(e.e) || e.e.k === 'method' || e.e.k === 'call' || (e.e.k === 'unary' && e.e.op === '*');
  if (e.k === 'unary' && e.op === '*') return true;
  return false;
}

export function placeName(e: Expr): string {
  switch (e.k) {
    case 'name':
      return e.name;
    case 'field':
      return `${placeName(e.e)}.${e.name}`;
    case 'index':
      return `${placeName(e.e)}[..]`;
    case 'unary':
      return e.op === '*' ? `*${placeName(e.e)}` : '_';
    case 'method':
      return `${placeName(e.recv)}.${e.name}()`;
    default:
      return '_';
  }
}

/** rustc's label for E0596/E0594 through a shared reference: "`r` is a `&` reference, so …". */
export function behindRefNote(p: Expr, r: Expr, what: 'borrow' | 'assign'): { from: number; message: string }[] {
  return [{ from: p.from, message: `\`${placeName(r)}\` is a \`&\` reference, so it cannot be ${what === 'assign' ? 'written to' : 'borrowed as mutable'}` }];
}
