// Signatures of the second part of the library subset: errors, unsafe, the rest of strings and
// bytes, strconv, sort, slices, unicode, unicode/utf8, math, runtime/debug and testing, with the
// escape facts go1.23.5 derives for them (`go build -gcflags=-m` on the packages: which parameters
// leak) and their inline costs (`-gcflags=-m=2`). Implementations: lib-errors.ts, lib-strings.ts,
// lib-strconv.ts, lib-sort.ts, lib-misc.ts.

import type { ConstVal } from './constants';
import type { Leak, StdFunc, StdMember } from './std';
import {
  tAny, tBool, tByte, tByteSlice, tError, tFloat64, tInt, tInt64, tRune, tString, tUintptr, tUntypedFloat, tUntypedInt, typeString, underlying, type T,
} from './types';

type Sig = Extract<T, { k: 'func' }>;
const fn = (params: T[], results: T[], variadic = false): Sig => ({ k: 'func', params, results, variadic });
const F = (pkg: string, name: string, sig: Sig, leaks: Leak[], extra: Partial<StdFunc> = {}): StdFunc => ({ kind: 'func', pkg, name, sig, leaks, ...extra });
const C = (pkg: string, name: string, type: T, val: ConstVal): StdMember => ({ kind: 'const', pkg, name, type, val });
const B = (pkg: string, name: string): StdMember => ({ kind: 'builtin', pkg, name });

const tStrings: T = { k: 'slice', elem: tString };
const tInts: T = { k: 'slice', elem: tInt };
const tByteSlices: T = { k: 'slice', elem: tByteSlice };
const tRuneMap: T = fn([tRune], [tRune]);
const tLess: T = fn([tInt, tInt], [tBool]);
const tPred: T = fn([tInt], [tBool]);

/** Generic functions of slices: the signature instantiated from the first argument's type (S ~[]E). */
function sliceGeneric(make: (s: T, e: T) => Sig): (args: T[]) => Sig | null {
  return (args) => {
    const s = args[0];
    const u = s ? underlying(s) : null;
    if (!u || u.k !== 'slice') return null;
    return make(s, u.elem);
  };
}
/** iter.Seq[E] (iter/iter.go): what maps.Keys and maps.Values return. */
export const seqOf = (e: T): T => ({ k: 'named', pkg: 'iter', name: `Seq[${typeString(e)}]`, underlying: fn([fn([e], [tBool])], []) });
/** The element type of an iter.Seq made by seqOf, or null. */
export function seqElem(t: T | undefined): T | null {
  if (!t || t.k !== 'named' || t.pkg !== 'iter' || !t.name.startsWith('Seq[')) return null;
  return ((t.underlying as Sig).params[0] as Sig).params[0];
}
/** maps.Keys and maps.Values: M ~map[K]V from the argument. */
function mapGeneric(values: boolean): (args: T[]) => Sig | null {
  return (args) => {
    const u = args[0] ? underlying(args[0]) : null;
    if (!u || u.k !== 'map') return null;
    return fn([args[0]], [seqOf(values ? u.elem : u.key)]);
  };
}
/** slices.Collect and slices.Sorted: E from the iter.Seq[E] argument. */
function seqGeneric(needOrdered: boolean): (args: T[]) => Sig | null {
  return (args) => {
    const e = seqElem(args[0]);
    if (!e || (needOrdered && !ordered(e))) return null;
    return fn([args[0]], [{ k: 'slice', elem: e }]);
  };
}
const ORDERED_UNION = '~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string';
/** types2's inference failures for maps.Keys/Values and slices.Collect/Sorted (positions of go1.23.5's sources). */
const cannotInfer = (call: string, param: string, at: string) => (args: T[]): string => {
  const e = seqElem(args[0]);
  if (e && call === 'slices.Sorted') return `${typeString(e)} does not satisfy cmp.Ordered (${typeString(e)} missing in ${ORDERED_UNION})`;
  return `in call to ${call}, cannot infer ${param} ($GOROOT/src/${at})`;
};
const ordered = (e: T): boolean => {
  const u = underlying(e);
  return u.k === 'basic' && u.name !== 'bool';
};

const i = (v: bigint): ConstVal => ({ k: 'int', v });
const maxInt64 = 2n ** 63n - 1n;

const S = 'strings';
const BY = 'bytes';

