// Builtins: Vec, String, VecDeque, Box, Option, Bump, std::mem, integer/float methods. Capacity
// and allocator calls come from lib/rust/vec.ts (VecModel/StringModel) and lib/rust/bump.ts.

import type { Expr } from './ast';
import { compileCharCall, compileStrMethod } from './std-str';
import { tyOf, type Compiler } from './compile';
import { ArithPanic, addFn, big, maxOf, norm, powFn, wrapTo, type Int } from './int';
import { BACKTRACE_NOTE, BudgetStop, Machine, Place, RBox, RBump, RFormatter, RSome, RString, RVec } from './machine';
import { CapacityOverflow, StringModel, VecModel, type VecEvent } from '../vec';
import { BumpModel, type BumpEvent } from '../bump';
import { ISIZE_MAX } from '../raw_vec';
import { isCopy, needsDrop, prune, sizeOf, zonk, type IntName, type Ty } from './ty';
import { autoDeref, copier, defaultOf, isObjectKind, shellOf, transplant, type E, type F } from './values';
import { utf8Len } from './format';
import { fmtToString } from './compile-fmt';
import { deepEq } from './compile';
import { compileMapCall, compileMapMethod } from './std-map';
import { compileCellMethod, compileRcCall, rcClone } from './std-rc';
import { compileSyncMethod } from './std-sync';
import { compileThreadCall } from './std-thread';
import { compileChanCall } from './std-chan';
import { vecReorder } from './std-vec';
import { compileOrdering } from './std-ordering';
import { compileResultMethod, enumClone } from './compile-enum';
import { compileStdCall, compileStdMethod } from './std-methods';

type Panic = (message: string, chunks: string[] | null, at?: string) => never;

/** Where std's own panics point for methods without #[track_caller] (rustc 1.95.0's library sources). */
const RUSTC_SRC = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library';
/** alloc::raw_vec::capacity_overflow (not #[track_caller]). */
const CAPACITY_OVERFLOW_AT = `${RUSTC_SRC}/alloc/src/raw_vec/mod.rs:28:5`;

// ------------------------------------------------------------------------------------------------
// Heap effects of the models' allocator calls.

function growReason(kind: string, ev: VecEvent, op: string): string {
  if (ev.kind === 'alloc' && op === 'with_capacity') return `${kind}::with_capacity(${ev.newCap})`;
  if (ev.kind === 'dealloc') return `${kind} ${op}: capacity ${ev.oldCap} → 0 (freed)`;
  return `${kind} growth: capacity ${ev.oldCap} → ${ev.newCap} (${op})`;
}

export function applyVec(m: Machine, v: { id: number; m: VecModel }, ev: VecEvent | null, reason: string): void {
  if (!ev) return;
  v.m.log.length = 0; // the model's log would grow forever in long loops
  if (ev.kind === 'alloc') v.id = m.alloc(ev.newBytes, reason);
  else if (ev.kind === 'realloc') m.realloc(v.id, ev.oldBytes, ev.newBytes, ev.copiedBytes, reason);
  else {
    m.free(v.id, ev.oldBytes);
    v.id = 0;
  }
}

/** Runs a model operation, turning Rust's capacity overflow into its panic. */
function guarded<T>(panic: Panic, m: Machine, op: () => T): T {
  try {
    return op();
  } catch (err) {
    if (err instanceof CapacityOverflow) panic('capacity overflow', null, CAPACITY_OVERFLOW_AT);
    if (err instanceof RangeError) panic('capacity overflow', null, CAPACITY_OVERFLOW_AT);
    throw err;
  }
}

/** A capacity/length argument: huge values overflow (`capacity overflow`) or fail to allocate. */
function capArg(m: Machine, panic: Panic, n: Int, esz: number): number {
  if (typeof n === 'number' && n * esz <= Number.MAX_SAFE_INTEGER) return n;
  const bytes = big(n) * BigInt(esz);
  if (esz === 0) return Number.MAX_SAFE_INTEGER;
  if (bytes > BigInt(ISIZE_MAX) || big(n) > (1n << 64n) - 1n) panic('capacity overflow', null, CAPACITY_OVERFLOW_AT);
  // Representable as a Layout but far beyond any machine: the allocator returns null.
  m.err += `memory allocation of ${bytes} bytes failed\n${BACKTRACE_NOTE}`;
  throw new AllocFailure(bytes.toString());
}

export class AllocFailure {
  constructor(readonly bytes: string) {}
}

export function newVec(m: Machine, esz: number, cap: number, reason: string, panic: Panic): RVec {
  const model = guarded(panic, m, () => new VecModel(esz, cap));
  const v = new RVec([], model, 0);
  if (model.log.length) applyVec(m, v, model.log[0], reason);
  model.log.length = 0;
  return v;
}

