// profile.proto's samples, read straight into typed arrays. pprof-format decodes a Profile at about
// 13 MB/s because it builds an object per sample and per varint; a 50 MB heap profile is nearly all
// samples (field 2), so those are split off here and read columnar, and pprof-format decodes the rest
// (types, locations, functions, strings: small). Field numbers from google/pprof proto/profile.proto.
// Checked against pprof-format's own decode of every fixture (tests/unit/profile/wire.test.ts).

import { ProfileError } from './errors';

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;
/** Profile.sample; Sample.location_id, Sample.value. */
const PROFILE_SAMPLE = 2;
const SAMPLE_LOCATION_ID = 1;
const SAMPLE_VALUE = 2;

const truncated = () => new ProfileError('this is not a pprof profile, or it is truncated (a field runs past the end of the file)');

/** A cursor over the protobuf wire format. */
class Wire {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    public end: number,
  ) {
    this.pos = start;
  }

  /** A varint as a Number: uint64 fields exact to 2^53; a ten-byte int64 comes back negative. */
  varint(): number {
    const b = this.buf;
    const end = this.end;
    let p = this.pos;
    let lo = 0;
    let c = 0;
    for (let i = 0; i < 4; i++) {
      if (p >= end) throw truncated();
      c = b[p++];
      lo |= (c & 0x7f) << (7 * i);
      if (c < 0x80) {
        this.pos = p;
        return lo;
      }
    }
    if (p >= end) throw truncated();
    c = b[p++];
    lo |= (c & 0x0f) << 28;
    let hi = (c & 0x7f) >> 4;
    if (c >= 0x80) {
      for (let i = 0; ; i++) {
        if (i === 5) throw new ProfileError('this is not a pprof profile (a number is longer than ten bytes)');
        if (p >= end) throw truncated();
        c = b[p++];
        hi |= (c & 0x7f) << (3 + 7 * i);
        if (c < 0x80) break;
      }
    }
    this.pos = p;
    return (hi | 0) * 4294967296 + (lo >>> 0);
  }

  /** Skips a field's payload. */
  skip(wire: number): void {
    if (wire === WIRE_VARINT) this.varint();
    else if (wire === WIRE_I64) this.pos += 8;
    else if (wire === WIRE_I32) this.pos += 4;
    else if (wire === WIRE_LEN) {
      const len = this.varint(); // read before pos: `pos += varint()` would add to the old pos
      this.pos += len;
    }
    else throw new ProfileError(`this is not a pprof profile (wire type ${wire} is not one protobuf uses)`);
    if (this.pos > this.end) throw truncated();
  }
}

