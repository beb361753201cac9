// Mirrors rustc 1.95.0 library/core/src/hash/sip.rs (SipHasher13: `Hasher<Sip13Rounds>`) and the byte
// streams std's Hash impls feed it (library/core/src/hash/mod.rs: integers write their little-endian
// bytes, `str` writes its bytes then 0xFF). std's HashMap hashes a key with
// `RandomState::hash_one(key)` = SipHash-1-3 keyed with the map's (k0, k1); `DefaultHasher::new()`
// (and `BuildHasherDefault<DefaultHasher>`) uses keys (0, 0). hashbrown takes h1 = the low bits
// (bucket index) and h2 = the top 7 bits (control byte) of the result.

const MASK64 = (1n << 64n) - 1n;

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK64;

/** SipHash-1-3 of `bytes` with keys k0, k1 (u64 each); returns a u64 as a bigint. */
export function sipHash13(bytes: Uint8Array, k0 = 0n, k1 = 0n): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK64;
    v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64;
    v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const word = (i: number, n: number): bigint => {
    let m = 0n;
    for (let j = n - 1; j >= 0; j--) m = (m << 8n) | BigInt(bytes[i + j]!);
    return m;
  };
  const full = bytes.length - (bytes.length % 8);
  for (let i = 0; i < full; i += 8) {
    const m = word(i, 8);
    v3 ^= m;
    round(); // c_rounds: 1
    v0 ^= m;
  }
  const b = ((BigInt(bytes.length) & 0xffn) << 56n) | word(full, bytes.length - full);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round(); // d_rounds: 3
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/** Little-endian bytes of an unsigned integer of `width` bytes (Hash for u8…u128, usize = 8). */
export function uintBytes(value: bigint | number, width: number): Uint8Array {
  let v = BigInt(value);
  const out = new Uint8Array(width);
  for (let i = 0; i < width; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** The bytes `impl Hash for str` (and String) writes: UTF-8, then 0xFF. */
export function strBytes(s: string): Uint8Array {
  const utf8 = new TextEncoder().encode(s);
  const out = new Uint8Array(utf8.length + 1);
  out.set(utf8);
  out[utf8.length] = 0xff;
  return out;
}

/** hash_one of an unsigned integer key of `width` bytes (u32: 4, u64/usize: 8). */
export function hashUint(value: bigint | number, width: number, k0 = 0n, k1 = 0n): bigint {
  return sipHash13(uintBytes(value, width), k0, k1);
}

/** hash_one of a &str / String key. */
export function hashStr(s: string, k0 = 0n, k1 = 0n): bigint {
  return sipHash13(strBytes(s), k0, k1);
}
