// Calls: user functions (inlined copies get their own escape decisions), func values, builtins
// (len, cap, append, copy, make, new, panic, min, max) and the library subset.

import type * as A from './ast';
import { unparen } from './check';
import { BYTES_KEY } from './escape';
import type { Compiler, Ev, Frame } from './compile';
import { CompileError, boxValue, conversion, indexMsg, newObject, place, siteDesc } from './compile-expr';
import { Buffer, BufferObj, Builder, BuilderObj, BufioReaderObj, BytesReaderObj, MemStatsObj, PoolVal, StdFuncs, StringsReaderObj, readMemStats, readerRead } from './lib-std';
import { appendSlice, appendString, appendValues, bytesToStr, cloneFn, copyData, heapString, isAggregate, makeSlice, stringToBytes, type AllocSite } from './mem';
import { tBuffer, tBuilder } from './std';
import { fmtMethod, ifaceCall, resolveMethod } from './compile-iface';
import { recoverValue } from './compile-defer';
import { chanValue, type ChanVal } from './lib-sched';
import { compileMakeMap, compileMapBuiltin, mapLen } from './lib-map';
import { LIB_IMPLS } from './compile-lib';
import { hasPointers, isString, sizeof, typeString, underlying, type T } from './types';
import { ErrorVal, Fn, GoPanicSignal, HeapObj, Iface, Ptr, Slice, Str } from './values';

const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

export function compileCall(c: Compiler, e: A.Call): Ev {
  const ck = c.info.calls[e.id];
  if (!ck) throw new CompileError(e, 'unsupported call');
  switch (ck.k) {
    case 'conv':
      return conversion(c, e, ck.to);
    case 'builtin':
      return builtin(c, e, ck.name);
    case 'func':
      return userCall(c, e, ck.fn, ck.recv ?? null);
    case 'std':
      return stdCall(c, e, `${ck.f.pkg}.${ck.f.name}`);
    case 'method':
      return methodCall(c, e, ck.m.name, ck.recvType, ck.recvIsPtr);
    case 'iface':
      return ifaceCall(c, e, ck.name, ck.sig);
    case 'value':
      return valueCall(c, e);
  }
}

/** Argument evaluators for a signature (variadic arguments packed into a slice, `f(g())` spread). */
export function argList(c: Compiler, e: A.Call, sig: Extract<T, { k: 'func' }>, recv: A.Expr | null = null): (f: Frame) => unknown[] {
  const n = sig.params.length;
  const line = c.line(e);
  const args = recv ? [recv, ...e.args] : e.args;
  if (args.length === 1 && n > 1 && c.typeOf(args[0]).k === 'tuple') {
    const call = c.expr(args[0]);
    return (f) => (call(f) as unknown[]).slice();
  }
  if (recv && e.args.length === 1 && n > 2 && c.typeOf(e.args[0]).k === 'tuple') {
    const r = c.valueForStore(recv, sig.params[0]);
    const call = c.expr(e.args[0]);
    return (f) => [r(f), ...(call(f) as unknown[])];
  }
  if (sig.variadic && !e.ellipsis) {
    const fixed = args.slice(0, n - 1).map((a, i) => c.valueForStore(a, sig.params[i]));
    const elem = (sig.params[n - 1] as { elem: T }).elem;
    const rest = args.slice(n - 1).map((a) => c.valueForStore(a, elem));
    // The implicit []T{...}: a stack array unless escape analysis says it escapes.
    const heap = c.ctx.siteHeap.get(-(e.id + 1)) ?? false;
    const m = c.m;
    const size = sizeof(elem) * rest.length;
    const noscan = !hasPointers(elem);
    const sid = heap ? c.site(line, 'heap', '... argument escapes to heap') : 0;
    return (f) => {
      const out = new Array(n);
      for (let i = 0; i < fixed.length; i++) out[i] = fixed[i](f);
      if (rest.length === 0) out[n - 1] = new Slice(null, null, 0, 0, 0);
      else {
        const d = new Array(rest.length);
        for (let i = 0; i < rest.length; i++) d[i] = rest[i](f);
        let o: HeapObj | null = null;
        if (heap && size > 0) o = m.malloc(size, noscan, sid, line, noscan ? 0 : 1, d, elem);
        out[n - 1] = new Slice(toData(d, elem), o, 0, rest.length, rest.length);
      }
      return out;
    };
  }
  const evs = args.map((a, i) => c.valueForStore(a, sig.params[i] ?? c.typeOf(a)));
  return (f) => {
    const out = new Array(evs.length);
    for (let i = 0; i < evs.length; i++) out[i] = evs[i](f);
    return out;
  };
}

