// format!/println! support: parses format strings and renders values as the sequence of
// `write_str`/`write_char` calls core::fmt makes (rustc 1.95 library/core/src/fmt/mod.rs,
// num.rs, float.rs, builders.rs). The chunking matters: format! grows its String with one
// push_str per chunk, so a chunk boundary can decide whether a realloc happens.

export interface Placeholder {
  arg: number | string | null;
  debug: boolean;
  alternate: boolean;
  plus: boolean;
  zero: boolean;
  fill: string;
  align: '<' | '>' | '^' | null;
  width: number | null;
  precision: number | null;
  /** `{:x}` `{:X}` `{:b}` `{:o}` (integers only) */
  radix?: 'x' | 'X' | 'b' | 'o';
}

export type FmtPiece = string | Placeholder;

export function parseFormat(s: string): FmtPiece[] {
  const out: FmtPiece[] = [];
  let lit = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '{') {
      if (s[i + 1] === '{') {
        lit += '{';
        i += 2;
        continue;
      }
      const end = s.indexOf('}', i);
      if (end < 0) throw new Error('invalid format string: expected `}` but string was terminated');
      if (lit) out.push(lit);
      lit = '';
      out.push(parseSpec(s.slice(i + 1, end)));
      i = end + 1;
    } else if (c === '}') {
      if (s[i + 1] === '}') {
        lit += '}';
        i += 2;
        continue;
      }
      throw new Error("invalid format string: unmatched `}` found");
    } else {
      lit += c;
      i++;
    }
  }
  if (lit) out.push(lit);
  return out;
}

function parseSpec(inner: string): Placeholder {
  const colon = inner.indexOf(':');
  const argText = (colon < 0 ? inner : inner.slice(0, colon)).trim();
  const spec = colon < 0 ? '' : inner.slice(colon + 1);
  const p: Placeholder = { arg: null, debug: false, alternate: false, plus: false, zero: false, fill: ' ', align: null, width: null, precision: null };
  if (argText !== '') p.arg = /^[0-9]+$/.test(argText) ? Number(argText) : argText;
  if (typeof p.arg === 'string' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.arg)) throw new Error(`invalid format string: invalid argument name \`${p.arg}\``);
  let j = 0;
  const chars = [...spec];
  if (chars.length >= 2 && '<>^'.includes(chars[1])) {
    p.fill = chars[0];
    p.align = chars[1] as '<';
    j = 2;
  } else if (chars.length >= 1 && '<>^'.includes(chars[0])) {
    p.align = chars[0] as '<';
    j = 1;
  }
  if (chars[j] === '+') {
    p.plus = true;
    j++;
  } else if (chars[j] === '-') j++;
  if (chars[j] === '#') {
    p.alternate = true;
    j++;
  }
  if (chars[j] === '0' && /[0-9]/.test(chars[j + 1] ?? '')) {
    p.zero = true;
    j++;
  } else if (chars[j] === '0' && (chars[j + 1] === undefined || chars[j + 1] === '.' || chars[j + 1] === '?')) {
    p.zero = true;
    j++;
  }
  let w = '';
  while (/[0-9]/.test(chars[j] ?? '')) w += chars[j++];
  if (w) p.width = Number(w);
  if (chars[j] === '.') {
    j++;
    let pr = '';
    while (/[0-9]/.test(chars[j] ?? '')) pr += chars[j++];
    if (!pr) throw new Error('invalid format string: expected a precision after `.` (`.N` with a literal N is supported)');
    p.precision = Number(pr);
  }
  if (chars[j] === 'x' || chars[j] === 'X' || chars[j] === 'b' || chars[j] === 'o') p.radix = chars[j++] as 'x';
  if (chars[j] === '?') {
    p.debug = true;
    j++;
  }
  if (j !== chars.length) throw new Error(`invalid format string: unsupported format spec \`{:${spec}}\` (supported: {}, {:?}, {:#?}, {:x}, {:X}, {:b}, {:o}, width, fill/align, +, #, 0, .N)`);
  return p;
}

/** A sink for write_str / write_char calls. */
export type Chunks = string[];

const noOpts = (p: Placeholder): boolean => p.width === null && p.precision === null;

// Formatter::padding + post padding: fill characters are written one write_char at a time.
function padded(out: Chunks, p: Placeholder, width: number, defaultAlign: '<' | '>', body: () => void): void {
  const padding = p.width! - width;
  const align = p.align ?? defaultAlign;
  const pre = align === '<' ? 0 : align === '>' ? padding : padding >> 1;
  const post = padding - pre;
  for (let i = 0; i < pre; i++) out.push(p.fill);
  body();
  for (let i = 0; i < post; i++) out.push(p.fill);
}

const charCount = (s: string): number => [...s].length;

