// Integer and float arithmetic with Go semantics on JS numbers.
//
// int, int64, uint, uint64 and uintptr values are JS numbers while they fit in ±(2^53-1), and
// BigInts beyond (always normalised: a value is a bigint exactly when it is outside the safe range,
// so `===` and `<` compare correctly across the two). Operations take a fast path on two numbers
// and fall back to BigInt (BigInt.asIntN / asUintN for the 64-bit wrap-around) when an operand or
// the result leaves the safe range, so overflow, hashing and LCG arithmetic are exact.
// Narrower types (int8..int32, uint8..uint32) are always numbers and wrap with bit operations.

import { GoPanicSignal } from './values';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
export type I64 = number | bigint;

export function divZero(): never {
  throw new GoPanicSignal('runtime error: integer divide by zero');
}

/** The canonical representation of a 64-bit value held as a bigint. */
export function norm(b: bigint): I64 {
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}
export function big(a: I64): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}
const s64 = (b: bigint): I64 => norm(BigInt.asIntN(64, b));
const u64 = (b: bigint): I64 => norm(BigInt.asUintN(64, b));

/** A (possibly fractional or huge) number wrapped to int64 / uint64. */
export function wrap64(x: I64): I64 {
  if (typeof x === 'bigint') return s64(x);
  if (x <= MAX_SAFE && x >= -MAX_SAFE) return x;
  if (!Number.isFinite(x)) return 0;
  return s64(BigInt(Math.trunc(x)));
}
export function wrapU64(x: I64): I64 {
  if (typeof x === 'bigint') return u64(x);
  if (x >= 0 && x <= MAX_SAFE) return x;
  if (!Number.isFinite(x)) return 0;
  return u64(BigInt(Math.trunc(x)));
}

export function add64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return s64(big(a) + big(b));
}
export function sub64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return s64(big(a) - big(b));
}
export function mul64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return s64(big(a) * big(b));
}
export function addU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return u64(big(a) + big(b));
}
export function subU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return u64(big(a) - big(b));
}
export function mulU64(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return u64(big(a) * big(b));
}
/** Truncated division (exact: a - a%b is a multiple of b). */
export function div64(a: I64, b: I64): I64 {
  if (b === 0) divZero();
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === -1) return a === 0 ? 0 : -a;
    const q = (a - (a % b)) / b;
    return q === 0 ? 0 : q;
  }
  return s64(big(a) / big(b));
}
export function divU64(a: I64, b: I64): I64 {
  if (b === 0) divZero();
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b;
  return u64(big(a) / big(b));
}
export function mod64(a: I64, b: I64): I64 {
  if (b === 0) divZero();
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return norm(big(a) % big(b));
}
export function neg64(a: I64): I64 {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return s64(-a);
}
export function negU64(a: I64): I64 {
  return u64(-big(a));
}
export function not64(a: I64): I64 {
  if (typeof a === 'number') return -a - 1;
  return s64(~a);
}
export function notU64(a: I64): I64 {
  return u64(~big(a));
}

const small = (a: I64): a is number => typeof a === 'number' && (a | 0) === a;
export function and64(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a & b;
  return s64(big(a) & big(b));
}
export function or64(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a | b;
  return s64(big(a) | big(b));
}
export function xor64(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a ^ b;
  return s64(big(a) ^ big(b));
}
export function andNot64(a: I64, b: I64): I64 {
  if (small(a) && small(b)) return a & ~b;
  return s64(big(a) & ~big(b));
}
const smallU = (a: I64): a is number => typeof a === 'number' && a >= 0 && a <= 0x7fffffff;
export function andU64(a: I64, b: I64): I64 {
  if (smallU(a) && smallU(b)) return a & b;
  return u64(big(a) & big(b));
}
export function orU64(a: I64, b: I64): I64 {
  if (smallU(a) && smallU(b)) return a | b;
  return u64(big(a) | big(b));
}
export function xorU64(a: I64, b: I64): I64 {
  if (smallU(a) && smallU(b)) return a ^ b;
  return u64(big(a) ^ big(b));
}
export function andNotU64(a: I64, b: I64): I64 {
  return u64(big(a) & ~big(b));
}
export function shl64(a: I64, n: I64, unsigned: boolean): I64 {
  if (n < 0) throw new GoPanicSignal('runtime error: negative shift amount');
  if (n >= 64) return 0;
  const k = Number(n);
  if (typeof a === 'number') {
    const r = a * 2 ** k;
    if (unsigned ? r <= MAX_SAFE : r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return unsigned ? u64(big(a) << BigInt(k)) : s64(big(a) << BigInt(k));
}
export function shr64(a: I64, n: I64): I64 {
  if (n < 0) throw new GoPanicSignal('runtime error: negative shift amount');
  if (n >= 64) return a < 0 ? -1 : 0;
  const k = Number(n);
  if (typeof a === 'number') return Math.floor(a / 2 ** k);
  return norm(a >> BigInt(k));
}

/** Wraps an integer (number) to a narrow type. */
export function wrapBits(x: number, bits: number, signed: boolean): number {
  switch (bits) {
    case 8:
      return signed ? (x << 24) >> 24 : x & 0xff;
    case 16:
      return signed ? (x << 16) >> 16 : x & 0xffff;
    case 32:
      return signed ? x | 0 : x >>> 0;
    default:
      return x;
  }
}

/** Converts any integer or float value to an integer type (floats truncate; integers wrap). */
export function toInt(x: I64, bits: number, signed: boolean): I64 {
  if (typeof x === 'bigint') {
    if (bits === 64) return signed ? s64(x) : u64(x);
    return wrapBits(Number(BigInt.asIntN(32, x)), bits, signed);
  }
  if (!Number.isFinite(x)) return signed && bits === 64 ? -9223372036854775808n : 0;
  const t = Math.trunc(x);
  if (bits === 64) {
    if (t <= MAX_SAFE && t >= -MAX_SAFE && (signed || t >= 0)) return t === 0 ? 0 : t;
    return signed ? s64(BigInt(t)) : u64(BigInt(t));
  }
  if (Math.abs(t) > 2 ** 31) return wrapBits(Number(BigInt.asIntN(32, BigInt(t))), bits, signed);
  return wrapBits(t, bits, signed);
}

/** A 64-bit integer as a float (int → float64 conversion). */
export function toFloat(x: I64): number {
  return typeof x === 'bigint' ? Number(x) : x;
}