function toData(d: unknown[], elem: T): never {
  const u = underlying(elem);
  if (u.k === 'basic' && u.name === 'uint8') return Uint8Array.from(d as number[]) as never;
  if (u.k === 'basic' && u.name === 'float64') return Float64Array.from(d as number[]) as never;
  if (u.k === 'basic' && u.name === 'int32') return Int32Array.from(d as number[]) as never;
  return d as never;
}

function userCall(c: Compiler, e: A.Call, callee: import('./check').FnInfo, recv: A.Expr | null): Ev {
  const line = c.line(e);
  const child = c.ctx.children.get(e.id);
  const ctx = child ?? c.esc.bodies.get(callee)!;
  const args = argList(c, e, callee.sig, recv);
  let cf: ReturnType<Compiler['compileFn']> | null = null;
  return (f) => {
    if (cf === null) cf = c.compileFn(callee, ctx);
    const a = args(f);
    const nf: Frame = new Array(cf.nslots);
    const ps = cf.paramSlots;
    for (let i = 0; i < ps.length; i++) nf[ps[i]] = a[i];
    return c.invoke(cf, nf, line);
  };
}

function valueCall(c: Compiler, e: A.Call): Ev {
  const line = c.line(e);
  const fe = c.expr(e.fun);
  const sig = underlying(c.typeOf(e.fun)) as Extract<T, { k: 'func' }>;
  const args = argList(c, e, sig);
  return (f) => {
    const fn = fe(f) as Fn | null;
    if (fn === null) c.panicAt(line, NIL_DEREF, true);
    return fn.call(args(f));
  };
}

// ---- builtins ----

