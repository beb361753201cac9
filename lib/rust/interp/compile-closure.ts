// Closures at run time. A closure runs in the frame of the function that created it (its
// parameters and the shadows of its by-value captures have slots there; by-reference captures are
// the enclosing locals themselves). A closure value (RClosure) holds that frame and its by-value
// captures (`env`), which are swapped into their shadow slots around each call: two closures made by
// the same expression (in a loop) keep their own captures. Dropping the closure drops `env`.

import type { Expr, LocalDecl } from './ast';
import { RETURN, tyOf, type Compiler } from './compile';
import { compileBlock, compilePattern } from './compile-stmt';
import { dropGlue } from './drop';
import { isCopy, needsDrop, prune, zonk, type Ty } from './ty';
import { autoDeref, copier, type E, type F } from './values';

export class RClosure {
  constructor(
    public f: F,
    public env: unknown[] | null,
    readonly run: (c: RClosure, args: unknown[]) => unknown,
    /** Drops the by-value captures (null when none needs dropping). */
    readonly dropEnv: ((c: RClosure) => void) | null,
  ) {}

  call(args: unknown[]): unknown {
    return this.run(this, args);
  }
}

export function compileClosure(cx: Compiler, e: Extract<Expr, { k: 'closure' }>): E {
  const m = cx.m;
  const info = e.info!;
  const byVal = info.caps.filter((c) => c.byValue && c.shadow);
  const src = byVal.map((c) => c.decl.slot);
  const sh = byVal.map((c) => c.shadow!.slot);
  const tys = byVal.map((c) => zonk(c.decl.ty!));
  // a capture of Copy fields only (edition 2021 precise capture) copies the aggregate; the variable stays whole
  const fieldCopy = (v: unknown) => (v as unknown[]).map((x) => (Array.isArray(x) ? x.slice() : x));
  const copies = byVal.map((c, i) => (c.fields ? fieldCopy : isCopy(tys[i]) ? copier(tys[i]) ?? ((v: unknown) => v) : null));
  const drops = byVal.map((c, i) => (!c.fields && needsDrop(tys[i]) ? dropGlue(tys[i], m) : null));
  const anyDrop = drops.some(Boolean);
  const nb = byVal.length;
  // parameters: a name binds its slot, other patterns destructure
  const binds = e.params.map((p, i) => {
    if (p.pat.k === 'bind') {
      const slot = p.pat.decl!.slot;
      return (f: F, v: unknown) => {
        f[slot] = v;
      };
    }
    const pat = compilePattern(cx, p.pat, zonk(info.params[i]), false);
    return (f: F, v: unknown) => {
      pat(f, v);
    };
  });
  const np = binds.length;
  const paramLocals = ((e as { paramLocals?: LocalDecl[] }).paramLocals ?? []).filter((d) => needsDrop(zonk(d.ty!)));
  const pslots = paramLocals.map((d) => d.slot);
  const pdrops = paramLocals.map((d) => dropGlue(zonk(d.ty!), m));
  const t0 = cx.temps;
  // rustc's symbol for the closure (main::make_records::{closure#0}); its own closures nest under it.
  const name = `${cx.fnName}::{closure#${cx.closureSeq++}}`;
  const [outerName, outerSeq] = [cx.fnName, cx.closureSeq];
  [cx.fnName, cx.closureSeq] = [name, 0];
  const body = compileBlock(cx, e.body, true);
  [cx.fnName, cx.closureSeq] = [outerName, outerSeq];
  cx.temps = t0;
  const plain = (c: RClosure, args: unknown[]): unknown => {
    const f = c.f;
    const env = c.env;
    for (let i = 0; i < nb; i++) f[sh[i]] = env![i];
    for (let i = 0; i < np; i++) binds[i](f, args[i]);
    const mark = m.unwind.length;
    if (pslots.length) m.unwind.push({ f, slots: pslots, drops: pdrops });
    const code = body(f);
    const ret = code === RETURN ? m.ret : m.val;
    m.unwindTo(mark);
    for (let i = 0; i < nb; i++) {
      env![i] = f[sh[i]];
      f[sh[i]] = undefined;
    }
    return ret;
  };
  const st = m.stacks;
  // Only when stacks are recorded: the closure's frame for the allocation stacks.
  const run = st
    ? (c: RClosure, args: unknown[]): unknown => {
        st.enter(name, m.line);
        try {
          return plain(c, args);
        } finally {
          st.leave();
        }
      }
    : plain;
  const dropEnv = anyDrop
    ? (c: RClosure) => {
        const env = c.env!;
        for (let i = 0; i < nb; i++) {
          const d = drops[i];
          if (d && env[i] !== undefined) d(env[i]);
          env[i] = undefined;
        }
      }
    : null;
  if (nb === 0) return (f) => new RClosure(f, null, run, null);
  return (f) => {
    const env = new Array(nb);
    for (let i = 0; i < nb; i++) {
      const v = f[src[i]];
      const c = copies[i];
      if (c) env[i] = c(v);
      else {
        env[i] = v;
        f[src[i]] = undefined; // moved into the closure
      }
    }
    return new RClosure(f, env, run, dropEnv);
  };
}

/** `f(args)` of a closure value (through `&`, `&mut`, Box). */
export function compileClosureCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const ad = autoDeref(tyOf(e.callee));
  const callee = cx.read(e.callee);
  const get = ad.get;
  const args = e.args.map((a) => cx.expr(a));
  const n = args.length;
  return (f) => {
    const c = get(callee(f)) as RClosure;
    const vs = new Array(n);
    for (let i = 0; i < n; i++) vs[i] = args[i](f);
    return c.call(vs);
  };
}

/** Drop glue of a closure or an `impl Fn`/`dyn Fn` value: its by-value captures. */
export function closureDrop(): (v: unknown) => void {
  return (v) => {
    const c = v as RClosure;
    if (c && c.dropEnv) c.dropEnv(c);
  };
}

export const isCallableTy = (t: Ty): boolean => {
  const p = prune(t);
  return p.k === 'closure' || p.k === 'fnTrait';
};
