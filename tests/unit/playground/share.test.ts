import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateRaw, toBase64Url } from '@/lib/playground/codec';
import { CURRENT_VERSION, migrate, MigrationError, STEPS } from '@/lib/playground/migrate';
import { DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { decodeShare, encodeShare, isShareHash, MAX_CODE_CHARS, MAX_ENCODED_CHARS, type SharePayload } from '@/lib/playground/share';

const goProg = 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n';
const a = { lang: 'go' as const, code: goProg, settings: { gogc: 50, memlimitMiB: 64, gomaxprocs: 2 }, example: 'reuse-buffer' };

async function hashOf(json: unknown, v = 1): Promise<string> {
  return `v=${v}&z=${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(json))))}`;
}

describe('share links', () => {
  it('round-trip one program', async () => {
    const p: SharePayload = { v: 1, a };
    const hash = await encodeShare(p);
    expect(hash).toMatch(/^v=1&z=[A-Za-z0-9_-]+$/);
    expect(isShareHash(`#${hash}`)).toBe(true);
    expect(await decodeShare(`#${hash}`)).toEqual({ ok: true, payload: p, warnings: [] });
  });

  it('round-trip a compared pair; the same program is not repeated on the wire', async () => {
    const same: SharePayload = { v: 1, a, b: { ...a, settings: { ...a.settings, gogc: 'off' } } };
    const other: SharePayload = { v: 1, a, b: { lang: 'go', code: `${goProg}// B\n`, settings: DEFAULT_SETTINGS } };
    const h1 = await encodeShare(same);
    const h2 = await encodeShare(other);
    expect(h1.length).toBeLessThan(h2.length);
    expect(await decodeShare(h1)).toMatchObject({ ok: true, payload: same });
    expect(await decodeShare(h2)).toMatchObject({ ok: true, payload: other });
  });

  it('keeps the code exactly, unicode and markup included, as text', async () => {
    const code = 'fn main() { println!("<script>alert(1)</script> ünïcødé 🚀 \\u{0}"); }\r\n\t';
    const p: SharePayload = { v: 1, a: { lang: 'rust', code, settings: DEFAULT_SETTINGS } };
    const r = await decodeShare(await encodeShare(p));
    expect(r.ok && r.payload.a.code).toBe(code);
  });

  it('rejects garbage, truncation and wrong shapes with a sentence', async () => {
    const good = await encodeShare({ v: 1, a });
    const cases = [
      'v=1&z=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'v=1&z=!!!!',
      'v=1',
      'z=',
      `${good.slice(0, Math.floor(good.length / 2))}`,
      await hashOf('just a string'),
      await hashOf({ v: 1 }),
      await hashOf({ v: 1, a: { lang: 'cobol', code: 'x' } }),
      await hashOf({ v: 1, a: { lang: 'go', code: 42 } }),
      await hashOf({ v: 99, a }, 99),
      await hashOf({ a }),
      await hashOf({ v: 1, a }, 2),
      `v=1&z=${toBase64Url(new TextEncoder().encode('not deflate at all'))}`,
    ];
    for (const h of cases) {
      const r = await decodeShare(h);
      expect(r.ok, h.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^This link .*\.$/);
    }
    const future = await decodeShare(await hashOf({ v: 99, a }, 99));
    expect(!future.ok && future.error).toMatch(/newer version/);
  });

  it('caps the link, the code and the inflated size', async () => {
    const long = await decodeShare(`v=1&z=${'A'.repeat(MAX_ENCODED_CHARS + 1)}`);
    expect(!long.ok && long.error).toMatch(/too long/);
    const big = await decodeShare(await hashOf({ v: 1, a: { ...a, code: 'x'.repeat(MAX_CODE_CHARS + 1) } }));
    expect(!big.ok && big.error).toMatch(/longer than 100 kB|more code/);
    // A bomb: 20 MB of zeros compresses to ~20 kB, well under the link cap.
    const bomb = `v=1&z=${toBase64Url(await deflateRaw(new Uint8Array(20 << 20)))}`;
    expect(bomb.length).toBeLessThan(MAX_ENCODED_CHARS);
    const r = await decodeShare(bomb);
    expect(!r.ok && r.error).toMatch(/more code than the playground accepts/);
  });

  it('falls back to default settings with a warning when only settings are bad', async () => {
    const r = await decodeShare(await hashOf({ v: 1, a: { ...a, settings: { gogc: -5, gomaxprocs: 1e9, memlimitMiB: 'lots' } } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.payload.a.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.warnings).toHaveLength(3);
    }
  });
});

describe('format versions', () => {
  it('migrate() passes the current version through and refuses unknown ones', () => {
    expect(migrate({ v: CURRENT_VERSION, a })).toEqual({ v: CURRENT_VERSION, a });
    expect(() => migrate({ v: CURRENT_VERSION + 1, a })).toThrow(MigrationError);
    expect(() => migrate({ v: 0, a })).toThrow(MigrationError);
    expect(() => migrate(null)).toThrow(MigrationError);
  });

  it('has exactly one step from every old version to the next, and none beyond', () => {
    const expected = Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1);
    expect(Object.keys(STEPS).map(Number).sort((x, y) => x - y)).toEqual(expected);
    for (const v of expected) expect(STEPS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  // Every link ever made keeps opening the same program: one fixture per version, never edited.
  const dir = path.join(process.cwd(), 'tests/fixtures/share-links');
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has a fixture for every version from 1 to the current one, and none for a version that does not exist', () => {
    const versions = new Set(fixtures.map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { version: number }).version));
    expect([...versions].sort((x, y) => x - y)).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });
  for (const f of fixtures) {
    it(`decodes fixture ${f} to the program it was made from`, async () => {
      const fx = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { version: number; link: string; expected: SharePayload };
      const hash = new URL(fx.link).hash;
      const r = await decodeShare(hash);
      expect(r).toEqual({ ok: true, payload: fx.expected, warnings: [] });
    });
  }
});