function builtin(c: Compiler, e: A.Call, name: string): Ev {
  const m = c.m;
  const line = c.line(e);
  const args = e.args;
  switch (name) {
    case 'len':
    case 'cap': {
      const t = c.typeOf(args[0]);
      const u = underlying(t);
      const x = c.expr(args[0]);
      if (u.k === 'slice') return name === 'len' ? (f) => (x(f) as Slice).len : (f) => (x(f) as Slice).cap;
      if (u.k === 'chan') return name === 'len' ? (f) => (x(f) as ChanVal | null)?.c.len ?? 0 : (f) => (x(f) as ChanVal | null)?.c.cap ?? 0;
      if (u.k === 'map') return (f) => mapLen(x(f)); // lib-map.ts
      if (isString(t)) return (f) => (x(f) as Str).s.length;
      if (u.k === 'array') return () => u.len;
      if (u.k === 'ptr') {
        const n = (underlying(u.elem) as { len: number }).len;
        return () => n;
      }
      throw new CompileError(e, `bad ${name}`);
    }
    case 'append': {
      const st = c.typeOf(e);
      const elem = (underlying(st) as { elem: T }).elem;
      const s = c.expr(args[0]);
      const at = { site: c.site(line, 'heap', 'append grows the slice: growslice allocates a new backing array (the old one becomes garbage)'), line };
      if (e.ellipsis) {
        const t2 = c.typeOf(args[1]);
        const x = c.expr(args[1]);
        if (isString(t2)) return (f) => appendString(m, s(f) as Slice, (x(f) as Str).s, at);
        return (f) => appendSlice(m, s(f) as Slice, x(f) as Slice, elem, at);
      }
      const vals = args.slice(1).map((a) => c.valueForStore(a, elem));
      if (vals.length === 1 && !isAggregate(elem)) {
        const v0 = vals[0];
        return (f) => {
          let sl = s(f) as Slice;
          const v = v0(f);
          if (sl.len >= sl.cap) sl = appendValues(m, sl, [v], elem, at);
          else {
            (sl.d as unknown[])[sl.off + sl.len] = v;
            sl = new Slice(sl.d, sl.o, sl.off, sl.len + 1, sl.cap);
          }
          return sl;
        };
      }
      return (f) => {
        const sl = s(f) as Slice;
        const vs = new Array(vals.length);
        for (let i = 0; i < vals.length; i++) vs[i] = vals[i](f);
        return appendValues(m, sl, vs, elem, at);
      };
    }
    case 'copy': {
      const d = c.expr(args[0]);
      const s = c.expr(args[1]);
      const elem = (underlying(c.typeOf(args[0])) as { elem: T }).elem;
      if (isString(c.typeOf(args[1]))) {
        return (f) => {
          const dst = d(f) as Slice;
          const src = (s(f) as Str).s;
          const n = Math.min(dst.len, src.length);
          if (n > 0) stringToBytes(src.slice(0, n), dst.d!, dst.off);
          return n;
        };
      }
      return (f) => {
        const dst = d(f) as Slice;
        const src = s(f) as Slice;
        const n = Math.min(dst.len, src.len);
        if (n > 0) copyData(dst.d!, dst.off, src.d!, src.off, n, elem);
        return n;
      };
    }
    case 'delete':
    case 'clear':
      return compileMapBuiltin(c, e, name as 'delete' | 'clear'); // lib-map.ts
    case 'make': {
      const t = c.typeOf(e);
      if (underlying(t).k === 'chan') {
        // makechan: hchan (104 bytes) with the buffer, or apart when the elements hold pointers.
        const size = args[1] ? c.expr(args[1]) : () => 0;
        const et = (underlying(t) as { elem: T }).elem;
        const site = c.site(line, 'heap', 'make(chan): runtime.makechan allocates the hchan (104 bytes) and its buffer');
        return (f) => chanValue(m, et, size(f) as number, site, line);
      }
      if (underlying(t).k === 'map') return compileMakeMap(c, e, t); // lib-map.ts
      const elem = (underlying(t) as { elem: T }).elem;
      const len = c.expr(args[1]);
      const cap = args[2] ? c.expr(args[2]) : null;
      const heap = c.siteHeap(e.id);
      const reason = c.siteReason(e.id);
      const desc = siteDesc(c, e);
      const at = { site: c.site(line, heap ? 'heap' : 'stack', `${desc} ${heap ? 'escapes to heap' : 'does not escape'}${reason ? ': ' + reason : ''}`), line };
      return (f) => {
        const n = len(f) as number;
        const k = cap ? (cap(f) as number) : n;
        return makeSlice(m, elem, n, k, heap, at);
      };
    }
    case 'new': {
      const t = (underlying(c.typeOf(e)) as { elem: T }).elem;
      return newObject(c, e, t, null);
    }
    case 'panic': {
      const x = c.expr(args[0]);
      return (f) => {
        const v = x(f) as Iface | null;
        m.panicLine = line;
        const sig = new GoPanicSignal(() => panicValue(c, v), false, false, true);
        sig.value = v;
        throw sig;
      };
    }
    case 'recover':
      return () => recoverValue(c);
    case 'min':
    case 'max': {
      const t = c.typeOf(e);
      const xs = args.map((a) => c.expr(a));
      const str = isString(t);
      const better = name === 'min' ? (a: unknown, b: unknown) => (str ? (a as Str).s < (b as Str).s : (a as number) < (b as number)) : (a: unknown, b: unknown) => (str ? (a as Str).s > (b as Str).s : (a as number) > (b as number));
      return (f) => {
        let best = xs[0](f);
        for (let i = 1; i < xs.length; i++) {
          const v = xs[i](f);
          if (typeof v === 'number' && Number.isNaN(v)) return v;
          if (better(v, best)) best = v;
        }
        return best;
      };
    }
    case 'print':
    case 'println': {
      const xs = args.map((a) => ({ ev: c.expr(a), t: c.typeOf(a) }));
      return (f) => {
        const parts = xs.map(({ ev, t }) => runtimePrint(ev(f), t));
        c.stderrPrint(parts.join(name === 'println' ? ' ' : '') + (name === 'println' ? '\n' : ''));
        return undefined;
      };
    }
  }
  throw new CompileError(e, `builtin ${name} not supported`);
}

