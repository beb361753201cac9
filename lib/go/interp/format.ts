// fmt: Println, Print, Printf, Sprintf, Sprint, Sprintln with the verbs %v %+v %d %s %x %X %q %c
// %t %T %p %f %e %g %b %o, width, precision and the flags # 0 + - space.
//
// The output is produced the way fmt's printer does it: pieces are appended to the printer's
// buffer (pp.buf) one write at a time, so the buffer grows exactly as in Go (append growth for
// writes, cap*2+n for padding), and the printer (*pp, 208 bytes) comes from fmt's sync.Pool
// (ppFree): the first print allocates it, and it is dropped after two GCs without prints.

import { growslice } from '../slice';
import type { Machine } from './heap';
import { PoolModel, type PoolEnv } from './lib-sync';
import { bytesToString } from './mem';
import { tBuffer, tBuilder } from './std';
import { hasPointers, isPointerShaped, sizeof, typeString, underlying, type T } from './types';
import { ErrorVal, HeapObj, Iface, Ptr, Slice, Str, type Marker } from './values';
import { decodeFirstRune } from './parse';

const PP_SIZE = 208;
const nilAngle = '<nil>';

/** fmt's printer state (*pp): the buffer's length/capacity and the heap objects behind it. */
export class PP {
  len = 0;
  cap = 0;
  bufObj: HeapObj | null = null;
  parts: string[] = [];
  // fmt flags
  wid = 0;
  prec = 0;
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  arg: Iface | null = null;
  /** Errorf: %w allowed; the %w arguments (wrappedErrs) and that slice's capacity and object. */
  wrapErrs = false;
  wrapped: number[] = [];
  wrapCap = 0;
  wrapObj: HeapObj | null = null;
  constructor(
    readonly obj: HeapObj | null,
    readonly fmt: Fmt,
  ) {}

  /** p.wrappedErrs = append(p.wrappedErrs, argNum) (the slice stays with the printer). */
  wrapArg(argNum: number): void {
    if (this.wrapped.length >= this.wrapCap) {
      const g = growslice(this.wrapped.length, this.wrapCap, 1, { size: 8, hasPointers: false });
      this.wrapObj = this.fmt.m.malloc(g.capmem, true, this.fmt.siteFor(this.fmt.line, 'fmt.Errorf: %w records the argument in the printer (p.wrappedErrs = append(...))'), this.fmt.line, 0, null, null, this.wrapObj);
      this.wrapCap = g.newcap;
    }
    this.wrapped.push(argNum);
  }

  clearflags(): void {
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = this.space = this.zero = this.plusV = this.sharpV = false;
  }

  /** buf = append(buf, s...) */
  ws(s: string): void {
    const n = s.length;
    if (n === 0) return;
    if (this.len + n > this.cap) {
      const g = growslice(this.len, this.cap, n, { size: 1, hasPointers: false });
      this.bufObj = this.fmt.alloc(g.capmem, this.bufObj);
      this.cap = g.newcap;
    }
    this.parts.push(s);
    this.len += n;
  }
  wb(c: string): void {
    this.ws(c);
  }
  /** writePadding(n): make(buffer, cap*2+n) when it does not fit. */
  padding(n: number): void {
    if (n <= 0) return;
    if (this.len + n > this.cap) {
      const c = this.cap * 2 + n;
      this.bufObj = this.fmt.alloc(c, this.bufObj);
      this.cap = c;
    }
    this.parts.push((this.zero && !this.minus ? '0' : ' ').repeat(n));
    this.len += n;
  }
  /** f.pad(b) / f.padString(s) */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.ws(s);
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.padding(width);
      this.ws(s);
    } else {
      this.ws(s);
      this.padding(width);
    }
  }
  take(): string {
    const s = this.parts.join('');
    this.parts = [];
    return s;
  }
}

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

/** Addresses for pointers printed with %p / %v: heap objects have their mheap address; stack ones get one per run. */
export class AddrBook {
  private stackAddrs = new WeakMap<object, number>();
  private next = 0xc000100000;
  of(p: Ptr | null): number {
    if (!p) return 0;
    if (p.o) return p.o.addr || 0xc000000000;
    const c = p.c as object;
    let a = this.stackAddrs.get(c);
    if (a === undefined) {
      a = this.next;
      this.next += 0x20;
      this.stackAddrs.set(c, a);
    }
    return a + (p.k > 0 ? p.k * 8 : 0);
  }
}
let addrBook = new AddrBook();
export function resetAddresses(): void {
  addrBook = new AddrBook();
}
export function pointerAddr(p: Ptr | null): number {
  return addrBook.of(p);
}

