// Signatures of the library subset (fmt, strings, bytes, io, bufio, strconv, sync, runtime) and the
// escape facts the compiler derives for them (which parameters leak). Implementations: lib-*.ts.

import type { ConstVal } from './constants';
import { EXTRA_GO_MEMBERS, EXTRA_PACKAGES } from './std-extra';
import {
  tAny, tBool, tByte, tByteSlice, tError, tInt, tInt64, tRune, tString, tUint32, tUint64, tFloat64, type T,
} from './types';

const named = (pkg: string, name: string, size: number, ptr: boolean, fields: { name: string; type: T }[] = [], align = 8): T => ({
  k: 'named',
  pkg,
  name,
  underlying: { k: 'struct', fields },
  std: { size, align, ptr },
});

// Sizes from unsafe.Sizeof on go1.23.5/amd64.
export const tBuilder = named('strings', 'Builder', 32, true); // addr *Builder; buf []byte
export const tStringsReader = named('strings', 'Reader', 32, true); // s string; i int64; prevRune int
export const tBuffer = named('bytes', 'Buffer', 40, true); // buf []byte; off int; lastRead readOp
export const tBytesReader = named('bytes', 'Reader', 40, true); // s []byte; i int64; prevRune int
export const tBufioReader = named('bufio', 'Reader', 88, true); // buf; rd; r, w; err; lastByte, lastRuneSize
export const tPool = named('sync', 'Pool', 40, true); // noCopy; local; localSize; victim; victimSize; New
// sync's locks (no pointers): WaitGroup{noCopy; state atomic.Uint64; sema uint32}, Mutex{state int32;
// sema uint32}, RWMutex{w Mutex; writerSem, readerSem uint32; readerCount, readerWait atomic.Int32},
// Once{done atomic.Uint32; m Mutex}.
export const tWaitGroup = named('sync', 'WaitGroup', 16, false);
export const tMutex = named('sync', 'Mutex', 8, false, [], 4);
export const tRWMutex = named('sync', 'RWMutex', 24, false, [], 4);
export const tOnce = named('sync', 'Once', 12, false, [], 4);
/** fmt.Stringer: interface { String() string }. */
export const tStringer: T = {
  k: 'named',
  pkg: 'fmt',
  name: 'Stringer',
  underlying: { k: 'iface', name: 'fmt.Stringer', methods: ['String'], sigs: { String: { k: 'func', params: [], results: [tString], variadic: false } } },
};
export const tPoolNewFunc: T = { k: 'func', params: [], results: [tAny], variadic: false };
// runtime.MemStats: only the fields below are readable; the size is the real one.
export const MEMSTATS_FIELDS: Record<string, T> = {
  Alloc: tUint64, TotalAlloc: tUint64, Sys: tUint64, Mallocs: tUint64, Frees: tUint64, HeapAlloc: tUint64,
  HeapObjects: tUint64, HeapInuse: tUint64, NextGC: tUint64, PauseTotalNs: tUint64, NumGC: tUint32,
  NumForcedGC: tUint32, GCCPUFraction: tFloat64,
};
export const tMemStats = named('runtime', 'MemStats', 5424, false);
const ioSig: T = { k: 'func', params: [tByteSlice], results: [tInt, tError], variadic: false };
export const tReader: T = { k: 'iface', name: 'io.Reader', methods: ['Read'], sigs: { Read: ioSig } };
export const tWriter: T = { k: 'iface', name: 'io.Writer', methods: ['Write'], sigs: { Write: ioSig } };

const fn = (params: T[], results: T[], variadic = false): Extract<T, { k: 'func' }> => ({ k: 'func', params, results, variadic });
const anySlice: T = { k: 'slice', elem: tAny };