/** How the runtime prints a panic value (preprintpanics: Error() or String(), then printpanicval). */
function panicValue(c: Compiler, v: Iface | null): string {
  if (v === null) return 'nil';
  const u = underlying(v.t);
  if (v.v instanceof ErrorVal) {
    v.v.onError?.();
    return v.v.msg;
  }
  const method = fmtMethod(c, v.t, 'Error') ?? fmtMethod(c, v.t, 'String');
  if (method) return method(v.v);
  if (u.k === 'basic') {
    if (u.name === 'string') {
      const s = (v.v as Str).s;
      return v.t.k === 'named' ? `${typeString(v.t, true)}(${JSON.stringify(s)})` : s;
    }
    const body = runtimePrint(v.v, v.t);
    return v.t.k === 'named' ? `${typeString(v.t, true)}(${body})` : body;
  }
  return `(${typeString(v.t, true)}) 0xc000012120`;
}

function runtimePrint(v: unknown, t: T): string {
  const u = underlying(t);
  if (u.k === 'basic') {
    if (u.name === 'string') return (v as Str).s;
    if (u.name === 'bool') return String(v);
    if (u.name === 'float32' || u.name === 'float64') {
      const x = v as number;
      if (Number.isNaN(x)) return 'NaN';
      if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
      const [mant, ex] = Math.abs(x).toExponential(6).split('e');
      const en = Number(ex);
      return `${x < 0 || Object.is(x, -0) ? '-' : '+'}${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(3, '0')}`;
    }
    return String(v);
  }
  if (u.k === 'iface') return v === null ? '(0x0,0x0)' : '(0x4b8f20,0xc000012120)';
  if (v === null) return '0x0';
  return '0xc000012120';
}

// ---- library ----

function ifaceArgs(c: Compiler, e: A.Call, from: number): (f: Frame) => (Iface | null)[] {
  if (e.ellipsis) {
    const s = c.expr(e.args[from]);
    return (f) => {
      const sl = s(f) as Slice;
      const out: (Iface | null)[] = [];
      for (let i = 0; i < sl.len; i++) out.push((sl.d as (Iface | null)[])[sl.off + i]);
      return out;
    };
  }
  if (e.args.length === from + 1 && c.info.spreadIface.has(e.args[from].id)) return spreadArgs(c, e.args[from]) as (f: Frame) => (Iface | null)[];
  const evs = e.args.slice(from).map((a) => c.expr(a));
  return (f) => {
    const out = new Array(evs.length);
    for (let i = 0; i < evs.length; i++) out[i] = evs[i](f);
    return out;
  };
}