export class Fmt {
  readonly ppFree: PoolModel<PP>;
  site = 0;
  line = 0;
  constructor(
    readonly m: Machine,
    env: PoolEnv,
    readonly siteFor: (line: number, what: string) => number,
  ) {
    this.ppFree = new PoolModel<PP>(
      env,
      () => {
        const o = this.m.malloc(PP_SIZE, false, this.siteFor(this.line, 'fmt: new printer state (*pp) from fmt\'s sync.Pool (ppFree)'), this.line, 3, null, null);
        const pp = new PP(o, this);
        o.scanFn = (mk) => {
          mk.markObj(pp.bufObj);
          mk.markObj(pp.wrapObj);
        };
        return pp;
      },
      (pp: PP, mk: Marker) => {
        mk.markObj(pp.obj);
        mk.markObj(pp.bufObj);
        mk.markObj(pp.wrapObj);
      },
    );
    this.ppFree.traceEvents = false;
  }

  /** The program's Error() / String() method of a type (set by the compiler), as fmt's handleMethods finds them. */
  userMethod: ((t: T, name: 'Error' | 'String') => ((v: unknown) => string) | null) | null = null;

  /** reflect's `(*structType).Field(i)` (fmt's `f.Type().Field(i).Name` for %+v/%#v) allocates `Index: []int{i}`. */
  allocFieldIndex(): void {
    this.m.malloc(8, true, this.siteFor(this.line, 'fmt: reflect.Type.Field(i) allocates the field\'s Index []int{i} (field names of %+v and %#v)'), this.line, 0, null, null);
  }

  /** reflect's packEface copy of an addressable value (value.Interface()). */
  allocCopy(size: number, noscan: boolean): void {
    this.m.malloc(size, noscan, this.siteFor(this.line, 'fmt: reflect copies an addressable element to call Interface() (slice elements, fields behind a pointer)'), this.line, 0, null, null);
  }

  alloc(size: number, old: HeapObj | null): HeapObj {
    return this.m.malloc(size, true, this.siteFor(this.line, "fmt: the printer's buffer (pp.buf) grows"), this.line, 0, null, null, old);
  }

  newPrinter(line: number): PP {
    this.line = line;
    const env = this.ppFree.env;
    env.site = this.siteFor(line, 'sync.Pool internals (poolLocal, allPools) for fmt\'s printer cache');
    env.line = line;
    const pp = this.ppFree.get(line).x!;
    pp.clearflags();
    return pp;
  }

  free(pp: PP, line: number): void {
    if (pp.cap > 64 * 1024) {
      pp.bufObj = null;
      pp.cap = 0;
    }
    pp.len = 0;
    pp.parts = [];
    pp.arg = null;
    if (pp.wrapCap > 8) {
      pp.wrapCap = 0;
      pp.wrapObj = null;
    }
    pp.wrapped = [];
    pp.wrapErrs = false;
    const env = this.ppFree.env;
    env.site = this.siteFor(line, 'sync.Pool internals (poolLocal, allPools) for fmt\'s printer cache');
    env.line = line;
    this.ppFree.put(pp, line);
  }

  // ---- entry points ----

  /** `done` runs before the printer goes back to the pool (Sprint*'s string(p.buf) allocates there). */
  sprintln(args: (Iface | null)[], line: number, done?: (s: string) => void): string {
    const p = this.newPrinter(line);
    for (let i = 0; i < args.length; i++) {
      if (i > 0) p.wb(' ');
      printArg(p, args[i], 'v');
    }
    p.wb('\n');
    const s = p.take();
    this.lastLen = p.len;
    done?.(s);
    this.free(p, line);
    return s;
  }

  sprint(args: (Iface | null)[], line: number, done?: (s: string) => void): string {
    const p = this.newPrinter(line);
    let prevString = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const isString = a !== null && underlying(a.t).k === 'basic' && (underlying(a.t) as { name: string }).name === 'string';
      if (i > 0 && !isString && !prevString) p.wb(' ');
      printArg(p, a, 'v');
      prevString = isString;
    }
    const s = p.take();
    this.lastLen = p.len;
    done?.(s);
    this.free(p, line);
    return s;
  }

  /** fmt.Errorf: Sprintf with %w allowed; `done` gets the message and the %w argument indexes. */
  errorf(format: string, args: (Iface | null)[], line: number, done: (s: string, wrapped: number[]) => void): void {
    const p = this.newPrinter(line);
    p.wrapErrs = true;
    doPrintf(p, format, args);
    const s = p.take();
    this.lastLen = p.len;
    done(s, p.wrapped.slice());
    this.free(p, line);
  }

  sprintf(format: string, args: (Iface | null)[], line: number, done?: (s: string) => void): string {
    const p = this.newPrinter(line);
    doPrintf(p, format, args);
    const s = p.take();
    this.lastLen = p.len;
    done?.(s);
    this.free(p, line);
    return s;
  }
  lastLen = 0;
}

