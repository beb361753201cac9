// Files that are not profiles, are truncated or are built to hurt: each gets a ProfileError with a
// plain message, quickly, never a hang or an unbounded allocation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ProfileError } from '@/lib/profile/errors';
import { gunzipBounded, gunzipNative } from '@/lib/profile/gzip';
import { readProfile, readProfileAsync } from '@/lib/profile/read';
import { top, type Profile } from '@/lib/profile/model';

const DIR = join(__dirname, '..', '..', 'fixtures', 'profiles');
const file = (n: string) => new Uint8Array(readFileSync(join(DIR, n)));
const enc = (s: string) => new TextEncoder().encode(s);
const refuses = (data: Uint8Array, msg: RegExp) => {
  expect(() => readProfile(data)).toThrow(ProfileError);
  expect(() => readProfile(data)).toThrow(msg);
};

describe('the profile reader refuses bad input with a clear message', () => {
  it('empty, truncated gzip, and a pprof cut in half', () => {
    refuses(new Uint8Array(), /empty/);
    const gz = file('go-allocs-rate1.pb.gz');
    refuses(gz.slice(0, gz.length >> 1), /gzip data is corrupted or truncated/);
    const raw = gunzipBounded(gz);
    refuses(raw.slice(0, raw.length >> 1), /not a pprof profile|truncated|refers to location/);
  });

  it('random bytes, and text that is none of the formats', () => {
    let x = 12345;
    const junk = new Uint8Array(4096).map(() => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24));
    expect(() => readProfile(junk)).toThrow(ProfileError);
    refuses(enc('hello, world\n'), /plain text, not a profile/);
    refuses(enc('heap profile: 1: 2 [3: 4] @ heap/1048576\n'), /legacy text format/);
  });

  it('a gzip bomb stops at the inflate budget', () => {
    const bomb = gzipSync(new Uint8Array(16 << 20), { level: 9 });
    expect(bomb.length).toBeLessThan(1 << 20);
    expect(() => gunzipBounded(bomb, 2 << 20)).toThrow(/inflates to more than 2 MiB/);
  });

  it("through the platform's DecompressionStream (the worker's path): the same bytes, the same budget and messages", async () => {
    const gz = file('go-allocs-rate1.pb.gz');
    expect(await gunzipNative(gz)).toEqual(gunzipBounded(gz));
    const bomb = gzipSync(new Uint8Array(16 << 20), { level: 9 });
    await expect(gunzipNative(bomb, 2 << 20)).rejects.toThrow(/inflates to more than 2 MiB/);
    await expect(readProfileAsync(gz.slice(0, gz.length >> 1))).rejects.toThrow(/gzip data is corrupted or truncated/);
    await expect(readProfileAsync(new Uint8Array())).rejects.toThrow(/empty/);
    expect((await readProfileAsync(gz)).profile.samples).toEqual(readProfile(gz).profile.samples);
  });

  it('DHAT JSON with wrong versions, missing fields or frames out of range', () => {
    refuses(enc('{"a":1}'), /not a DHAT profile/);
    refuses(enc('{"dhatFileVersion":1,"pps":[],"ftbl":[]}'), /version 1 is not supported/);
    refuses(enc('{"dhatFileVersion":2,"mode":"copy","pps":[],"ftbl":[]}'), /copy mode/);
    refuses(enc('{"dhatFileVersion":2,"pps":[{"tb":1,"tbk":1,"fs":[7]}],"ftbl":["[root]"]}'), /refers to frame 7/);
    refuses(enc('{"dhatFileVersion":2,"pps":[{"tb":"<script>","tbk":1,"fs":[]}],"ftbl":[]}'), /program point 1 is malformed/);
    refuses(enc('{"dhatFileVersion":2,'), /not DHAT JSON/);
  });

  it('massif files with a broken snapshot or a tree that is promised and missing', () => {
    const good = readFileSync(join(DIR, 'rust.massif.out'), 'utf8');
    refuses(enc(good.replace('mem_heap_B=472', 'mem_heap_B=lots')), /no valid mem_heap_B/);
    refuses(enc('desc: x\ncmd: y\ntime_unit: i\n#---\nsnapshot=0\n#---\ntime=0\nmem_heap_B=0\nmem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=detailed\n'), /has no tree/);
    refuses(enc('desc: x\ncmd: y\ntime_unit: i\n'), /no snapshots/);
  });
});

describe('top', () => {
  it('counts a function once per sample in cum, however often it recurses', () => {
    const p: Profile = {
      format: 'pprof',
      sampleTypes: [{ type: 'alloc_space', unit: 'bytes' }],
      heapIndex: { allocObjects: null, allocBytes: 0, inuseObjects: null, inuseBytes: null },
      frames: [
        { function: 'walk', file: 'a.go', line: 3 },
        { function: 'walk', file: 'a.go', line: 7 },
        { function: 'main', file: 'a.go', line: 12 },
      ],
      samples: [
        { stack: [0, 1, 1, 2], values: [100] },
        { stack: [2], values: [5] },
      ],
      meta: {},
    };
    const rows = top(p, 0);
    expect(rows.map((r) => [r.function, r.flat, r.cum, r.line])).toEqual([
      ['walk', 100, 100, 3],
      ['main', 5, 105, 12],
    ]);
  });
});