/** How a parameter's value flows, as -gcflags=-m's param tags say ("leaking param: x", "x does not escape"). */
export type Leak = 'none' | 'heap' | 'content' | 'result' | 'resultContent' | 'contentAndResult';
// 'result': the parameter flows to the results (strings.ToUpper returns s unchanged: "leaking param:
// s to result ~r0 level=0"); 'resultContent': what it points to does (strings.Join returns elems[0]
// when there is one element: "leaking param: elems to result ~r0 level=1"); 'contentAndResult': both
// what it points to leaks and it is returned (slices.Insert's s).

export interface StdFunc {
  kind: 'func';
  pkg: string;
  name: string;
  sig: Extract<T, { k: 'func' }>;
  /** Leak of each parameter (for variadic: of the elements). */
  leaks: Leak[];
  /** The result is a fresh allocation at the call (inlined constructors): its escape decides heap or stack. */
  allocs?: boolean;
  /** Generic functions: the signature instantiated from the arguments' types (null: they do not fit). */
  generic?: (args: T[]) => Extract<T, { k: 'func' }> | null;
  /** When generic gives null: types2's message, reported at the call's '(' (default: S does not satisfy ~[]E at the argument). */
  inferError?: (args: T[]) => string;
  /** Parameters the callee may write through (assembly callees such as bytealg.Index): no zero-copy []byte(s). */
  mutates?: number[];
  /** -m lines of the inlined body reported at the call's '(' ({E}: the shape of the slice argument's element). */
  msgs?: string[];
  /** Inlined bodies returning a conversion (strconv.Quote's string(...)): that site, as -m prints it; it escapes or not with the result. */
  resultSite?: string;
  /** Which result resultSite is (default 0): ParseBool's inlined &NumError{...} is its error. */
  resultSiteIndex?: number;
}
/** unsafe.Sizeof, Alignof, Offsetof: compile-time constants (checked in check/call.ts). */
export interface StdBuiltin {
  kind: 'builtin';
  pkg: string;
  name: string;
}
/** Untyped constants (math.MaxInt, utf8.RuneError). */
export interface StdConst {
  kind: 'const';
  pkg: string;
  name: string;
  type: T;
  val: ConstVal;
}
export interface StdVar {
  kind: 'var';
  pkg: string;
  name: string;
  type: T;
}
export interface StdType {
  kind: 'type';
  pkg: string;
  name: string;
  type: T;
}
export type StdMember = StdFunc | StdVar | StdType | StdBuiltin | StdConst;

export interface StdMethod {
  name: string;
  sig: Extract<T, { k: 'func' }>;
  /** Does the receiver's address leak (sync.Pool: pinSlow stores it in allPools)? */
  recvLeaks: boolean;
  /** Does the method write through the receiver (the compiler's "mutates param content")? */
  recvMutates: boolean;
  leaks: Leak[];
}

const F = (pkg: string, name: string, sig: Extract<T, { k: 'func' }>, leaks: Leak[], allocs = false): StdFunc => ({ kind: 'func', pkg, name, sig, leaks, allocs });

