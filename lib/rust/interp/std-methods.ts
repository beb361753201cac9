// The runtime of check/std-methods.ts: more Vec/slice and String/str methods, and the
// closure-taking methods of Option and Result. Allocations follow rustc 1.95's library/alloc
// (vec/mod.rs split_off/append/extend/retain, slice.rs concat/join/repeat, str.rs replace/replacen/
// to_uppercase, string.rs insert/insert_str/split_off).

import type { Expr } from './ast';
import { tyOf, type Compiler } from './compile';
import type { RClosure } from './compile-closure';
import { DONE, toIter } from './iter';
import { Place, RBox, RSome, RString, RVec } from './machine';
import { compareOrd, ordFn } from './rmap';
import { applyVec, cloneValue, newString, newVec, pushChunks } from './std';
import { isCopy, needsDrop, prune, sizeOf, type Ty } from './ty';
import { copier, isObjectKind, type E } from './values';
import { utf8Len } from './format';
import { StringModel } from '../vec';
import { heapCmp, heapPop, rebuild, siftUp, sortHeap } from './std-heap';
import { cowMethod, optionMethod, optionPlaceMethod, resultMethod } from './std-option';

const call = (c: unknown, args: unknown[]): unknown => (c as RClosure).run(c as RClosure, args);

function arr(v: unknown): unknown[] {
  while (v instanceof Place) v = v.o[v.k];
  if (v instanceof RVec) return v.a;
  return v as unknown[];
}

const strOf = (v: unknown): string => {
  while (v instanceof Place) v = v.o[v.k];
  return typeof v === 'string' ? v : (v as RString).s;
};

