// strings, bytes, io, bufio, strconv, runtime and sync.Pool values, following their go1.23.5
// sources so that every allocation (and its size) is the one the real library makes.

import { roundupsize } from '../msize';
import type { Machine } from './heap';
import { Fmt } from './format';
import { PoolEnv, PoolModel } from './lib-sync';
import { encodeRune } from './lib-misc';
import {
  STD_IMPLS, appendSlice, appendString, bytesToStr, bytesToString, copyData, growSlice, heapString, makeSlice, newData, stringToBytes, strToBytes,
  type AllocSite,
} from './mem';
import { isErrorValType, tBufioReader, tBuffer, tBuilder, tBytesReader, tMemStats, tPool, tStringsReader } from './std';
import { tUint8, type T } from './types';
import { EMPTY_STR, ErrorVal, Fn, GoPanicSignal, HeapObj, Iface, NIL_SLICE, Ptr, Slice, Str, type Marker } from './values';

/** error values: errors.New("EOF") is a *errors.errorString. */
export const tErrorString: T = { k: 'named', pkg: 'errors', name: 'errorString', underlying: { k: 'struct', fields: [] }, std: { size: 16, align: 8, ptr: true } };
export const tErrorPtr: T = { k: 'ptr', elem: tErrorString };
/** fmt.Errorf's %w result, and strconv's parse errors. */
export const tWrapError: T = { k: 'named', pkg: 'fmt', name: 'wrapError', underlying: { k: 'struct', fields: [] }, std: { size: 32, align: 8, ptr: true } };
/** errors.Join's result: struct{ errs []error }. */
export const tJoinError: T = { k: 'named', pkg: 'errors', name: 'joinError', underlying: { k: 'struct', fields: [] }, std: { size: 24, align: 8, ptr: true } };
export const tNumError: T = { k: 'named', pkg: 'strconv', name: 'NumError', underlying: { k: 'struct', fields: [] }, std: { size: 48, align: 8, ptr: true } };
/** The library's error values (pointers to the types above): the message, the wrapped error, the object. */
export { ErrorVal };
/** Is t one of the library's error pointer types? */
export function isLibError(t: T): boolean {
  return t.k === 'ptr' && (t.elem === tErrorString || t.elem === tWrapError || t.elem === tNumError || t.elem === tJoinError);
}
/** A library error allocated on the heap (`&errorString{s}`, `&wrapError{msg, err}`): the object keeps its parts alive. */
export function newLibError(m: Machine, e: ErrorVal, msgObj: HeapObj | null, at: AllocSite): Iface {
  const size = (e.t as { std: { size: number } }).std.size;
  const o = m.malloc(size, false, at.site, at.line, 3, e, null);
  o.scanFn = (mk) => {
    mk.markObj(msgObj);
    if (e.wrapped) {
      mk.markObj(e.wrapped.o);
      mk.markValue(e.wrapped.v, e.wrapped.t);
    }
  };
  e.o = o;
  return new Iface({ k: 'ptr', elem: e.t }, e, null);
}
export const EOF = new Iface(tErrorPtr, new ErrorVal('EOF', null, tErrorString), null);

/** The runtime's error values, as recover() returns them (runtime.Error; Error() is the message). */
const runtimeNamed = (name: string, size: number, ptr: boolean): T => ({ k: 'named', pkg: 'runtime', name, underlying: { k: 'struct', fields: [] }, std: { size, align: 8, ptr } });
export const tBoundsError = runtimeNamed('boundsError', 24, false);
export const tRuntimeErrorString = runtimeNamed('errorString', 16, true);
export const tTypeAssertionError = runtimeNamed('TypeAssertionError', 40, true);
/** runtime.plainError: the panics without the "runtime error: " prefix (nil map writes, closed channels). */
export const tPlainError = runtimeNamed('plainError', 16, true);
/** A runtime panic's value: boundsError, *TypeAssertionError or errorString (nil dereference, division by zero, ...). */
export function runtimeErrorValue(message: string, onError: (() => void) | null = null): Iface {
  const t = /^runtime error: (index out of range|slice bounds out of range)/.test(message)
    ? tBoundsError
    : message.startsWith('interface conversion:')
      ? ({ k: 'ptr', elem: tTypeAssertionError } as T)
      : message.startsWith('runtime error: ')
        ? tRuntimeErrorString
        : tPlainError;
  return new Iface(t, new ErrorVal(message, null, t.k === 'ptr' ? t.elem : t, onError), null);
}
export { isErrorValType };
export const errNegativeRead = 'bufio: reader returned negative count from Read';

