// E0106: lifetime elision. A function may return a reference (or a struct with lifetime parameters
// written without them, `-> Parser`) with an elided lifetime only when it is a method taking
// `&self`/`&mut self` (the result borrows from self) or its parameters have exactly one lifetime
// (one `&` or struct lifetime in all their types). Otherwise rustc stops with "missing lifetime
// specifier" at the return type's `&`, before type checking.

import type { FnDecl, Program, TypeExpr } from '../ast';
import type { RawDiag } from '../parse';

/** Structs with lifetime parameters: how many each has (set per program). */
let lifetimeStructs = new Map<string, number>();

function refs(t: TypeExpr, out: TypeExpr[] = []): TypeExpr[] {
  if (t.k === 'ref') {
    out.push(t);
    refs(t.elem, out);
  } else if (t.k === 'array') refs(t.elem, out);
  else if (t.k === 'path') {
    // `Parser<'a>` names its lifetime; `Parser` elides it
    const n = lifetimeStructs.get(t.name) ?? 0;
    for (let i = 0; i < n; i++) out.push(t.lts ? { ...t, k: 'ref', mut: false, elem: t, lifetime: true } : t);
    for (const a of t.args) refs(a, out);
  }
  return out;
}

function paramName(p: FnDecl['params'][number]): string {
  return p.pat.k === 'bind' ? p.pat.name : '_';
}

function list(names: string[]): string {
  const q = names.map((n) => `\`${n}\``);
  if (q.length <= 2) return q.join(' or ');
  return `${q.slice(0, -1).join(', ')}, or ${q[q.length - 1]}`;
}

export function elisionErrors(prog: Program): RawDiag[] {
  const out: RawDiag[] = [];
  lifetimeStructs = new Map(prog.structs.filter((s) => s.lifetimes).map((s) => [s.name, s.lifetimes!.length]));
  for (const f of [...prog.fns, ...(prog.impls ?? []).flatMap((i) => i.fns)]) {
    // a reference with a written lifetime (`&'static str`, `&'a T`) is not elided
    const outRefs = f.ret && !(f.impl && f.ret.k === 'path' && f.ret.name === 'Self') ? refs(f.ret).filter((r) => !(r.k === 'ref' && r.lifetime)) : [];
    if (!outRefs.length) continue;
    // a method's result borrows from `&self` / `&mut self`
    if (f.selfParam && f.selfParam.mode !== 'value') continue;
    const withRefs = f.params.map((p) => ({ name: paramName(p), n: refs(p.ty).length })).filter((p) => p.n > 0);
    const total = withRefs.reduce((s, p) => s + p.n, 0);
    if (total === 1) continue;
    const why =
      total === 0
        ? 'there is no value for it to be borrowed from'
        : withRefs.length === 1
          ? `the signature does not say which one of \`${withRefs[0].name}\`'s ${total} lifetimes it is borrowed from`
          : `the signature does not say whether it is borrowed from ${list(withRefs.map((p) => p.name))}`;
    const at = outRefs[0];
    out.push({
      from: at.from,
      to: at.from + 1,
      message: 'missing lifetime specifier',
      code: 'E0106',
      notes: [
        { from: at.from, message: 'expected named lifetime parameter' },
        { from: at.from, message: `help: this function's return type contains a borrowed value, but ${why}` },
      ],
    });
  }
  return out;
}
