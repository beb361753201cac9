// errors.New / Is / As / Unwrap / Join and fmt.Errorf (go1.23.5). errors.New allocates its
// *errorString (16 B) at the call (inlined: heap or stack as escape analysis says); fmt.Errorf
// formats into a new string, then wraps it in errors.New (no %w) or a *fmt.wrapError (one %w,
// 32 B; the printer's wrappedErrs slice is allocated the first time a printer sees a %w). Is and
// As walk the Unwrap chain without allocating, calling the program's Is / As / Unwrap methods.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { resolveMethod } from './compile-iface';
import { equalFn, implementsAt } from './compile-expr';
import { lookupMethodOf } from './check/interfaces';
import { isLibError, newLibError, tErrorString, tJoinError, tWrapError } from './lib-std';
import { cloneFn, copyIntoFn, heapString, isAggregate } from './mem';
import { comparable, identical, tBool, tError, underlying, type T } from './types';
import { ErrorVal, HeapObj, Iface, Ptr, Slice, Str } from './values';
import { growslice } from '../slice';
import { roundupsize } from '../msize';

const args = (c: Compiler, e: A.Call): Ev[] => e.args.map((a) => c.expr(a));

/** The program's method `name` of dynamic type t, if t's method set has it (pointer methods need *T). */
function userMethod(c: Compiler, t: T, name: string, line: number): ((v: unknown, a: unknown[]) => unknown) | null {
  if (isLibError(t)) return null;
  const fn = lookupMethodOf(c.info, t, name);
  if (!fn || (fn.recv!.ptr && t.k !== 'ptr')) return null;
  return resolveMethod(c, t, name, line);
}

/** errors.Join's errors (its Unwrap() []error), or null for any other error. */
const joinedOf = (err: Iface): Iface[] | null => (err.v instanceof ErrorVal ? err.v.joined : null);

/** errors.Unwrap(err): err.(interface{ Unwrap() error }).Unwrap(), else nil. */
export function unwrap(c: Compiler, err: Iface, line: number): Iface | null {
  if (err.v instanceof ErrorVal) return err.v.wrapped;
  const u = userMethod(c, err.t, 'Unwrap', line);
  const fn = lookupMethodOf(c.info, err.t, 'Unwrap');
  if (!u || !fn || fn.sig.results.length !== 1 || !identical(fn.sig.results[0], tError)) return null;
  return u(err.v, []) as Iface | null;
}

function errorsIs(c: Compiler, err: Iface | null, target: Iface | null, line: number): boolean {
  if (err === null || target === null) return err === target;
  const isComparable = comparable(target.t);
  const eq = equalFn(tError, c, line);
  // errors/wrap.go is(): follow Unwrap() error; at an Unwrap() []error (errors.Join), depth first.
  const walk = (start: Iface): boolean => {
    for (let e: Iface | null = start; e !== null; e = unwrap(c, e, line)) {
      if (isComparable && eq(e, target)) return true;
      const is = userMethod(c, e.t, 'Is', line);
      const fn = is ? lookupMethodOf(c.info, e.t, 'Is') : null;
      if (is && fn && fn.sig.params.length === 2 && identical(fn.sig.params[1], tError) && identical(fn.sig.results[0] ?? tError, tBool) && is(e.v, [target])) return true;
      const joined = joinedOf(e);
      if (joined) return joined.some(walk);
    }
    return false;
  };
  return walk(err);
}

function errorsAs(c: Compiler, err: Iface | null, target: Iface | null, line: number): boolean {
  if (target === null) return c.panicAt(line, 'errors: target cannot be nil');
  if (target.t.k !== 'ptr' || target.v === null) return c.panicAt(line, 'errors: target must be a non-nil pointer');
  const elem = target.t.elem;
  const elemIsIface = underlying(elem).k === 'iface';
  if (!elemIsIface && !implementsAt(c.info, elem, tError) && !isLibError(elem)) return c.panicAt(line, 'errors: *target must be interface or implement error');
  const p = target.v as Ptr;
  return asWalk(c, err, p, elem, elemIsIface, target, line);
}