/** The per-run library state (the machine, fmt's printer pool, sync's pool registry). */
export class Std {
  readonly env: PoolEnv;
  readonly fmt: Fmt;
  constructor(
    readonly m: Machine,
    readonly siteFor: (line: number, what: string) => number,
  ) {
    this.env = new PoolEnv(m, m.go.pools);
    this.fmt = new Fmt(m, this.env, siteFor);
  }
  at(line: number, what: string): AllocSite {
    return { site: this.siteFor(line, what), line };
  }
}

/** The run whose library values are being created (zero values need it; runs are synchronous). */
export let currentStd: Std | null = null;
export function setCurrentStd(s: Std | null): void {
  currentStd = s;
}

// ---- strings.Builder ----

export class BuilderObj {
  addr: BuilderObj | null = null;
  buf: Slice = NIL_SLICE;
  copyCheck(): void {
    if (this.addr === null) this.addr = this;
    else if (this.addr !== this) throw new GoPanicSignal('strings: illegal use of non-zero Builder copied by value');
  }
  stringValue(): string {
    return this.buf.d ? bytesToString(this.buf.d, this.buf.off, this.buf.len) : '';
  }
  scan(m: Marker): void {
    m.markObj(this.buf.o);
  }
  /** grow: bytealg.MakeNoZero(2*cap + n) (capacity rounded to the size class). */
  grow(m: Machine, n: number, at: AllocSite): void {
    const want = 2 * this.buf.cap + n;
    const cap = roundupsize(want, true);
    const o = m.malloc(cap, true, at.site, at.line, 0, null, null, this.buf.o ?? null);
    const d = newData(tUint8, cap);
    o.ref = d;
    if (this.buf.d) copyData(d, 0, this.buf.d, this.buf.off, this.buf.len);
    this.buf = new Slice(d, o, 0, this.buf.len, cap);
  }
}

export const Builder = {
  Grow(m: Machine, b: BuilderObj, n: number, at: AllocSite): void {
    b.copyCheck();
    if (n < 0) throw new GoPanicSignal('strings.Builder.Grow: negative count');
    if (b.buf.cap - b.buf.len < n) b.grow(m, n, at);
  },
  WriteString(m: Machine, b: BuilderObj, s: Str, at: AllocSite): [number, null] {
    b.copyCheck();
    b.buf = appendString(m, b.buf, s.s, at);
    return [s.s.length, null];
  },
  WriteByte(m: Machine, b: BuilderObj, c: number, at: AllocSite): null {
    b.copyCheck();
    b.buf = appendString(m, b.buf, String.fromCharCode(c), at);
    return null;
  },
  Write(m: Machine, b: BuilderObj, p: Slice, at: AllocSite): [number, null] {
    b.copyCheck();
    b.buf = appendSlice(m, b.buf, p, tUint8, at);
    return [p.len, null];
  },
  /** utf8.AppendRune(b.buf, r): one append of the rune's bytes. */
  WriteRune(m: Machine, b: BuilderObj, r: number, at: AllocSite): [number, null] {
    b.copyCheck();
    const enc = encodeRune(r);
    b.buf = appendString(m, b.buf, enc, at);
    return [enc.length, null];
  },
  String(b: BuilderObj): Str {
    if (b.buf.len === 0) return EMPTY_STR;
    return new Str(b.stringValue(), b.buf.o);
  },
  Len: (b: BuilderObj) => b.buf.len,
  Cap: (b: BuilderObj) => b.buf.cap,
  Reset(b: BuilderObj): void {
    b.addr = null;
    b.buf = NIL_SLICE;
  },
};

// ---- bytes.Buffer ----

const smallBufferSize = 64;