/** The JS string index of a UTF-8 byte offset, or -1 if it is not on a char boundary. */
function byteToIdx(s: string, b: number): number {
  let bytes = 0;
  let i = 0;
  while (bytes < b && i < s.length) {
    const cp = s.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return bytes === b ? i : -1;
}

export function compileStdMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, args: E[], st: Ty): E {
  const m = cx.m;
  const id = e.builtin!;
  const a0 = args[0];
  const a1 = args[1];
  const panic = cx.panicAt(e.nameSpan);
  const elemT = (st as { e?: Ty }).e;
  const esz = elemT ? sizeOf(elemT) : 0;
  const elemDrop = elemT && needsDrop(elemT) ? cx.drop(elemT) : null;
  const growStr = (s: RString, parts: string[]) => pushChunks(m, s, parts, id.slice(4), panic);
  switch (id) {
    // ---- slices and Vec
    case 'std.slice.get':
      return (f) => {
        const a = arr(recv(f));
        const i = a0(f);
        return typeof i === 'number' && i < a.length ? new RSome(a[i]) : null;
      };
    case 'std.slice.fill': {
      // spec_fill: clone_from into all but the last slot (a String reuses its buffer), the value moves into the last
      const c = isCopy(elemT!) ? null : cloneValue(elemT!, m);
      const str = prune(elemT!).k === 'String';
      return (f) => {
        const a = arr(recv(f));
        const x = a0(f);
        for (let i = 0; i < a.length; i++) {
          if (c && i < a.length - 1 && str) {
            const d = a[i] as RString;
            const src = x as RString;
            d.s = '';
            d.m.vec.len = 0;
            growStr(d, [src.s]);
            continue;
          }
          if (elemDrop && a[i] !== undefined) elemDrop(a[i]);
          a[i] = c && i < a.length - 1 ? c(x) : x;
        }
        if (!a.length && elemDrop) elemDrop(x);
        return null;
      };
    }
    case 'std.slice.binary_search': {
      // core::slice::binary_search_by (Rust 1.95): halve `size` keeping `base`, one compare at the end
      const ord = ordFn(elemT!);
      return (f) => {
        const a = arr(recv(f));
        const key = ord(a0(f));
        let size = a.length;
        if (size === 0) return [1, 0];
        let base = 0;
        while (size > 1) {
          const half = size >> 1;
          const mid = base + half;
          if (compareOrd(ord(a[mid]), key) <= 0) base = mid;
          size -= half;
        }
        const c = compareOrd(ord(a[base]), key);
        return c === 0 ? [0, base] : [1, base + (c < 0 ? 1 : 0)];
      };
    }
    case 'std.slice.is_sorted': {
      const ord = ordFn(elemT!);
      return (f) => {
        const a = arr(recv(f));
        for (let i = 1; i < a.length; i++) if (compareOrd(ord(a[i - 1]), ord(a[i])) > 0) return false;
        return true;
      };
    }
    case 'std.slice.split_at':
      return (f) => {
        const a = arr(recv(f));
        const n = a0(f) as number;
        if (typeof n !== 'number' || n > a.length) panic('mid > len', ['mid > len']);
        return [a.slice(0, n), a.slice(n)];
      };
    case 'std.slice.repeat':
      return (f) => {
        const a = arr(recv(f));
        const n = Number(a0(f));
        const v = newVec(m, esz, a.length * n, `repeat (capacity ${a.length * n})`, panic);
        for (let i = 0; i < n; i++) for (const x of a) v.a.push(x);
        v.m.len = v.a.length;
        return v;
      };
    case 'std.strs.concat':
    case 'std.strs.join':
      return (f) => {
        const parts = arr(recv(f)).map(strOf);
        const sep = id === 'std.strs.join' ? (a0(f) as string) : '';
        if (!parts.length) return new RString('', new StringModel(), 0);
        // join_generic_copy: with_capacity(sep.len() * (n - 1) + Σ len), then the bytes copied in
        const text = parts.join(sep);
        return newString(m, text, utf8Len(text), `${e.name} (capacity ${utf8Len(text)})`);
      };
    case 'std.vecs.concat':
    case 'std.vecs.join': {
      const inner = (prune(elemT!) as { e: Ty }).e;
      const isz = sizeOf(inner);
      return (f) => {
        const vs = arr(recv(f)).map((x) => (x as RVec).a);
        const join = id === 'std.vecs.join';
        if (join && !vs.length) return newVec(m, isz, 0, '', panic);
        const n = vs.reduce((s, x) => s + x.length, 0) + (join ? vs.length - 1 : 0);
        const out = newVec(m, isz, n, `${e.name} (capacity ${n})`, panic);
        const sep = join ? a0(f) : undefined;
        vs.forEach((x, i) => {
          if (join && i > 0) out.a.push(sep);
          out.a.push(...x);
        });
        out.m.len = out.a.length;
        return out;
      };
    }
    case 'std.vec.retain':
      return (f) => {
        const v = recv(f) as RVec;
        const g = a0(f);
        const keep: unknown[] = [];
        for (const x of v.a) {
          if (call(g, [x])) keep.push(x);
          else if (elemDrop && x !== undefined) elemDrop(x);
        }
        v.a = keep;
        v.m.len = keep.length;
        return null;
      };
    case 'std.vec.retain_mut': {
      const obj = isObjectKind(elemT!);
      return (f) => {
        const v = recv(f) as RVec;
        const g = a0(f);
        const keep: unknown[] = [];
        for (let i = 0; i < v.a.length; i++) {
          // a `&mut` scalar is a place in the buffer
          if (call(g, [obj ? v.a[i] : new Place(v.a, i)])) keep.push(v.a[i]);
          else if (elemDrop && v.a[i] !== undefined) elemDrop(v.a[i]);
        }
        v.a = keep;
        v.m.len = keep.length;
        return null;
      };
    }
    case 'std.vec.split_off':
      return (f) => {
        const v = recv(f) as RVec;
        const at = a0(f) as number;
        if (typeof at !== 'number' || at > v.a.length) panic(`\`at\` split index (is ${at}) should be <= len (is ${v.a.length})`, ['`at` split index (is ', String(at), ') should be <= len (is ', String(v.a.length), ')']);
        // Vec::split_off: with_capacity(len - at) for the tail; self keeps its buffer
        const out = newVec(m, esz, v.a.length - at, `split_off (capacity ${v.a.length - at})`, panic);
        out.a = v.a.splice(at);
        out.m.len = out.a.length;
        v.m.len = v.a.length;
        return out;
      };
    case 'std.vec.append':
      return (f) => {
        const v = recv(f) as RVec;
        const o = a0(f) as RVec;
        const k = o.a.length;
        const ev = v.m.reserve(k);
        if (ev) applyVec(m, v, ev, `Vec growth: capacity ${ev.oldCap} → ${ev.newCap} (append)`);
        v.a.push(...o.a);
        v.m.len += k;
        o.a = [];
        o.m.len = 0;
        m.byteWork += k * esz;
        return null;
      };
    case 'std.vec.into_boxed_slice':
      return (f) => {
        const v = recv(f) as RVec;
        // shrink_to_fit (a realloc to len, or a free when empty), then the pointer is the Box's
        const ev = v.m.shrink_to_fit();
        if (ev) applyVec(m, v, ev, `into_boxed_slice: capacity ${ev.oldCap} → ${ev.newCap}`);
        return new RBox(v.a, v.m.cap ? v.id : 0, v.m.cap * esz);
      };
    case 'std.deque.rotate_left':
    case 'std.deque.rotate_right':
      return (f) => {
        const v = recv(f) as RVec;
        const n = Number(a0(f));
        if (n > v.a.length) panic(`assertion failed: n <= self.len()`, null);
        const k = id === 'std.deque.rotate_left' ? n : v.a.length - n;
        v.a = v.a.slice(k).concat(v.a.slice(0, k));
        return null;
      };
    case 'std.deque.make_contiguous':
      return (f) => (recv(f) as RVec).a;
    case 'std.heap.push':
    case 'std.heap.pop':
    case 'std.heap.into_vec':
    case 'std.heap.into_sorted_vec': {
      const cmp = heapCmp(elemT!);
      if (id === 'std.heap.push') {
        return (f) => {
          const v = recv(f) as RVec;
          const x = a0(f);
          if (v.m.len === v.m.cap) {
            const ev = v.m.push();
            applyVec(m, v, ev, `BinaryHeap growth: capacity ${ev!.oldCap} → ${ev!.newCap} (push)`);
          } else v.m.len++;
          v.a.push(x);
          siftUp(v.a, 0, v.a.length - 1, cmp);
          return null;
        };
      }
      if (id === 'std.heap.pop') {
        return (f) => {
          const v = recv(f) as RVec;
          if (!v.a.length) return null;
          v.m.pop();
          return new RSome(heapPop(v.a, cmp));
        };
      }
      return (f) => {
        const v = recv(f) as RVec;
        if (id === 'std.heap.into_sorted_vec') sortHeap(v.a, cmp);
        return new RVec(v.a, v.m, v.id);
      };
    }
    case 'std.vec.extend':
      return vecExtend(cx, e, recv, a0, elemT!);
    // ---- String / str
    case 'std.string.insert':
    case 'std.string.insert_str':
      return (f) => {
        const s = recv(f) as RString;
        const at = a0(f) as number;
        const x = id === 'std.string.insert' ? String.fromCodePoint(a1(f) as number) : (a1(f) as string);
        const i = typeof at === 'number' ? byteToIdx(s.s, at) : -1;
        if (i < 0) panic('assertion failed: self.is_char_boundary(idx)', null);
        const n = utf8Len(x);
        const ev = s.m.vec.reserve(n);
        if (ev) applyVec(m, strH(s), ev, `String growth: capacity ${ev.oldCap} → ${ev.newCap} (${e.name})`);
        s.m.vec.len += n;
        s.s = s.s.slice(0, i) + x + s.s.slice(i);
        return null;
      };
    case 'std.string.remove':
      return (f) => {
        const s = recv(f) as RString;
        const at = a0(f) as number;
        const i = typeof at === 'number' ? byteToIdx(s.s, at) : -1;
        if (i < 0 || i >= s.s.length) panic(i < 0 ? 'byte index is not a char boundary' : 'cannot remove a char from the end of a string', null);
        const cp = s.s.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        s.s = s.s.slice(0, i) + s.s.slice(i + ch.length);
        s.m.vec.len -= utf8Len(ch);
        return cp;
      };
    case 'std.string.retain':
      return (f) => {
        const s = recv(f) as RString;
        const g = a0(f);
        let out = '';
        for (const ch of s.s) if (call(g, [ch.codePointAt(0)!])) out += ch;
        s.s = out;
        s.m.vec.len = utf8Len(out);
        return null;
      };
    case 'std.string.split_off':
      return (f) => {
        const s = recv(f) as RString;
        const at = a0(f) as number;
        const i = typeof at === 'number' ? byteToIdx(s.s, at) : -1;
        if (i < 0) panic('assertion failed: self.is_char_boundary(at)', null);
        const tail = s.s.slice(i);
        s.s = s.s.slice(0, i);
        s.m.vec.len = utf8Len(s.s);
        return newString(m, tail, utf8Len(tail), `split_off (capacity ${utf8Len(tail)})`);
      };
    case 'std.string.into_bytes':
      return (f) => {
        const s = recv(f) as RString;
        return new RVec([...new TextEncoder().encode(s.s)], s.m.vec, s.id);
      };
    case 'std.str.contains':
    case 'std.str.starts_with':
    case 'std.str.ends_with': {
      const patChar = !!(e as { patChar?: boolean }).patChar;
      return (f) => {
        const s = strOf(recv(f));
        const p = a0(f);
        const x = patChar ? String.fromCodePoint(p as number) : strOf(p);
        return id === 'std.str.contains' ? s.includes(x) : id === 'std.str.starts_with' ? s.startsWith(x) : s.endsWith(x);
      };
    }
    case 'std.str.repeat':
      return (f) => {
        const s = strOf(recv(f));
        const n = Number(a0(f));
        const cap = utf8Len(s) * n;
        return newString(m, s.repeat(n), cap, `repeat (capacity ${cap})`);
      };
    case 'std.str.to_uppercase':
    case 'std.str.to_lowercase': {
      const up = id === 'std.str.to_uppercase';
      return (f) => {
        const s = strOf(recv(f));
        // with_capacity(len); ASCII maps byte for byte, other chars are pushed (growing if longer)
        const out = newString(m, '', utf8Len(s), `${e.name} (capacity ${utf8Len(s)})`);
        let ascii = '';
        const flush = () => {
          if (!ascii) return;
          growStr(out, [ascii]);
          ascii = '';
        };
        for (const ch of s) {
          if (ch.charCodeAt(0) < 0x80) ascii += up ? ch.toUpperCase() : ch.toLowerCase();
          else {
            flush();
            growStr(out, [...(up ? ch.toUpperCase() : ch.toLowerCase())]);
          }
        }
        flush();
        return out;
      };
    }
    case 'std.str.replace':
    case 'std.str.replacen': {
      const patChar = !!(e as { patChar?: boolean }).patChar;
      const limited = id === 'std.str.replacen';
      return (f) => {
        const s = strOf(recv(f));
        const p = a0(f);
        const from = patChar ? String.fromCodePoint(p as number) : strOf(p);
        const to = a1(f) as string;
        const limit = limited ? Number(args[2](f)) : Infinity;
        const len = utf8Len(s);
        // str::replace's fast path: one ASCII byte for one byte is a mapped collect (capacity == len)
        if (!limited && from.length === 1 && from.charCodeAt(0) < 0x80 && utf8Len(to) === 1) {
          return newString(m, s.split(from).join(to), len, `replace (capacity ${len})`);
        }
        const cap = limited ? 32 : !patChar && utf8Len(from) <= utf8Len(to) ? len : 0;
        const out = newString(m, '', cap, `${e.name} (capacity ${cap})`);
        const pieces: string[] = [];
        let last = 0;
        let k = 0;
        while (k < limit && from) {
          const at = s.indexOf(from, last);
          if (at < 0) break;
          pieces.push(s.slice(last, at), to);
          last = at + from.length;
          k++;
        }
        pieces.push(s.slice(last));
        growStr(out, pieces.filter((x) => x !== ''));
        return out;
      };
    }
  }
  if (id.startsWith('std.cow.')) return cowMethod(cx, id, recv);
  if (id === 'std.option.as_mut' || id === 'std.option.get_or_insert_with') return optionPlaceMethod(cx, e, st, a0);
  if (id.startsWith('std.option.')) return optionMethod(cx, id, st, recv, args);
  if (id.startsWith('std.result.')) return resultMethod(id, recv, args, cx, st);
  throw new Error(`method ${id}`);
}