/** errors/wrap.go as(): the chain of Unwrap() error, and errors.Join's errors depth first. */
function asWalk(c: Compiler, err: Iface | null, p: Ptr, elem: T, elemIsIface: boolean, target: Iface, line: number): boolean {
  for (let e: Iface | null = err; e !== null; e = unwrap(c, e, line)) {
    const assignable = elemIsIface ? implementsLib(c, e.t, elem) : identical(e.t, elem);
    if (assignable) {
      const v: unknown = elemIsIface ? e : e.v;
      if (p.k === -1) copyIntoFn(elem)(p.c, v);
      else p.c[p.k] = !elemIsIface && isAggregate(elem) ? cloneFn(elem)(v) : v;
      return true;
    }
    const as = userMethod(c, e.t, 'As', line);
    if (as && as(e.v, [target])) return true;
    const joined = joinedOf(e);
    if (joined) return joined.some((j) => asWalk(c, j, p, elem, elemIsIface, target, line));
  }
  return false;
}

/** Does dynamic type t implement iface (the library's errors have Error, and wrapError Unwrap)? */
function implementsLib(c: Compiler, t: T, iface: T): boolean {
  if (isLibError(t)) {
    const have = (t as { elem: T }).elem === tWrapError || (t as { elem: T }).elem === tJoinError ? ['Error', 'Unwrap'] : ['Error'];
    return (underlying(iface) as { methods: string[] }).methods.every((m) => have.includes(m));
  }
  return implementsAt(c.info, t, iface);
}

export const ERRORS_IMPLS: Record<string, LibImpl> = {
  'errors.New': (c, e) => {
    const [x] = args(c, e);
    const line = c.line(e);
    const heap = c.siteHeap(e.id);
    const site = c.site(line, heap ? 'heap' : 'stack', `&errors.errorString{...} ${heap ? 'escapes to heap' : 'does not escape'}`);
    return (f) => {
      const s = x(f) as Str;
      const ev = new ErrorVal(s.s, null, tErrorString);
      if (heap) return newLibError(c.m, ev, s.o, { site, line });
      c.m.stackAlloc(16, site, line);
      return new Iface({ k: 'ptr', elem: tErrorString }, ev, null);
    };
  },
  'errors.Join': (c, e) => errorsJoin(c, e),
  'errors.Is': (c, e) => {
    const [x, y] = args(c, e);
    const line = c.line(e);
    return (f) => errorsIs(c, x(f) as Iface | null, y(f) as Iface | null, line);
  },
  'errors.As': (c, e) => {
    const [x, y] = args(c, e);
    const line = c.line(e);
    return (f) => errorsAs(c, x(f) as Iface | null, y(f) as Iface | null, line);
  },
  'errors.Unwrap': (c, e) => {
    const [x] = args(c, e);
    const line = c.line(e);
    return (f) => {
      const err = x(f) as Iface | null;
      return err === null ? null : unwrap(c, err, line);
    };
  },
  'fmt.Errorf': (c, e) => {
    const fmtArg = c.expr(e.args[0]);
    const rest = e.args.slice(1).map((a) => c.expr(a));
    const spread = e.ellipsis;
    const line = c.line(e);
    const m = c.m;
    const msgAt = c.std.at(line, 'fmt.Errorf: the message string (string(p.buf))');
    const errAt = c.std.at(line, 'fmt.Errorf: the error value (&errorString{s} without %w, &wrapError{msg, err} with one %w)');
    return (f) => {
      let a: (Iface | null)[];
      if (spread) {
        const sl = rest[0](f) as Slice;
        a = sl.d ? (sl.d as (Iface | null)[]).slice(sl.off, sl.off + sl.len) : [];
      } else a = rest.map((r) => r(f) as Iface | null);
      let out: Iface | null = null;
      c.std.fmt.errorf((fmtArg(f) as Str).s, a, line, (s, wrapped) => {
        const msg = s.length <= 1 ? new Str(s, null) : heapString(m, s, msgAt);
        if (wrapped.length === 0) out = newLibError(m, new ErrorVal(s, null, tErrorString), msg.o, errAt);
        else {
          // One %w: the argument if it is an error. (Several: a *fmt.wrapErrors; its Unwrap() []error is not modelled.)
          const w = a[wrapped[0]];
          const werr = w !== null && (w.v instanceof ErrorVal || userMethod(c, w.t, 'Error', line)) ? w : null;
          out = newLibError(m, new ErrorVal(s, werr, tWrapError), msg.o, errAt);
        }
      });
      return out;
    };
  },
};