export const STD_PACKAGES: Record<string, Record<string, StdMember>> = {
  fmt: {
    Println: F('fmt', 'Println', fn([anySlice], [tInt, tError], true), ['content']),
    Print: F('fmt', 'Print', fn([anySlice], [tInt, tError], true), ['content']),
    Printf: F('fmt', 'Printf', fn([tString, anySlice], [tInt, tError], true), ['none', 'content']),
    Sprintf: F('fmt', 'Sprintf', fn([tString, anySlice], [tString], true), ['none', 'content']),
    Sprint: F('fmt', 'Sprint', fn([anySlice], [tString], true), ['content']),
    Sprintln: F('fmt', 'Sprintln', fn([anySlice], [tString], true), ['content']),
    Errorf: F('fmt', 'Errorf', fn([tString, anySlice], [tError], true), ['none', 'content']),
    Stringer: { kind: 'type', pkg: 'fmt', name: 'Stringer', type: tStringer },
    // Fprint*: the writer's Write is called through the interface, so w leaks.
    Fprintln: F('fmt', 'Fprintln', fn([tWriter, anySlice], [tInt, tError], true), ['heap', 'content']),
    Fprint: F('fmt', 'Fprint', fn([tWriter, anySlice], [tInt, tError], true), ['heap', 'content']),
    Fprintf: F('fmt', 'Fprintf', fn([tWriter, tString, anySlice], [tInt, tError], true), ['heap', 'none', 'content']),
  },
  strings: {
    Builder: { kind: 'type', pkg: 'strings', name: 'Builder', type: tBuilder },
    Reader: { kind: 'type', pkg: 'strings', name: 'Reader', type: tStringsReader },
    Repeat: F('strings', 'Repeat', fn([tString, tInt], [tString]), ['result', 'none']),
    NewReader: F('strings', 'NewReader', fn([tString], [{ k: 'ptr', elem: tStringsReader }]), ['heap'], true),
  },
  bytes: {
    Buffer: { kind: 'type', pkg: 'bytes', name: 'Buffer', type: tBuffer },
    Reader: { kind: 'type', pkg: 'bytes', name: 'Reader', type: tBytesReader },
    NewReader: F('bytes', 'NewReader', fn([tByteSlice], [{ k: 'ptr', elem: tBytesReader }]), ['heap'], true),
    NewBufferString: F('bytes', 'NewBufferString', fn([tString], [{ k: 'ptr', elem: tBuffer }]), ['heap'], true),
  },
  io: {
    Reader: { kind: 'type', pkg: 'io', name: 'Reader', type: tReader },
    Writer: { kind: 'type', pkg: 'io', name: 'Writer', type: tWriter },
    ReadAll: F('io', 'ReadAll', fn([tReader], [tByteSlice, tError]), ['heap']),
    Copy: F('io', 'Copy', fn([tWriter, tReader], [tInt64, tError]), ['heap', 'heap']),
    Discard: { kind: 'var', pkg: 'io', name: 'Discard', type: tWriter },
    EOF: { kind: 'var', pkg: 'io', name: 'EOF', type: tError },
  },
  bufio: {
    Reader: { kind: 'type', pkg: 'bufio', name: 'Reader', type: tBufioReader },
    NewReaderSize: F('bufio', 'NewReaderSize', fn([tReader, tInt], [{ k: 'ptr', elem: tBufioReader }]), ['heap', 'none'], true),
    NewReader: F('bufio', 'NewReader', fn([tReader], [{ k: 'ptr', elem: tBufioReader }]), ['heap'], true),
  },
  strconv: {
    Itoa: F('strconv', 'Itoa', fn([tInt], [tString]), ['none']),
  },
  sync: {
    Pool: { kind: 'type', pkg: 'sync', name: 'Pool', type: tPool },
    WaitGroup: { kind: 'type', pkg: 'sync', name: 'WaitGroup', type: tWaitGroup },
    Mutex: { kind: 'type', pkg: 'sync', name: 'Mutex', type: tMutex },
    RWMutex: { kind: 'type', pkg: 'sync', name: 'RWMutex', type: tRWMutex },
    Once: { kind: 'type', pkg: 'sync', name: 'Once', type: tOnce },
  },
  runtime: {
    GC: F('runtime', 'GC', fn([], []), []),
    ReadMemStats: F('runtime', 'ReadMemStats', fn([{ k: 'ptr', elem: tMemStats }], []), ['none']),
    MemStats: { kind: 'type', pkg: 'runtime', name: 'MemStats', type: tMemStats },
    KeepAlive: F('runtime', 'KeepAlive', fn([tAny], []), ['none']),
    Gosched: F('runtime', 'Gosched', fn([], []), []),
    NumGoroutine: F('runtime', 'NumGoroutine', fn([], [tInt]), []),
  },
};

