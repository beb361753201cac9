// Trait objects at run time, as rustc lays them out: `&dyn Trait` and `Box<dyn Trait>` are fat
// pointers (data, vtable), the vtable holds the concrete type's drop glue, size and methods. Here the
// pointee of such a pointer is an RDyn (the concrete value + its vtable); a Box keeps the concrete
// type's allocation (`Box::new` of the concrete value, then unsized in place: std's CoerceUnsized),
// so dropping it runs the concrete drop glue and frees the concrete size.

import type { Expr, FnDecl } from './ast';
import { Ctl, RETURN, tyOf, type Compiler, type CompiledFn } from './compile';
import { codeOf } from './compile-impl';
import { dropGlue } from './drop';
import { RBox, RDyn, type RSome } from './machine';
import { DONE, type RIter } from './iter';
import { needsDrop, prune, type StructInfo, type Ty } from './ty';
import { compareOrd, ordFn } from './rmap';
import { defaultOf, type E, type F } from './values';

interface VTable {
  drop: ((v: unknown) => void) | null;
  fn(name: string): CompiledFn;
}

const tables = new WeakMap<Compiler, Map<StructInfo, VTable>>();

/** The vtable of a concrete type (one per type: its methods of every trait it implements). */
function vtableOf(cx: Compiler, t: Ty): VTable {
  const p = prune(t);
  if (p.k !== 'struct') throw new Error(`trait object of ${p.k}`);
  let byS = tables.get(cx);
  if (!byS) tables.set(cx, (byS = new Map()));
  const hit = byS.get(p.s);
  if (hit) return hit;
  const s = p.s;
  const fns = new Map<string, CompiledFn>();
  const vt: VTable = {
    drop: needsDrop(p) ? dropGlue(p, cx.m) : null,
    fn(name) {
      let c = fns.get(name);
      if (!c) {
        // the trait impl's method (an inherent method of the same name is not in the vtable)
        const suffix = `>::${name}`;
        const prefix = `<${s.name} as `;
        let info = null;
        for (const [k, f] of cx.checked.fns) if (k.startsWith(prefix) && k.endsWith(suffix)) info = f;
        c = codeOf(cx, info!.decl);
        fns.set(name, c);
      }
      return c;
    },
  };
  byS.set(s, vt);
  return vt;
}

/** `Box<S>` → `Box<dyn Trait>` (the Box keeps its allocation) and `&S` → `&dyn Trait`. */
export function compileDynCoerce(cx: Compiler, e: Expr, base: E, kind: string): E {
  const t = prune(tyOf(e)) as { e: Ty };
  const vt = vtableOf(cx, t.e);
  if (kind === 'boxDyn')
    return (f) => {
      const b = base(f) as RBox;
      b.v = new RDyn(b.v, vt);
      return b;
    };
  return (f) => new RDyn(base(f), vt);
}

/** `x.m(..)` on a trait object: the receiver's fat pointer found through its references and Boxes, the method from its vtable. */
export function compileDynMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>): E {
  const m = cx.m;
  const base = cx.read(e.recv);
  const steps: boolean[] = []; // true: through a Box
  let t = prune(tyOf(e.recv));
  while (t.k !== 'dyn') {
    if (t.k === 'Box') steps.push(true);
    else if (t.k !== 'ref') throw new Error(`dyn receiver ${t.k}`);
    t = prune((t as { e: Ty }).e);
  }
  const boxes = steps.filter((x) => x).length;
  const args = e.args.map((a) => cx.expr(a));
  const n = args.length;
  const name = e.name;
  return (f) => {
    let x = base(f);
    for (let i = 0; i < boxes; i++) x = (x as RBox).v;
    const d = x as RDyn;
    const xs = new Array(n + 1);
    xs[0] = d.v;
    for (let i = 0; i < n; i++) xs[i + 1] = args[i](f);
    const l = m.line;
    const r = d.vt.fn(name).call!(xs);
    m.line = l;
    return r;
  };
}