/**
 * errors.Join (errors/join.go): nil if every error is nil; else &joinError{errs: make([]error, 0, n)}
 * (24 B, heap or stack as escape analysis says) and the slice (16 B per error, always heap). Its
 * Error() is rebuilt at each call: one error's message as is; else b := []byte(first) (a size class
 * of len), then append '\n' and each next message, growing as append does.
 */
function errorsJoin(c: Compiler, e: A.Call): Ev {
  const spread = e.ellipsis ? c.expr(e.args[0]) : null;
  const each = e.ellipsis ? [] : e.args.map((a) => c.expr(a));
  const line = c.line(e);
  const m = c.m;
  const heap = c.siteHeap(e.id);
  const site = c.site(line, heap ? 'heap' : 'stack', `&errors.joinError{...} ${heap ? 'escapes to heap' : 'does not escape'}`);
  const errsAt = c.std.at(line, 'errors.Join: make([]error, 0, n) for the non-nil errors');
  const msgAt = c.std.at(line, '(*errors.joinError).Error: []byte(first message), then an append per error');
  return (f) => {
    let all: (Iface | null)[];
    if (spread) {
      const sl = spread(f) as Slice;
      all = sl.d ? (sl.d as (Iface | null)[]).slice(sl.off, sl.off + sl.len) : [];
    } else all = each.map((x) => x(f) as Iface | null);
    const errs = all.filter((x): x is Iface => x !== null);
    if (errs.length === 0) return null;
    const ev = new ErrorVal('', null, tJoinError, () => {
      const msgs = errs.map((x) => (resolveMethod(c, x.t, 'Error', line)(x.v, []) as Str).s);
      ev.msg = msgs.join('\n');
      if (msgs.length === 1) return;
      let len = msgs[0].length;
      let cap = len === 0 ? 0 : roundupsize(len, true);
      if (cap > 0) m.malloc(cap, true, msgAt.site, line, 0, null, null);
      const add = (k: number): void => {
        if (len + k > cap) {
          const g = growslice(len, cap, k, { size: 1, hasPointers: false });
          if (g.capmem > 0) m.malloc(g.capmem, true, msgAt.site, line, 0, null, null);
          cap = g.newcap;
        }
        len += k;
      };
      for (const s of msgs.slice(1)) {
        add(1);
        if (s.length) add(s.length);
      }
    });
    ev.joined = errs;
    const o = heap ? m.malloc(24, false, site, line, 3, ev, null) : null;
    if (!heap) m.stackAlloc(24, site, line);
    const so = m.malloc(16 * errs.length, false, errsAt.site, line, 3, ev, null);
    const keep = (mk: { markObj(o: HeapObj | null): void; markValue(v: unknown, t: T): void }): void => {
      for (const x of errs) {
        mk.markObj(x.o);
        mk.markValue(x.v, x.t);
      }
    };
    so.scanFn = keep;
    if (o) {
      o.scanFn = (mk) => {
        mk.markObj(so);
        keep(mk);
      };
    }
    // What the GC reaches from the error value: the struct, or (on the stack) the slice directly.
    ev.o = o ?? so;
    return new Iface({ k: 'ptr', elem: tJoinError }, ev, null);
  };
}
