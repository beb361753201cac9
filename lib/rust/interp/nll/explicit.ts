// E0621: a function whose result has a named lifetime (`-> &'a str`) returns a parameter whose
// reference type has none (`b: &str`): rustc's region error "explicit lifetime required in the
// type of `b`" at the returned name (rustc_trait_selection's nice_region_error, reduced to a
// parameter returned directly, through if/else, match arms, blocks or `return`).

import type { Block, Expr, FnDecl, Program } from '../ast';
import type { RawDiag } from '../parse';
import { lifetimesOf } from './types';

/** The expressions whose value a function returns when `e` is its body's tail. */
function leaves(e: Expr | null, out: Expr[]): void {
  if (!e) return;
  switch (e.k) {
    case 'name':
      out.push(e);
      return;
    case 'block':
      blockLeaves(e.b, out);
      return;
    case 'if':
    case 'ifLet':
      blockLeaves(e.then, out);
      leaves(e.els, out);
      return;
    case 'match':
      for (const a of e.arms) leaves(a.body, out);
      return;
  }
}

function blockLeaves(b: Block, out: Expr[]): void {
  returns(b, out);
  leaves(b.tail, out);
}

/** `return x` anywhere in the statements of a block (not inside closures). */
function returns(b: Block, out: Expr[]): void {
  const visit = (e: Expr | null): void => {
    if (!e) return;
    if (e.k === 'return') leaves(e.e, out);
    else if (e.k === 'block') returns(e.b, out);
    else if (e.k === 'if' || e.k === 'ifLet') {
      returns(e.then, out);
      visit(e.els);
    } else if (e.k === 'while' || e.k === 'whileLet' || e.k === 'loop' || e.k === 'for') returns(e.body, out);
    else if (e.k === 'match') for (const a of e.arms) visit(a.body);
  };
  for (const s of b.stmts) if (s.k === 'expr') visit(s.e);
  if (b.tail && b.tail.k !== 'name') visit(b.tail);
}

export function explicitLifetimeErrors(prog: Program): RawDiag[] {
  const out: RawDiag[] = [];
  for (const f of [...prog.fns, ...(prog.impls ?? []).flatMap((i) => i.fns)] as FnDecl[]) {
    if (!f.ret) continue;
    const lts = lifetimesOf(f.ret, f.impl?.self.lts ?? []);
    if (!lts.named.size || lts.anon || lts.named.has("'static")) continue;
    const found: Expr[] = [];
    blockLeaves(f.body, found);
    for (const e of found) {
      if (e.k !== 'name' || !e.decl?.isParam) continue;
      const p = f.params.find((x) => x.pat.k === 'bind' && x.pat.decl === e.decl);
      if (!p || p.ty.k !== 'ref' || p.ty.lt) continue;
      const lt = [...lts.named][0];
      out.push({ from: e.from, to: e.to, message: `explicit lifetime required in the type of \`${e.name}\``, code: 'E0621', notes: [{ from: e.from, message: `lifetime \`${lt}\` required` }] });
      break;
    }
  }
  return out;
}