export function newString(m: Machine, s: string, cap: number, reason: string): RString {
  const model = new StringModel(cap);
  model.vec.len = utf8Len(s);
  const r = new RString(s, model, 0);
  if (model.vec.log.length) applyVec(m, { get id() { return r.id; }, set id(x) { r.id = x; }, m: model.vec }, model.vec.log[0], reason);
  model.vec.log.length = 0;
  return r;
}

export const strHolder = (s: RString) => ({
  get id() {
    return s.id;
  },
  set id(x: number) {
    s.id = x;
  },
  m: s.m.vec,
});

/** push_str / push on a String: reserve(len) then append (String growth in the trace). */
export function stringPushStrFn(cx: Compiler, e: Expr, op: string): (s: RString, v: string) => void {
  const m = cx.m;
  const panic = cx.panicAt(e);
  return (s, v) => {
    const n = utf8Len(v);
    const ev = guarded(panic, m, () => s.m.vec.reserve(n));
    if (ev) applyVec(m, strHolder(s), ev, growReason('String', ev, op));
    s.m.vec.len += n;
    s.s += v;
    m.byteWork += n;
  };
}

/** Appends the write_str chunks of a formatting run to a String (format!, to_string). */
export function pushChunks(m: Machine, s: RString, chunks: string[], reason: string, panic: Panic): void {
  for (const c of chunks) {
    const n = utf8Len(c);
    const ev = guarded(panic, m, () => s.m.vec.reserve(n));
    if (ev) applyVec(m, strHolder(s), ev, `${reason} growth: capacity ${ev.oldCap} → ${ev.newCap}`);
    s.m.vec.len += n;
    s.s += c;
  }
}

export function cloneValue(t: Ty, m: Machine, reason = 'clone'): (v: unknown) => unknown {
  t = prune(t);
  switch (t.k) {
    case 'String':
      return (v) => {
        const s = v as RString;
        return newString(m, s.s, s.m.len, reason);
      };
    case 'Vec':
    case 'VecDeque': {
      const inner = isCopy(t.e) ? copier(t.e) : cloneValue(t.e, m, reason);
      const esz = sizeOf(t.e);
      return (v) => {
        const x = v as RVec;
        // to_vec: with_capacity(len), then the elements (each cloned in order).
        const model = new VecModel(esz, x.a.length);
        const out = new RVec([], model, 0);
        if (model.log.length) applyVec(m, out, model.log[0], `${reason} (capacity ${x.a.length})`);
        model.log.length = 0;
        out.a = inner ? x.a.map(inner) : x.a.slice();
        model.len = x.a.length;
        return out;
      };
    }
    case 'Box': {
      const et = t.e;
      let inner: ((v: unknown) => unknown) | null | undefined;
      const size = sizeOf(t.e);
      return (v) => {
        if (inner === undefined) inner = isCopy(et) ? copier(et) : cloneValue(et, m, reason);
        const b = v as RBox;
        // Box::clone: allocate, then clone the contents into it.
        const id = size ? m.alloc(size, `${reason} (Box)`) : 0;
        return new RBox(inner ? inner(b.v) : b.v, id, size);
      };
    }
    case 'Option': {
      const inner = isCopy(t.e) ? copier(t.e) : cloneValue(t.e, m, reason);
      return (v) => (v === null ? null : new RSome(inner ? inner((v as RSome).v) : (v as RSome).v));
    }
    case 'struct':
      if (t.s.variants) return enumClone(t.s, (ft) => cloneValue(ft, m, reason));
    // falls through
    case 'tuple': {
      const fs = (t.k === 'struct' ? t.s.fields.map((f) => f.ty) : t.elems).map((ft) => (isCopy(ft) ? copier(ft) : cloneValue(ft, m, reason)));
      return (v) => (v as unknown[]).map((x, i) => (fs[i] ? fs[i]!(x) : x));
    }
    case 'array': {
      const inner = isCopy(t.e) ? copier(t.e) : cloneValue(t.e, m, reason);
      return (v) => (v as unknown[]).map((x) => (inner ? inner(x) : x));
    }
    default: {
      const c = copier(t);
      return c ?? ((v) => v);
    }
  }
}

// ------------------------------------------------------------------------------------------------
// vec![...]