export class BufferObj {
  buf: Slice = NIL_SLICE;
  off = 0;
  lastRead = 0;
  stringValue(): string {
    return this.buf.d ? bytesToString(this.buf.d, this.buf.off + this.off, this.buf.len - this.off) : '';
  }
  scan(m: Marker): void {
    m.markObj(this.buf.o);
  }
  len(): number {
    return this.buf.len - this.off;
  }
  reset(): void {
    this.buf = new Slice(this.buf.d, this.buf.o, this.buf.off, 0, this.buf.cap);
    this.off = 0;
    this.lastRead = 0;
  }
  tryGrowByReslice(n: number): number {
    const l = this.buf.len;
    if (n <= this.buf.cap - l) {
      this.buf = new Slice(this.buf.d, this.buf.o, this.buf.off, l + n, this.buf.cap);
      return l;
    }
    return -1;
  }
  grow(m: Machine, n: number, at: AllocSite): number {
    const mm = this.len();
    if (mm === 0 && this.off !== 0) this.reset();
    const i = this.tryGrowByReslice(n);
    if (i >= 0) return i;
    if (this.buf.d === null && n <= smallBufferSize) {
      this.buf = makeSlice(m, tUint8, n, smallBufferSize, true, at);
      return 0;
    }
    const c = this.buf.cap;
    if (n <= Math.floor(c / 2) - mm) {
      copyData(this.buf.d!, this.buf.off, this.buf.d!, this.buf.off + this.off, mm);
    } else {
      // growSlice(b.buf[b.off:], b.off+n): append([]byte(nil), make([]byte, c)...) then copy.
      const b = new Slice(this.buf.d, this.buf.o, this.buf.off + this.off, mm, this.buf.cap - this.off);
      let cc = b.len + this.off + n;
      if (cc < 2 * b.cap) cc = 2 * b.cap;
      const grown = growSlice(m, NIL_SLICE, cc, tUint8, at);
      if (b.d) copyData(grown.d!, 0, b.d, b.off, b.len);
      this.buf = new Slice(grown.d, grown.o, 0, b.len, grown.cap);
    }
    this.off = 0;
    this.buf = new Slice(this.buf.d, this.buf.o, this.buf.off, mm + n, this.buf.cap);
    return mm;
  }
}

