// Iterators at run time: lazy objects with `next()` (DONE at the end), `back()` where std's is
// double-ended, and `hint()` = std's size_hint. `trusted` marks TrustedLen chains (collect allocates
// the upper bound once), `tra` TrustedRandomAccess ones (Skip is TrustedLen only over those). The
// consumers and `collect` follow alloc's SpecFromIterNested / extend_desugared and String's
// FromIterator impls (rustc 1.95), so a collect's allocator calls are exact.

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import { RClosure } from './compile-closure';
import { dropGlue } from './drop';
import { addFn, mulFn, type Int } from './int';
import { Place, RSome, RString, RVec, type Machine } from './machine';
import { compareOrd, ordFn } from './rmap';
import { applyVec, cloneValue, newVec } from './std';
import { strIter } from './std-str';
import { drainIter } from './std-drain';
import { T, isCopy, layoutOf, needsDrop, prune, sizeOf, zonk, type IntName, type Ty } from './ty';
import { copier, isObjectKind, type E, type F } from './values';
import { StringModel, VecModel, utf8Length } from '../vec';
import { rxIter, type REnd } from './std-chan';
import { compileMapCollect, compileMapIterSrc } from './std-map-iter';

export const DONE: unique symbol = Symbol('done');
type Hint = [number, number | null];

export interface RIter {
  next(): unknown;
  back?: () => unknown;
  hint(): Hint;
  trusted: boolean;
  tra: boolean;
  /** Runs when the chain is dropped (a vec::IntoIter frees its buffer). */
  fin?: () => void;
}

const satAdd = (a: number, b: number): number => Math.min(a + b, Number.MAX_SAFE_INTEGER);

// ---------------------------------------------------------------------------------------------
// Sources

function arrIter(a: unknown[], mapEl?: (a: unknown[], i: number) => unknown): RIter {
  let i = 0;
  let j = a.length;
  return {
    next: mapEl ? () => (i < j ? mapEl(a, i++) : DONE) : () => (i < j ? a[i++] : DONE),
    back: mapEl ? () => (j > i ? mapEl(a, --j) : DONE) : () => (j > i ? a[--j] : DONE),
    hint: () => [j - i, j - i],
    trusted: true,
    tra: true,
  };
}

function rangeIter(lo: Int, hi: Int, inclusive: boolean): RIter {
  if (typeof lo === 'number' && typeof hi === 'number') {
    let i = lo;
    let j = inclusive ? hi + 1 : hi;
    return {
      next: () => (i < j ? i++ : DONE),
      back: () => (j > i ? --j : DONE),
      hint: () => {
        const n = Math.max(0, j - i);
        return [n, n];
      },
      trusted: true,
      tra: true,
    };
  }
  let i = BigInt(lo);
  let j = BigInt(hi) + (inclusive ? 1n : 0n);
  const out = (v: bigint): Int => (v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v);
  return {
    next: () => (i < j ? out(i++) : DONE),
    back: () => (j > i ? out(--j) : DONE),
    hint: () => {
      const n = j > i ? j - i : 0n;
      const k = n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
      return [k, k];
    },
    trusted: true,
    tra: true,
  };
}

export function charsIter(s: string, indices: boolean): RIter {
  const cps = [...s];
  let i = 0;
  let j = cps.length;
  let bytes = utf8Length(s);
  let off = 0;
  const h = (): Hint => [Math.floor((bytes + 3) / 4), bytes];
  return {
    next: () => {
      if (i >= j) return DONE;
      const c = cps[i++];
      const n = utf8Length(c);
      bytes -= n;
      const at = off;
      off += n;
      return indices ? [at, c.codePointAt(0)!] : c.codePointAt(0)!;
    },
    back: () => {
      if (j <= i) return DONE;
      const c = cps[--j];
      bytes -= utf8Length(c);
      return indices ? [off + bytes, c.codePointAt(0)!] : c.codePointAt(0)!;
    },
    hint: h,
    trusted: false,
    tra: false,
  };
}

/** vec::IntoIter: moves the elements out; dropping it drops the rest and frees the buffer. */
/** The vec::IntoIter made last (the root of an in-place collect's chain, see collectInPlace). */
let lastIntoIter: { v: RVec; dropRest: () => void; forget: () => void } | null = null;