const orderedTypes: T[] = ['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'string'].map(
  (name) => ({ k: 'basic', name }) as T,
);
const tOrdered: T = {
  k: 'named',
  pkg: 'cmp',
  name: 'Ordered',
  underlying: { k: 'iface', name: 'cmp.Ordered', methods: [], unions: [orderedTypes.map((type) => ({ tilde: true, type }))] },
};

export const EXTRA_PACKAGES: Record<string, Record<string, StdMember>> = {
  unsafe: { Sizeof: B('unsafe', 'Sizeof'), Alignof: B('unsafe', 'Alignof'), Offsetof: B('unsafe', 'Offsetof') },
  errors: {
    New: F('errors', 'New', fn([tString], [tError]), ['heap'], { allocs: true }),
    // The variadic slice stays on the stack; the errors go into make([]error, 0, n), always on the heap.
    Join: F('errors', 'Join', fn([{ k: 'slice', elem: tError }], [tError], true), ['content'], { allocs: true, msgs: ['make([]error, 0, errors.n) escapes to heap'] }),
    Is: F('errors', 'Is', fn([tError, tError], [tBool]), ['heap', 'heap']),
    As: F('errors', 'As', fn([tError, tAny], [tBool]), ['heap', 'heap']),
    Unwrap: F('errors', 'Unwrap', fn([tError], [tError]), ['heap']),
  },
  strings: {
    Fields: F(S, 'Fields', fn([tString], [tStrings]), ['heap']),
    Split: F(S, 'Split', fn([tString, tString], [tStrings]), ['heap', 'none']),
    SplitN: F(S, 'SplitN', fn([tString, tString, tInt], [tStrings]), ['heap', 'none', 'none']),
    Join: F(S, 'Join', fn([tStrings, tString], [tString]), ['resultContent', 'none']),
    Contains: F(S, 'Contains', fn([tString, tString], [tBool]), ['none', 'none']),
    ContainsRune: F(S, 'ContainsRune', fn([tString, tRune], [tBool]), ['none', 'none']),
    Index: F(S, 'Index', fn([tString, tString], [tInt]), ['none', 'none']),
    IndexByte: F(S, 'IndexByte', fn([tString, tByte], [tInt]), ['none', 'none']),
    LastIndex: F(S, 'LastIndex', fn([tString, tString], [tInt]), ['none', 'none']),
    HasPrefix: F(S, 'HasPrefix', fn([tString, tString], [tBool]), ['none', 'none']),
    HasSuffix: F(S, 'HasSuffix', fn([tString, tString], [tBool]), ['none', 'none']),
    TrimSpace: F(S, 'TrimSpace', fn([tString], [tString]), ['result']),
    Trim: F(S, 'Trim', fn([tString, tString], [tString]), ['result', 'none']),
    TrimPrefix: F(S, 'TrimPrefix', fn([tString, tString], [tString]), ['result', 'none']),
    TrimSuffix: F(S, 'TrimSuffix', fn([tString, tString], [tString]), ['result', 'none']),
    ToUpper: F(S, 'ToUpper', fn([tString], [tString]), ['result']),
    ToLower: F(S, 'ToLower', fn([tString], [tString]), ['result']),
    Map: F(S, 'Map', fn([tRuneMap, tString], [tString]), ['none', 'none']),
    Replace: F(S, 'Replace', fn([tString, tString, tString, tInt], [tString]), ['result', 'none', 'none', 'none']),
    ReplaceAll: F(S, 'ReplaceAll', fn([tString, tString, tString], [tString]), ['result', 'none', 'none']),
    Count: F(S, 'Count', fn([tString, tString], [tInt]), ['none', 'none']),
    EqualFold: F(S, 'EqualFold', fn([tString, tString], [tBool]), ['none', 'none']),
    Cut: F(S, 'Cut', fn([tString, tString], [tString, tString, tBool]), ['none', 'none']),
  },
  bytes: {
    Equal: F(BY, 'Equal', fn([tByteSlice, tByteSlice], [tBool]), ['none', 'none'], { msgs: ['string(bytes.a) does not escape', 'string(bytes.b) does not escape'] }),
    Contains: F(BY, 'Contains', fn([tByteSlice, tByteSlice], [tBool]), ['none', 'none'], { mutates: [0, 1] }),
    Index: F(BY, 'Index', fn([tByteSlice, tByteSlice], [tInt]), ['none', 'none'], { mutates: [0, 1] }),
    HasPrefix: F(BY, 'HasPrefix', fn([tByteSlice, tByteSlice], [tBool]), ['none', 'none'], { msgs: ['string(bytes.a) does not escape', 'string(bytes.b) does not escape'] }),
    TrimSpace: F(BY, 'TrimSpace', fn([tByteSlice], [tByteSlice]), ['none']),
    Fields: F(BY, 'Fields', fn([tByteSlice], [tByteSlices]), ['heap'], { mutates: [0] }),
    Split: F(BY, 'Split', fn([tByteSlice, tByteSlice], [tByteSlices]), ['heap', 'none'], { mutates: [0, 1] }),
    Join: F(BY, 'Join', fn([tByteSlices, tByteSlice], [tByteSlice]), ['none', 'none']),
    ToUpper: F(BY, 'ToUpper', fn([tByteSlice], [tByteSlice]), ['none']),
  },
  // strconv beyond Itoa (std.ts): `go build -gcflags=strconv=-m` leaks nothing of these parameters
  // but AppendInt's dst (to its result); lib-strconv.ts has the allocations.
  strconv: {
    Atoi: F('strconv', 'Atoi', fn([tString], [tInt, tError]), ['none']),
    ParseInt: F('strconv', 'ParseInt', fn([tString, tInt, tInt], [tInt64, tError]), ['none', 'none', 'none']),
    ParseBool: F('strconv', 'ParseBool', fn([tString], [tBool, tError]), ['none'], {
      // inlined, with syntaxError's &NumError{fn, stringslite.Clone(str), ErrSyntax}: on the stack when the error does not escape
      msgs: ['make([]byte, len(stringslite.s)) escapes to heap'],
      resultSite: '&strconv.NumError{...}',
      resultSiteIndex: 1,
    }),
    ParseFloat: F('strconv', 'ParseFloat', fn([tString, tInt], [tFloat64, tError]), ['none', 'none']),
    FormatInt: F('strconv', 'FormatInt', fn([tInt64, tInt], [tString]), ['none', 'none']),
    FormatBool: F('strconv', 'FormatBool', fn([tBool], [tString]), ['none']),
    FormatFloat: F('strconv', 'FormatFloat', fn([tFloat64, tByte, tInt, tInt], [tString]), ['none', 'none', 'none', 'none'], {
      msgs: [
        'make([]byte, 0, max(strconv.prec + 4, 24)) escapes to heap',
      ],
      resultSite: 'string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))',
    }),
    AppendInt: F('strconv', 'AppendInt', fn([tByteSlice, tInt64, tInt], [tByteSlice]), ['result', 'none', 'none']),
    Quote: F('strconv', 'Quote', fn([tString], [tString]), ['none'], {
      msgs: [
        'make([]byte, 0, 3 * len(strconv.s) / 2) escapes to heap',
      ],
      resultSite: 'string(strconv.appendQuotedWith(make([]byte, 0, 3 * len(strconv.s) / 2), strconv.s, strconv.quote, strconv.ASCIIonly, strconv.graphicOnly))',
    }),
  },
  sort: {
    Slice: F('sort', 'Slice', fn([tAny, tLess], []), ['heap', 'none']),
    SliceStable: F('sort', 'SliceStable', fn([tAny, tLess], []), ['heap', 'none']),
    Ints: F('sort', 'Ints', fn([tInts], []), ['none']),
    Strings: F('sort', 'Strings', fn([tStrings], []), ['none']),
    Search: F('sort', 'Search', fn([tInt, tPred], [tInt]), ['none', 'none']),
  },
  slices: {
    Sort: F('slices', 'Sort', fn([tAny], []), ['none'], { generic: sliceGeneric((s, e) => (ordered(e) ? fn([s], []) : null)!) }),
    SortFunc: F('slices', 'SortFunc', fn([tAny, tAny], []), ['none', 'none'], { generic: sliceGeneric((s, e) => fn([s, fn([e, e], [tInt])], [])) }),
    Contains: F('slices', 'Contains', fn([tAny, tAny], [tBool]), ['none', 'none'], { generic: sliceGeneric((s, e) => fn([s, e], [tBool])) }),
    Index: F('slices', 'Index', fn([tAny, tAny], [tInt]), ['none', 'none'], { generic: sliceGeneric((s, e) => fn([s, e], [tInt])) }),
    Grow: F('slices', 'Grow', fn([tAny, tInt], [tAny]), ['none', 'none'], { msgs: ['"cannot be negative" escapes to heap', 'make([]{E}, slices.n) escapes to heap'], generic: sliceGeneric((s) => fn([s, tInt], [s])) }),
    Clip: F('slices', 'Clip', fn([tAny], [tAny]), ['none'], { generic: sliceGeneric((s) => fn([s], [s])) }),
    Max: F('slices', 'Max', fn([tAny], [tAny]), ['none'], { msgs: ['"slices.Max: empty list" escapes to heap'], generic: sliceGeneric((s, e) => (ordered(e) ? fn([s], [e]) : null)!) }),
    Min: F('slices', 'Min', fn([tAny], [tAny]), ['none'], { msgs: ['"slices.Min: empty list" escapes to heap'], generic: sliceGeneric((s, e) => (ordered(e) ? fn([s], [e]) : null)!) }),
    Reverse: F('slices', 'Reverse', fn([tAny], []), ['none'], { generic: sliceGeneric((s) => fn([s], [])) }),
    Clone: F('slices', 'Clone', fn([tAny], [tAny]), ['result'], { generic: sliceGeneric((s) => fn([s], [s])) }),
    Equal: F('slices', 'Equal', fn([tAny, tAny], [tBool]), ['none', 'none'], { generic: sliceGeneric((s) => fn([s, s], [tBool])) }),
    Insert: F('slices', 'Insert', fn([tAny, tInt, tAny], [tAny], true), ['contentAndResult', 'none', 'content'], { generic: sliceGeneric((s, e) => fn([s, tInt, { k: 'slice', elem: e }], [s], true)) }),
    Collect: F('slices', 'Collect', fn([tAny], [tAny]), ['none'], { generic: seqGeneric(false), inferError: cannotInfer('slices.Collect', 'E', 'slices/iter.go:57:14') }),
    Sorted: F('slices', 'Sorted', fn([tAny], [tAny]), ['none'], { generic: seqGeneric(true), inferError: cannotInfer('slices.Sorted', 'E', 'slices/iter.go:63:13') }),
    BinarySearch: F('slices', 'BinarySearch', fn([tAny, tAny], [tInt, tBool]), ['none', 'none'], { generic: sliceGeneric((s, e) => (ordered(e) ? fn([s, e], [tInt, tBool]) : null)!) }),
  },
  // Keys leaves the map alone; Values lets what the values point to leak (the collected slice holds them).
  maps: {
    Keys: F('maps', 'Keys', fn([tAny], [tAny]), ['none'], { msgs: ['func literal does not escape'], generic: mapGeneric(false), inferError: cannotInfer('maps.Keys', 'K', 'maps/iter.go:25:25') }),
    Values: F('maps', 'Values', fn([tAny], [tAny]), ['content'], { msgs: ['func literal does not escape'], generic: mapGeneric(true), inferError: cannotInfer('maps.Values', 'K', 'maps/iter.go:38:27') }),
  },
  unicode: Object.fromEntries(
    ['IsUpper', 'IsLower', 'IsDigit', 'IsSpace', 'IsLetter'].map((n) => [n, F('unicode', n, fn([tRune], [tBool]), ['none'])] as [string, StdMember])
      .concat(['ToUpper', 'ToLower'].map((n) => [n, F('unicode', n, fn([tRune], [tRune]), ['none'])])),
  ),
  // cmp.Ordered: the constraint of ordered types (cmp/cmp.go), for type parameters.
  cmp: {
    Ordered: { kind: 'type', pkg: 'cmp', name: 'Ordered', type: tOrdered },
  },
  'unicode/utf8': {
    RuneCountInString: F('utf8', 'RuneCountInString', fn([tString], [tInt]), ['none']),
    RuneLen: F('utf8', 'RuneLen', fn([tRune], [tInt]), ['none']),
    DecodeRuneInString: F('utf8', 'DecodeRuneInString', fn([tString], [tRune, tInt]), ['none']),
    EncodeRune: F('utf8', 'EncodeRune', fn([tByteSlice, tRune], [tInt]), ['none', 'none']),
    ValidString: F('utf8', 'ValidString', fn([tString], [tBool]), ['none']),
    RuneError: C('utf8', 'RuneError', { k: 'untyped', name: 'untyped rune' }, i(0xfffdn)),
    UTFMax: C('utf8', 'UTFMax', tUntypedInt, i(4n)),
  },
  math: {
    MaxInt: C('math', 'MaxInt', tUntypedInt, i(maxInt64)),
    MinInt: C('math', 'MinInt', tUntypedInt, i(-(2n ** 63n))),
    MaxInt64: C('math', 'MaxInt64', tUntypedInt, i(maxInt64)),
    MinInt64: C('math', 'MinInt64', tUntypedInt, i(-(2n ** 63n))),
    MaxInt32: C('math', 'MaxInt32', tUntypedInt, i(2n ** 31n - 1n)),
    MinInt32: C('math', 'MinInt32', tUntypedInt, i(-(2n ** 31n))),
    MaxUint32: C('math', 'MaxUint32', tUntypedInt, i(2n ** 32n - 1n)),
    MaxFloat64: C('math', 'MaxFloat64', tUntypedFloat, { k: 'float', v: Number.MAX_VALUE }),
    Pi: C('math', 'Pi', tUntypedFloat, { k: 'float', v: Math.PI }),
    Sqrt: F('math', 'Sqrt', fn([tFloat64], [tFloat64]), ['none']),
    Floor: F('math', 'Floor', fn([tFloat64], [tFloat64]), ['none']),
    Ceil: F('math', 'Ceil', fn([tFloat64], [tFloat64]), ['none']),
    Abs: F('math', 'Abs', fn([tFloat64], [tFloat64]), ['none']),
    Pow: F('math', 'Pow', fn([tFloat64, tFloat64], [tFloat64]), ['none', 'none']),
    Log2: F('math', 'Log2', fn([tFloat64], [tFloat64]), ['none']),
    Inf: F('math', 'Inf', fn([tInt], [tFloat64]), ['none']),
    Min: F('math', 'Min', fn([tFloat64, tFloat64], [tFloat64]), ['none', 'none']),
    Max: F('math', 'Max', fn([tFloat64, tFloat64], [tFloat64]), ['none', 'none']),
  },
  'runtime/debug': {
    SetGCPercent: F('debug', 'SetGCPercent', fn([tInt], [tInt]), ['none']),
    SetMemoryLimit: F('debug', 'SetMemoryLimit', fn([tInt64], [tInt64]), ['none']),
    FreeOSMemory: F('debug', 'FreeOSMemory', fn([], []), []),
  },
  testing: {
    AllocsPerRun: F('testing', 'AllocsPerRun', fn([tInt, fn([], [])], [tFloat64]), ['none', 'none']),
  },
};

