import { describe, expect, it } from 'vitest';
import { loadDraft, loadLast, loadUndo, saveDraft, saveLast, saveUndo, type KV } from '@/lib/playground/drafts';
import { memoryKV } from '@/tests/unit/support/memory-kv';
import { DEFAULT_SETTINGS, describeSettings, readSettings, toRunOptions } from '@/lib/playground/settings';


describe('drafts', () => {
  it('keep one draft per language and slot, the undo copy and the last slot', () => {
    const kv = memoryKV();
    saveDraft(kv, 'go', 'pool', { code: 'a' });
    saveDraft(kv, 'rust', 'pool', { code: 'b', base: 'B' });
    expect(loadDraft(kv, 'go', 'pool')?.code).toBe('a');
    expect(loadDraft(kv, 'rust', 'pool')).toMatchObject({ code: 'b', base: 'B' });
    saveDraft(kv, 'go', 'pool', null);
    expect(loadDraft(kv, 'go', 'pool')).toBeNull();
    saveUndo(kv, 'go', 'pool', 'before');
    expect(loadUndo(kv, 'go', 'pool')).toBe('before');
    saveLast(kv, { lang: 'rust', slot: 'x', settings: { ...DEFAULT_SETTINGS, gogc: 'off' } });
    expect(loadLast(kv)).toEqual({ lang: 'rust', slot: 'x', settings: { ...DEFAULT_SETTINGS, gogc: 'off' } });
  });

  it('survive broken or hostile storage', () => {
    const kv = memoryKV();
    kv.map.set('heaplab.playground.v1.last', '{"lang":"<img>","slot":1}');
    kv.map.set('heaplab.playground.v1.draft.go.x', 'not json');
    expect(loadLast(kv)).toBeNull();
    expect(loadDraft(kv, 'go', 'x')).toBeNull();
    const full: KV = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => saveDraft(full, 'go', 'x', { code: 'y' })).not.toThrow();
    expect(loadDraft(null, 'go', 'x')).toBeNull();
  });
});

describe('settings', () => {
  it('validate untrusted values field by field', () => {
    const errors: string[] = [];
    expect(readSettings({ gogc: 'off', memlimitMiB: 512, gomaxprocs: 8 }, errors)).toEqual({ gogc: 'off', memlimitMiB: 512, gomaxprocs: 8 });
    expect(readSettings({ gogc: 1.5, memlimitMiB: -1, gomaxprocs: '2' }, errors)).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(3);
    expect(readSettings('x', errors)).toEqual(DEFAULT_SETTINGS);
  });

  it('become RunOptions and shell-style text', () => {
    expect(toRunOptions({ gogc: 200, memlimitMiB: null, gomaxprocs: 1 })).not.toHaveProperty('memlimit');
    expect(toRunOptions({ gogc: 200, memlimitMiB: 1, gomaxprocs: 1 }).memlimit).toBe(1 << 20);
    expect(describeSettings({ gogc: 'off', memlimitMiB: 64, gomaxprocs: 2 })).toBe('GOGC=off GOMEMLIMIT=64MiB GOMAXPROCS=2');
  });
});