function stdCall(c: Compiler, e: A.Call, name: string): Ev {
  const m = c.m;
  const std = c.std;
  const line = c.line(e);
  const at = (what: string): AllocSite => std.at(line, what);
  switch (name) {
    case 'fmt.Println':
    case 'fmt.Print':
    case 'fmt.Printf': {
      const fmtArg = name === 'fmt.Printf' ? c.expr(e.args[0]) : null;
      const args = ifaceArgs(c, e, name === 'fmt.Printf' ? 1 : 0);
      return (f) => {
        const a = args(f);
        const out =
          name === 'fmt.Println' ? std.fmt.sprintln(a, line) : name === 'fmt.Print' ? std.fmt.sprint(a, line) : std.fmt.sprintf((fmtArg!(f) as Str).s, a, line);
        m.write(out);
        return [out.length, null];
      };
    }
    case 'fmt.Fprintln':
    case 'fmt.Fprint':
    case 'fmt.Fprintf': {
      // The printer formats into its buffer, then calls w.Write(p.buf) through the interface.
      const w = c.expr(e.args[0]);
      const fmtArg = name === 'fmt.Fprintf' ? c.expr(e.args[1]) : null;
      const args = ifaceArgs(c, e, name === 'fmt.Fprintf' ? 2 : 1);
      const writeTo = writerOf(c, line);
      return (f) => {
        const wv = w(f) as Iface | null;
        const a = args(f);
        const out =
          name === 'fmt.Fprintln' ? std.fmt.sprintln(a, line) : name === 'fmt.Fprint' ? std.fmt.sprint(a, line) : std.fmt.sprintf((fmtArg!(f) as Str).s, a, line);
        if (wv === null) c.panicAt(line, NIL_DEREF, true);
        writeTo(wv, out);
        return [out.length, null];
      };
    }
    case 'fmt.Sprintf':
    case 'fmt.Sprint':
    case 'fmt.Sprintln': {
      const fmtArg = name === 'fmt.Sprintf' ? c.expr(e.args[0]) : null;
      const args = ifaceArgs(c, e, name === 'fmt.Sprintf' ? 1 : 0);
      const site = at(`${name}: the result string (string(p.buf))`);
      return (f) => {
        const a = args(f);
        let res: Str = new Str('', null);
        const done = (s: string) => {
          res = s.length <= 1 ? new Str(s, null) : heapString(m, s, site);
        };
        if (name === 'fmt.Sprintf') std.fmt.sprintf((fmtArg!(f) as Str).s, a, line, done);
        else if (name === 'fmt.Sprint') std.fmt.sprint(a, line, done);
        else std.fmt.sprintln(a, line, done);
        return res;
      };
    }
    case 'strings.Repeat': {
      const s = c.expr(e.args[0]);
      const n = c.expr(e.args[1]);
      const site = at('strings.Repeat: one allocation of the result (Builder.Grow)');
      return (f) => StdFuncs.Repeat(m, s(f) as Str, n(f) as number, site);
    }
    case 'strconv.Itoa': {
      const x = c.expr(e.args[0]);
      const site = at('strconv.Itoa: the digits (values 0..99 come from a static table)');
      return (f) => StdFuncs.Itoa(m, x(f) as number, site);
    }
    case 'strings.NewReader':
    case 'bytes.NewReader':
    case 'bytes.NewBufferString': {
      const x = c.expr(e.args[0]);
      const heap = c.siteHeap(e.id);
      const what = name === 'bytes.NewBufferString' ? '&bytes.Buffer{...}' : `&${name.split('.')[0]}.Reader{...}`;
      const site = c.site(line, heap ? 'heap' : 'stack', `${what} ${heap ? 'escapes to heap' : 'does not escape'}`);
      const a = { site, line };
      if (name === 'strings.NewReader') return (f) => StdFuncs.NewStringsReader(m, x(f) as Str, heap, a);
      if (name === 'bytes.NewReader') return (f) => StdFuncs.NewBytesReader(m, x(f) as Slice, heap, a);
      const bytesHeap = c.siteHeap(BYTES_KEY + e.id);
      const zeroCopy = c.zeroCopy(BYTES_KEY + e.id);
      const bufAt = { site: c.site(line, bytesHeap ? 'heap' : 'stack', `bytes.NewBufferString: ([]byte)(s) ${bytesHeap ? 'escapes to heap' : 'does not escape (≤ 32 bytes use a stack buffer)'}`), line };
      return (f) => StdFuncs.NewBufferString(m, x(f) as Str, heap, a, bytesHeap, zeroCopy, bufAt);
    }
    case 'bufio.NewReaderSize':
    case 'bufio.NewReader': {
      const rd = c.expr(e.args[0]);
      const size = e.args[1] ? c.expr(e.args[1]) : () => 4096;
      const heap = c.siteHeap(e.id);
      const a = { site: c.site(line, heap ? 'heap' : 'stack', `new(bufio.Reader) ${heap ? 'escapes to heap' : 'does not escape'}`), line };
      const bufAt = at('make([]byte, max(size, 16)) escapes to heap: bufio.Reader buffer');
      return (f) => StdFuncs.NewReaderSize(m, rd(f) as Iface | null, size(f) as number, heap, a, bufAt);
    }
    case 'io.ReadAll': {
      const r = c.expr(e.args[0]);
      const site = at('io.ReadAll: make([]byte, 0, 512), then append growth');
      return (f) => StdFuncs.ReadAll(m, r(f) as Iface | null, std, site);
    }
    case 'io.Copy': {
      const dst = c.expr(e.args[0]);
      const src = c.expr(e.args[1]);
      const site = at('io.Copy: writes into the destination');
      return (f) => StdFuncs.Copy(m, dst(f) as Iface | null, src(f) as Iface | null, std, site);
    }
    case 'runtime.GC':
      return () => {
        m.forcedGC();
        return undefined;
      };
    case 'runtime.ReadMemStats': {
      const p = c.expr(e.args[0]);
      return (f) => {
        const ptr = p(f) as Ptr | null;
        if (ptr === null) c.panicAt(line, NIL_DEREF, true);
        readMemStats(m, ptr.c as MemStatsObj);
        return undefined;
      };
    }
    case 'runtime.NumGoroutine':
      return () => c.numGoroutine();
    case 'runtime.KeepAlive': {
      const x = c.expr(e.args[0]);
      return (f) => {
        x(f);
        return undefined;
      };
    }
  }
  const impl = LIB_IMPLS[name];
  if (impl) return impl(c, e);
  throw new CompileError(e, `${name} is not supported`);
}

