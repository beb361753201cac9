// Enums with data at run time: a value is an array `[variant index, ...that variant's fields]`
// (a fresh array per value, so moves and `*r = E::A` work as for structs). Constructors, the
// matcher of variant and struct patterns (moving by-value bindings out of an owned scrutinee, or
// binding references through `&E`), and the drop glue, clone, `==` and Debug of enum values.

import type { Expr, Pattern } from './ast';
import { Ctl, RETURN, type Compiler } from './compile';
import { formatter } from './compile-fmt';
import type { Machine } from './machine';
import { Place, RSome } from './machine';
import { isCopy, needsDrop, prune, type StructInfo, type Ty } from './ty';
import { copier, defaultOf, isObjectKind, type E, type F } from './values';

type Matcher = (f: F, v: unknown) => boolean;

/** `E::V(a, b)` (call), `E::V` (path), `E::V { x, y }` (struct literal). */
export function compileVariant(cx: Compiler, e: Expr, s: StructInfo): E {
  const vi = (e as { vi?: number }).vi!;
  if (e.k === 'call') {
    const args = e.args.map((a) => cx.expr(a));
    return (f) => {
      const a: unknown[] = [vi];
      for (const x of args) a.push(x(f));
      return a;
    };
  }
  if (e.k === 'struct') {
    const v = s.variants![vi];
    const inits = e.fields.map((fi) => ({ i: v.fields.findIndex((x) => x.name === fi.name) + 1, e: cx.expr(fi.e) }));
    const n = v.fields.length + 1;
    return (f) => {
      const a = new Array<unknown>(n);
      a[0] = vi;
      for (const x of inits) a[x.i] = x.e(f);
      return a;
    };
  }
  return () => [vi];
}

/** A variant or struct pattern: `E::V(p, q)`, `E::V { x, .. }`, `E::V`, `S { x, y: p, .. }`. */
export function compileVariantPattern(p: Extract<Pattern, { k: 'variant' }>, t: Ty, sub: (p: Pattern, t: Ty) => Matcher): Matcher {
  const { vi, viaRef, subs } = p as unknown as { vi: number; viaRef: boolean | null; subs: { i: number; pat: Pattern }[] };
  const whole = prune(viaRef === null ? t : (prune(t) as { e: Ty }).e) as Extract<Ty, { k: 'struct' }>;
  const s = whole.s;
  const fields = vi >= 0 ? s.variants![vi].fields : s.fields;
  const off = vi >= 0 ? 1 : 0;
  const ms = subs.map(({ i, pat }) => sub(pat, viaRef === null ? fields[i].ty : { k: 'ref', mut: viaRef, e: fields[i].ty }));
  const idx = subs.map(({ i }) => i + off);
  // `&mut` of a scalar field is a place; a shared reference to a Copy value is the value
  const place = subs.map(({ i }) => viaRef === true && !isObjectKind(fields[i].ty));
  const moves = subs.map(({ i, pat }) => viaRef === null && (pat.k === 'bind' || pat.k === 'at') && !(pat.k === 'bind' && (pat.byRef || pat.deref)) && !isCopy(fields[i].ty) && needsDrop(fields[i].ty));
  const anyMove = moves.some(Boolean);
  const n = ms.length;
  return (f, v) => {
    const o = v as unknown[];
    if (vi >= 0 && o[0] !== vi) return false;
    for (let k = 0; k < n; k++) if (!ms[k](f, place[k] ? new Place(o, idx[k]) : o[idx[k]])) return false;
    // Moving a payload out of an owned value: what is left no longer owns it.
    if (anyMove) for (let k = 0; k < n; k++) if (moves[k]) o[idx[k]] = undefined;
    return true;
  };
}

/** `x @ p`: p must match; x gets the value (copied if Copy, else moved). */
export function compileAtPattern(p: Extract<Pattern, { k: 'at' }>, t: Ty, inner: Matcher): Matcher {
  const slot = p.decl!.slot;
  const c = copier(t);
  return (f, v) => {
    if (!inner(f, v)) return false;
    f[slot] = c ? c(v) : v;
    return true;
  };
}

/** Drop glue of an enum: the `impl Drop` first, then the live variant's fields in order. */
export function enumDropGlue(s: StructInfo, m: Machine, glue: (t: Ty) => ((v: unknown) => void) | null): (v: unknown) => void {
  let per: (((v: unknown) => void) | null)[][] | null = null;
  return (v) => {
    per ??= s.variants!.map((x) => x.fields.map((fd) => (needsDrop(fd.ty) ? glue(fd.ty) : null)));
    if (s.drop) m.userDrop(s, v);
    const a = v as unknown[];
    const ds = per[a[0] as number];
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      if (d && a[i + 1] !== undefined) d(a[i + 1]);
    }
  };
}