const strH = (s: RString) => ({
  get id() {
    return s.id;
  },
  set id(x: number) {
    s.id = x;
  },
  m: s.m.vec,
});

/** Vec::extend: from a Vec (append its elements, free its buffer), a slice of Copy values, or an iterator. */
function vecExtend(cx: Compiler, e: Extract<Expr, { k: 'method' }>, recv: E, a0: E, elemT: Ty): E {
  const m = cx.m;
  const how = (e as { extendHow?: string }).extendHow;
  const at = tyOf(e.args[0]);
  const esz = sizeOf(elemT);
  const panic = cx.panicAt(e.nameSpan);
  const reserve = (v: RVec, n: number) => {
    const ev = v.m.reserve(n);
    if (ev) applyVec(m, v, ev, `Vec growth: capacity ${ev.oldCap} → ${ev.newCap} (extend)`);
  };
  const freeVec = cx.drop(at);
  void panic;
  if (how === 'vec' || how === 'slice') {
    return (f) => {
      const v = recv(f) as RVec;
      const src = a0(f);
      const a = arr(src);
      reserve(v, a.length);
      v.a.push(...a);
      v.m.len += a.length;
      m.byteWork += a.length * esz;
      if (how === 'vec') {
        // the IntoIter's buffer is freed once its elements have moved
        (src as RVec).a = [];
        (src as RVec).m.len = 0;
        if (freeVec) freeVec(src);
      }
      return null;
    };
  }
  return (f) => {
    const v = recv(f) as RVec;
    const it = toIter(a0(f), at);
    const [lo, hi] = it.hint();
    if (it.trusted && hi !== null) {
      // SpecExtend for TrustedLen: reserve the upper bound once
      reserve(v, hi);
      for (let x = it.next(); x !== DONE; x = it.next()) v.a.push(x);
      v.m.len = v.a.length;
    } else {
      // extend_desugared: reserve(lower + 1) whenever full
      void lo;
      for (let x = it.next(); x !== DONE; x = it.next()) {
        if (v.m.len === v.m.cap) reserve(v, it.hint()[0] + 1);
        v.a.push(x);
        v.m.len++;
      }
    }
    it.fin?.();
    return null;
  };
}

