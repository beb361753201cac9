import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSettings, readSettings, sameSettings, toRunOptions, DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { decodeShare, encodeShare, type SharePayload } from '@/lib/playground/share';

const code = 'package main\n\nfunc main() {}\n';

describe('the gctrace setting', () => {
  it('is off by default and in links made before it existed', async () => {
    expect(toRunOptions(DEFAULT_SETTINGS).gctrace).toBeUndefined();
    const dir = path.join(process.cwd(), 'tests/fixtures/share-links');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const fx = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { link: string };
      const r = await decodeShare(new URL(fx.link).hash);
      expect(r.ok, f).toBe(true);
      if (r.ok) {
        expect(r.payload.a.settings.gctrace, f).toBeUndefined();
        expect(toRunOptions(r.payload.a.settings).gctrace, f).toBeUndefined();
      }
    }
  });

  it('survives a share link and reaches the engine', async () => {
    const p: SharePayload = { v: 1, a: { lang: 'go', code, settings: { ...DEFAULT_SETTINGS, gctrace: true } } };
    const r = await decodeShare(await encodeShare(p));
    expect(r).toEqual({ ok: true, payload: p, warnings: [] });
    expect(r.ok && toRunOptions(r.payload.a.settings).gctrace).toBe(true);
    expect(describeSettings({ ...DEFAULT_SETTINGS, gctrace: true })).toBe('GODEBUG=gctrace=1 GOGC=100 GOMAXPROCS=1');
  });

  it('an unreadable value falls back to off with a warning; false equals absent', () => {
    const errors: string[] = [];
    expect(readSettings({ gogc: 100, gctrace: 'yes' }, errors).gctrace).toBeUndefined();
    expect(errors).toEqual(['the gctrace setting is not readable']);
    expect(sameSettings({ ...DEFAULT_SETTINGS, gctrace: false }, DEFAULT_SETTINGS)).toBe(true);
    expect(sameSettings({ ...DEFAULT_SETTINGS, gctrace: true }, DEFAULT_SETTINGS)).toBe(false);
  });
});
