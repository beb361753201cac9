// Integer arithmetic with Rust's widths and *release* semantics (the corpus is built with -O:
// overflow wraps, no panic; shift amounts are masked to the width). Division by zero and
// MIN / -1 panic in release too.
//
// Representation: 8/16/32-bit values are JS numbers. 64/128-bit values (and usize/isize) are
// numbers while |v| <= 2^53 - 1 and BigInt beyond; every operation has a number fast path and
// falls back to BigInt (then normalises back to a number when the result is small again).

import { intBits, isSigned, type IntName } from './ty';

export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export class ArithPanic extends Error {}

/** Canonical form: a number when it is a safe integer, else a BigInt. */
export function norm(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export function wrapBig(v: bigint, bits: number, signed: boolean): Int {
  return norm(signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
}

/** Wraps any integer (number or bigint) into the type's range. */
export function wrapTo(name: IntName, v: Int): Int {
  const bits = intBits(name);
  const signed = isSigned(name);
  if (typeof v === 'number') {
    switch (name) {
      case 'u8':
        return v & 0xff;
      case 'u16':
        return v & 0xffff;
      case 'u32':
        return v >>> 0;
      case 'i8':
        return (v << 24) >> 24;
      case 'i16':
        return (v << 16) >> 16;
      case 'i32':
        return v | 0;
    }
    if (v >= 0 || signed) return v; // safe integers always fit 64/128-bit types (of the same sign)
  }
  // numbers beyond 2^31 lose bits with JS bitwise ops: go through BigInt
  if (bits <= 32 && typeof v === 'number') return Number(signed ? BigInt.asIntN(bits, BigInt(v)) : BigInt.asUintN(bits, BigInt(v)));
  return wrapBig(big(v), bits, signed);
}

export function minOf(name: IntName): Int {
  const bits = intBits(name);
  return isSigned(name) ? norm(-(1n << BigInt(bits - 1))) : 0;
}

export function maxOf(name: IntName): Int {
  const bits = intBits(name);
  return norm(isSigned(name) ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n);
}

type Bin = (a: Int, b: Int) => Int;

function small(name: IntName): boolean {
  return intBits(name) <= 32;
}

export function addFn(name: IntName): Bin {
  switch (name) {
    case 'u8':
      return (a, b) => ((a as number) + (b as number)) & 0xff;
    case 'u16':
      return (a, b) => ((a as number) + (b as number)) & 0xffff;
    case 'u32':
      return (a, b) => ((a as number) + (b as number)) >>> 0;
    case 'i8':
      return (a, b) => (((a as number) + (b as number)) << 24) >> 24;
    case 'i16':
      return (a, b) => (((a as number) + (b as number)) << 16) >> 16;
    case 'i32':
      return (a, b) => ((a as number) + (b as number)) | 0;
  }
  const bits = intBits(name);
  const signed = isSigned(name);
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a + b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE && (signed || r >= 0)) return r;
    }
    return wrapBig(big(a) + big(b), bits, signed);
  };
}

export function subFn(name: IntName): Bin {
  switch (name) {
    case 'u8':
      return (a, b) => ((a as number) - (b as number)) & 0xff;
    case 'u16':
      return (a, b) => ((a as number) - (b as number)) & 0xffff;
    case 'u32':
      return (a, b) => ((a as number) - (b as number)) >>> 0;
    case 'i8':
      return (a, b) => (((a as number) - (b as number)) << 24) >> 24;
    case 'i16':
      return (a, b) => (((a as number) - (b as number)) << 16) >> 16;
    case 'i32':
      return (a, b) => ((a as number) - (b as number)) | 0;
  }
  const bits = intBits(name);
  const signed = isSigned(name);
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a - b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE && (signed || r >= 0)) return r;
    }
    return wrapBig(big(a) - big(b), bits, signed);
  };
}