/** Methods that only read through their receiver; every other method writes a field or the buffer. */
const READ_ONLY_METHODS = new Set(['Len', 'Cap', 'String', 'Bytes', 'Buffered', 'Available', 'AvailableBuffer']);
const M = (name: string, sig: Extract<T, { k: 'func' }>, leaks: Leak[] = [], recvLeaks = false): StdMethod => ({ name, sig, leaks, recvLeaks, recvMutates: !READ_ONLY_METHODS.has(name) });
const intErr = [tInt, tError];

/** Methods of the library types (all on pointer receivers), by type. */
export const STD_METHODS = new Map<T, Record<string, StdMethod>>([
  [tBuilder, {
    Grow: M('Grow', fn([tInt], [])),
    WriteString: M('WriteString', fn([tString], intErr), ['none']),
    WriteByte: M('WriteByte', fn([tByte], [tError])),
    WriteRune: M('WriteRune', fn([tRune], intErr)),
    Write: M('Write', fn([tByteSlice], intErr), ['none']),
    Len: M('Len', fn([], [tInt])),
    Cap: M('Cap', fn([], [tInt])),
    String: M('String', fn([], [tString])),
    Reset: M('Reset', fn([], [])),
  }],
  [tBuffer, {
    Grow: M('Grow', fn([tInt], [])),
    Write: M('Write', fn([tByteSlice], intErr), ['none']),
    WriteString: M('WriteString', fn([tString], intErr), ['none']),
    WriteByte: M('WriteByte', fn([tByte], [tError])),
    Reset: M('Reset', fn([], [])),
    Len: M('Len', fn([], [tInt])),
    Cap: M('Cap', fn([], [tInt])),
    Bytes: M('Bytes', fn([], [tByteSlice])),
    String: M('String', fn([], [tString])),
    Read: M('Read', fn([tByteSlice], intErr), ['none']),
    ReadString: M('ReadString', fn([tByte], [tString, tError])),
    ReadByte: M('ReadByte', fn([], [tByte, tError])),
    WriteRune: M('WriteRune', fn([tRune], intErr)),
    Truncate: M('Truncate', fn([tInt], [])),
    Next: M('Next', fn([tInt], [tByteSlice])),
    Available: M('Available', fn([], [tInt])),
    AvailableBuffer: M('AvailableBuffer', fn([], [tByteSlice])),
  }],
  [tStringsReader, {
    Read: M('Read', fn([tByteSlice], intErr), ['none']),
    Len: M('Len', fn([], [tInt])),
  }],
  [tBytesReader, {
    Read: M('Read', fn([tByteSlice], intErr), ['none']),
    Len: M('Len', fn([], [tInt])),
  }],
  [tBufioReader, {
    Read: M('Read', fn([tByteSlice], intErr), ['heap']),
    Buffered: M('Buffered', fn([], [tInt])),
  }],
  [tPool, {
    Get: M('Get', fn([], [tAny]), [], true),
    Put: M('Put', fn([tAny], []), ['heap'], true),
  }],
  // sync's methods hand the receiver's address to the runtime's semaphores: it leaks (-m: "leaking param").
  [tWaitGroup, { Add: M('Add', fn([tInt], []), [], true), Done: M('Done', fn([], []), [], true), Wait: M('Wait', fn([], []), [], true) }],
  [tMutex, { Lock: M('Lock', fn([], []), [], true), Unlock: M('Unlock', fn([], []), [], true), TryLock: M('TryLock', fn([], [tBool]), [], true) }],
  [tRWMutex, {
    Lock: M('Lock', fn([], []), [], true), Unlock: M('Unlock', fn([], []), [], true),
    RLock: M('RLock', fn([], []), [], true), RUnlock: M('RUnlock', fn([], []), [], true),
  }],
  [tOnce, { Do: M('Do', fn([{ k: 'func', params: [], results: [], variadic: false }], []), ['none'], true) }],
]);

/** Interface method sets (for io.Reader / io.Writer / error conversions). */
export const IFACE_IMPLEMENTERS: Record<string, T[]> = {
  'io.Reader': [tStringsReader, tBytesReader, tBufioReader, tBuffer],
  'io.Writer': [tBuffer, tBuilder],
};