// ---- Printf ----

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (num > 1e6) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

function doPrintf(p: PP, format: string, a: (Iface | null)[]): void {
  const end = format.length;
  let argNum = 0;
  for (let i = 0; i < end; ) {
    const lasti = i;
    while (i < end && format[i] !== '%') i++;
    if (i > lasti) p.ws(format.slice(lasti, i));
    if (i >= end) break;
    i++;
    p.clearflags();
    let simple = false;
    for (; i < end; i++) {
      const c = format[i];
      if (c === '#') p.sharp = true;
      else if (c === '0') p.zero = true;
      else if (c === '+') p.plus = true;
      else if (c === '-') p.minus = true;
      else if (c === ' ') p.space = true;
      else {
        if (c >= 'a' && c <= 'z' && argNum < a.length) {
          if (c === 'w') p.wrapArg(argNum);
          if (c === 'v') {
            p.sharpV = p.sharp;
            p.sharp = false;
            p.plusV = p.plus;
            p.plus = false;
          }
          printArg(p, a[argNum], c);
          argNum++;
          i++;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;
    // width
    if (i < end && format[i] === '*') {
      i++;
      const arg = a[argNum++];
      const n = arg && typeof arg.v === 'number' ? arg.v : 0;
      p.wid = n;
      p.widPresent = !!arg;
      if (p.wid < 0) {
        p.minus = true;
        p.wid = -p.wid;
      }
    } else {
      const [w, present, ni] = parsenum(format, i, end);
      p.wid = w;
      p.widPresent = present;
      i = ni;
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const arg = a[argNum++];
        p.prec = arg && typeof arg.v === 'number' ? arg.v : 0;
        p.precPresent = !!arg;
      } else {
        const [pr, present, ni] = parsenum(format, i, end);
        p.prec = pr;
        p.precPresent = present;
        i = ni;
        if (!p.precPresent) {
          p.prec = 0;
          p.precPresent = true;
        }
      }
    }
    if (i >= end) {
      p.ws('%!(NOVERB)');
      break;
    }
    let verb = format[i];
    let size = 1;
    if (format.charCodeAt(i) >= 0x80) {
      // a multi-byte verb: take the whole UTF-8 sequence
      const c0 = format.charCodeAt(i);
      size = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
      verb = format.slice(i, i + size);
    }
    i += size;
    if (verb === '%') p.wb('%');
    else if (argNum >= a.length) {
      p.ws('%!');
      p.ws(verb);
      p.ws('(MISSING)');
    } else {
      if (verb === 'w') p.wrapArg(argNum);
      if (verb === 'v' || verb === 'w') {
        p.sharpV = p.sharp;
        p.sharp = false;
        p.plusV = p.plus;
        p.plus = false;
      }
      printArg(p, a[argNum], verb);
      argNum++;
    }
  }
  if (argNum < a.length) {
    p.clearflags();
    p.ws('%!(EXTRA ');
    for (let i = argNum; i < a.length; i++) {
      if (i > argNum) p.ws(', ');
      const arg = a[i];
      if (arg === null) p.ws(nilAngle);
      else {
        p.ws(typeString(arg.t, true));
        p.wb('=');
        printArg(p, arg, 'v');
      }
    }
    p.wb(')');
  }
}

// ---- printArg / printValue ----

function badVerb(p: PP, verb: string, t: T | null, v: unknown): void {
  p.ws('%!');
  p.ws(verb);
  p.wb('(');
  if (t) {
    p.ws(typeString(t, true));
    p.wb('=');
    const save = { ...p };
    p.clearflags();
    printValue(p, v, t, 'v', 0);
    p.wid = save.wid;
  } else p.ws(nilAngle);
  p.wb(')');
}

export function printArg(p: PP, arg: Iface | null, verb: string): void {
  p.arg = arg;
  if (arg === null) {
    if (verb === 'T' || verb === 'v') p.pad(nilAngle);
    else badVerb(p, verb, null, null);
    return;
  }
  if (verb === 'T') {
    fmtS(p, typeString(arg.t, true));
    return;
  }
  if (verb === 'p') {
    const u = underlying(arg.t);
    if (u.k === 'ptr' || u.k === 'slice' || u.k === 'func' || u.k === 'map') fmtPointer(p, arg.v, arg.t, 'p');
    else badVerb(p, verb, arg.t, arg.v);
    return;
  }
  // printArg's type switch: a []byte (the unnamed type) is printed by fmtBytes, without reflection.
  if (arg.t.k === 'slice' && arg.t.elem.k === 'basic' && arg.t.elem.name === 'uint8') {
    fmtByteSlice(p, arg.v as Slice, arg.t, verb);
    return;
  }
  if (handleMethods(p, arg.v, arg.t, verb)) return;
  printValue(p, arg.v, arg.t, verb, 0);
}

/** pp.fmtBytes for a []byte argument: %v and %d print the numbers, %s %x %X %q the bytes. */
function fmtByteSlice(p: PP, s: Slice, t: T, verb: string): void {
  if (verb !== 'v' && verb !== 'd') {
    if ('sqxX'.includes(verb)) fmtBytes(p, s.d ? bytesToString(s.d as Uint8Array, s.off, s.len) : '', verb);
    else printValue(p, s, t, verb, 0);
    return;
  }
  const d = s.d as Uint8Array | null;
  if (p.sharpV) {
    p.ws('[]byte');
    if (d === null) {
      p.ws('(nil)');
      return;
    }
    p.wb('{');
    for (let i = 0; i < s.len; i++) {
      if (i > 0) p.ws(', ');
      fmt0x64(p, d[s.off + i], true);
    }
    p.wb('}');
    return;
  }
  p.wb('[');
  for (let i = 0; i < s.len; i++) {
    if (i > 0) p.wb(' ');
    fmtInteger(p, d![s.off + i], 10, true, verb, false);
  }
  p.wb(']');
}

/** Error() and String() methods: errors, *bytes.Buffer and *strings.Builder. */
function handleMethods(p: PP, v: unknown, t: T, verb: string): boolean {
  if (p.sharpV) return false;
  if (verb === 'w') {
    // Errorf's %w: an error argument prints as %v; anything else (or outside Errorf) is a bad verb.
    const isErr = v instanceof ErrorVal || (t.k !== 'ptr' || v !== null ? !!p.fmt.userMethod?.(t, 'Error') : false);
    if (!isErr || !p.wrapErrs) {
      badVerb(p, verb, t, v);
      return true;
    }
    verb = 'v';
  }
  if (v instanceof ErrorVal && !p.sharpV) {
    if ('vsxXq'.includes(verb)) {
      (v as { onError?: (() => void) | null }).onError?.();
      fmtString(p, (v as { msg: string }).msg, verb);
      return true;
    }
    return false;
  }
  if (t.k === 'ptr' && (t.elem === tBuffer || t.elem === tBuilder) && 'vsxXq'.includes(verb)) {
    const ptr = v as Ptr | null;
    let s = nilAngle;
    if (ptr) {
      const obj = ptr.c as { stringValue(): string };
      s = obj.stringValue();
    }
    fmtString(p, s, verb);
    return true;
  }
  // The program's own types: error first, then Stringer (fmt/print.go handleMethods).
  if ('vsxXq'.includes(verb) && p.fmt.userMethod) {
    const call = p.fmt.userMethod(t, 'Error') ?? p.fmt.userMethod(t, 'String');
    if (call) {
      fmtString(p, call(v), verb);
      return true;
    }
  }
  return false;
}

/**
 * printValue(value, verb, depth). `addr`/`ro` track reflect's flagAddr and flagRO: at depth > 0 fmt
 * calls value.Interface() on values it may print with methods, and for an addressable value whose
 * type is not pointer-shaped reflect copies it into a new heap object (packEface → unsafe_New):
 * slice elements, and fields reached through a pointer, allocate; unexported fields do not.
 */
export function printValue(p: PP, v: unknown, t: T, verb: string, depth: number, addr = false, ro = false): void {
  if (depth > 0 && !ro) {
    if (addr && !isPointerShaped(t) && underlying(t).k !== 'iface') {
      const size = sizeof(t);
      if (size > 0) p.fmt.allocCopy(size, !hasPointers(t));
    }
    if (handleMethods(p, v, t, verb)) return;
  }
  const u = underlying(t);
  switch (u.k) {
    case 'basic':
      switch (u.name) {
        case 'bool':
          if (verb === 't' || verb === 'v') p.pad(v ? 'true' : 'false');
          else badVerb(p, verb, t, v);
          return;
        case 'string':
          fmtString(p, (v as Str).s, verb, t);
          return;
        case 'float32':
        case 'float64':
          fmtFloat(p, v as number, u.name === 'float32' ? 32 : 64, verb, t);
          return;
        default: {
          const unsigned = u.name.startsWith('uint');
          fmtIntegerVerb(p, v as number | bigint, unsigned, verb, t);
          return;
        }
      }
    case 'struct': {
      if (t.k === 'named' && t.std) {
        p.ws('{...}');
        return;
      }
      if (p.sharpV) p.ws(typeString(t, true));
      p.wb('{');
      const a = v as unknown[];
      for (let i = 0; i < u.fields.length; i++) {
        if (i > 0) {
          if (p.sharpV) p.ws(', ');
          else p.wb(' ');
        }
        if (p.plusV || p.sharpV) {
          p.fmt.allocFieldIndex();
          p.ws(u.fields[i].name);
          p.wb(':');
        }
        printValue(p, a[i], u.fields[i].type, verb, depth + 1, addr, ro || !/^[A-Z]/.test(u.fields[i].name));
      }
      p.wb('}');
      return;
    }
    case 'iface': {
      const i = v as Iface | null;
      if (i === null) {
        if (p.sharpV) {
          p.ws(typeString(t, true));
          p.ws('(nil)');
        } else p.pad(nilAngle);
        return;
      }
      printValue(p, i.v, i.t, verb, depth + 1, false, ro);
      return;
    }
    case 'slice':
    case 'array': {
      const isSlice = u.k === 'slice';
      const s = v as Slice;
      const d = isSlice ? s.d : (v as unknown[]);
      const off = isSlice ? s.off : 0;
      const n = isSlice ? s.len : (v as unknown[]).length;
      const eu = underlying(u.elem);
      if (eu.k === 'basic' && eu.name === 'uint8' && 'sqxX'.includes(verb)) {
        fmtBytes(p, d ? bytesToString(d as Uint8Array, off, n) : '', verb);
        return;
      }
      if (p.sharpV) {
        p.ws(typeString(t, true));
        if (isSlice && s.d === null) {
          p.ws('(nil)');
          return;
        }
        p.wb('{');
        for (let i = 0; i < n; i++) {
          if (i > 0) p.ws(', ');
          printValue(p, (d as unknown[])[off + i], u.elem, verb, depth + 1, isSlice || addr, ro);
        }
        p.wb('}');
        return;
      }
      p.wb('[');
      for (let i = 0; i < n; i++) {
        if (i > 0) p.wb(' ');
        printValue(p, (d as unknown[])[off + i], u.elem, verb, depth + 1, isSlice || addr, ro);
      }
      p.wb(']');
      return;
    }
    case 'ptr': {
      const ptr = v as Ptr | null;
      if (depth === 0 && ptr) {
        const eu = underlying(u.elem);
        if ((eu.k === 'struct' && !(u.elem.k === 'named' && u.elem.std)) || eu.k === 'array' || eu.k === 'slice') {
          p.wb('&');
          printValue(p, ptr.k === -1 ? ptr.c : ptr.c[ptr.k], u.elem, verb, depth + 1, true, ro);
          return;
        }
      }
      fmtPointer(p, ptr, t, verb);
      return;
    }
    case 'func':
      fmtPointer(p, v, t, verb);
      return;
    case 'map':
      mapPrinter?.(p, v, t, verb, depth); // lib-map.ts
      return;
    default:
      p.ws('?');
  }
}

/** Prints a map (lib-map.ts sets it: fmt sorts the keys). */
let mapPrinter: ((p: PP, v: unknown, t: T, verb: string, depth: number) => void) | null = null;
export function setMapPrinter(f: typeof mapPrinter): void {
  mapPrinter = f;
}

function fmtPointer(p: PP, v: unknown, t: T, verb: string): void {
  let u = 0;
  if (v instanceof Ptr) u = pointerAddr(v);
  else if (v instanceof Slice) u = v.d ? pointerAddr(new Ptr(v.d, v.off, v.o)) : 0;
  else if (underlying(t).k === 'map') u = v ? pointerAddr(new Ptr(v, -1, (v as { h: { header: HeapObj | null } }).h.header)) : 0; // the *hmap
  else if (v) u = 0x47b000;
  switch (verb) {
    case 'v':
      if (p.sharpV) {
        p.wb('(');
        p.ws(typeString(t, true));
        p.ws(')(');
        if (u === 0) p.ws('nil');
        else fmt0x64(p, u, true);
        p.wb(')');
      } else if (u === 0) p.pad(nilAngle);
      else fmt0x64(p, u, !p.sharp);
      return;
    case 'p':
      fmt0x64(p, u, !p.sharp);
      return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmtInteger(p, u, 'bodxX'.indexOf(verb) >= 0 ? ({ b: 2, o: 8, d: 10, x: 16, X: 16 } as Record<string, number>)[verb] : 16, true, verb, verb === 'X');
      return;
    default:
      badVerb(p, verb, t, v);
  }
}

function fmt0x64(p: PP, v: number | bigint, leading0x: boolean): void {
  const sharp = p.sharp;
  p.sharp = leading0x;
  fmtInteger(p, v, 16, true, 'v', false);
  p.sharp = sharp;
}

function fmtIntegerVerb(p: PP, v: number | bigint, unsigned: boolean, verb: string, t: T): void {
  switch (verb) {
    case 'v':
      if (p.sharpV && !unsigned) fmtInteger(p, v, 10, unsigned, verb, false);
      else if (p.sharpV && unsigned) fmt0x64(p, v, true);
      else fmtInteger(p, v, 10, unsigned, verb, false);
      return;
    case 'd':
      fmtInteger(p, v, 10, unsigned, verb, false);
      return;
    case 'b':
      fmtInteger(p, v, 2, unsigned, verb, false);
      return;
    case 'o':
    case 'O':
      fmtInteger(p, v, 8, unsigned, verb, false);
      return;
    case 'x':
      fmtInteger(p, v, 16, unsigned, verb, false);
      return;
    case 'X':
      fmtInteger(p, v, 16, unsigned, verb, true);
      return;
    case 'c':
      p.pad(encodeRune(Number(v)));
      return;
    case 'q':
      p.pad(quoteRune(Number(v) > 0x10ffff || Number(v) < 0 ? 0xfffd : Number(v), p.plus));
      return;
    case 'U': {
      // fmtUnicode: at least 4 (or prec) hex digits; # adds the quoted character if printable.
      const u = BigInt.asUintN(64, BigInt(v));
      let h = u.toString(16).toUpperCase();
      const width = p.precPresent && p.prec > 4 ? p.prec : 4;
      while (h.length < width) h = '0' + h;
      let out = 'U+' + h;
      if (p.sharp && u <= 0x10ffffn && isPrintRune(Number(u))) out += ` '${encodeRune(Number(u))}'`;
      const zero = p.zero;
      p.zero = false;
      p.pad(out);
      p.zero = zero;
      return;
    }
    default:
      badVerb(p, verb, t, v);
  }
}

function fmtInteger(p: PP, v: number | bigint, base: number, unsigned: boolean, verb: string, upper: boolean): void {
  const negative = !unsigned && v < 0;
  let digits: string;
  if (typeof v === 'bigint') digits = (v < 0n ? -v : v).toString(base);
  else digits = Math.abs(v).toString(base);
  if (upper) digits = digits.toUpperCase();
  let prec = -1;
  if (p.precPresent) {
    prec = p.prec;
    if (prec === 0 && v === 0) {
      const z = p.zero;
      p.zero = false;
      p.padding(p.wid);
      p.zero = z;
      return;
    }
  } else if (p.zero && !p.minus && p.widPresent) {
    prec = p.wid;
    if (negative || p.plus || p.space) prec--;
  }
  while (prec > digits.length) digits = '0' + digits;
  if (p.sharp) {
    if (base === 2) digits = '0b' + digits;
    else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
    else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
  }
  if (verb === 'O') digits = '0o' + digits;
  if (negative) digits = '-' + digits;
  else if (p.plus) digits = '+' + digits;
  else if (p.space) digits = ' ' + digits;
  const z = p.zero;
  p.zero = false;
  p.pad(digits);
  p.zero = z;
}

/** fmt.fmtQ: %q of a string (precision truncates, # prefers `raw`, + escapes non-ASCII). */
function fmtQ(p: PP, s: string): void {
  s = truncate(p, s);
  if (p.sharp && canBackquote(s)) p.pad('`' + s + '`');
  else p.pad(quote(s, p.plus));
}

/** strconv.CanBackquote on a byte string (valid UTF-8, no control characters but tab, no ` or BOM). */
function canBackquote(s: string): boolean {
  if (s.includes('`') || s.includes('\xef\xbb\xbf')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0x7f) return false;
  }
  return !quote(s).includes('\\x');
}

function truncate(p: PP, s: string): string {
  if (!p.precPresent) return s;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if ((s.charCodeAt(i) & 0xc0) !== 0x80) {
      if (n === p.prec) return s.slice(0, i);
      n++;
    }
  }
  return s;
}