export function mulFn(name: IntName): Bin {
  switch (name) {
    case 'u8':
      return (a, b) => Math.imul(a as number, b as number) & 0xff;
    case 'u16':
      return (a, b) => Math.imul(a as number, b as number) & 0xffff;
    case 'u32':
      return (a, b) => Math.imul(a as number, b as number) >>> 0;
    case 'i8':
      return (a, b) => (Math.imul(a as number, b as number) << 24) >> 24;
    case 'i16':
      return (a, b) => (Math.imul(a as number, b as number) << 16) >> 16;
    case 'i32':
      return (a, b) => Math.imul(a as number, b as number);
  }
  const bits = intBits(name);
  const signed = isSigned(name);
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a * b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE && (signed || r >= 0)) return r === 0 ? 0 : r;
    }
    return wrapBig(big(a) * big(b), bits, signed);
  };
}

export function divFn(name: IntName, rem: boolean): Bin {
  const bits = intBits(name);
  const signed = isSigned(name);
  const min = minOf(name);
  return (a, b) => {
    if (b == 0) throw new ArithPanic(rem ? 'attempt to calculate the remainder with a divisor of zero' : 'attempt to divide by zero');
    if (signed && b == -1 && a == min) throw new ArithPanic(rem ? 'attempt to calculate the remainder with overflow' : 'attempt to divide with overflow');
    if (typeof a === 'number' && typeof b === 'number') {
      if (rem) {
        const r = a % b;
        return r === 0 ? 0 : r;
      }
      const q = Math.trunc(a / b);
      return q === 0 ? 0 : q;
    }
    return wrapBig(rem ? big(a) % big(b) : big(a) / big(b), bits, signed);
  };
}

export function bitFn(name: IntName, op: '&' | '|' | '^'): Bin {
  const bits = intBits(name);
  const signed = isSigned(name);
  if (small(name)) {
    const w = (v: number) => wrapTo(name, v) as number;
    if (op === '&') return (a, b) => w((a as number) & (b as number));
    if (op === '|') return (a, b) => w((a as number) | (b as number));
    return (a, b) => w((a as number) ^ (b as number));
  }
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) {
      return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
    }
    const x = big(a);
    const y = big(b);
    return wrapBig(op === '&' ? x & y : op === '|' ? x | y : x ^ y, bits, signed);
  };
}

export function shiftFn(name: IntName, left: boolean): Bin {
  const bits = intBits(name);
  const signed = isSigned(name);
  return (a, b) => {
    const n = Number(big(b) & BigInt(bits - 1)); // release: the shift amount is masked
    if (small(name) && typeof a === 'number') {
      if (left) return wrapTo(name, bits === 32 ? a << n : Number(BigInt(a) << BigInt(n)));
      if (signed) return a >> n;
      return bits === 32 ? a >>> n : a >>> n;
    }
    if (left) return wrapBig(big(a) << BigInt(n), bits, signed);
    return wrapBig(big(a) >> BigInt(n), bits, signed);
  };
}

export function negFn(name: IntName): (a: Int) => Int {
  return (a) => (typeof a === 'number' && a !== 0 && small(name) ? wrapTo(name, -a) : typeof a === 'number' ? (a === 0 ? 0 : wrapTo(name, -a)) : wrapBig(-a, intBits(name), true));
}

export function notFn(name: IntName): (a: Int) => Int {
  const bits = intBits(name);
  const signed = isSigned(name);
  if (small(name)) return (a) => wrapTo(name, ~(a as number));
  return (a) => wrapBig(~big(a), bits, signed);
}

export function powFn(name: IntName): Bin {
  const mul = mulFn(name);
  return (a, b) => {
    let r: Int = 1;
    let base = a;
    let e = Number(b);
    while (e > 0) {
      if (e & 1) r = mul(r, base);
      base = mul(base, base);
      e >>>= 1;
    }
    return r;
  };
}

/** `as` from a float: saturating, NaN → 0. */
export function floatToInt(name: IntName, x: number): Int {
  if (Number.isNaN(x)) return 0;
  const t = Math.trunc(x);
  const lo = minOf(name);
  const hi = maxOf(name);
  if (t <= Number(lo)) return lo;
  if (t >= Number(hi)) return hi;
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return norm(BigInt(t));
}

export function intToString(v: Int): string {
  return v.toString();
}