function vecIntoIter(v: RVec, dropVec: (v: unknown) => void, dropElem?: ((x: unknown) => void) | null): RIter {
  const a = v.a;
  let i = 0;
  let j = a.length;
  let done = false;
  lastIntoIter = {
    v,
    // forget_allocation_drop_remaining: the buffer now belongs to the collected Vec
    dropRest: () => {
      done = true;
      if (dropElem) for (let k = i; k < j; k++) if (a[k] !== undefined) dropElem(a[k]);
    },
    forget: () => {
      done = true;
    },
  };
  return {
    next: () => {
      if (i >= j) return DONE;
      const x = a[i];
      a[i++] = undefined;
      return x;
    },
    back: () => {
      if (j <= i) return DONE;
      const x = a[--j];
      a[j] = undefined;
      return x;
    },
    hint: () => [j - i, j - i],
    trusted: true,
    tra: false,
    fin: () => {
      if (done) return;
      done = true;
      dropVec(v); // the elements not yielded are still in `a` (yielded ones were cleared)
    },
  };
}

export function toIter(v: unknown, t: Ty): RIter {
  const p = prune(t);
  if (p.k === 'iterAd') return v as RIter;
  if (p.k === 'range') {
    const r = v as Int[];
    return rangeIter(r[0], r[1], p.inclusive);
  }
  if (p.k === 'iter') {
    const a = arrOf(v);
    return p.enumerate ? arrIter(a, (x, i) => [i, x[i]]) : arrIter(a);
  }
  if (p.k === 'ref') return arrIter(arrOf(v)); // zip(&v), chain(&v)
  if (p.k === 'Vec') return arrIter((v as RVec).a);
  throw new Error(`not an iterator: ${p.k}`);
}

function arrOf(v: unknown): unknown[] {
  if (v instanceof RVec) return v.a;
  if (Array.isArray(v)) return v;
  return (v as { a: unknown[] }).a;
}

// ---------------------------------------------------------------------------------------------
// Adaptors

function mapIter(s: RIter, g: (x: unknown) => unknown): RIter {
  const n = s.next;
  const b = s.back;
  return {
    next: () => {
      const x = n();
      return x === DONE ? DONE : g(x);
    },
    back: b
      ? () => {
          const x = b();
          return x === DONE ? DONE : g(x);
        }
      : undefined,
    hint: s.hint,
    trusted: s.trusted,
    tra: s.tra,
    fin: s.fin,
  };
}

function filterIter(s: RIter, p: (x: unknown) => unknown, mapped: boolean, drop: ((v: unknown) => void) | null): RIter {
  const n = s.next;
  const b = s.back;
  const pull = (src: () => unknown) => () => {
    for (;;) {
      const x = src();
      if (x === DONE) return DONE;
      const r = p(x);
      if (mapped) {
        if (r instanceof RSome) return r.v;
      } else if (r) return x;
      else if (drop) drop(x); // a rejected owned item is dropped by filter
    }
  };
  return { next: pull(n), back: b ? pull(b) : undefined, hint: () => [0, s.hint()[1]], trusted: false, tra: false, fin: s.fin };
}

function enumerateIter(s: RIter): RIter {
  let count = 0;
  const n = s.next;
  const b = s.back;
  return {
    next: () => {
      const x = n();
      return x === DONE ? DONE : [count++, x];
    },
    back: b
      ? () => {
          const len = s.hint()[0];
          const x = b();
          return x === DONE ? DONE : [count + len - 1, x];
        }
      : undefined,
    hint: s.hint,
    trusted: s.trusted,
    tra: s.tra,
    fin: s.fin,
  };
}

function both(a: RIter, b: RIter): (() => void) | undefined {
  if (!a.fin && !b.fin) return undefined;
  return () => {
    a.fin?.();
    b.fin?.();
  };
}

function zipIter(a: RIter, b: RIter): RIter {
  return {
    next: () => {
      const x = a.next();
      if (x === DONE) return DONE;
      const y = b.next();
      if (y === DONE) return DONE;
      return [x, y];
    },
    hint: () => {
      const [al, ah] = a.hint();
      const [bl, bh] = b.hint();
      return [Math.min(al, bl), ah === null ? bh : bh === null ? ah : Math.min(ah, bh)];
    },
    trusted: a.trusted && b.trusted,
    tra: a.tra && b.tra,
    fin: both(a, b),
  };
}