/** `a < b` on a #[derive(PartialOrd)] type: fields lexicographically, enum variants by index (core's derive). */
export function compareDerived(t: Ty, op: string, l: E, r: E): E {
  const o = ordFn(t);
  const c = (f: F) => compareOrd(o(l(f)), o(r(f)));
  switch (op) {
    case '<':
      return (f) => c(f) < 0;
    case '>':
      return (f) => c(f) > 0;
    case '<=':
      return (f) => c(f) <= 0;
    default:
      return (f) => c(f) >= 0;
  }
}

/** `S::default()` of a #[derive(Default)] struct: each field's default (no allocation: empty String/Vec). */
export function compileDerivedDefault(t: Ty): E {
  const p = prune(t);
  const make = (x: Ty): unknown => {
    const q = prune(x);
    if (q.k === 'struct' && !q.s.variants) return q.s.fields.map((f) => make(f.ty));
    if (q.k === 'char') return 0;
    if (q.k === 'tuple') return q.elems.map(make);
    if (q.k === 'unit') return null;
    return defaultOf(q);
  };
  return () => make(p);
}

/** `r?` where the function's error type has `impl From<E>`: the error goes through `From::from` before returning. */
export function compileTryFrom(cx: Compiler, e: Extract<Expr, { k: 'try' }>): E {
  const v = cx.expr(e.e);
  const m = cx.m;
  cx.valueCtl++;
  const decl = (e as { fromFn?: FnDecl }).fromFn!;
  let code: CompiledFn | null = null;
  return (f) => {
    const a = v(f) as unknown[];
    if (a[0] === 0) return a[1];
    code ??= codeOf(cx, decl);
    const l = m.line;
    const err = code.call!([a[1]]);
    m.line = l;
    m.ret = [1, err];
    m.label = null;
    throw new Ctl(RETURN);
  };
}

/** A value of a type with `impl Iterator` used as an iterator: each `next()` calls the program's `next(&mut self)`. */
export function compileUserIter(cx: Compiler, e: Expr, base: E): E {
  const m = cx.m;
  const decl = (e as { userNext?: FnDecl }).userNext!;
  let code: CompiledFn | null = null;
  return (f) => {
    const obj = base(f);
    const it: RIter = {
      next: () => {
        code ??= codeOf(cx, decl);
        const l = m.line;
        const r = code.call!([obj]);
        m.line = l;
        return r === null ? DONE : (r as RSome).v;
      },
      hint: () => [0, null], // Iterator's default size_hint
      trusted: false,
      tra: false,
    };
    return it;
  };
}

/** `a + b` with the program's `impl Add` (Sub, Mul): `Add::add(a, b)`, both operands moved (or copied). */
export function compileUserOp(cx: Compiler, e: Extract<Expr, { k: 'binary' }>): E {
  const m = cx.m;
  const l = cx.expr(e.l);
  const r = cx.expr(e.r);
  const decl = (e as { opFn?: FnDecl }).opFn!;
  let code: CompiledFn | null = null;
  return (f) => {
    const a = l(f);
    const b = r(f);
    code ??= codeOf(cx, decl);
    const line = m.line;
    const out = code.call!([a, b]);
    m.line = line;
    return out;
  };
}

/** `S { a: x, ..base }`: the named fields, then the base (a temporary) for the rest; its replaced fields are dropped. */
export function compileStructUpdate(cx: Compiler, s: StructInfo, inits: { i: number; e: E }[], base: E): E {
  const given = new Set(inits.map((x) => x.i));
  const drops = s.fields.map((fd, i) => (given.has(i) && needsDrop(fd.ty) ? dropGlue(fd.ty, cx.m) : null));
  return (f) => {
    const a = new Array(s.fields.length);
    for (const x of inits) a[x.i] = x.e(f);
    const b = base(f) as unknown[];
    for (let i = 0; i < a.length; i++) {
      if (!given.has(i)) a[i] = b[i];
      else drops[i]?.(b[i]);
    }
    return a;
  };
}