for (const [path, members] of Object.entries(EXTRA_PACKAGES)) STD_PACKAGES[path] = { ...STD_PACKAGES[path], ...members };

export const SUPPORTED_IMPORTS = new Set(Object.keys(STD_PACKAGES));

/** Exported names of the supported packages in go1.23 (`go doc -all`), to tell "not supported" from "undefined". */
const GO_MEMBERS: Record<string, string> = {
  fmt: 'Append Appendf Appendln Errorf FormatString Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln Sscan Sscanf Sscanln State Stringer',
  strings: 'Builder Clone Compare Contains ContainsAny ContainsFunc ContainsRune Count Cut CutPrefix CutSuffix EqualFold Fields FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace ReplaceAll Replacer Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix',
  bytes: 'Buffer Clone Compare Contains ContainsAny ContainsFunc ContainsRune Count Cut CutPrefix CutSuffix Equal EqualFold ErrTooLarge Fields FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny LastIndexByte LastIndexFunc Map MinRead NewBuffer NewBufferString NewReader Reader Repeat Replace ReplaceAll Runes Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix',
  strconv: 'AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote UnquoteChar',
  io: 'SeekCurrent SeekEnd SeekStart ByteReader ByteScanner ByteWriter Closer Copy CopyBuffer CopyN Discard EOF ErrClosedPipe ErrNoProgress ErrShortBuffer ErrShortWrite ErrUnexpectedEOF LimitReader LimitedReader MultiReader MultiWriter NewOffsetWriter NewSectionReader NopCloser OffsetWriter Pipe PipeReader PipeWriter ReadAll ReadAtLeast ReadCloser ReadFull ReadSeekCloser ReadSeeker ReadWriteCloser ReadWriteSeeker ReadWriter Reader ReaderAt ReaderFrom RuneReader RuneScanner SectionReader Seeker StringWriter TeeReader WriteCloser WriteSeeker WriteString Writer WriterAt WriterTo',
  bufio: 'ErrBufferFull ErrInvalidUnreadByte ErrInvalidUnreadRune ErrNegativeCount ErrTooLong MaxScanTokenSize ErrFinalToken NewReadWriter NewReader NewReaderSize NewScanner NewWriter NewWriterSize ReadWriter Reader ScanBytes ScanLines ScanRunes ScanWords Scanner SplitFunc Writer',
  runtime: 'BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers CallersFrames Compiler Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS GOOS GOROOT Goexit GoroutineProfile Gosched KeepAlive LockOSThread MemProfile MemProfileRate MemProfileRecord MemStats MutexProfile NumCPU NumCgoCall NumGoroutine PanicNilError Pinner ReadMemStats ReadTrace SetBlockProfileRate SetCPUProfileRate SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack StackRecord StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread Version',
  sync: 'Cond Locker Map Mutex NewCond Once OnceFunc OnceValue OnceValues Pool RWMutex WaitGroup',
  ...EXTRA_GO_MEMBERS,
};

/** The diagnostic for `pkg.name` missing from the subset: "not supported" if Go has it, else the compiler's "undefined". */
export function missingMemberMessage(path: string, pkgName: string, name: string): string {
  if (!GO_MEMBERS[path]?.split(' ').includes(name)) return `undefined: ${pkgName}.${name}`;
  const have = Object.keys(STD_PACKAGES[path] ?? {}).sort().join(', ');
  return `${pkgName}.${name} is not supported in the playground (its ${path} has ${have})`;
}

/** Values of type bool etc. referenced by the checker for MemStats fields. */
export const _unused = tBool;

/** Types whose values are ErrorVal (errors.New's and the runtime's errors). */
export function isErrorValType(t: T): boolean {
  const n = t.k === 'ptr' ? t.elem : t;
  return n.k === 'named' && !!n.std && (n.pkg === 'errors' || n.pkg === 'runtime') && n.name !== 'MemStats';
}