/** Formatter::pad (str, bool, char with options). */
export function fmtPad(out: Chunks, p: Placeholder, s: string): void {
  if (noOpts(p)) {
    out.push(s);
    return;
  }
  if (p.precision !== null) s = [...s].slice(0, p.precision).join('');
  const n = charCount(s);
  if (p.width === null || n >= p.width) {
    out.push(s);
    return;
  }
  padded(out, p, n, '<', () => out.push(s));
}

/** Formatter::pad_integral: sign via write_char, the prefix (`{:#x}`) via write_str, then the digits (with width handling). */
export function fmtIntegral(out: Chunks, p: Placeholder, nonNeg: boolean, digits: string, prefix: string | null = null): void {
  let width = digits.length;
  let sign: string | null = null;
  if (!nonNeg) {
    sign = '-';
    width++;
  } else if (p.plus) {
    sign = '+';
    width++;
  }
  if (prefix) width += prefix.length;
  const writePrefix = () => {
    if (sign) out.push(sign);
    if (prefix) out.push(prefix);
  };
  if (p.width === null || width >= p.width) {
    writePrefix();
    out.push(digits);
  } else if (p.zero) {
    writePrefix();
    for (let i = 0; i < p.width - width; i++) out.push('0');
    out.push(digits);
  } else {
    padded(out, p, width, '>', () => {
      writePrefix();
      out.push(digits);
    });
  }
}

/** `{:x}` and friends (core::fmt::num's GenericRadix): the two's complement bits of the value's type. */
export function fmtRadix(out: Chunks, p: Placeholder, v: number | bigint, bits: number): void {
  const r = p.radix!;
  const u = BigInt.asUintN(bits, BigInt(v));
  const digits = u.toString(r === 'b' ? 2 : r === 'o' ? 8 : 16);
  fmtIntegral(out, p, true, r === 'X' ? digits.toUpperCase() : digits, p.alternate ? (r === 'b' ? '0b' : r === 'o' ? '0o' : '0x') : null);
}

export function fmtInt(out: Chunks, p: Placeholder, v: number | bigint): void {
  const neg = v < 0;
  const digits = (neg ? -(v as number) : v).toString();
  fmtIntegral(out, p, !neg, typeof v === 'bigint' && neg ? (-v).toString() : digits);
}

// ------------------------------------------------------------------------------------------------
// Floats (core::fmt::float): Display = shortest digits without exponent; Debug switches to
// exponent form outside 1e-4 <= |x| < 1e16 and always shows a fractional part.

/** Shortest round-tripping decimal digits and exponent: value = 0.d1d2... * 10^exp. */
function shortest(x: number, f32: boolean): { digits: string; exp: number } {
  let s: string;
  if (f32) {
    s = '';
    for (let prec = 1; prec <= 9; prec++) {
      const t = x.toPrecision(prec);
      if (Math.fround(Number(t)) === x) {
        s = Number(t).toExponential();
        break;
      }
    }
    if (!s) s = x.toExponential();
  } else s = x.toExponential();
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const digits = (m[1] + (m[2] ?? '')).replace(/0+$/, '') || '0';
  return { digits, exp: Number(m[3]) + 1 };
}

// digits_to_dec_str: the parts written by write_formatted_parts (each a write_str).
function decParts(digits: string, exp: number, fracDigits: number): string[] {
  const parts: string[] = [];
  const zeros = (n: number) => {
    while (n > 64) {
      parts.push('0'.repeat(64));
      n -= 64;
    }
    if (n > 0) parts.push('0'.repeat(n));
  };
  if (exp <= 0) {
    const minus = -exp;
    parts.push('0.');
    zeros(minus);
    parts.push(digits);
    if (fracDigits > digits.length + minus) zeros(fracDigits - digits.length - minus);
  } else if (exp < digits.length) {
    parts.push(digits.slice(0, exp), '.', digits.slice(exp));
    if (fracDigits > digits.length - exp) zeros(fracDigits - (digits.length - exp));
  } else {
    parts.push(digits);
    zeros(exp - digits.length);
    if (fracDigits > 0) {
      parts.push('.');
      zeros(fracDigits);
    }
  }
  return parts;
}

// digits_to_exp_str (Debug of very small/large values): d[.ddd]e<exp>
function expParts(digits: string, exp: number, minDigits: number): string[] {
  const parts: string[] = [digits.slice(0, 1)];
  if (digits.length > 1 || minDigits > 1) {
    parts.push('.', digits.slice(1));
    if (minDigits > digits.length) parts.push('0'.repeat(minDigits - digits.length));
  }
  const e = exp - 1;
  parts.push(e < 0 ? 'e-' : 'e', String(Math.abs(e)));
  return parts;
}