/** Inline costs (`-m=2`'s "can inline F with cost N"); null: never inlined (too costly, or an intrinsic). */
export const EXTRA_INLINE_COST: Record<string, number | null> = {
  'errors.New': 6, 'errors.Join': 54, 'errors.Is': null, 'errors.As': null, 'errors.Unwrap': 79, 'fmt.Errorf': null,
  'strings.Fields': null, 'strings.Split': 64, 'strings.SplitN': 64, 'strings.Join': null, 'strings.Contains': 69,
  'strings.ContainsRune': 64, 'strings.Index': 62, 'strings.IndexByte': 67, 'strings.LastIndex': null, 'strings.HasPrefix': 19,
  'strings.HasSuffix': 21, 'strings.TrimSpace': null, 'strings.Trim': null, 'strings.TrimPrefix': 31, 'strings.TrimSuffix': 36,
  'strings.ToUpper': null, 'strings.ToLower': null, 'strings.Map': null, 'strings.Replace': null, 'strings.ReplaceAll': 64,
  'strings.Count': null, 'strings.EqualFold': null, 'strings.Cut': 75,
  'bytes.Equal': 6, 'bytes.Contains': 64, 'bytes.Index': null, 'bytes.HasPrefix': 21, 'bytes.TrimSpace': null, 'bytes.Fields': null,
  'bytes.Split': 64, 'bytes.Join': null, 'bytes.ToUpper': null,
  'strconv.Atoi': null, 'strconv.ParseInt': null, 'strconv.ParseFloat': null, 'strconv.FormatInt': null, 'strconv.FormatFloat': 72,
  'strconv.AppendInt': null, 'strconv.Quote': 80, 'strconv.ParseBool': 65, 'strconv.FormatBool': 6,
  'sort.Slice': null, 'sort.SliceStable': null, 'sort.Ints': 60, 'sort.Strings': 60, 'sort.Search': null,
  'slices.Sort': 60, 'slices.SortFunc': 60, 'slices.Contains': 60, 'slices.Index': 60, 'slices.Grow': 60, 'slices.Clip': 10,
  'slices.Max': 60, 'slices.Min': 60, 'slices.Reverse': 60, 'slices.BinarySearch': null,
  'slices.Clone': 13, 'slices.Equal': 32, 'slices.Insert': 65, 'slices.Collect': 72, 'slices.Sorted': null, 'maps.Keys': 23, 'maps.Values': 23,
  'unicode.IsUpper': 76, 'unicode.IsLower': 76, 'unicode.IsDigit': 74, 'unicode.IsSpace': null, 'unicode.IsLetter': 76,
  'unicode.ToUpper': null, 'unicode.ToLower': null,
  'utf8.RuneCountInString': null, 'utf8.RuneLen': 43, 'utf8.DecodeRuneInString': null, 'utf8.EncodeRune': null, 'utf8.ValidString': null,
  'math.Sqrt': 4, 'math.Floor': null, 'math.Ceil': null, 'math.Abs': 14, 'math.Pow': 62, 'math.Log2': 62, 'math.Inf': 21,
  'math.Min': 62, 'math.Max': 62,
  'debug.SetGCPercent': 63, 'debug.SetMemoryLimit': 61, 'debug.FreeOSMemory': 59,
  'testing.AllocsPerRun': null,
  'bytes.Buffer.ReadString': 69, 'bytes.Buffer.ReadByte': 50, 'bytes.Buffer.WriteRune': null, 'bytes.Buffer.Truncate': 55,
  'bytes.Buffer.Next': 51, 'bytes.Buffer.Available': 8, 'bytes.Buffer.AvailableBuffer': 7, 'strings.Builder.WriteRune': null,
};

