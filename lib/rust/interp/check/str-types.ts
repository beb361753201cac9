// std's types and method names that check/strs.ts and nll/ share, kept free of the Checker so that
// any part can import them: ParseIntError / ParseFloatError (core/src/num/error.rs, dec2flt) with
// their Display texts, and which str methods borrow their receiver.

import { type StructInfo, type Ty } from '../ty';

/** str methods whose result borrows the receiver (for nll/: like `as_str`). */
export const STR_BORROWS_SELF = ['str.trim', 'str.trim_start', 'str.trim_end', 'str.trim_matches', 'str.split_once', 'str.rsplit_once', 'str.strip_prefix', 'str.strip_suffix', 'str.as_bytes'];
/** str iterator sources whose items borrow the receiver. */
export const STR_ITER_SOURCES = new Set(['split', 'split_whitespace', 'lines', 'rsplit', 'split_terminator']);

function enumInfo(name: string, variants: string[]): StructInfo {
  return {
    name, kind: 'named', fields: [], copy: false, clone: true, debug: true, eq: true, methods: new Map(), consts: new Map(), drop: null, display: null,
    variants: variants.map((v) => ({ name: v, kind: 'unit', fields: [] })),
  };
}

/** core::num::ParseIntError { kind: IntErrorKind } and ParseFloatError { kind: FloatErrorKind }, Display as std words it. */
export const INT_ERROR_KINDS = ['Empty', 'InvalidDigit', 'PosOverflow', 'NegOverflow', 'Zero'];
const INT_ERROR_TEXT = ['cannot parse integer from empty string', 'invalid digit found in string', 'number too large to fit in target type', 'number too small to fit in target type', 'number would be zero for non-zero type'];
export const FLOAT_ERROR_KINDS = ['Empty', 'Invalid'];
const FLOAT_ERROR_TEXT = ['cannot parse float from empty string', 'invalid float literal'];

function parseErrorInfo(name: string, kindName: string, kinds: string[], texts: string[]): StructInfo {
  const kind: Ty = { k: 'struct', s: enumInfo(kindName, kinds) };
  return {
    name, kind: 'named', fields: [{ name: 'kind', ty: kind }], copy: false, clone: true, debug: true, eq: true, methods: new Map(), consts: new Map(), drop: null,
    // a marker: Display comes from nativeFmt (the Machine's userFmt asks for it first)
    display: { name: 'fmt' } as StructInfo['display'],
    nativeFmt: (v: unknown, out: string[]) => out.push(texts[((v as unknown[])[0] as unknown[])[0] as number]),
  };
}

export const PARSE_INT_ERROR = parseErrorInfo('ParseIntError', 'IntErrorKind', INT_ERROR_KINDS, INT_ERROR_TEXT);
export const PARSE_FLOAT_ERROR = parseErrorInfo('ParseFloatError', 'FloatErrorKind', FLOAT_ERROR_KINDS, FLOAT_ERROR_TEXT);