export const Buffer = {
  Grow(m: Machine, b: BufferObj, n: number, at: AllocSite): void {
    if (n < 0) throw new GoPanicSignal('bytes.Buffer.Grow: negative count');
    const i = b.grow(m, n, at);
    b.buf = new Slice(b.buf.d, b.buf.o, b.buf.off, i, b.buf.cap);
  },
  Write(m: Machine, b: BufferObj, p: Slice, at: AllocSite): [number, null] {
    b.lastRead = 0;
    let i = b.tryGrowByReslice(p.len);
    if (i < 0) i = b.grow(m, p.len, at);
    if (p.len) copyData(b.buf.d!, b.buf.off + i, p.d!, p.off, p.len);
    return [p.len, null];
  },
  WriteString(m: Machine, b: BufferObj, s: Str, at: AllocSite): [number, null] {
    b.lastRead = 0;
    const n = s.s.length;
    let i = b.tryGrowByReslice(n);
    if (i < 0) i = b.grow(m, n, at);
    if (n) stringToBytes(s.s, b.buf.d!, b.buf.off + i);
    return [n, null];
  },
  WriteByte(m: Machine, b: BufferObj, c: number, at: AllocSite): null {
    b.lastRead = 0;
    let i = b.tryGrowByReslice(1);
    if (i < 0) i = b.grow(m, 1, at);
    (b.buf.d as Uint8Array)[b.buf.off + i] = c;
    return null;
  },
  Reset: (b: BufferObj) => b.reset(),
  /** WriteRune: ASCII as WriteByte, else room for UTFMax bytes, then AppendRune. */
  WriteRune(m: Machine, b: BufferObj, r: number, at: AllocSite): [number, null] {
    if (r >= 0 && r < 0x80) {
      Buffer.WriteByte(m, b, r, at);
      return [1, null];
    }
    b.lastRead = 0;
    let i = b.tryGrowByReslice(4);
    if (i < 0) i = b.grow(m, 4, at);
    const enc = encodeRune(r);
    stringToBytes(enc, b.buf.d!, b.buf.off + i);
    b.buf = new Slice(b.buf.d, b.buf.o, b.buf.off, i + enc.length, b.buf.cap);
    return [enc.length, null];
  },
  ReadByte(b: BufferObj): [number, Iface | null] {
    if (b.len() === 0) {
      b.reset();
      return [0, EOF];
    }
    const c = (b.buf.d as Uint8Array)[b.buf.off + b.off];
    b.off++;
    b.lastRead = -1;
    return [c, null];
  },
  /** readSlice(delim): up to and including delim (io.EOF when it is missing). */
  ReadSlice(b: BufferObj, delim: number): [Slice, Iface | null] {
    const start = b.buf.off + b.off;
    const d = b.buf.d as Uint8Array | null;
    let i = -1;
    for (let k = 0; d && k < b.len(); k++) {
      if (d[start + k] === delim) {
        i = k;
        break;
      }
    }
    const end = i < 0 ? b.len() : i + 1;
    const line = new Slice(b.buf.d, b.buf.o, start, end, end);
    b.off += end;
    b.lastRead = -1;
    return [line, i < 0 ? EOF : null];
  },
  Truncate(b: BufferObj, n: number, line: number, c: { panicAt(line: number, msg: string): never }): void {
    if (n === 0) {
      b.reset();
      return;
    }
    b.lastRead = 0;
    if (n < 0 || n > b.len()) c.panicAt(line, 'bytes.Buffer: truncation out of range');
    b.buf = new Slice(b.buf.d, b.buf.o, b.buf.off, b.off + n, b.buf.cap);
  },
  Next(b: BufferObj, n: number): Slice {
    b.lastRead = 0;
    const mm = b.len();
    if (n > mm) n = mm;
    const data = new Slice(b.buf.d, b.buf.o, b.buf.off + b.off, n, b.buf.cap - b.off);
    b.off += n;
    if (n > 0) b.lastRead = -1;
    return data;
  },
  Available: (b: BufferObj) => b.buf.cap - b.buf.len,
  AvailableBuffer: (b: BufferObj) => new Slice(b.buf.d, b.buf.o, b.buf.off + b.buf.len, 0, b.buf.cap - b.buf.len),
  Len: (b: BufferObj) => b.len(),
  Cap: (b: BufferObj) => b.buf.cap,
  Bytes: (b: BufferObj) => new Slice(b.buf.d, b.buf.o, b.buf.off + b.off, b.buf.len - b.off, b.buf.cap - b.off),
  /** string(b.buf[b.off:]): inlined at the call, so it may use the stack buffer. */
  String(m: Machine, b: BufferObj | null, heap: boolean, at: AllocSite): Str {
    if (b === null) return new Str('<nil>', null);
    return bytesToStr(m, Buffer.Bytes(b), heap, at);
  },
  Read(b: BufferObj, p: Slice): [number, Iface | null] {
    b.lastRead = 0;
    if (b.len() === 0) {
      b.reset();
      if (p.len === 0) return [0, null];
      return [0, EOF];
    }
    const n = Math.min(p.len, b.len());
    copyData(p.d!, p.off, b.buf.d!, b.buf.off + b.off, n);
    b.off += n;
    if (n > 0) b.lastRead = -1;
    return [n, null];
  },
};

// ---- readers ----

export class StringsReaderObj {
  constructor(
    public s: Str,
    public i = 0,
    public prevRune = -1,
  ) {}
  scan(m: Marker): void {
    m.markObj(this.s.o);
  }
  read(p: Slice): [number, Iface | null] {
    if (this.i >= this.s.s.length) return [0, EOF];
    this.prevRune = -1;
    const n = Math.min(p.len, this.s.s.length - this.i);
    stringToBytes(this.s.s.slice(this.i, this.i + n), p.d!, p.off);
    this.i += n;
    return [n, null];
  }
  remaining(): string {
    return this.s.s.slice(this.i);
  }
}

export class BytesReaderObj {
  constructor(
    public s: Slice,
    public i = 0,
    public prevRune = -1,
  ) {}
  scan(m: Marker): void {
    m.markObj(this.s.o);
  }
  read(p: Slice): [number, Iface | null] {
    if (this.i >= this.s.len) return [0, EOF];
    this.prevRune = -1;
    const n = Math.min(p.len, this.s.len - this.i);
    copyData(p.d!, p.off, this.s.d!, this.s.off + this.i, n);
    this.i += n;
    return [n, null];
  }
}