/** `mem::forget(x)`: x is moved and never dropped (its allocations leak); `mem::size_of_val(&x)`. */
export function compileStdCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E | null {
  if (e.builtin === 'VecDeque::from' || e.builtin === 'Vec::from' || e.builtin === 'BinaryHeap::from') {
    const x = cx.expr(e.args[0]);
    if (e.builtin === 'BinaryHeap::from') {
      const cmp = heapCmp((prune(tyOf(e)) as { e: Ty }).e);
      return (f) => {
        const v = x(f) as RVec;
        rebuild(v.a, cmp);
        return new RVec(v.a, v.m, v.id);
      };
    }
    if (!(e as { fromArray?: boolean }).fromArray) {
      // the same buffer, capacity and elements under the other type
      return (f) => {
        const v = x(f) as RVec;
        return new RVec(v.a, v.m, v.id);
      };
    }
    const esz = sizeOf((prune(tyOf(e)) as { e: Ty }).e);
    const c = copier((prune(tyOf(e)) as { e: Ty }).e);
    const panic = cx.panicAt(e);
    return (f) => {
      const a = x(f) as unknown[];
      const v = newVec(cx.m, esz, a.length, `Vec::from (capacity ${a.length})`, panic);
      v.a = c ? a.map(c) : a.slice();
      v.m.len = a.length;
      return v;
    };
  }
  if (e.builtin !== 'mem::forget' && e.builtin !== 'mem::size_of_val') return null;
  const x = cx.expr(e.args[0]);
  if (e.builtin === 'mem::forget') {
    return (f) => {
      x(f);
      return null;
    };
  }
  const pointee = prune((prune(tyOf(e.args[0])) as { e: Ty }).e);
  if (pointee.k === 'str') return (f) => utf8Len(strOf(x(f)));
  if (pointee.k === 'slice') {
    const size = sizeOf(pointee.e);
    return (f) => arr(x(f)).length * size;
  }
  const n = sizeOf(pointee);
  return () => n;
}