export function compileVecMacro(cx: Compiler, e: Extract<Expr, { k: 'vecMacro' }>): E {
  const m = cx.m;
  const t = prune(tyOf(e)) as Extract<Ty, { k: 'Vec' }>;
  const esz = sizeOf(t.e);
  const panic = cx.panicAt(e);
  if (e.elems) {
    const els = e.elems.map((x) => cx.expr(x));
    const n = els.length;
    // vec![a, b, c] = <[_]>::into_vec(#[rustc_box] Box::new([a, b, c])): one allocation of exactly
    // n elements, made *before* the elements are evaluated (they are written into it in place).
    return (f) => {
      const v = newVec(m, esz, n, 'vec! macro', panic);
      const vals = els.map((x) => x(f));
      v.a = vals;
      v.m.len = n;
      return v;
    };
  }
  const x = cx.expr(e.repeat!.e);
  const nE = cx.expr(e.repeat!.n);
  const et = prune(t.e);
  const clone = isCopy(et) ? copier(et) : cloneValue(et, m, 'vec! macro (clone)');
  const dropElem = cx.drop(et);
  return (f) => {
    const val = x(f);
    const n = capArg(m, panic, nE(f) as Int, esz);
    // vec![x; n] = from_elem: with_capacity(n) (alloc_zeroed for zeroes), then n-1 clones + the value moved in.
    const v = newVec(m, esz, n, 'vec! macro', panic);
    if (n === 0) {
      if (dropElem && val !== undefined) dropElem(val);
      return v;
    }
    if (n > 50_000_000) throw new BudgetStop('memory', `Stopped: vec![x; ${n}] has more elements than the simulator holds (50,000,000).`);
    const a = new Array(n);
    if (clone && !isCopy(et)) {
      for (let i = 0; i < n - 1; i++) a[i] = clone(val);
      a[n - 1] = val;
    } else if (clone) for (let i = 0; i < n; i++) a[i] = clone(val);
    else a.fill(val);
    v.a = a;
    v.m.len = n;
    m.byteWork += n * esz;
    return v;
  };
}

// ------------------------------------------------------------------------------------------------
// Function-like builtins

export function compileBuiltinCall(cx: Compiler, e: Extract<Expr, { k: 'call' }>): E {
  const m = cx.m;
  const panic = cx.panicAt(e);
  const t = prune(tyOf(e));
  const b = e.builtin!;
  if (/^(HashMap|HashSet|BTreeMap|BTreeSet)::/.test(b)) return compileMapCall(cx, e);
  const rc = compileRcCall(cx, e) ?? compileThreadCall(cx, e) ?? compileChanCall(cx, e) ?? compileStdCall(cx, e);
  if (rc) return rc;
  if (b.startsWith('char::')) return compileCharCall(e, e.args.map((a) => cx.expr(a)), panic)!;
  switch (b) {
    case 'Vec::new':
    case 'VecDeque::new': {
      const esz = sizeOf((t as { e: Ty }).e);
      return () => new RVec([], new VecModel(esz), 0);
    }
    case 'Vec::with_capacity':
    case 'VecDeque::with_capacity': {
      const esz = sizeOf((t as { e: Ty }).e);
      const n = cx.expr(e.args[0]);
      const kind = b.startsWith('Vec::') ? 'Vec' : 'VecDeque';
      return (f) => {
        const cap = capArg(m, panic, n(f) as Int, esz);
        return newVec(m, esz, cap, `${kind}::with_capacity(${cap})`, panic);
      };
    }
    case 'String::new':
      return () => new RString('', new StringModel(), 0);
    case 'String::with_capacity': {
      const n = cx.expr(e.args[0]);
      return (f) => {
        const cap = capArg(m, panic, n(f) as Int, 1);
        return newString(m, '', cap, `String::with_capacity(${cap})`);
      };
    }
    case 'String::from': {
      const s = cx.expr(e.args[0]);
      return (f) => {
        const v = s(f) as string;
        return newString(m, v, utf8Len(v), 'String::from');
      };
    }
    case 'Box::new': {
      // Box<dyn Fn..> of a closure: the closure's own size (its captures)
      const inner = prune((t as { e: Ty }).e).k === 'fnTrait' || prune((t as { e: Ty }).e).k === 'dyn' ? tyOf(e.args[0]) : (t as { e: Ty }).e;
      const size = sizeOf(inner);
      const v = cx.expr(e.args[0]);
      return (f) => {
        const x = v(f);
        const id = size ? m.alloc(size, `Box::new (${size} bytes)`) : 0;
        return new RBox(x, id, size);
      };
    }
    case 'drop': {
      const v = cx.expr(e.args[0]);
      const d = cx.drop(tyOf(e.args[0]));
      return (f) => {
        const x = v(f);
        if (d && x !== undefined) d(x);
        return null;
      };
    }
    case 'mem::take': {
      const r = cx.expr(e.args[0]);
      const inner = (prune(tyOf(e.args[0])) as { e: Ty }).e;
      const obj = isObjectKind(inner);
      return (f) => {
        const x = r(f);
        if (obj) {
          const out = shellOf(x);
          transplant(x, defaultOf(inner));
          return out;
        }
        const p = x as Place;
        const out = p.o[p.k];
        p.o[p.k] = defaultOf(inner);
        return out;
      };
    }
    case 'mem::replace': {
      const r = cx.expr(e.args[0]);
      const nv = cx.expr(e.args[1]);
      const inner = (prune(tyOf(e.args[0])) as { e: Ty }).e;
      const obj = isObjectKind(inner);
      return (f) => {
        const x = r(f);
        const v = nv(f);
        if (obj) {
          const out = shellOf(x);
          transplant(x, v);
          return out;
        }
        const p = x as Place;
        const out = p.o[p.k];
        p.o[p.k] = v;
        return out;
      };
    }
    case 'mem::swap': {
      const a = cx.expr(e.args[0]);
      const bb = cx.expr(e.args[1]);
      const inner = (prune(tyOf(e.args[0])) as { e: Ty }).e;
      const obj = isObjectKind(inner);
      return (f) => {
        const x = a(f);
        const y = bb(f);
        if (obj) {
          const tmp = shellOf(x);
          transplant(x, y);
          transplant(y, tmp);
        } else {
          const p = x as Place;
          const q = y as Place;
          const tmp = p.o[p.k];
          p.o[p.k] = q.o[q.k];
          q.o[q.k] = tmp;
        }
        return null;
      };
    }
    case 'mem::size_of': {
      const targs = (e as { targs?: Ty[] | null }).targs!;
      const n = sizeOf(zonk(targs[0]));
      return () => n;
    }
    case 'Bump::new':
    case 'Bump::with_capacity': {
      const n = b === 'Bump::new' ? () => 0 : cx.expr(e.args[0]);
      return (f) => {
        const cap = capArg(m, panic, n(f) as Int, 1);
        return new RBump(new BumpModel(cap, bumpEvents(m)));
      };
    }
  }
  throw new Error(`builtin ${b}`);
}

