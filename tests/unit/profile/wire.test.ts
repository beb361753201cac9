// The columnar sample reader (lib/profile/pprof-wire.ts) against pprof-format's own decode of every
// real Go profile: the same stacks with the same summed values. And the wire edge cases a real file
// may hold: unpacked repeated fields, negative int64 values (diff profiles), truncation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'fflate';
import { Profile as PProfile } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '@/lib/profile/errors';
import type { Profile } from '@/lib/profile/model';
import { encodePprof } from '@/lib/profile/pprof';
import { readSamples, splitSamples } from '@/lib/profile/pprof-wire';

const DIR = join(__dirname, '..', '..', 'fixtures', 'profiles');
const fixtures = [
  ...readdirSync(DIR).filter((f) => f.endsWith('.pb.gz')),
  ...readdirSync(join(DIR, 'export')).filter((f) => f.endsWith('.pb.gz')).map((f) => join('export', f)),
];

/** Stack key → summed values, from the columns (merged) and from pprof-format's Sample objects. */
function fromColumns(raw: Uint8Array, k: number) {
  const s = splitSamples(raw);
  const m = readSamples(raw, s.starts, s.ends, k);
  const out = new Map<string, number[]>();
  for (let d = 0; d < m.distinct; d++) out.set(Array.from(m.locs.subarray(m.locStart[d], m.locStart[d + 1])).join(','), Array.from(m.values.subarray(d * k, d * k + k)));
  return { out, count: m.count };
}
function fromLibrary(p: PProfile) {
  const out = new Map<string, number[]>();
  for (const s of p.sample) {
    const key = s.locationId.map(Number).join(',');
    const v = s.value.map(Number);
    const prev = out.get(key);
    out.set(key, prev ? prev.map((x, i) => x + v[i]) : v);
  }
  return out;
}

/** A profile of the given stacks (frame ids) and values, written by the site's pprof-format encoder. */
function encode(samples: { stack: number[]; values: number[] }[]): Uint8Array {
  const k = samples[0].values.length;
  const p: Profile = {
    format: 'pprof',
    sampleTypes: Array.from({ length: k }, (_, i) => ({ type: `t${i}`, unit: 'count' })),
    heapIndex: { allocObjects: null, allocBytes: null, inuseObjects: null, inuseBytes: null },
    frames: [0, 1, 2].map((i) => ({ function: `f${i}`, file: 'x.go', line: i })),
    samples,
    meta: {},
  };
  return encodePprof(p);
}

describe('columnar samples', () => {
  it('has fixtures to compare', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));
  it.each(fixtures)('%s: the same stacks and values as pprof-format', (f) => {
    const raw = gunzipSync(new Uint8Array(readFileSync(join(DIR, f))));
    const lib = PProfile.decode(raw);
    const k = lib.sampleType.length;
    const { out, count } = fromColumns(raw, k);
    expect(count).toBe(lib.sample.length);
    expect(out).toEqual(fromLibrary(lib));
    // What is left for pprof-format decodes to everything but the samples.
    const rest = PProfile.decode(splitSamples(raw).rest);
    expect(rest.sample).toHaveLength(0);
    expect(rest.location.length).toBe(lib.location.length);
    expect(rest.stringTable.strings).toEqual(lib.stringTable.strings);
  });

  it('reads unpacked repeated fields and ten-byte negative values', () => {
    // Sample { location_id: 3, 300, 2^40 (unpacked), value: -5, value: 2^40 (unpacked) }
    const neg5 = [0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    const big = [0x80, 0x80, 0x80, 0x80, 0x80, 0x20]; // 2^40
    const sample = [0x08, 3, 0x08, 0xac, 0x02, 0x08, ...big, 0x10, ...neg5, 0x10, ...big];
    const raw = new Uint8Array([0x12, sample.length, ...sample]);
    const s = splitSamples(raw);
    const c = readSamples(raw, s.starts, s.ends, 2);
    expect(Array.from(c.locs)).toEqual([3, 300, 2 ** 40]);
    expect(Array.from(c.values)).toEqual([-5, 2 ** 40]);
  });

  it('agrees with pprof-format on values past 2^32 and on negative ones', () => {
    const raw = encode([{ stack: [0, 1], values: [-(2 ** 40) - 7, 2 ** 52 + 1] }]);
    const s = splitSamples(raw);
    const c = readSamples(raw, s.starts, s.ends, 2);
    // pprof-format itself reads a negative int64 as its unsigned twin (2^64 - 2^40 - 7): diff profiles need the sign.
    expect(Number(PProfile.decode(raw).sample[0].value[1])).toBe(2 ** 52 + 1);
    expect(Array.from(c.values)).toEqual([-(2 ** 40) - 7, 2 ** 52 + 1]);
  });

  it('merges samples with the same stack and keeps different ones apart', () => {
    const raw = encode([
      { stack: [0, 1], values: [5] },
      { stack: [1, 0], values: [7] },
      { stack: [0, 1], values: [11] },
      { stack: [0], values: [1] },
    ]);
    const s = splitSamples(raw);
    const m = readSamples(raw, s.starts, s.ends, 1);
    expect(Array.from(m.first)).toEqual([0, 1, 3]);
    expect(Array.from(m.locStart)).toEqual([0, 2, 4, 5]);
    expect(Array.from(m.values)).toEqual([16, 7, 1]);
  });

  it('says a cut-off file is truncated', () => {
    const raw = gunzipSync(new Uint8Array(readFileSync(join(DIR, fixtures[0]))));
    expect(() => splitSamples(raw.subarray(0, Math.floor(raw.length / 2)))).toThrow(ProfileError);
    expect(() => splitSamples(raw.subarray(0, Math.floor(raw.length / 2)))).toThrow(/truncated/);
  });

  it('says how many values a sample has when it does not match the sample types', () => {
    const raw = encode([{ stack: [0], values: [1, 2] }]);
    const s = splitSamples(raw);
    expect(() => readSamples(raw, s.starts, s.ends, 1)).toThrow(/sample 1 has more than 1 values/);
    expect(() => readSamples(raw, s.starts, s.ends, 3)).toThrow(/sample 1 has 2 values for 3 sample types/);
  });
});