function chainIter(a0: RIter, b0: RIter): RIter {
  let a: RIter | null = a0;
  let b: RIter | null = b0;
  return {
    next: () => {
      if (a) {
        const x = a.next();
        if (x !== DONE) return x;
        a = null;
      }
      return b ? b.next() : DONE;
    },
    back:
      a0.back && b0.back
        ? () => {
            if (b) {
              const x = b.back!();
              if (x !== DONE) return x;
              b = null;
            }
            return a ? a.back!() : DONE;
          }
        : undefined,
    hint: () => {
      const [al, ah] = a ? a.hint() : [0, 0];
      const [bl, bh] = b ? b.hint() : [0, 0];
      return [satAdd(al, bl), ah === null || bh === null ? null : ah + bh];
    },
    trusted: a0.trusted && b0.trusted,
    tra: false,
    fin: both(a0, b0),
  };
}

function revIter(s: RIter): RIter {
  if (!s.back) throw new Error('rev() over this adaptor is not supported');
  return { next: s.back, back: s.next, hint: s.hint, trusted: s.trusted, tra: false, fin: s.fin };
}

function takeIter(s: RIter, n: number): RIter {
  return {
    next: () => {
      if (n === 0) return DONE;
      n--;
      return s.next();
    },
    hint: () => {
      if (n === 0) return [0, 0];
      const [lo, hi] = s.hint();
      return [Math.min(lo, n), hi === null ? n : Math.min(hi, n)];
    },
    trusted: s.trusted,
    tra: false,
    fin: s.fin,
  };
}

function skipIter(s: RIter, n: number, drop: ((v: unknown) => void) | null): RIter {
  const skip = () => {
    while (n > 0) {
      n--;
      const x = s.next();
      if (x === DONE) {
        n = 0;
        break;
      }
      if (drop) drop(x);
    }
  };
  return {
    next: () => {
      if (n > 0) skip();
      return s.next();
    },
    back: s.back
      ? () => {
          // DoubleEnded for ExactSizeIterator: stop where the skipped prefix begins
          if (s.hint()[0] > n) return s.back!();
          return DONE;
        }
      : undefined,
    hint: () => {
      const [lo, hi] = s.hint();
      return [Math.max(0, lo - n), hi === null ? null : Math.max(0, hi - n)];
    },
    trusted: s.tra,
    tra: s.tra,
    fin: s.fin,
  };
}

function stepByIter(s: RIter, step: number, unsignedRange: boolean): RIter {
  let first = true;
  return {
    next: () => {
      if (first) {
        first = false;
        return s.next();
      }
      for (let k = 0; k < step - 1; k++) if (s.next() === DONE) return DONE;
      return s.next();
    },
    hint: () => {
      const [lo, hi] = s.hint();
      const f = (n: number) => (first ? (n === 0 ? 0 : 1 + Math.floor((n - 1) / step)) : Math.floor(n / step));
      return [f(lo), hi === null ? null : f(hi)];
    },
    trusted: unsignedRange,
    tra: false,
    fin: s.fin,
  };
}

function flatMapIter(s: RIter, g: (x: unknown) => RIter): RIter {
  let front: RIter | null = null;
  return {
    next: () => {
      for (;;) {
        if (front) {
          const x = front.next();
          if (x !== DONE) return x;
          front.fin?.();
          front = null;
        }
        const y = s.next();
        if (y === DONE) return DONE;
        front = g(y);
      }
    },
    hint: () => {
      const [flo, fhi] = front ? front.hint() : [0, 0];
      const [lo, hi] = s.hint();
      return [flo, lo === 0 && hi === 0 ? fhi : null];
    },
    trusted: false,
    tra: false,
    fin: s.fin,
  };
}

// ---------------------------------------------------------------------------------------------
// Compilation of iterator methods

const callFn = (c: unknown) => {
  const clo = c as RClosure;
  return (x: unknown) => clo.run(clo, [x]);
};

const minNonZeroCap = (esz: number): number => (esz === 1 ? 8 : esz <= 1024 ? 4 : 1);