export class BufioReaderObj {
  buf: Slice = NIL_SLICE;
  rd: Iface | null = null;
  r = 0;
  w = 0;
  err: Iface | null = null;
  lastByte = -1;
  lastRuneSize = -1;
  scan(m: Marker): void {
    m.markObj(this.buf.o);
    if (this.rd) {
      m.markObj(this.rd.o);
      m.markValue(this.rd.v, this.rd.t);
    }
  }
  readErr(): Iface | null {
    const e = this.err;
    this.err = null;
    return e;
  }
  read(m: Machine, p: Slice, std: Std, line: number): [number, Iface | null] {
    let n = p.len;
    if (n === 0) {
      if (this.w - this.r > 0) return [0, null];
      return [0, this.readErr()];
    }
    if (this.r === this.w) {
      if (this.err !== null) return [0, this.readErr()];
      if (p.len >= this.buf.len) {
        const [k, e] = readerRead(m, this.rd, p, std, line);
        n = k;
        this.err = e;
        if (n > 0) {
          this.lastByte = (p.d as Uint8Array)[p.off + n - 1];
          this.lastRuneSize = -1;
        }
        return [n, this.readErr()];
      }
      this.r = 0;
      this.w = 0;
      const [k, e] = readerRead(m, this.rd, this.buf, std, line);
      this.err = e;
      if (k === 0) return [0, this.readErr()];
      this.w += k;
    }
    n = Math.min(p.len, this.w - this.r);
    copyData(p.d!, p.off, this.buf.d!, this.buf.off + this.r, n);
    this.r += n;
    this.lastByte = (this.buf.d as Uint8Array)[this.buf.off + this.r - 1];
    this.lastRuneSize = -1;
    return [n, null];
  }
}

/** r.Read(p) through the io.Reader interface. */
export function readerRead(m: Machine, r: Iface | null, p: Slice, std: Std, line: number): [number, Iface | null] {
  if (r === null) throw new GoPanicSignal('runtime error: invalid memory address or nil pointer dereference', true);
  const ptr = r.v as Ptr | null;
  if (!ptr) throw new GoPanicSignal('runtime error: invalid memory address or nil pointer dereference', true);
  const obj = ptr.c;
  if (obj instanceof StringsReaderObj || obj instanceof BytesReaderObj) return obj.read(p);
  if (obj instanceof BufioReaderObj) return obj.read(m, p, std, line);
  if (obj instanceof BufferObj) return Buffer.Read(obj, p);
  throw new GoPanicSignal('io.Reader: unsupported reader');
}

/** w.Write(bytes) / io.WriteString(w, s) through io.Writer (io.Discard, *bytes.Buffer, *strings.Builder). */
function writerWriteString(m: Machine, w: Iface | null, s: string, at: AllocSite): number {
  if (w === null) throw new GoPanicSignal('runtime error: invalid memory address or nil pointer dereference', true);
  if (w.v === DISCARD) return s.length;
  const obj = (w.v as Ptr).c;
  if (obj instanceof BufferObj) return Buffer.WriteString(m, obj, new Str(s, null), at)[0];
  if (obj instanceof BuilderObj) return Builder.WriteString(m, obj, new Str(s, null), at)[0];
  return s.length;
}

export const DISCARD = { discard: true };
export const tDiscard: T = { k: 'named', pkg: 'io', name: 'discard', underlying: { k: 'struct', fields: [] }, std: { size: 0, align: 1, ptr: false } };
export const Discard = new Iface(tDiscard, DISCARD, null);