function bumpEvents(m: Machine): (ev: BumpEvent) => void {
  return (ev) => {
    if (ev.kind === 'alloc') ev.chunk.id = m.alloc(ev.size, `Bump chunk (${ev.size} bytes: ${ev.chunk.sizeWithoutFooter} usable + 48-byte footer)`);
    else m.free(ev.chunk.id!, ev.size);
  };
}

// ------------------------------------------------------------------------------------------------
// Methods

export function compileMethod(cx: Compiler, e: Extract<Expr, { k: 'method' }>): E {
  const m = cx.m;
  const id = e.builtin!;
  if (id === 'option.take') return optionTake(cx, e.recv);
  const selfMode = (e as { selfMode?: string }).selfMode;
  const rt = tyOf(e.recv);
  const ad = autoDeref(rt);
  const recvRaw = selfMode === 'value' && ad.identity ? cx.expr(e.recv) : cx.read(e.recv);
  const recv: E = ad.identity ? recvRaw : (f) => ad.get(recvRaw(f));
  const st = ad.ty; // the receiver's type after auto-deref
  const args = e.args.map((a) => cx.expr(a));
  const a0 = args[0];
  const panic = cx.panicAt(e.nameSpan);
  const elemT = (st as { e?: Ty }).e;
  const esz = elemT ? sizeOf(elemT) : 0;
  const kind = st.k === 'VecDeque' ? 'VecDeque' : 'Vec';
  const elemDrop = elemT && needsDrop(elemT) ? cx.drop(elemT) : null;
  if (st.k === 'Map' || st.k === 'Entry') return compileMapMethod(cx, e, recv, args, st);
  if (id === 'rc.clone') return rcClone(recvRaw); // the handle, not what it derefs to
  const th = compileSyncMethod(cx, e, id, st, recv, recvRaw, args);
  if (th) return th;
  if (st.k === 'RefCell' || st.k === 'Cell') return compileCellMethod(cx, e, recv, args, st.e);
  if (id.startsWith('result.')) return compileResultMethod(cx, id, st, recv, a0, panic);
  const strM = compileStrMethod(cx, e, id, st, recv, args, panic); // str/char/integer methods of std-str.ts
  if (strM) return strM;
  if (id.startsWith('std.ord.')) return compileOrdering(cx, e, recv, args, st)!; // std-ordering.ts
  if (id.startsWith('std.')) return compileStdMethod(cx, e, recv, args, st); // std-methods.ts
  if (id === 'scalar.clone') return recv;
  switch (id) {
    // ---- Vec / VecDeque
    case 'vec.push':
    case 'deque.push_back':
    case 'deque.push_front': {
      const front = id === 'deque.push_front';
      const op = id.split('.')[1];
      return (f) => {
        const v = recv(f) as RVec;
        const x = a0(f);
        if (v.m.len === v.m.cap) {
          const ev = guarded(panic, m, () => v.m.push());
          applyVec(m, v, ev, growReason(kind, ev!, op));
        } else v.m.len++;
        if (front) v.a.unshift(x);
        else v.a.push(x);
        return null;
      };
    }
    case 'vec.pop':
    case 'deque.pop_back':
      return (f) => {
        const v = recv(f) as RVec;
        if (!v.a.length) return null;
        v.m.pop();
        return new RSome(v.a.pop());
      };
    case 'deque.pop_front':
      return (f) => {
        const v = recv(f) as RVec;
        if (!v.a.length) return null;
        v.m.pop();
        return new RSome(v.a.shift());
      };
    case 'vec.len':
      return (f) => (recv(f) as RVec).a.length;
    case 'vec.capacity':
      return (f) => {
        const c = (recv(f) as RVec).m.cap;
        return c === Number.MAX_SAFE_INTEGER ? norm((1n << 64n) - 1n) : c;
      };
    case 'vec.is_empty':
      return (f) => (recv(f) as RVec).a.length === 0;
    case 'vec.clear':
    case 'vec.truncate':
      return (f) => {
        const v = recv(f) as RVec;
        const n = id === 'vec.clear' ? 0 : Number(a0(f));
        if (n >= v.a.length) return null;
        const gone = v.a.splice(n);
        v.m.truncate(n);
        if (elemDrop) for (const x of gone) if (x !== undefined) elemDrop(x);
        return null;
      };
    case 'vec.reserve':
    case 'vec.reserve_exact':
      return (f) => {
        const v = recv(f) as RVec;
        const n = capArg(m, panic, a0(f) as Int, esz);
        const ev = guarded(panic, m, () => (id === 'vec.reserve' ? v.m.reserve(n) : v.m.reserve_exact(n)));
        if (ev) applyVec(m, v, ev, growReason(kind, ev, id.split('.')[1]));
        return null;
      };
    case 'vec.shrink_to_fit':
    case 'vec.shrink_to':
      return (f) => {
        const v = recv(f) as RVec;
        const ev = id === 'vec.shrink_to' ? v.m.shrink_to(Number(a0(f))) : v.m.shrink_to_fit();
        if (ev) applyVec(m, v, ev, ev.kind === 'dealloc' ? `${kind}::${id.split('.')[1]}: capacity ${ev.oldCap} → 0 (freed)` : `${kind}::${id.split('.')[1]}: capacity ${ev.oldCap} → ${ev.newCap}`);
        return null;
      };
    case 'vec.extend_from_slice': {
      const clone = elemT && !isCopy(elemT) ? cloneValue(elemT, m) : null;
      return (f) => {
        const v = recv(f) as RVec;
        const src = a0(f) as unknown[];
        const k = src.length;
        const ev = guarded(panic, m, () => v.m.reserve(k));
        if (ev) applyVec(m, v, ev, growReason(kind, ev, 'extend_from_slice'));
        for (let i = 0; i < k; i++) v.a.push(clone ? clone(src[i]) : src[i]);
        v.m.len += k;
        m.byteWork += k * esz;
        return null;
      };
    }
    case 'vec.insert':
      return (f) => {
        const v = recv(f) as RVec;
        const i = a0(f) as number;
        const x = args[1](f);
        if (typeof i !== 'number' || i > v.a.length) panic(`insertion index (is ${i}) should be <= len (is ${v.a.length})`, ['insertion index (is ', String(i), ') should be <= len (is ', String(v.a.length), ')']);
        if (v.m.len === v.m.cap) {
          const ev = guarded(panic, m, () => v.m.push());
          applyVec(m, v, ev, growReason(kind, ev!, 'insert'));
        } else v.m.len++;
        v.a.splice(i, 0, x);
        m.byteWork += (v.a.length - i) * esz;
        return null;
      };
    case 'vec.remove':
    case 'vec.swap_remove':
      return (f) => {
        const v = recv(f) as RVec;
        const i = a0(f) as number;
        if (typeof i !== 'number' || i >= v.a.length) {
          const what = id === 'vec.remove' ? 'removal' : 'swap_remove';
          // Vec::remove is #[track_caller], Vec::swap_remove is not: its panic points into alloc.
          const at = id === 'vec.remove' ? undefined : `${RUSTC_SRC}/alloc/src/vec/mod.rs:2202:13`;
          panic(`${what} index (is ${i}) should be < len (is ${v.a.length})`, [`${what} index (is `, String(i), ') should be < len (is ', String(v.a.length), ')'], at);
        }
        v.m.pop();
        if (id === 'vec.remove') return v.a.splice(i, 1)[0];
        const x = v.a[i];
        const last = v.a.pop();
        if (i < v.a.length) v.a[i] = last;
        return x;
      };
    case 'vec.clone': {
      const c = cloneValue(st, m);
      return (f) => c(recv(f));
    }
    case 'vec.as_slice':
      return (f) => (recv(f) as RVec).a;
    case 'vec.sort':
    case 'vec.sort_unstable':
    case 'vec.dedup':
    case 'vec.reverse':
    case 'vec.swap':
      return vecReorder(cx, e, recv, args, elemT!);
    // ---- slices / arrays / iterators
    case 'slice.len':
      return (f) => arr(recv(f)).length;
    case 'slice.is_empty':
      return (f) => arr(recv(f)).length === 0;
    case 'slice.iter':
      return (f) => arr(recv(f));
    case 'slice.to_vec': {
      const c = cloneValue({ k: 'Vec', e: elemT! }, m, 'to_vec');
      return (f) => c(new RVec(arr(recv(f)), new VecModel(esz), 0));
    }
    case 'slice.contains': {
      const eq = deepEq(elemT!);
      return (f) => {
        const a = arr(recv(f));
        const x = a0(f);
        return a.some((y) => eq(y, x));
      };
    }
    case 'slice.first':
    case 'slice.last':
      return (f) => {
        const a = arr(recv(f));
        if (!a.length) return null;
        return new RSome(id === 'slice.first' ? a[0] : a[a.length - 1]);
      };
    case 'iter.sum': {
      const out = prune(tyOf(e));
      if (out.k === 'float') return (f) => arr(recv(f)).reduce((s: number, x) => s + (x as number), 0);
      const add = addFn((out as { name: IntName }).name);
      return (f) => {
        const a = arr(recv(f));
        let s: Int = 0;
        for (let i = 0; i < a.length; i++) s = add(s, a[i] as Int);
        m.steps += a.length >> 3;
        return s;
      };
    }
    case 'iter.enumerate':
      return (f) => arr(recv(f));
    case 'iter.count':
      return (f) => arr(recv(f)).length;
    case 'iter.max':
    case 'iter.min':
      return (f) => {
        const a = arr(recv(f));
        if (!a.length) return null;
        let best = a[0] as number;
        for (const x of a) if (id === 'iter.max' ? (x as number) >= best : (x as number) < best) best = x as number;
        return new RSome(best);
      };
    // ---- String / str
    case 'string.push':
    case 'string.push_str': {
      const push = stringPushStrFn(cx, e, id.split('.')[1]);
      const isChar = id === 'string.push';
      return (f) => {
        const s = recv(f) as RString;
        const v = a0(f);
        push(s, isChar ? String.fromCodePoint(v as number) : (v as string));
        return null;
      };
    }
    case 'str.len':
      return (f) => {
        const v = recv(f);
        return typeof v === 'string' ? utf8Len(v) : (v as RString).m.len;
      };
    case 'str.is_empty':
      return (f) => {
        const v = recv(f);
        return (typeof v === 'string' ? v : (v as RString).s).length === 0;
      };
    case 'string.capacity':
      return (f) => (recv(f) as RString).m.cap;
    case 'string.clear':
      return (f) => {
        const s = recv(f) as RString;
        s.s = '';
        s.m.clear();
        return null;
      };
    case 'string.truncate':
      return (f) => {
        const s = recv(f) as RString;
        const n = Number(a0(f));
        if (n >= s.m.len) return null;
        const bytes = new TextEncoder().encode(s.s);
        if ((bytes[n] & 0xc0) === 0x80) panic('assertion failed: self.is_char_boundary(new_len)', null);
        s.s = new TextDecoder().decode(bytes.slice(0, n));
        s.m.truncate(n);
        return null;
      };
    case 'string.pop':
      return (f) => {
        const s = recv(f) as RString;
        if (!s.s) return null;
        const chars = [...s.s];
        const c = chars.pop()!;
        s.s = chars.join('');
        s.m.truncate(s.m.len - utf8Len(c));
        return new RSome(c.codePointAt(0)!);
      };
    case 'string.reserve':
    case 'string.reserve_exact':
      return (f) => {
        const s = recv(f) as RString;
        const n = capArg(m, panic, a0(f) as Int, 1);
        const ev = guarded(panic, m, () => (id === 'string.reserve' ? s.m.reserve(n) : s.m.reserve_exact(n)));
        if (ev) applyVec(m, strHolder(s), ev, growReason('String', ev, id.split('.')[1]));
        return null;
      };
    case 'string.shrink_to_fit':
      return (f) => {
        const s = recv(f) as RString;
        const ev = s.m.shrink_to_fit();
        if (ev) applyVec(m, strHolder(s), ev, ev.kind === 'dealloc' ? `String::shrink_to_fit: capacity ${ev.oldCap} → 0 (freed)` : `String::shrink_to_fit: capacity ${ev.oldCap} → ${ev.newCap}`);
        return null;
      };
    case 'string.clone':
      return (f) => {
        const s = recv(f) as RString;
        return newString(m, s.s, s.m.len, 'clone');
      };
    case 'string.as_str':
      return (f) => (recv(f) as RString).s;
    case 'str.to_string':
      return (f) => {
        const v = recv(f);
        const s = typeof v === 'string' ? v : (v as RString).s;
        return newString(m, s, utf8Len(s), e.name === 'to_owned' ? 'to_owned' : 'to_string');
      };
    // ---- Box / struct
    case 'box.clone':
    case 'struct.clone': {
      const c = cloneValue(id === 'box.clone' ? rt : st, m);
      if (id === 'box.clone') {
        let t0 = prune(rt);
        while (t0.k === 'ref') t0 = prune(t0.e);
        const cb = cloneValue(t0, m);
        return (f) => {
          let v = recvRaw(f);
          let tt = prune(rt);
          while (tt.k === 'ref') {
            tt = prune(tt.e);
          }
          void tt;
          if (v instanceof Place) v = v.o[v.k];
          return cb(v);
        };
      }
      return (f) => c(recv(f));
    }
    // ---- Option
    case 'option.unwrap':
    case 'option.expect':
      return (f) => {
        const o = recv(f);
        if (o === null) {
          if (id === 'option.expect') {
            const msg = a0(f) as string;
            panic(msg, [msg]);
          }
          panic('called `Option::unwrap()` on a `None` value', null);
        }
        return (o as RSome).v;
      };
    case 'option.unwrap_or': {
      const d = cx.drop((st as { e: Ty }).e);
      return (f) => {
        const o = recv(f);
        const dflt = a0(f);
        if (o === null) return dflt;
        if (d && dflt !== undefined) d(dflt);
        return (o as RSome).v;
      };
    }
    case 'option.unwrap_or_default': {
      const inner = (st as { e: Ty }).e;
      return (f) => {
        const o = recv(f);
        return o === null ? defaultOf(inner) : (o as RSome).v;
      };
    }
    case 'option.as_ref':
      return (f) => {
        const o = recv(f);
        return o === null ? null : new RSome((o as RSome).v);
      };
    case 'option.ok_or': {
      const d = cx.drop(tyOf(e.args[0]));
      return (f) => {
        const o = recv(f);
        const err = a0(f);
        if (o === null) return [1, err];
        if (d && err !== undefined) d(err);
        return [0, (o as RSome).v];
      };
    }
    case 'option.is_some':
      return (f) => recv(f) !== null;
    case 'option.is_none':
      return (f) => recv(f) === null;
    // ---- Bump
    case 'bump.alloc': {
      const vt = prune(tyOf(e.args[0]));
      const { size, align } = layout(vt);
      const obj = isObjectKind(vt);
      return (f) => {
        const bump = (recv(f) as RBump).b;
        const x = a0(f);
        guardedBump(m, panic, () => bump.allocLayout(size, align));
        m.byteWork += size;
        // The value now lives in the arena: Bump never runs its destructor.
        return obj ? x : new Place([x], 0);
      };
    }
    case 'bump.alloc_slice_copy': {
      const et = (prune((prune(tyOf(e.args[0])) as { e: Ty }).e) as { e: Ty }).e;
      const { size, align } = layout(et);
      return (f) => {
        const bump = (recv(f) as RBump).b;
        const src = a0(f) as unknown[];
        guardedBump(m, panic, () => bump.allocLayout(size * src.length, align));
        m.byteWork += size * src.length;
        return src.slice();
      };
    }
    case 'bump.reset':
      return (f) => {
        (recv(f) as RBump).b.reset();
        return null;
      };
    case 'bump.allocated_bytes':
      return (f) => (recv(f) as RBump).b.allocatedBytes();
    case 'bump.chunk_capacity':
      return (f) => (recv(f) as RBump).b.chunkCapacity();
    // ---- numbers
    case 'int.to_string': {
      // SpecToString for integers (alloc/src/string.rs, Rust 1.95): a signed type allocates
      // with_capacity(digits of T::MAX), + 1 when negative, then pushes '-' and the digits; an
      // unsigned type formats into a stack buffer and copies the digits (capacity == length).
      const name = (st as { name: IntName }).name;
      const size = String(maxOf(name)).length;
      const signed = name[0] === 'i';
      return (f) => {
        const v = recv(f) as Int;
        const neg = v < 0;
        const digits = String(neg ? (typeof v === 'bigint' ? -v : -(v as number)) : v);
        const cap = signed ? size + (neg ? 1 : 0) : digits.length;
        const s = newString(m, '', cap, `to_string (capacity ${cap})`);
        pushChunks(m, s, neg ? ['-', digits] : [digits], 'to_string', panic);
        return s;
      };
    }
    case 'char.to_string':
    case 'bool.to_string': {
      const fmt = fmtToString(cx, st);
      return (f) => {
        const text = fmt(recv(f)).join('');
        return newString(m, text, utf8Len(text), 'to_string');
      };
    }
    case 'display.to_string':
    case 'float.to_string': {
      const fmt = fmtToString(cx, st);
      return (f) => {
        const s = new RString('', new StringModel(), 0);
        pushChunks(m, s, fmt(recv(f)), 'to_string', panic);
        return s;
      };
    }
    case 'fmt.write_str':
      return (f) => {
        (recv(f) as RFormatter).out.push(a0(f) as string);
        return null;
      };
    case 'char.len_utf8':
      return (f) => utf8Len(String.fromCodePoint(recv(f) as number));
  }
  if (id.startsWith('int.')) return intMethod(id, st as Extract<Ty, { k: 'int' }>, recv, args);
  if (id.startsWith('float.')) return floatMethod(id, st as Extract<Ty, { k: 'float' }>, recv, args);
  throw new Error(`method ${id}`);
}