function methodCall(c: Compiler, e: A.Call, name: string, recvType: T, recvIsPtr: boolean): Ev {
  const m = c.m;
  const std = c.std;
  const line = c.line(e);
  const sel = unparen(e.fun) as A.Selector;
  const recvEv = recvIsPtr ? c.expr(sel.x) : place(c, sel.x);
  const recv = (f: Frame): unknown => {
    const p = recvEv(f) as Ptr | null;
    if (p === null) {
      if (recvType === tBuffer && name === 'String') return null;
      c.panicAt(line, NIL_DEREF, true);
    }
    return p.k === -1 ? p.c : p.c[p.k];
  };
  const args = e.args.map((a) => c.expr(a));
  const a0 = args[0];
  const at = (what: string): AllocSite => std.at(line, what);
  const tname = `${(recvType as { pkg?: string }).pkg}.${(recvType as { name?: string }).name}`;
  switch (tname) {
    case 'strings.Builder': {
      const site = at('strings.Builder grows: append / bytealg.MakeNoZero(2*cap+n) allocates a new buffer');
      switch (name) {
        case 'Grow': return (f) => Builder.Grow(m, recv(f) as BuilderObj, a0(f) as number, site);
        case 'WriteString': return (f) => Builder.WriteString(m, recv(f) as BuilderObj, a0(f) as Str, site);
        case 'WriteByte': return (f) => Builder.WriteByte(m, recv(f) as BuilderObj, a0(f) as number, site);
        case 'Write': return (f) => Builder.Write(m, recv(f) as BuilderObj, a0(f) as Slice, site);
        case 'String': return (f) => Builder.String(recv(f) as BuilderObj);
        case 'Len': return (f) => Builder.Len(recv(f) as BuilderObj);
        case 'Cap': return (f) => Builder.Cap(recv(f) as BuilderObj);
        case 'Reset': return (f) => Builder.Reset(recv(f) as BuilderObj);
        case 'WriteRune': return (f) => Builder.WriteRune(m, recv(f) as BuilderObj, a0(f) as number, site);
      }
      break;
    }
    case 'bytes.Buffer': {
      const site = at('bytes.Buffer grows: a new buffer (64 bytes first, then 2*cap+n rounded up)');
      switch (name) {
        case 'Grow': return (f) => Buffer.Grow(m, recv(f) as BufferObj, a0(f) as number, site);
        case 'Write': return (f) => Buffer.Write(m, recv(f) as BufferObj, a0(f) as Slice, site);
        case 'WriteString': return (f) => Buffer.WriteString(m, recv(f) as BufferObj, a0(f) as Str, site);
        case 'WriteByte': return (f) => Buffer.WriteByte(m, recv(f) as BufferObj, a0(f) as number, site);
        case 'Reset': return (f) => Buffer.Reset(recv(f) as BufferObj);
        case 'Len': return (f) => Buffer.Len(recv(f) as BufferObj);
        case 'Cap': return (f) => Buffer.Cap(recv(f) as BufferObj);
        case 'Bytes': return (f) => Buffer.Bytes(recv(f) as BufferObj);
        case 'Read': return (f) => Buffer.Read(recv(f) as BufferObj, a0(f) as Slice);
        case 'ReadByte': return (f) => Buffer.ReadByte(recv(f) as BufferObj);
        case 'WriteRune': return (f) => Buffer.WriteRune(m, recv(f) as BufferObj, a0(f) as number, site);
        case 'Truncate': return (f) => Buffer.Truncate(recv(f) as BufferObj, a0(f) as number, line, c);
        case 'Next': return (f) => Buffer.Next(recv(f) as BufferObj, a0(f) as number);
        case 'Available': return (f) => Buffer.Available(recv(f) as BufferObj);
        case 'AvailableBuffer': return (f) => Buffer.AvailableBuffer(recv(f) as BufferObj);
        case 'ReadString': {
          // readSlice, then string(slice) at the call (inlined): the stack buffer when it does not escape.
          const heap = c.siteHeap(e.id);
          const s2 = c.site(line, heap ? 'heap' : 'stack', `string(bytes.slice) ${heap ? 'escapes to heap' : 'does not escape (≤ 32 bytes use a stack buffer)'}`);
          return (f) => {
            const [sl, err] = Buffer.ReadSlice(recv(f) as BufferObj, a0(f) as number);
            return [bytesToStr(m, sl, heap, { site: s2, line }), err];
          };
        }
        case 'String': {
          const heap = c.siteHeap(e.id);
          const s2 = c.site(line, heap ? 'heap' : 'stack', `string(bytes.b.buf[bytes.b.off:]) ${heap ? 'escapes to heap' : 'does not escape (≤ 32 bytes use a stack buffer)'}`);
          return (f) => Buffer.String(m, recv(f) as BufferObj | null, heap, { site: s2, line });
        }
      }
      break;
    }
    case 'strings.Reader':
    case 'bytes.Reader':
      if (name === 'Read') return (f) => (recv(f) as StringsReaderObj | BytesReaderObj).read(a0(f) as Slice);
      if (name === 'Len')
        return (f) => {
          const r = recv(f) as StringsReaderObj | BytesReaderObj;
          return r instanceof StringsReaderObj ? Math.max(0, r.s.s.length - r.i) : Math.max(0, r.s.len - r.i);
        };
      break;
    case 'bufio.Reader':
      if (name === 'Read') return (f) => (recv(f) as BufioReaderObj).read(m, a0(f) as Slice, std, line);
      if (name === 'Buffered')
        return (f) => {
          const r = recv(f) as BufioReaderObj;
          return r.w - r.r;
        };
      break;
    case 'sync.Pool': {
      if (name === 'Get') {
        return (f) => {
          const pv = recv(f) as PoolVal;
          const model = pv.getModel(std);
          std.env.site = c.site(line, 'heap', 'sync.Pool internals: pinSlow (poolLocal array, allPools) after a GC, poolChain on Put');
          std.env.line = line;
          const r = model.get(line);
          if (r.hit) return r.x;
          if (pv.New === null) return null;
          return pv.New.call([]) as Iface | null;
        };
      }
      if (name === 'Put') {
        return (f) => {
          const pv = recv(f) as PoolVal;
          const x = a0(f) as Iface | null;
          const model = pv.getModel(std);
          std.env.site = c.site(line, 'heap', 'sync.Pool internals: pinSlow (poolLocal array, allPools) after a GC, poolChain on Put');
          std.env.line = line;
          if (x !== null) model.put(x, line);
          return undefined;
        };
      }
      break;
    }
  }
  throw new CompileError(e, `${tname}.${name} is not supported`);
}