export const StdFuncs = {
  /** strings.Repeat (strings.go:557). */
  Repeat(m: Machine, s: Str, count: number, at: AllocSite): Str {
    if (count === 0) return EMPTY_STR;
    if (count === 1) return s;
    if (count < 0) throw new GoPanicSignal('strings: negative Repeat count');
    const n = s.s.length * count;
    if (s.s.length === 0) return EMPTY_STR;
    const special: Record<string, number> = { ' ': 128, '-': 128, '0': 64, '=': 128, '\t': 64 };
    const c0 = s.s[0];
    if (special[c0] !== undefined && n <= special[c0] && [...s.s].every((ch) => ch === c0)) return new Str(c0.repeat(n), null);
    if (n > 2 ** 48) throw new GoPanicSignal('strings: Repeat output length overflow');
    // var b Builder; b.Grow(n): one allocation of roundupsize(n).
    const b = new BuilderObj();
    Builder.Grow(m, b, n, at);
    const out = s.s.repeat(count);
    stringToBytes(out, b.buf.d!, 0);
    b.buf = new Slice(b.buf.d, b.buf.o, 0, n, b.buf.cap);
    return new Str(out, b.buf.o);
  },
  /** strconv.Itoa: 0..99 come from a static table; otherwise formatBits's string(a[i:]). */
  Itoa(m: Machine, i: number | bigint, at: AllocSite): Str {
    if (i >= 0 && i < 100) return new Str(String(i), null);
    return heapString(m, String(i), at);
  },
  NewStringsReader(m: Machine, s: Str, heap: boolean, at: AllocSite): Ptr {
    const r = new StringsReaderObj(s);
    return allocStd(m, r, 32, heap, at);
  },
  NewBytesReader(m: Machine, s: Slice, heap: boolean, at: AllocSite): Ptr {
    const r = new BytesReaderObj(s);
    return allocStd(m, r, 40, heap, at);
  },
  /**
   * `&Buffer{buf: []byte(s)}` (inlined): the conversion is its own escape site, zero-copy when it
   * neither escapes nor is written (no writing method is called), else stringtoslicebyte.
   */
  NewBufferString(m: Machine, s: Str, heap: boolean, at: AllocSite, bytesHeap: boolean, zeroCopy: boolean, atBuf: AllocSite): Ptr {
    const b = new BufferObj();
    if (zeroCopy) {
      const d = new Uint8Array(s.s.length);
      stringToBytes(s.s, d, 0);
      b.buf = new Slice(d, s.o, 0, s.s.length, s.s.length);
    } else b.buf = strToBytes(m, s, bytesHeap, atBuf);
    return allocStd(m, b, 40, heap, at);
  },
  /** bufio.NewReaderSize: new(Reader) (stack if it does not escape) + make([]byte, max(size, 16)) (always heap). */
  NewReaderSize(m: Machine, rd: Iface | null, size: number, heap: boolean, at: AllocSite, atBuf: AllocSite): Ptr {
    if (rd && rd.v instanceof Ptr && rd.v.c instanceof BufioReaderObj && rd.v.c.buf.len >= size) return rd.v;
    const r = new BufioReaderObj();
    const p = allocStd(m, r, 88, heap, at);
    r.buf = makeSlice(m, tUint8, Math.max(size, 16), Math.max(size, 16), true, atBuf);
    r.rd = rd;
    return p;
  },
  /** io.ReadAll (io.go:709). */
  ReadAll(m: Machine, r: Iface | null, std: Std, at: AllocSite): [Slice, Iface | null] {
    let b = makeSlice(m, tUint8, 0, 512, true, at);
    for (;;) {
      const window = new Slice(b.d, b.o, b.off + b.len, b.cap - b.len, b.cap - b.len);
      const [n, err] = readerRead(m, r, window, std, at.line);
      b = new Slice(b.d, b.o, b.off, b.len + n, b.cap);
      if (err !== null) return [b, err === EOF ? null : err];
      if (b.len === b.cap) {
        const grown = growSlice(m, b, 1, tUint8, at);
        b = new Slice(grown.d, grown.o, grown.off, b.len, grown.cap);
      }
    }
  },
  /** io.Copy: the source's WriterTo (all the readers here implement it), else a 32 KiB buffer. */
  Copy(m: Machine, dst: Iface | null, src: Iface | null, std: Std, at: AllocSite): [number, Iface | null] {
    if (src === null) throw new GoPanicSignal('runtime error: invalid memory address or nil pointer dereference', true);
    const obj = (src.v as Ptr).c;
    const writeTo = (o: unknown): number => {
      if (o instanceof StringsReaderObj) {
        o.prevRune = -1;
        if (o.i >= o.s.s.length) return 0;
        const k = writerWriteString(m, dst, o.remaining(), at);
        o.i += k;
        return k;
      }
      if (o instanceof BytesReaderObj) {
        o.prevRune = -1;
        if (o.i >= o.s.len) return 0;
        const k = writerWriteString(m, dst, bytesToString(o.s.d!, o.s.off + o.i, o.s.len - o.i), at);
        o.i += k;
        return k;
      }
      if (o instanceof BufferObj) {
        const k = writerWriteString(m, dst, o.stringValue(), at);
        o.reset();
        return k;
      }
      if (o instanceof BufioReaderObj) {
        o.lastByte = -1;
        o.lastRuneSize = -1;
        let n = 0;
        if (o.w > o.r) {
          n += writerWriteString(m, dst, bytesToString(o.buf.d!, o.buf.off + o.r, o.w - o.r), at);
          o.r = o.w;
        }
        const inner = o.rd ? (o.rd.v as Ptr).c : null;
        if (inner instanceof StringsReaderObj || inner instanceof BytesReaderObj || inner instanceof BufferObj || inner instanceof BufioReaderObj) return n + writeTo(inner);
        return n;
      }
      throw new GoPanicSignal('io.Copy: unsupported reader');
    };
    return [writeTo(obj), null];
  },
};