function fmtS(p: PP, s: string): void {
  if (p.precPresent) {
    // truncate to prec runes
    let n = 0;
    let i = 0;
    for (; i < s.length; i++) {
      if ((s.charCodeAt(i) & 0xc0) !== 0x80) {
        if (n === p.prec) break;
        n++;
      }
    }
    s = s.slice(0, i);
  }
  p.pad(s);
}

function fmtString(p: PP, s: string, verb: string, t: T | null = null): void {
  switch (verb) {
    case 'v':
      if (p.sharpV) fmtQ(p, s);
      else fmtS(p, s);
      return;
    case 's':
      fmtS(p, s);
      return;
    case 'x':
      fmtSbx(p, s, false);
      return;
    case 'X':
      fmtSbx(p, s, true);
      return;
    case 'q':
      fmtQ(p, s);
      return;
    default:
      badVerb(p, verb, t, new Str(s, null));
  }
}

// %s %x %X %q of a []byte print as of the string; the caller handles the other verbs.
function fmtBytes(p: PP, s: string, verb: string): void {
  if (verb === 's' || verb === 'x' || verb === 'X' || verb === 'q') fmtString(p, s, verb);
}

/** fmtSbx: hex of each byte, appended two digits at a time (each append may grow the buffer). */
function fmtSbx(p: PP, s: string, upper: boolean): void {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let length = s.length;
  if (p.precPresent && p.prec < length) length = p.prec;
  let width = 2 * length;
  if (width > 0) {
    if (p.space) {
      if (p.sharp) width *= 2;
      width += length - 1;
    } else if (p.sharp) width += 2;
  } else {
    if (p.widPresent) p.padding(p.wid);
    return;
  }
  if (p.widPresent && p.wid > width && !p.minus) p.padding(p.wid - width);
  if (p.sharp) p.ws(upper ? '0X' : '0x');
  for (let i = 0; i < length; i++) {
    if (p.space && i > 0) {
      p.wb(' ');
      if (p.sharp) p.ws(upper ? '0X' : '0x');
    }
    const c = s.charCodeAt(i);
    p.ws(digits[c >> 4] + digits[c & 15]);
  }
  if (p.widPresent && p.wid > width && p.minus) p.padding(p.wid - width);
}

