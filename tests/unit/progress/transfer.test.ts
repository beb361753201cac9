import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgress, recordVisit, setExerciseDone, setGuess, setLessonDone, PROGRESS_KEY } from '@/lib/progress/progress';
import { checkImport, exportProgress, importProgress, jsonDepth, MAX_FILE_BYTES, type Store } from '@/lib/progress/transfer';

function store(entries: [string, string][] = []): Store & { data: Map<string, string> } {
  const data = new Map<string, string>(entries);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const snapshot = (s: { data: Map<string, string> }) => new Map(s.data);

describe('export and import', () => {
  it('round-trips progress and playground drafts into an empty browser', () => {
    const a = store([['heaplab.playground.v1.draft.go.reuse-buffer', JSON.stringify({ code: 'package main\n', savedAt: 7 })]]);
    setLessonDone(a, 'slice-growth', true, 100);
    setExerciseDone(a, 'slice-growth/preallocate', true, 200);
    setGuess(a, 'abc', 12);
    recordVisit(a, { path: '/lessons/slice-growth/', title: 'Growing' }, 300);
    const file = exportProgress(a, new Date(0));
    const b = store();
    const r = importProgress(b, file);
    expect(r).toMatchObject({ ok: true, message: 'Imported 1 lesson, 1 exercise, 1 prediction, 1 playground draft.' });
    expect(readProgress(b)).toEqual(readProgress(a));
    expect(JSON.parse(b.data.get('heaplab.playground.v1.draft.go.reuse-buffer')!)).toEqual({ code: 'package main\n', savedAt: 7 });
    // Importing the same file again adds nothing.
    expect(importProgress(b, file)).toMatchObject({ ok: true, message: 'Nothing new: everything in the file was already here.' });
  });

  it('merges: what is here stays, newer drafts win', () => {
    const here = store();
    setLessonDone(here, 'slice-growth', true, 5);
    setGuess(here, 'abc', 1);
    const file = JSON.stringify({
      format: 'heaplab-progress',
      v: 2,
      progress: { done: { 'slice-growth': 9, other: 3 }, guesses: { abc: 2 }, drafts: { e1: { code: 'x', savedAt: 4 } } },
    });
    expect(importProgress(here, file)).toMatchObject({ ok: true, counts: { lessons: 1, guesses: 0, drafts: 1 } });
    expect(readProgress(here)).toMatchObject({ done: { 'slice-growth': 5, other: 3 }, guesses: { abc: 1 }, drafts: { e1: { code: 'x', savedAt: 4 } } });
  });

  it('measures nesting without parsing, strings aside', () => {
    expect(jsonDepth('{"a":[{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"{"')).toBe(0);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = JSON.stringify({ format: 'heaplab-progress', v: 2, progress: { drafts: { a: { code: 'x'.repeat(MAX_FILE_BYTES), savedAt: 1 } } } });
    const r = checkImport(big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasons[0]).toMatch(/^The file is 1\.0 MB; a progress file is at most 1\.0 MB\.$/);
  });

  it('refuses a file that cannot be written, and puts back what it changed', () => {
    const s = store();
    setLessonDone(s, 'a', true, 1);
    const before = snapshot(s);
    let writes = 0;
    const full: Store = { ...s, length: s.length, key: s.key, getItem: s.getItem, removeItem: s.removeItem, setItem: (k, v) => (writes++ === 0 ? s.setItem(k, v) : (() => { throw new Error('quota'); })()) };
    const file = JSON.stringify({ format: 'heaplab-progress', v: 2, progress: { done: { b: 2 } }, playground: { 'go/x': { code: 'y', savedAt: 1 } } });
    const r = importProgress(full, file);
    expect(r).toMatchObject({ ok: false, reasons: [expect.stringMatching(/refused to store/)] });
    expect(s.data).toEqual(before);
  });
});

describe('import files (tests/fixtures/progress/import)', () => {
  const dir = path.join(process.cwd(), 'tests/fixtures/progress/import');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const x = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { file: string; expect?: unknown; reason?: string; playground?: number };
    it(f, () => {
      const s = store([[PROGRESS_KEY, JSON.stringify({ v: 2, done: { keep: 1 } })]]);
      const before = snapshot(s);
      const r = importProgress(s, x.file);
      if (f.startsWith('ok-')) {
        expect(r.ok, JSON.stringify(r)).toBe(true);
        const fresh = store();
        importProgress(fresh, x.file);
        expect(readProgress(fresh)).toEqual(x.expect);
        expect([...fresh.data.keys()].filter((k) => k.startsWith('heaplab.playground.')).length).toBe(x.playground);
      } else {
        expect(r.ok).toBe(false);
        expect(!r.ok && r.reasons.join('\n')).toMatch(new RegExp(x.reason!));
        expect(s.data).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    });
  }
});