/** The top-level fields other than samples (for pprof-format), and where each sample's bytes are. */
export function splitSamples(buf: Uint8Array): { rest: Uint8Array; starts: Int32Array; ends: Int32Array } {
  const w = new Wire(buf, 0, buf.length);
  const keep: number[] = []; // [from, to) pairs of the other fields, copied once their size is known
  let keptBytes = 0;
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let n = 0;
  while (w.pos < buf.length) {
    const fieldStart = w.pos;
    const tag = w.varint();
    const wire = tag & 7;
    if (tag >>> 3 === PROFILE_SAMPLE && wire === WIRE_LEN) {
      const len = w.varint();
      if (w.pos + len > buf.length) throw truncated();
      if (n === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[n] = w.pos;
      ends[n++] = w.pos + len;
      w.pos += len;
      continue;
    }
    w.skip(wire);
    keep.push(fieldStart, w.pos);
    keptBytes += w.pos - fieldStart;
  }
  const rest = new Uint8Array(keptBytes);
  for (let j = 0, o = 0; j < keep.length; j += 2) {
    rest.set(buf.subarray(keep[j], keep[j + 1]), o);
    o += keep[j + 1] - keep[j];
  }
  return { rest, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Samples with the same location ids merged, values summed (pprof merges them the same way when it
 * reads a profile): stack d's ids are locs[locStart[d] .. locStart[d+1]), its values
 * values[d*k .. d*k+k), and first[d] is the sample it was first seen in (for messages).
 */
export interface MergedSamples {
  /** Samples in the file. */
  count: number;
  /** Distinct stacks. */
  distinct: number;
  first: Int32Array;
  locStart: Int32Array;
  locs: Float64Array;
  values: Float64Array;
}

/**
 * Reads each sample's location ids and values (packed or not; labels are skipped, the model has
 * none) and merges it into its stack as it goes: only distinct stacks are kept, so a 50 MB profile
 * of 1.4 M samples over 120 000 stacks needs arrays of 120 000 stacks, not 1.4 M.
 */
export function readSamples(buf: Uint8Array, starts: Int32Array, ends: Int32Array, k: number): MergedSamples {
  const count = starts.length;
  // Hash slot → distinct stack; kept at most half full, and small (distinct stacks, not samples) so it
  // stays in cache. hashes[d] lets it grow without rereading the ids.
  let size = 1 << 12;
  let table = new Int32Array(size).fill(-1);
  let hashes = new Int32Array(size >> 1);
  const first = new Int32Array(count);
  const locStart = new Int32Array(count + 1);
  let locs = new Float64Array(4096);
  let nLocs = 0;
  let values = new Float64Array(1024 * k);
  const scratch = new Float64Array(k);
  let n = 0;
  // One cursor for the whole run and no closures: 1.4 M samples must not cost an object each.
  const w = new Wire(buf, 0, buf.length);
  for (let i = 0; i < count; i++) {
    const from = nLocs; // this sample's ids go at the end of locs; dropped again if its stack is known
    const end = ends[i];
    w.pos = starts[i];
    w.end = end;
    let nv = 0;
    while (w.pos < end) {
      const tag = w.varint();
      const field = tag >>> 3;
      const wire = tag & 7;
      if ((field !== SAMPLE_LOCATION_ID && field !== SAMPLE_VALUE) || (wire !== WIRE_LEN && wire !== WIRE_VARINT)) {
        w.skip(wire);
        continue;
      }
      // A packed run ends at `stop`; an unpacked field is one varint inside the sample.
      const packed = wire === WIRE_LEN;
      let stop = end;
      if (packed) {
        const len = w.varint();
        stop = w.pos + len;
        if (stop > end) throw truncated();
      }
      let p = w.pos;
      do {
        // One- and two-byte varints (nearly every id and count) inline; the rest through the cursor.
        let c = buf[p];
        let v = c;
        if (c < 0x80) p++;
        else if ((c = buf[p + 1]) < 0x80) {
          v = (v & 0x7f) | (c << 7);
          p += 2;
        } else {
          w.pos = p;
          v = w.varint();
          p = w.pos;
        }
        if (p > stop) throw truncated();
        if (field === SAMPLE_LOCATION_ID) {
          if (nLocs === locs.length) {
            const bigger = new Float64Array(locs.length * 2);
            bigger.set(locs);
            locs = bigger;
          }
          locs[nLocs++] = v;
        } else {
          if (nv >= k) throw new ProfileError(`sample ${i + 1} has more than ${k} values for ${k} sample types`);
          scratch[nv++] = v;
        }
      } while (packed && p < stop);
      w.pos = p;
    }
    if (nv !== k) throw new ProfileError(`sample ${i + 1} has ${nv} values for ${k} sample types`);
    // Find the stack (FNV-1a over the ids, linear probing).
    let h = 0x811c9dc5;
    for (let j = from; j < nLocs; j++) h = Math.imul(h ^ (locs[j] | 0), 16777619);
    let slot = h & (size - 1);
    let d: number;
    for (;;) {
      d = table[slot];
      if (d < 0) {
        d = table[slot] = n++;
        hashes[d] = h;
        if (2 * n > size) {
          size *= 2;
          table = rehash(hashes, n, size);
          const hs = new Int32Array(size >> 1);
          hs.set(hashes);
          hashes = hs;
        }
        if (n * k > values.length) {
          const bigger = new Float64Array(values.length * 2);
          bigger.set(values);
          values = bigger;
        }
        first[d] = i;
        locStart[d] = from;
        locStart[d + 1] = nLocs;
        break;
      }
      if (sameIds(locs, locStart[d], locStart[d + 1], from, nLocs)) {
        nLocs = from;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
    for (let v = 0; v < k; v++) values[d * k + v] += scratch[v];
  }
  return { count, distinct: n, first: first.subarray(0, n), locStart: locStart.subarray(0, n + 1), locs: locs.subarray(0, nLocs), values: values.subarray(0, n * k) };
}

function rehash(hashes: Int32Array, n: number, size: number): Int32Array<ArrayBuffer> {
  const table = new Int32Array(size).fill(-1);
  for (let d = 0; d < n; d++) {
    let slot = hashes[d] & (size - 1);
    while (table[slot] >= 0) slot = (slot + 1) & (size - 1);
    table[slot] = d;
  }
  return table;
}

function sameIds(locs: Float64Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let j = 0; j < a1 - a0; j++) if (locs[a0 + j] !== locs[b0 + j]) return false;
  return true;
}