function allocStd(m: Machine, obj: { scan(mk: Marker): void }, size: number, heap: boolean, at: AllocSite): Ptr {
  let o: HeapObj | null = null;
  if (heap) {
    o = m.malloc(size, false, at.site, at.line, 3, obj, null);
    o.scanFn = (mk) => obj.scan(mk);
  } else m.stackAlloc(size, at.site, at.line);
  return new Ptr(obj, -1, o);
}

// ---- sync.Pool values ----

export class PoolVal {
  New: Fn | null = null;
  model: PoolModel<Iface> | null = null;
  getModel(std: Std): PoolModel<Iface> {
    if (!this.model) {
      this.model = new PoolModel<Iface>(std.env, null, (x, mk) => {
        mk.markObj(x.o);
        mk.markValue(x.v, x.t);
      });
    }
    return this.model;
  }
  scan(m: Marker): void {
    if (this.New) m.markValue(this.New, { k: 'func', params: [], results: [], variadic: false });
    this.model?.markInternals(m);
  }
}

// ---- runtime.MemStats ----

export class MemStatsObj {
  f: Record<string, number> = {};
  scan(): void {}
}

export function readMemStats(m: Machine, ms: MemStatsObj): void {
  const s = m.go.heap.readMemStats(true);
  const ctl = m.go.gcController;
  ms.f = {
    Alloc: s.Alloc,
    TotalAlloc: s.TotalAlloc,
    Sys: s.HeapAlloc + ctl.nonHeapMemory,
    Mallocs: s.Mallocs,
    Frees: s.Frees,
    HeapAlloc: s.HeapAlloc,
    HeapObjects: s.HeapObjects,
    HeapInuse: s.HeapAlloc,
    NextGC: ctl.heapGoal(),
    PauseTotalNs: ctl.pauseTotalNs,
    NumGC: ctl.numgc,
    NumForcedGC: ctl.numforcedgc,
    GCCPUFraction: ctl.gcCpuFraction,
  };
}

// ---- zero values and copies of library types ----

function cloneFields<X extends object>(o: X): X {
  return Object.assign(Object.create(Object.getPrototypeOf(o)), o);
}

STD_IMPLS.set(tBuilder, { zero: () => new BuilderObj(), clone: (v) => cloneFields(v as BuilderObj) });
STD_IMPLS.set(tBuffer, { zero: () => new BufferObj(), clone: (v) => cloneFields(v as BufferObj) });
STD_IMPLS.set(tStringsReader, { zero: () => new StringsReaderObj(EMPTY_STR), clone: (v) => cloneFields(v as StringsReaderObj) });
STD_IMPLS.set(tBytesReader, { zero: () => new BytesReaderObj(NIL_SLICE), clone: (v) => cloneFields(v as BytesReaderObj) });
STD_IMPLS.set(tBufioReader, { zero: () => new BufioReaderObj(), clone: (v) => cloneFields(v as BufioReaderObj) });
STD_IMPLS.set(tPool, { zero: () => new PoolVal(), clone: (v) => cloneFields(v as PoolVal) });
STD_IMPLS.set(tMemStats, { zero: () => new MemStatsObj(), clone: (v) => Object.assign(new MemStatsObj(), { f: { ...(v as MemStatsObj).f } }) });
STD_IMPLS.set(tErrorString, { zero: () => new ErrorVal('', null, tErrorString), clone: (v) => v });
for (const t of [tBoundsError, tRuntimeErrorString, tPlainError, tTypeAssertionError]) STD_IMPLS.set(t, { zero: () => new ErrorVal('', null, t), clone: (v) => v });

export { bytesToStr };
