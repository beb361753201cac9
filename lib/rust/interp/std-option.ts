// Option, Result and Cow<str> methods at run time (check/std-methods.ts has their types): the closure
// runs only on the matching variant (core/src/option.rs, core/src/result.rs); Cow's to_mut/into_owned
// allocate only while it is borrowed (alloc/src/borrow.rs).

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import type { RClosure } from './compile-closure';
import { utf8Len } from './format';
import { Place, RBox, RSome, RString } from './machine';
import { cloneValue, newString } from './std';
import { isCopy, needsDrop, prune, type Ty } from './ty';
import { copier, isObjectKind, type E, type F } from './values';

const call = (c: unknown, args: unknown[]): unknown => (c as RClosure).run(c as RClosure, args);

export function optionMethod(cx: Compiler, id: string, st: Ty, recv: E, args: E[]): E {
  const m = cx.m;
  const [a0, a1] = args;
  const inner = (st as { e: Ty }).e;
  const dropInner = needsDrop(inner) ? cx.drop(inner) : null;
  switch (id) {
    case 'std.option.map':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        return o === null ? null : new RSome(call(g, [(o as RSome).v]));
      };
    case 'std.option.and_then':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        return o === null ? null : call(g, [(o as RSome).v]);
      };
    case 'std.option.or_else':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        return o === null ? call(g, []) : o;
      };
    case 'std.option.unwrap_or_else':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        return o === null ? call(g, []) : (o as RSome).v;
      };
    case 'std.option.map_or':
    case 'std.option.map_or_else': {
      const lazy = id === 'std.option.map_or_else';
      return (f) => {
        const o = recv(f);
        const d = a0(f);
        const g = a1(f);
        if (o === null) return lazy ? call(d, []) : d;
        return call(g, [(o as RSome).v]);
      };
    }
    case 'std.option.filter':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        if (o === null) return null;
        if (call(g, [(o as RSome).v])) return o;
        if (dropInner) dropInner((o as RSome).v);
        return null;
      };
    case 'std.option.is_some_and':
    case 'std.option.is_none_or':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        if (o === null) return id === 'std.option.is_none_or';
        return !!call(g, [(o as RSome).v]);
      };
    case 'std.option.ok_or_else':
      return (f) => {
        const o = recv(f);
        const g = a0(f);
        return o === null ? [1, call(g, [])] : [0, (o as RSome).v];
      };
    case 'std.option.copied':
    case 'std.option.cloned': {
      const t = (prune(inner) as { e: Ty }).e;
      const c = isCopy(t) ? copier(t) : cloneValue(t, m);
      return (f) => {
        const o = recv(f);
        if (o === null) return null;
        const v = (o as RSome).v;
        return new RSome(c ? c(v) : v);
      };
    }
    case 'std.option.as_deref':
      return (f) => {
        const o = recv(f);
        if (o === null) return null;
        const v = (o as RSome).v;
        return new RSome(v instanceof RString ? v.s : v instanceof RBox ? v.v : v);
      };
  }
  throw new Error(`method ${id}`);
}

export function resultMethod(id: string, recv: E, args: E[], cx: Compiler, st: Ty): E {
  const [a0, a1] = args;
  void cx;
  void st;
  switch (id) {
    case 'std.result.map':
    case 'std.result.map_err': {
      const vi = id === 'std.result.map' ? 0 : 1;
      return (f) => {
        const r = recv(f) as unknown[];
        const g = a0(f);
        return r[0] === vi ? [vi, call(g, [r[1]])] : r;
      };
    }
    case 'std.result.and_then':
      return (f) => {
        const r = recv(f) as unknown[];
        const g = a0(f);
        return r[0] === 0 ? call(g, [r[1]]) : r;
      };
    case 'std.result.unwrap_or_else':
      return (f) => {
        const r = recv(f) as unknown[];
        const g = a0(f);
        return r[0] === 0 ? r[1] : call(g, [r[1]]);
      };
    case 'std.result.is_ok_and':
    case 'std.result.is_err_and': {
      const vi = id === 'std.result.is_ok_and' ? 0 : 1;
      return (f) => {
        const r = recv(f) as unknown[];
        const g = a0(f);
        return r[0] === vi ? !!call(g, [r[1]]) : false;
      };
    }
    case 'std.result.map_or':
      return (f) => {
        const r = recv(f) as unknown[];
        const d = a0(f);
        const g = a1(f);
        return r[0] === 0 ? call(g, [r[1]]) : d;
      };
  }
  throw new Error(`method ${id}`);
}

/** Cow<str>: to_mut clones a borrowed str into an owned String once (exact), into_owned likewise. */
export function cowMethod(cx: Compiler, id: string, recv: E): E {
  const m = cx.m;
  const text = (c: unknown[]) => (c[0] === 0 ? (c[1] as string) : (c[1] as RString).s);
  switch (id) {
    case 'std.cow.to_mut':
      return (f) => {
        const c = recv(f) as unknown[];
        if (c[0] === 0) {
          const s = c[1] as string;
          c[1] = newString(m, s, utf8Len(s), 'Cow::to_mut (to_owned)');
          c[0] = 1;
        }
        return c[1];
      };
    case 'std.cow.into_owned':
      return (f) => {
        const c = recv(f) as unknown[];
        if (c[0] === 1) return c[1];
        const s = c[1] as string;
        return newString(m, s, utf8Len(s), 'Cow::into_owned (to_owned)');
      };
    case 'std.cow.len':
      return (f) => utf8Len(text(recv(f) as unknown[]));
    case 'std.cow.is_empty':
      return (f) => text(recv(f) as unknown[]).length === 0;
    case 'std.cow.to_string':
      return (f) => {
        const s = text(recv(f) as unknown[]);
        return newString(m, s, utf8Len(s), 'to_string');
      };
  }
  throw new Error(`method ${id}`);
}

/** `opt.as_mut()` / `opt.get_or_insert_with(f)`: they need the Option's place (None is replaced by Some). */
export function optionPlaceMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, st: Ty, a0: E): E {
  const inner = (st as { e: Ty }).e;
  const obj = isObjectKind(inner);
  let get: (f: F) => unknown;
  let set: (f: F, v: unknown) => void;
  if (prune(tyOf(e.recv)).k === 'Option') {
    const p = cx.place(e.recv);
    get = p.get;
    set = p.set;
  } else {
    // through `&mut Option<T>`: a Place
    const r = cx.expr(e.recv);
    get = (f) => {
      const pl = r(f) as Place;
      return pl.o[pl.k];
    };
    set = (f, v) => {
      const pl = r(f) as Place;
      pl.o[pl.k] = v;
    };
  }
  // a `&mut T` of a scalar is a place: the RSome's payload slot
  const refTo = (s: RSome): unknown => (obj ? s.v : new Place(s as unknown as unknown[], 'v' as unknown as number));
  if (e.builtin === 'std.option.as_mut') {
    return (f) => {
      const o = get(f);
      return o === null ? null : new RSome(refTo(o as RSome));
    };
  }
  return (f) => {
    let o = get(f) as RSome | null;
    const g = a0(f);
    if (o === null) {
      o = new RSome(call(g, []));
      set(f, o);
    }
    return refTo(o);
  };
}