/** Exact decimal expansion of a finite double rounded half-to-even at `prec` fraction digits. */
function exactFixed(x: number, prec: number): { digits: string; exp: number } {
  // x = mant * 2^e exactly.
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  // scaled = x * 10^prec as a rational num/den.
  let num = mant * 10n ** BigInt(prec);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r = num - q * den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  const s = q.toString();
  if (q === 0n) return { digits: '0', exp: 1 - prec };
  return { digits: s, exp: s.length - prec };
}

function fixedParts(digits: string, exp: number, prec: number): string[] {
  // value = 0.digits * 10^exp with exactly prec fraction digits.
  if (digits === '0' && prec > 0) return ['0.', '0'.repeat(prec)];
  if (digits === '0') return ['0'];
  if (exp <= 0) {
    const parts = ['0.'];
    if (-exp > 0) parts.push('0'.repeat(-exp));
    parts.push(digits);
    return parts;
  }
  if (exp < digits.length) return [digits.slice(0, exp), '.', digits.slice(exp)];
  const parts = [digits];
  if (exp > digits.length) parts.push('0'.repeat(exp - digits.length));
  return parts;
}

export function fmtFloat(out: Chunks, p: Placeholder, x: number, f32: boolean): void {
  const neg = x < 0 || Object.is(x, -0);
  const sign = Number.isNaN(x) ? '' : neg ? '-' : p.plus ? '+' : '';
  const a = Math.abs(x);
  let parts: string[];
  if (Number.isNaN(x)) parts = ['NaN'];
  else if (a === Infinity) parts = ['inf'];
  else if (p.precision !== null) {
    if (a === 0) parts = p.precision > 0 ? ['0.', '0'.repeat(p.precision)] : ['0'];
    else {
      const { digits, exp } = exactFixed(a, p.precision);
      parts = fixedParts(digits, exp, p.precision);
    }
  } else if (a === 0) parts = p.debug ? ['0', '.', '0'] : ['0'];
  else {
    const { digits, exp } = shortest(a, f32);
    if (p.debug && (a < 1e-4 || a >= 1e16)) parts = expParts(digits, exp, 0);
    else parts = decParts(digits, exp, p.debug ? 1 : 0);
  }
  if (a === 0 && p.precision === null && p.debug) parts = ['0.0'];
  if (p.width === null) {
    if (sign) out.push(sign);
    out.push(...parts);
    return;
  }
  const len = sign.length + parts.reduce((n, s) => n + s.length, 0);
  if (len >= p.width) {
    if (sign) out.push(sign);
    out.push(...parts);
  } else if (p.zero) {
    if (sign) out.push(sign);
    for (let i = 0; i < p.width - len; i++) out.push('0');
    out.push(...parts);
  } else {
    padded(out, p, len, '>', () => {
      if (sign) out.push(sign);
      out.push(...parts);
    });
  }
}

export function fmtChar(out: Chunks, p: Placeholder, c: number): void {
  const s = String.fromCodePoint(c);
  if (noOpts(p)) out.push(s);
  else fmtPad(out, p, s);
}

function escapeDebugChar(c: string, inStr: boolean): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\\':
      return '\\\\';
    case '\0':
      return '\\0';
    case '"':
      return inStr ? '\\"' : '"';
    case "'":
      return inStr ? "'" : "\\'";
  }
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `\\u{${cp.toString(16)}}`;
  return c;
}

export function fmtStrDebug(out: Chunks, s: string): void {
  out.push('"');
  let run = '';
  for (const c of s) {
    const e = escapeDebugChar(c, true);
    if (e === c) run += c;
    else {
      out.push(run);
      run = '';
      out.push(e);
    }
  }
  out.push(run);
  out.push('"');
}

export function fmtCharDebug(out: Chunks, c: number): void {
  out.push("'");
  const s = String.fromCodePoint(c);
  out.push(escapeDebugChar(s, false));
  out.push("'");
}

/** Adds the indentation PadAdapter inserts for {:#?} (pretty Debug) to chunks written inside. */
export function indentChunks(chunks: Chunks, onNewline: { v: boolean }): Chunks {
  const out: Chunks = [];
  for (const c of chunks) {
    let s = '';
    for (const ch of c) {
      if (onNewline.v) s += '    ';
      s += ch;
      onNewline.v = ch === '\n';
    }
    out.push(s);
  }
  return out;
}

/** format!'s starting capacity: Arguments::estimated_capacity (core/fmt/mod.rs:754). */
export function estimatedCapacity(pieces: FmtPiece[]): number {
  let length = 0;
  let startsWithPlaceholder = false;
  let hasArgs = false;
  for (const p of pieces) {
    if (typeof p === 'string') length += utf8Len(p);
    else {
      hasArgs = true;
      if (length === 0) startsWithPlaceholder = true;
    }
  }
  if (!hasArgs) return length;
  if (startsWithPlaceholder && length < 16) return 0;
  return length * 2;
}

export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