/** `opt.take()`: the value, leaving None in the place (an Option, or the place a `&mut Option` points at). */
function optionTake(cx: Compiler, recv: Expr): E {
  if (prune(tyOf(recv)).k === 'Option') {
    const p = cx.place(recv);
    return (f) => {
      const v = p.get(f);
      p.set(f, null);
      return v;
    };
  }
  const r = cx.expr(recv);
  return (f) => {
    const pl = r(f) as Place;
    const v = pl.o[pl.k];
    pl.o[pl.k] = null;
    return v;
  };
}

function arr(v: unknown): unknown[] {
  if (v instanceof RVec) return v.a;
  if (Array.isArray(v)) return v;
  if (v instanceof Place) return arr(v.o[v.k]);
  return [];
}

function layout(t: Ty): { size: number; align: number } {
  const p = prune(t);
  if (p.k === 'slice') return { size: 0, align: 1 };
  return { size: sizeOf(p), align: Math.max(1, alignOf(p)) };
}

import { layoutOf } from './ty';
const alignOf = (t: Ty): number => layoutOf(t).align;

function guardedBump(m: Machine, panic: Panic, op: () => number): void {
  void m;
  void panic;
  op();
}

function intMethod(id: string, t: Extract<Ty, { k: 'int' }>, recv: E, args: E[]): E {
  const name = t.name;
  const a0 = args[0];
  switch (id) {
    case 'int.pow': {
      const p = powFn(name);
      return (f) => p(recv(f) as Int, a0(f) as Int);
    }
    case 'int.abs':
      return (f) => wrapTo(name, -(recv(f) as number) < 0 ? (recv(f) as number) : typeof recv(f) === 'bigint' ? -(recv(f) as bigint) : -(recv(f) as number));
    case 'int.min':
      return (f) => {
        const a = recv(f) as number;
        const b = a0(f) as number;
        return a <= b ? a : b;
      };
    case 'int.max':
      return (f) => {
        const a = recv(f) as number;
        const b = a0(f) as number;
        return a >= b ? a : b;
      };
    case 'int.wrapping_add':
    case 'int.wrapping_sub':
    case 'int.wrapping_mul': {
      const op = id === 'int.wrapping_add' ? (a: bigint, b: bigint) => a + b : id === 'int.wrapping_sub' ? (a: bigint, b: bigint) => a - b : (a: bigint, b: bigint) => a * b;
      return (f) => wrapTo(name, norm(op(big(recv(f) as Int), big(a0(f) as Int))));
    }
    case 'int.count_ones':
      return (f) => {
        let v = BigInt.asUintN(128, big(recv(f) as Int));
        let n = 0;
        while (v) {
          n += Number(v & 1n);
          v >>= 1n;
        }
        return n;
      };
    case 'int.is_power_of_two':
      return (f) => {
        const v = big(recv(f) as Int);
        return v > 0n && (v & (v - 1n)) === 0n;
      };
    case 'int.next_power_of_two':
      return (f) => {
        const v = big(recv(f) as Int);
        let p = 1n;
        while (p < v) p <<= 1n;
        return wrapTo(name, norm(p));
      };
  }
  throw new ArithPanic(`int method ${id}`);
}