// ---- floats ----

function fmtFloat(p: PP, v: number, size: number, verb: string, t: T): void {
  switch (verb) {
    case 'v':
      fmtFloatFmt(p, v, size, 'g', -1);
      return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
      fmtFloatFmt(p, v, size, verb, -1);
      return;
    case 'f':
    case 'e':
    case 'E':
    case 'F':
      fmtFloatFmt(p, v, size, verb === 'F' ? 'f' : verb, 6);
      return;
    default:
      badVerb(p, verb, t, v);
  }
}

function fmtFloatFmt(p: PP, v: number, size: number, verb: string, prec: number): void {
  if (p.precPresent) prec = p.prec;
  let num = formatFloat(v, verb, prec, size);
  if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
  if (p.space && num[0] === '+' && !p.plus) num = ' ' + num.slice(1);
  if (num === '+Inf' || num === '-Inf' || num === '+NaN') {
    if (num === '+NaN' && !p.space && !p.plus) num = 'NaN';
    const z = p.zero;
    p.zero = false;
    p.pad(num); // fmt keeps the sign of an infinity: +Inf
    p.zero = z;
    return;
  }
  if (p.plus || num[0] !== '+') {
    if (p.zero && !p.minus && p.widPresent && p.wid > num.length) {
      p.wb(num[0]);
      p.padding(p.wid - num.length);
      p.ws(num.slice(1));
      return;
    }
    p.pad(num);
    return;
  }
  const body = num.slice(1);
  if (p.zero && !p.minus && p.widPresent && p.wid > body.length) {
    p.padding(p.wid - body.length);
    p.ws(body);
    return;
  }
  p.pad(body);
}

