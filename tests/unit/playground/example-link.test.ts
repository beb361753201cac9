import { describe, expect, it } from 'vitest';
import { exampleHash } from '@/lib/playground/example-link';
import { loadExamples } from '@/lib/playground/load-examples';
import { decodeShare } from '@/lib/playground/share';

describe('links to playground examples', () => {
  it.each(loadExamples().map((e) => [e.id, e] as const))('%s opens with its program, settings and compare', async (_id, e) => {
    const r = await decodeShare(await exampleHash(e));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.payload.a.code).toBe(e.code);
    expect(r.payload.a.example).toBe(e.id);
    if (e.settings?.gogc !== undefined) expect(r.payload.a.settings.gogc).toBe(e.settings.gogc);
    if (e.compareCode !== undefined) expect(r.payload.b?.code).toBe(e.compareCode);
    else if (e.compareSettings?.gogc !== undefined) expect(r.payload.b?.settings.gogc).toBe(e.compareSettings.gogc);
    else expect(r.payload.b).toBeUndefined();
  });
});