export { readerRead, boxValue, cloneFn, indexMsg };

/** The results of a multi-value call passed as the arguments, each converted to an interface as needed. */
function spreadArgs(c: Compiler, call: A.Expr): (f: Frame) => unknown[] {
  const ev = c.expr(call);
  const convs = c.info.spreadIface.get(call.id)!;
  let cur: unknown[] = [];
  const boxes = convs.map((t, i) => (t ? boxValue(c, () => cur[i], t, call, false) : null));
  return (f) => {
    cur = (ev(f) as unknown[]).slice();
    return cur.map((v, i) => (boxes[i] ? boxes[i]!(f) : v));
  };
}

/** w.Write(p) for an io.Writer holding a *strings.Builder, a *bytes.Buffer, io.Discard or the program's own type. */
function writerOf(c: Compiler, line: number): (w: Iface, bytes: string) => void {
  const m = c.m;
  const builderAt = c.std.at(line, 'strings.Builder grows: append to its buffer (fmt wrote into it)');
  const bufferAt = c.std.at(line, 'bytes.Buffer grows: a new buffer (fmt wrote into it)');
  return (w, bytes) => {
    const p = new Slice(Uint8Array.from(bytes, (ch) => ch.charCodeAt(0)), null, 0, bytes.length, bytes.length);
    const t = w.t;
    if (t.k === 'ptr' && t.elem === tBuilder) Builder.Write(m, (w.v as Ptr).c as BuilderObj, p, builderAt);
    else if (t.k === 'ptr' && t.elem === tBuffer) Buffer.Write(m, (w.v as Ptr).c as BufferObj, p, bufferAt);
    else if (t.k === 'named' && t.pkg === 'io') return; // io.Discard
    else resolveMethod(c, t, 'Write', line)(w.v, [p]);
  };
}