export function compileIterMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>): E {
  const m = cx.m;
  const op = (e as { iterOp?: string }).iterOp!;
  const rt = (e.recv as { iterTy?: Ty }).iterTy ?? tyOf(e.recv); // a value of a type with `impl Iterator`: its iterator (compile-trait.ts)
  const B = cx.budget;
  const panic = cx.panicAt(e.nameSpan);
  if (e.builtin === 'iter.src') {
    const recv = op === 'vec_into_iter' || op === 'array_into_iter' || op === 'rx_into_iter' || op.startsWith('map_into_') ? cx.expr(e.recv) : cx.read(e.recv);
    let st = prune(rt);
    while (st.k === 'ref' || st.k === 'Box') st = prune(st.e);
    const el = (st as { e?: Ty }).e;
    const argE = e.args[0] ? cx.expr(e.args[0]) : null;
    const strOf = (v: unknown): string => {
      while (v instanceof Place) v = v.o[v.k];
      return typeof v === 'string' ? v : (v as RString).s;
    };
    switch (op) {
      case 'iter':
        return (f) => arrIter(arrOf(recv(f)));
      case 'iter_mut': {
        const obj = isObjectKind(el!);
        return (f) => {
          const a = arrOf(recv(f));
          return obj ? arrIter(a) : arrIter(a, (x, i) => new Place(x, i));
        };
      }
      case 'chunks':
      case 'windows':
        return (f) => {
          const a = arrOf(recv(f));
          const n = Number(argE!(f));
          if (n === 0) panic(op === 'chunks' ? 'chunk size must be non-zero' : 'window size must be non-zero', null);
          const parts: unknown[][] = [];
          if (op === 'chunks') for (let i = 0; i < a.length; i += n) parts.push(a.slice(i, i + n));
          else for (let i = 0; i + n <= a.length; i++) parts.push(a.slice(i, i + n));
          return arrIter(parts);
        };
      case 'rx_iter':
      case 'rx_into_iter': {
        // mpsc::Receiver: recv until the Senders are gone (std-chan.ts)
        const stuck = (): never => panic('simulation: this recv would wait forever (one thread runs at a time here, and no pending thread sends)', null);
        return (f) => rxIter(m, recv(f) as REnd, stuck, op === 'rx_into_iter');
      }
      case 'chars':
      case 'char_indices':
        return (f) => charsIter(strOf(recv(f)), op === 'char_indices');
      case 'bytes':
        return (f) => arrIter([...new TextEncoder().encode(strOf(recv(f)))]);
      case 'str.split':
      case 'str.rsplit':
      case 'str.split_terminator':
      case 'str.split_whitespace':
      case 'str.lines':
        return argE ? (f) => strIter(op, strOf(recv(f)), argE(f)) : (f) => strIter(op, strOf(recv(f)), undefined);
      case 'vec_into_iter': {
        const d = dropGlue(st, m);
        const de = needsDrop(el!) ? dropGlue(el!, m) : null;
        return (f) => vecIntoIter(recv(f) as RVec, d, de);
      }
      case 'map_into_iter':
      case 'map_into_keys':
      case 'map_into_values':
      case 'map_drain':
        return compileMapIterSrc(cx, e, recv, op); // std-map-iter.ts
      case 'drain':
      case 'drain_str':
        return drainIter(cx, e, recv, el ?? T.char); // std-drain.ts
      case 'array_into_iter': {
        const c = copier(el!);
        return (f) => {
          const a = recv(f) as unknown[];
          return arrIter(c ? a.map(c) : a.slice());
        };
      }
    }
    throw new Error(`iterator source ${op}`);
  }
  // Adaptors and consumers: the receiver is an iterator (moved), or a range / slice::Iter value
  const recvE = cx.expr(e.recv);
  const recv = (f: F): RIter => toIter(recvE(f), rt);
  const args = e.args.map((a) => cx.expr(a));
  const a0 = args[0];
  const itemT = zonk(itemOf(rt));
  const out = zonk(tyOf(e));
  const step = () => {
    if (++m.steps > B) m.stepLimit();
  };
  // owned items a consumer or adaptor discards are dropped (vec::IntoIter of Strings)
  const dropItem = needsDrop(itemT) ? dropGlue(itemT, m) : null;
  const dropIt = (x: unknown) => {
    if (dropItem && x !== DONE && x !== undefined) dropItem(x);
  };
  switch (op) {
    case 'identity':
      return recvE;
    case 'map':
      return (f) => mapIter(recv(f), callFn(a0(f)));
    case 'filter':
      return (f) => filterIter(recv(f), callFn(a0(f)), false, dropItem);
    case 'filter_map':
      return (f) => filterIter(recv(f), callFn(a0(f)), true, null);
    case 'enumerate':
      return (f) => enumerateIter(recv(f));
    case 'zip':
    case 'chain': {
      const ot = tyOf(e.args[0]);
      return (f) => {
        const a = recv(f);
        const b = toIter(a0(f), ot);
        return op === 'zip' ? zipIter(a, b) : chainIter(a, b);
      };
    }
    case 'rev':
      return (f) => revIter(recv(f));
    case 'take':
      return (f) => takeIter(recv(f), Number(a0(f)));
    case 'skip':
      return (f) => skipIter(recv(f), Number(a0(f)), dropItem);
    case 'step_by': {
      const r = prune(rt);
      const unsignedRange = r.k === 'range' && !r.inclusive && prune(r.e).k === 'int' && (prune(r.e) as { name: string }).name[0] === 'u';
      return (f) => {
        const n = Number(a0(f));
        if (n === 0) panic('assertion failed: step != 0', null);
        return stepByIter(recv(f), n, unsignedRange);
      };
    }
    case 'cloned':
    case 'copied': {
      const c = isCopy(out.k === 'iterAd' ? out.item : T.unit) ? copier((out as { item: Ty }).item) : cloneValue((out as { item: Ty }).item, m);
      return (f) => (c ? mapIter(recv(f), c) : recv(f));
    }
    case 'flat_map': {
      const rt2 = prune(tyOf(e.args[0]));
      const flatVec = (e as { flatVec?: boolean }).flatVec;
      const retT = zonk(rt2.k === 'closure' ? rt2.c.ret : rt2.k === 'fnTrait' ? rt2.ret : T.unit);
      const d = flatVec ? dropGlue(retT, m) : null;
      return (f) => {
        const g = callFn(a0(f));
        return flatMapIter(recv(f), (x) => {
          const r = g(x);
          return flatVec ? vecIntoIter(r as RVec, d!) : toIter(r, retT);
        });
      };
    }
    // ---- consumers
    case 'sum':
    case 'product': {
      const o = prune(out);
      const isSum = op === 'sum';
      if (o.k === 'float') {
        const f32 = o.name === 'f32';
        return (f) => {
          const it = recv(f);
          let s = isSum ? (f32 ? -0 : -0) : 1;
          for (let x = it.next(); x !== DONE; x = it.next()) {
            step();
            s = isSum ? s + (x as number) : s * (x as number);
            if (f32) s = Math.fround(s);
          }
          it.fin?.();
          return s;
        };
      }
      const name = (o as { name: IntName }).name;
      const fn = isSum ? addFn(name) : mulFn(name);
      return (f) => {
        const it = recv(f);
        let s: Int = isSum ? 0 : 1;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          s = fn(s, x as Int);
        }
        it.fin?.();
        return s;
      };
    }
    case 'count':
      return (f) => {
        const it = recv(f);
        let n = 0;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          n++;
          dropIt(x);
        }
        it.fin?.();
        return n;
      };
    case 'last':
    case 'nth':
      return (f) => {
        const it = recv(f);
        let k = op === 'nth' ? (a0 ? Number(a0(f)) : 0) : -1; // next() is nth(0)
        let last: unknown = DONE;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          if (op === 'nth' && k-- === 0) {
            last = x;
            break;
          }
          if (op === 'last') dropIt(last);
          else dropIt(x);
          last = op === 'last' ? x : DONE;
        }
        it.fin?.();
        return last === DONE ? null : new RSome(last);
      };
    case 'min':
    case 'max':
    case 'min_by_key':
    case 'max_by_key': {
      const isMax = op.startsWith('max');
      const keyed = op.endsWith('_by_key');
      const cmp = cmpFn(keyed ? keyTy(e.args[0]) : itemT);
      return (f) => {
        const it = recv(f);
        const key = keyed ? callFn(a0(f)) : null;
        let best: unknown = DONE;
        let bk: unknown;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          const k = key ? key(x) : x;
          // max keeps the last of equal elements, min the first (std's max_by / min_by)
          if (best === DONE || (isMax ? cmp(k, bk) >= 0 : cmp(k, bk) < 0)) {
            dropIt(best);
            best = x;
            bk = k;
          } else dropIt(x);
        }
        it.fin?.();
        return best === DONE ? null : new RSome(best);
      };
    }
    case 'min_by':
    case 'max_by': {
      // cmp::max_by(acc, x): Greater keeps acc, else x (the last of equals); min_by: Greater takes x
      const isMax = op === 'max_by';
      return (f) => {
        const it = recv(f);
        const c = a0(f) as RClosure;
        let best: unknown = DONE;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          if (best === DONE) {
            best = x;
            continue;
          }
          const gt = (c.run(c, [best, x]) as number[])[0] === 2;
          const keepX = isMax ? !gt : gt;
          dropIt(keepX ? best : x);
          if (keepX) best = x;
        }
        it.fin?.();
        return best === DONE ? null : new RSome(best);
      };
    }
    case 'fold':
      return (f) => {
        const it = recv(f);
        let acc = a0(f);
        const c = args[1](f) as RClosure;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          acc = c.run(c, [acc, x]);
        }
        it.fin?.();
        return acc;
      };
    case 'any':
    case 'all':
    case 'position':
    case 'find':
      return (f) => {
        const it = recv(f);
        const p = callFn(a0(f));
        let i = 0;
        for (let x = it.next(); x !== DONE; x = it.next(), i++) {
          step();
          const r = p(x);
          if (op === 'all' ? !r : r) {
            it.fin?.();
            return op === 'any' ? true : op === 'all' ? false : op === 'position' ? new RSome(i) : new RSome(x);
          }
          if (op === 'find') dropIt(x);
        }
        it.fin?.();
        return op === 'any' ? false : op === 'all' ? true : null;
      };
    case 'for_each':
      return (f) => {
        const it = recv(f);
        const g = callFn(a0(f));
        for (let x = it.next(); x !== DONE; x = it.next()) {
          step();
          g(x);
        }
        it.fin?.();
        return null;
      };
    case 'collect': {
      const into = (e as { collectInto?: string }).collectInto!;
      if (into === 'Map') return compileMapCollect(cx, e, recv); // std-map-iter.ts
      if (into === 'Vec') {
        const dst = (out as { e: Ty }).e;
        const esz = sizeOf(dst);
        const src = (e as { inPlaceSrc?: Ty }).inPlaceSrc;
        if (src) {
          // SpecFromIter's in-place collect: same alignment, the source element at least as large, neither zero-sized
          const sl = layoutOf(zonk(src));
          const dl = layoutOf(dst);
          if (sl.align === dl.align && sl.size >= dl.size && dl.size > 0) return (f) => collectInPlace(m, recv(f), sl.size, dl.size, step);
        }
        return (f) => collectVec(m, recv(f), esz, panic, step);
      }
      const strDrop = into === 'StringStrings' ? dropGlue(T.String, m) : null;
      return (f) => collectString(m, recv(f), into, strDrop, step);
    }
  }
  throw new Error(`iterator method ${op}`);
}