function floatMethod(id: string, t: Extract<Ty, { k: 'float' }>, recv: E, args: E[]): E {
  const fr = t.name === 'f32' ? Math.fround : (x: number) => x;
  const a0 = args[0];
  switch (id) {
    case 'float.sqrt':
      return (f) => fr(Math.sqrt(recv(f) as number));
    case 'float.abs':
      return (f) => Math.abs(recv(f) as number);
    case 'float.floor':
      return (f) => Math.floor(recv(f) as number);
    case 'float.ceil':
      return (f) => Math.ceil(recv(f) as number);
    case 'float.round':
      return (f) => {
        const x = recv(f) as number;
        return Math.sign(x) * Math.round(Math.abs(x));
      };
    case 'float.trunc':
      return (f) => Math.trunc(recv(f) as number);
    case 'float.powi':
      return (f) => fr(Math.pow(recv(f) as number, a0(f) as number));
    case 'float.powf':
      return (f) => fr(Math.pow(recv(f) as number, a0(f) as number));
    case 'float.min':
      return (f) => {
        const a = recv(f) as number;
        const b = a0(f) as number;
        return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
      };
    case 'float.max':
      return (f) => {
        const a = recv(f) as number;
        const b = a0(f) as number;
        return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
      };
  }
  throw new Error(`float method ${id}`);
}

export type { F };