/** strconv.FormatFloat(v, fmt, prec, bitSize) for 'e', 'f', 'g' (prec -1 = shortest). */
export function formatFloat(v: number, fmt: string, prec: number, bitSize = 64): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let s: string;
  const shortest = prec < 0;
  // digits and decimal exponent of the shortest (or rounded) representation
  const toDigits = (p: number | null): { d: string; e: number } => {
    const q = p === null ? 0 : Math.max(0, Math.min(100, p));
    // An exact tie (…5 right after the last kept digit) rounds to even in Go, up in JavaScript.
    if (p !== null && a > 0 && halfEvenDown(a, q + 1)) {
      const x = exactDigits(a);
      return { d: x.d.slice(0, q + 1), e: x.e - 1 };
    }
    const str = p === null ? (bitSize === 32 ? shortest32(a) : a.toExponential()) : a.toExponential(q);
    const [m, e] = str.split('e');
    return { d: m.replace('.', ''), e: Number(e) };
  };
  switch (fmt) {
    case 'e':
    case 'E': {
      const { d, e } = toDigits(shortest ? null : prec);
      const mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
      const es = Math.abs(e) < 10 ? '0' + Math.abs(e) : String(Math.abs(e));
      s = `${mant}${fmt}${e < 0 ? '-' : '+'}${es}`;
      break;
    }
    case 'f':
    case 'F': {
      if (shortest) {
        const { d, e } = toDigits(null);
        s = digitsToFixed(d, e);
      } else if (a >= 1e21) s = bigFixed(a, prec);
      else if (prec < 100 && a > 0 && halfEvenDown(a, exactDigits(a).e + prec)) s = a.toFixed(prec + 1).slice(0, -1).replace(/\.$/, '');
      else s = a.toFixed(Math.min(100, prec));
      break;
    }
    default: {
      // 'g' (genericFtoa: a precision of 0 means 1)
      let eprec = prec === 0 ? 1 : prec;
      // %.Ng: N significant digits (toExponential counts the digits after the first).
      const dig = toDigits(shortest ? null : Math.max(prec, 1) - 1);
      if (a === 0) {
        dig.d = '0';
        dig.e = 0;
      }
      let d = dig.d;
      if (!shortest) d = d.replace(/0+$/, '') || '0';
      const nd = d.length;
      const dp = dig.e + 1;
      if (eprec > nd && nd >= dp) eprec = nd;
      if (shortest) eprec = 6;
      const exp = dp - 1;
      if (exp < -4 || exp >= eprec) {
        const mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
        const ae = Math.abs(exp);
        s = `${mant}${fmt === 'G' ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
      } else s = digitsToFixed(d, exp);
    }
  }
  return (neg ? '-' : '') + s;
}

/** The exact decimal digits of a finite a > 0: a = 0.d × 10^e (d without trailing zeros). */
function exactDigits(a: number): { d: string; e: number } {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, a);
  const bits = dv.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e2 = -1074;
  if (exp !== 0) {
    m |= 1n << 52n;
    e2 = exp - 1075;
  }
  const n = e2 >= 0 ? m << BigInt(e2) : m * 5n ** BigInt(-e2);
  const d = n.toString();
  return { d: d.replace(/0+$/, ''), e: d.length + Math.min(e2, 0) };
}

/** Rounding a to n significant digits is an exact tie that round-half-to-even resolves downwards. */
function halfEvenDown(a: number, n: number): boolean {
  if (n < 0) return false;
  const { d } = exactDigits(a);
  if (d.length !== n + 1 || d[n] !== '5') return false;
  return n === 0 || Number(d[n - 1]) % 2 === 0;
}

function shortest32(a: number): string {
  for (let p = 0; p < 17; p++) {
    const s = a.toExponential(p);
    if (Math.fround(Number(s)) === a) return s;
  }
  return a.toExponential();
}

function digitsToFixed(d: string, e: number): string {
  // value = 0.d * 10^(e+1)
  const dp = e + 1;
  if (dp <= 0) return '0.' + '0'.repeat(-dp) + d;
  if (dp >= d.length) return d + '0'.repeat(dp - d.length);
  return d.slice(0, dp) + '.' + d.slice(dp);
}

function bigFixed(a: number, prec: number): string {
  const int = BigInt(a).toString();
  return prec > 0 ? int + '.' + '0'.repeat(prec) : int;
}

// ---- quoting ----

export function encodeRune(c: number): string {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

export function quoteRune(r: number, ascii = false): string {
  if (r === 39) return "'\\''";
  const e = escapeRune(r, "'", ascii);
  return `'${e}'`;
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020 (by JS's Unicode tables, not Go's 15.0). */
const PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function isPrintRune(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r !== 0x7f;
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return PRINT_RE.test(String.fromCodePoint(r));
}

function escapeRune(r: number, q: string, ascii = false): string {
  switch (r) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
    case 92: return '\\\\';
  }
  if (String.fromCharCode(r) === q) return '\\' + q;
  if (r < 0x20 || r === 0x7f) return '\\x' + r.toString(16).padStart(2, '0');
  if (r < 0x80) return String.fromCharCode(r);
  if (r > 0x10ffff) return '\\ufffd';
  if (ascii) return r < 0x10000 ? '\\u' + r.toString(16).padStart(4, '0') : '\\U' + r.toString(16).padStart(8, '0');
  return encodeRune(r);
}

/** strconv.Quote on a byte string. */
export function quote(s: string, ascii = false): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += escapeRune(c, '"');
      i++;
      continue;
    }
    // decode one UTF-8 sequence
    const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    let ok = n > 1 && i + n <= s.length;
    for (let j = 1; ok && j < n; j++) if ((s.charCodeAt(i + j) & 0xc0) !== 0x80) ok = false;
    if (!ok) {
      out += '\\x' + c.toString(16).padStart(2, '0');
      i++;
      continue;
    }
    const r = decodeFirstRune(s.slice(i, i + n));
    // appendEscapedRune: printable runes as they are (unless ASCII only), others as \u or \U.
    out += !ascii && isPrintRune(r) ? s.slice(i, i + n) : escapeRune(r, '"', true);
    i += n;
  }
  return out + '"';
}