function itemOf(t: Ty): Ty {
  const p = prune(t);
  if (p.k === 'iterAd') return p.item;
  if (p.k === 'range') return p.e;
  if (p.k === 'iter') return p.enumerate ? { k: 'tuple', elems: [T.usize, { k: 'ref', mut: false, e: p.e }] } : { k: 'ref', mut: false, e: p.e };
  return T.unit;
}

function keyTy(a: Expr): Ty {
  const t = prune(tyOf(a));
  return t.k === 'closure' ? t.c.ret : t.k === 'fnTrait' ? t.ret : T.unit;
}

function cmpFn(t: Ty): (a: unknown, b: unknown) => number {
  let p = prune(t);
  while (p.k === 'ref') p = prune(p.e);
  if (p.k === 'String' || p.k === 'str') {
    const s = (v: unknown) => (typeof v === 'string' ? v : (v as RString).s);
    return (a, b) => {
      const x = s(a);
      const y = s(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }
  if (p.k === 'struct') {
    const o = ordFn(p);
    return (a, b) => compareOrd(o(a), o(b));
  }
  if (p.k === 'tuple') {
    const cs = p.elems.map(cmpFn);
    return (a, b) => {
      for (let i = 0; i < cs.length; i++) {
        const r = cs[i]((a as unknown[])[i], (b as unknown[])[i]);
        if (r) return r;
      }
      return 0;
    };
  }
  return (a, b) => ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0);
}

/** Vec::from_iter: TrustedLen → with_capacity(upper); else the first element, then max(MIN_NON_ZERO_CAP, lower + 1), growing by reserve(lower + 1). */
export function collectVec(m: Machine, it: RIter, esz: number, panic: (msg: string, chunks: string[] | null, at?: string) => never, step: () => void): RVec {
  if (it.trusted) {
    const [, hi] = it.hint();
    const cap = hi ?? 0;
    const v = newVec(m, esz, cap, `collect: Vec::with_capacity(${cap}) (exact size hint)`, panic);
    for (let x = it.next(); x !== DONE; x = it.next()) {
      step();
      if (v.m.len === v.m.cap) applyVec(m, v, v.m.reserve(1), `collect growth`);
      v.a.push(x);
      v.m.len++;
    }
    it.fin?.();
    return v;
  }
  const first = it.next();
  if (first === DONE) {
    it.fin?.();
    return new RVec([], new VecModel(esz), 0);
  }
  step();
  const cap = Math.max(minNonZeroCap(esz), it.hint()[0] + 1);
  const v = newVec(m, esz, cap, `collect: first capacity ${cap} (size hint ${it.hint()[0]} + 1)`, panic);
  v.a.push(first);
  v.m.len = 1;
  for (let x = it.next(); x !== DONE; x = it.next()) {
    step();
    if (v.m.len === v.m.cap) {
      const old = v.m.cap;
      const ev = v.m.reserve(it.hint()[0] + 1);
      applyVec(m, v, ev, `collect growth: capacity ${old} → ${v.m.cap}`);
    }
    v.a.push(x);
    v.m.len++;
  }
  it.fin?.();
  return v;
}

/** Collects into the source Vec's buffer (no allocation); shrinks it with a realloc when its bytes are not a multiple of the new element size. */
export function collectInPlace(m: Machine, it: RIter, srcSize: number, dstSize: number, step: () => void): RVec {
  const root = lastIntoIter!;
  const src = root.v;
  const out: unknown[] = [];
  for (let x = it.next(); x !== DONE; x = it.next()) {
    step();
    out.push(x);
  }
  root.dropRest();
  const bytes = src.m.cap * srcSize;
  const cap = Math.floor(bytes / dstSize);
  const model = new VecModel(dstSize);
  const v = new RVec(out, model, src.id);
  model.cap = cap;
  model.len = out.length;
  src.id = 0;
  if (bytes % dstSize !== 0) {
    if (cap === 0) {
      m.free(v.id, bytes);
      v.id = 0;
    } else m.realloc(v.id, bytes, cap * dstSize, 0, `in-place collect: shrink to capacity ${cap}`);
  }
  return v;
}

function collectString(m: Machine, it: RIter, into: string, strDrop: ((v: unknown) => void) | null, step: () => void): RString {
  let s = new RString('', new StringModel(), 0);
  const holder = (r: RString) => ({
    get id() {
      return r.id;
    },
    set id(x: number) {
      r.id = x;
    },
    m: r.m.vec,
  });
  const push = (r: RString, piece: string) => {
    const old = r.m.cap;
    const ev = r.m.push_str(piece);
    if (ev) applyVec(m, holder(r), ev, old === 0 ? `String (collect): capacity ${r.m.cap}` : `String growth (collect): capacity ${old} → ${r.m.cap}`);
    r.s += piece;
  };
  if (into === 'StringChars') {
    const lo = it.hint()[0];
    if (lo > 0) applyVec(m, holder(s), s.m.reserve(lo), `String (collect): reserve(${lo})`);
    for (let x = it.next(); x !== DONE; x = it.next()) {
      step();
      push(s, String.fromCodePoint(x as number));
    }
  } else if (into === 'StringStrs') {
    for (let x = it.next(); x !== DONE; x = it.next()) {
      step();
      push(s, typeof x === 'string' ? x : (x as RString).s);
    }
  } else {
    const first = it.next();
    if (first !== DONE) {
      s = first as RString;
      for (let x = it.next(); x !== DONE; x = it.next()) {
        step();
        push(s, (x as RString).s);
        strDrop!(x);
      }
    }
  }
  it.fin?.();
  return s;
}

