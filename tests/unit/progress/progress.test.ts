import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  LEGACY_KEYS,
  parseProgress,
  predictionId,
  PROGRESS_KEY,
  readProgress,
  recordVisit,
  setExerciseDone,
  setExerciseDraft,
  setGuess,
  setLessonDone,
  type KeyValue,
} from '@/lib/progress/progress';

const empty = { done: {}, exercises: {}, guesses: {}, drafts: {}, last: null };

export function memory(entries: [string, string][] = []): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>(entries);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('progress', () => {
  it('marks and unmarks lessons and exercises, and keeps guesses', () => {
    const kv = memory();
    setLessonDone(kv, 'slice-growth', true, 1000);
    setExerciseDone(kv, 'slice-growth/preallocate', true, 2000);
    setGuess(kv, 'abc', 19);
    expect(readProgress(kv)).toEqual({ ...empty, done: { 'slice-growth': 1000 }, exercises: { 'slice-growth/preallocate': 2000 }, guesses: { abc: 19 } });
    setLessonDone(kv, 'slice-growth', false);
    setExerciseDone(kv, 'slice-growth/preallocate', false);
    setGuess(kv, 'abc', null);
    expect(readProgress(kv)).toEqual(empty);
  });

  it('keeps exercise drafts and the last page visited', () => {
    const kv = memory();
    setExerciseDraft(kv, 'slice-growth/preallocate', 'package main\n', 5);
    recordVisit(kv, { path: '/lessons/slice-growth/', title: 'Growing a slice' }, 6);
    expect(readProgress(kv).drafts).toEqual({ 'slice-growth/preallocate': { code: 'package main\n', savedAt: 5 } });
    expect(readProgress(kv).last).toEqual({ path: '/lessons/slice-growth/', title: 'Growing a slice', at: 6 });
    setExerciseDraft(kv, 'slice-growth/preallocate', null);
    expect(readProgress(kv).drafts).toEqual({});
  });

  it('refuses what it could not read back: bad ids, a visit off the site', () => {
    const kv = memory();
    setLessonDone(kv, '<script>', true, 1);
    setExerciseDone(kv, '__proto__', true, 1);
    recordVisit(kv, { path: 'https://example.com/', title: 'x' }, 1);
    recordVisit(kv, { path: '//evil.example/', title: 'x' }, 1);
    expect(readProgress(kv)).toEqual(empty);
    expect(Object.getPrototypeOf(readProgress(kv).exercises)).toBe(null);
  });

  it('writes the current version under its key and retires the v1 key', () => {
    const kv = memory([[LEGACY_KEYS[1], JSON.stringify({ done: { a: 1 }, guesses: {} })]]);
    expect(readProgress(kv).done).toEqual({ a: 1 });
    setGuess(kv, 'q', 3);
    expect(kv.data.has(LEGACY_KEYS[1])).toBe(false);
    expect(JSON.parse(kv.data.get(PROGRESS_KEY)!)).toMatchObject({ v: CURRENT_VERSION, done: { a: 1 }, guesses: { q: 3 } });
  });

  it('drops whatever does not parse instead of throwing', () => {
    expect(parseProgress('{not json')).toEqual(empty);
    expect(parseProgress('[1,2]')).toEqual(empty);
    expect(parseProgress('null')).toEqual(empty);
    expect(parseProgress(JSON.stringify({ v: 'two', done: { a: 1 } }))).toEqual(empty);
    // A newer site's document: what this version knows is kept.
    expect(parseProgress(JSON.stringify({ v: 7, done: { a: 1 }, future: {} }))).toEqual({ ...empty, done: { a: 1 } });
  });

  it('survives storage that throws', () => {
    const kv: KeyValue = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
    expect(readProgress(kv)).toEqual(empty);
    expect(() => setLessonDone(kv, 'x', true)).not.toThrow();
    expect(() => setExerciseDone(kv, 'x', true)).not.toThrow();
  });

  it('gives a question a short stable id', () => {
    expect(predictionId('q')).toBe(predictionId('q'));
    expect(predictionId('q')).not.toBe(predictionId('r'));
    expect(predictionId('a long question text')).toMatch(/^[a-z0-9]{1,16}$/);
  });
});

describe('stored progress of every version (tests/fixtures/progress/storage)', () => {
  const dir = path.join(process.cwd(), 'tests/fixtures/progress/storage');
  const fixtures = fs.readdirSync(dir).map((f) => ({ f, ...JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));

  it('has a fixture for every version up to the current one', () => {
    const versions = new Set(fixtures.map((x) => x.version));
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(versions.has(v), `no fixture of version ${v}`).toBe(true);
  });

  for (const x of fixtures) {
    it(`${x.f} reads as expected and survives a write`, () => {
      expect(x.key).toBe(x.version === CURRENT_VERSION ? PROGRESS_KEY : LEGACY_KEYS[x.version]);
      const kv = memory([[x.key, x.stored]]);
      expect(readProgress(kv)).toEqual(x.expect);
      // Any write migrates: the same progress, now in the current version's key.
      setGuess(kv, 'zz', 1);
      const after = readProgress(kv);
      expect(after).toEqual({ ...x.expect, guesses: { ...x.expect.guesses, zz: 1 } });
      expect(kv.data.has(LEGACY_KEYS[1])).toBe(false);
    });
  }
});