/** Clone of an enum value (derive(Clone)): the live variant's fields cloned in order. */
export function enumClone(s: StructInfo, clone: (t: Ty) => ((v: unknown) => unknown) | null): (v: unknown) => unknown {
  let per: (((v: unknown) => unknown) | null)[][] | null = null;
  return (v) => {
    per ??= s.variants!.map((x) => x.fields.map((fd) => (isCopy(fd.ty) ? copier(fd.ty) : clone(fd.ty))));
    const a = v as unknown[];
    const cs = per[a[0] as number];
    return a.map((x, i) => (i && cs[i - 1] ? cs[i - 1]!(x) : x));
  };
}

/** `==` of derive(PartialEq): same variant, then the fields. */
export function enumEq(s: StructInfo, eq: (t: Ty) => (a: unknown, b: unknown) => boolean): (a: unknown, b: unknown) => boolean {
  let per: ((a: unknown, b: unknown) => boolean)[][] | null = null;
  return (a, b) => {
    per ??= s.variants!.map((x) => x.fields.map((fd) => eq(fd.ty)));
    const x = a as unknown[];
    const y = b as unknown[];
    if (x[0] !== y[0]) return false;
    return per[x[0] as number].every((e, i) => e(x[i + 1], y[i + 1]));
  };
}

// ---- Result<T, E> and `?`

/** `expr?` on a Result (Err(e) returns Err(e) from the function) or an Option (None returns None). */
export function compileTry(cx: Compiler, e: Extract<Expr, { k: 'try' }>, kind: string): E {
  const v = cx.expr(e.e);
  const m = cx.m;
  cx.valueCtl++;
  if (kind === 'option')
    return (f) => {
      const x = v(f);
      if (x === null) {
        m.ret = null;
        m.label = null;
        throw new Ctl(RETURN);
      }
      return (x as RSome).v;
    };
  return (f) => {
    const a = v(f) as unknown[];
    if (a[0] === 0) return a[1];
    m.ret = [1, a[1]];
    m.label = null;
    throw new Ctl(RETURN);
  };
}

/** Debug of a value as core::fmt's chunks (the payload of an unwrap/expect panic). */
function debugChunks(t: Ty, m: Machine): (v: unknown) => string[] {
  let fm: ReturnType<typeof formatter> | null = null;
  return (v) => {
    fm ??= formatter(t, true, m);
    const out: string[] = [];
    fm(out, { arg: null, debug: true, alternate: false, plus: false, zero: false, fill: ' ', align: null, width: null, precision: null }, v);
    return out;
  };
}

/** The methods of Result (receiver already auto-dereferenced; by-value ones consume it). */
export function compileResultMethod(cx: Compiler, id: string, st: Ty, recv: E, a0: E | undefined, panic: (message: string, chunks: string[] | null) => never): E {
  const m = cx.m;
  const [okT, errT] = (prune(st) as Extract<Ty, { k: 'struct' }>).s.targs!;
  const dropOk = cx.drop(okT);
  const dropErr = cx.drop(errT);
  switch (id) {
    case 'result.is_ok':
      return (f) => (recv(f) as unknown[])[0] === 0;
    case 'result.is_err':
      return (f) => (recv(f) as unknown[])[0] === 1;
    case 'result.unwrap':
    case 'result.expect': {
      const dbg = debugChunks(errT, m);
      const expect = id === 'result.expect';
      return (f) => {
        const a = recv(f) as unknown[];
        const msg = expect ? (a0!(f) as string) : '';
        if (a[0] === 0) return a[1];
        // core::result::unwrap_failed: panic!("{msg}: {error:?}"); the error is dropped while unwinding
        const head = expect ? msg : 'called `Result::unwrap()` on an `Err` value';
        const chunks = [head, ': ', ...dbg(a[1])];
        if (dropErr) m.unwind.push({ f: [a[1]], slots: [0], drops: [dropErr] });
        panic(chunks.join(''), chunks);
      };
    }
    case 'result.unwrap_err': {
      const dbg = debugChunks(okT, m);
      return (f) => {
        const a = recv(f) as unknown[];
        if (a[0] === 1) return a[1];
        const chunks = ['called `Result::unwrap_err()` on an `Ok` value', ': ', ...dbg(a[1])];
        if (dropOk) m.unwind.push({ f: [a[1]], slots: [0], drops: [dropOk] });
        panic(chunks.join(''), chunks);
      };
    }
    case 'result.unwrap_or':
      return (f) => {
        const a = recv(f) as unknown[];
        const d = a0!(f);
        if (a[0] === 1) {
          if (dropErr) dropErr(a[1]);
          return d;
        }
        if (dropOk && d !== undefined) dropOk(d);
        return a[1];
      };
    case 'result.unwrap_or_default':
      return (f) => {
        const a = recv(f) as unknown[];
        if (a[0] === 0) return a[1];
        if (dropErr) dropErr(a[1]);
        return defaultOf(okT);
      };
    case 'result.ok':
    case 'result.err': {
      const keep = id === 'result.ok' ? 0 : 1;
      const other = keep === 0 ? dropErr : dropOk;
      return (f) => {
        const a = recv(f) as unknown[];
        if (a[0] === keep) return new RSome(a[1]);
        if (other) other(a[1]);
        return null;
      };
    }
  }
  throw new Error(`result method ${id}`);
}