/** Exported names in go1.23 of the packages added here (`go doc`), to tell "not supported" from "undefined". */
export const EXTRA_GO_MEMBERS: Record<string, string> = {
  cmp: 'Compare Less Or Ordered',
  unsafe: 'Add Alignof Offsetof Pointer Sizeof Slice SliceData String StringData',
  errors: 'As ErrUnsupported Is Join New Unwrap',
  sort: 'Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted IsSorted Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted SliceStable Sort Stable StringSlice Strings StringsAreSorted',
  slices: 'All AppendSeq Backward BinarySearch BinarySearchFunc Chunk Clip Clone Collect Compact CompactFunc Compare CompareFunc Concat Contains ContainsFunc Delete DeleteFunc Equal EqualFunc Grow Index IndexFunc Insert IsSorted IsSortedFunc Max MaxFunc Min MinFunc Repeat Replace Reverse Sort SortFunc SortStableFunc Sorted SortedFunc SortedStableFunc Values',
  maps: 'All Clone Collect Copy DeleteFunc Equal EqualFunc Insert Keys Values',
  unicode: 'In Is IsControl IsDigit IsGraphic IsLetter IsLower IsMark IsNumber IsOneOf IsPrint IsPunct IsSpace IsSymbol IsTitle IsUpper MaxASCII MaxCase MaxLatin1 MaxRune ReplacementChar SimpleFold To ToLower ToTitle ToUpper UpperCase LowerCase TitleCase Letter Digit Space Upper Lower',
  'unicode/utf8': 'AppendRune DecodeLastRune DecodeLastRuneInString DecodeRune DecodeRuneInString EncodeRune FullRune FullRuneInString MaxRune RuneCount RuneCountInString RuneError RuneLen RuneSelf RuneStart UTFMax Valid ValidRune ValidString',
  math: 'Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits Float64frombits Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10 Ln2 Log Log10 Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16 MaxInt32 MaxInt64 MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt MinInt16 MinInt32 MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi Pow Pow10 Remainder Round RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32 SmallestNonzeroFloat64 Sqrt Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn',
  'runtime/debug': 'BuildInfo BuildSetting FreeOSMemory GCStats Module ParseBuildInfo PrintStack ReadBuildInfo ReadGCStats SetCrashOutput SetGCPercent SetMaxStack SetMaxThreads SetMemoryLimit SetPanicOnFault SetTraceback Stack WriteHeapDump',
  testing: 'AllocsPerRun B BenchmarkResult Benchmark Cover CoverBlock CoverMode Coverage F InternalBenchmark InternalExample InternalFuzzTarget InternalTest M MainStart PB RegisterCover RunBenchmarks RunExamples RunTests Short T TB Testing Verbose',
};

/** Package name of an import path. */
export const pkgNameOf = (path: string): string => path.split('/').pop()!;

export const _extraTypes = [tInt64, tUintptr];
