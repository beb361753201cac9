import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '@/lib/exercises/load';
import { parseExercise } from '@/lib/exercises/schema';
import { paragraphs, spans } from '@/lib/exercises/text';

const parts = { id: 'demo', lesson: 'l', start: 'package main\n', solution: 'package main\n\n' };
const good = {
  title: 'A demo',
  language: 'go',
  prompt: 'Do the thing, carefully.',
  hints: ['First hint'],
  checks: [{ id: 'a', kind: 'allocs', func: 'f', max: 1 }],
  startFails: ['a'],
};

describe('exercise data', () => {
  it('accepts a good file and fills the default settings', () => {
    const ex = parseExercise('x.json', good, parts);
    expect(ex.settings).toEqual({ gogc: 100, memlimitMiB: null, gomaxprocs: 1 });
    expect(parseExercise('x.json', { ...good, settings: { gogc: 50 } }, parts).settings.gogc).toBe(50);
  });

  it('rejects mistakes with the file and the field', () => {
    const bad = (patch: object) => () => parseExercise('content/x/exercise.json', { ...good, ...patch }, parts);
    expect(bad({ language: 'c' })).toThrow(/^content\/x\/exercise.json: language: /);
    expect(bad({ checks: [{ id: 'a', kind: 'allocs', max: -1 }] })).toThrow(/checks\.0\.max/);
    expect(bad({ checks: [{ id: 'a', kind: 'nope' }] })).toThrow(/checks\.0/);
    expect(bad({ checks: [{ id: 'a', kind: 'allocs', max: 1 }, { id: 'a', kind: 'peakHeap', max: 10 }] })).toThrow(/"a" is used twice/);
    expect(bad({ checks: [{ id: 'runs', kind: 'allocs', max: 1 }] })).toThrow(/implicit "runs"/);
    expect(bad({ startFails: ['zzz'] })).toThrow(/startFails names "zzz"/);
    expect(bad({ checks: [{ id: 'o', kind: 'stdout' }], startFails: ['o'] })).toThrow(/exactly one of sameAsStart or equals/);
    expect(bad({ language: 'rust', checks: [{ id: 'g', kind: 'gcCycles', max: 1 }], startFails: ['g'] })).toThrow(/GC cycles are a Go check/);
    expect(bad({ checks: [{ id: 's', kind: 'source', forbid: '(', label: 'No paren', message: 'a paren' }], startFails: ['s'] })).toThrow(/not a regular expression/);
    expect(bad({ extra: 1 })).toThrow(/Unrecognized key/);
  });

  it('loads exercises from lesson folders and refuses a duplicate id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ex-'));
    const put = (lesson: string, id: string) => {
      const d = path.join(dir, lesson, 'exercises', id);
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'exercise.json'), JSON.stringify(good));
      fs.writeFileSync(path.join(d, 'start.go'), 'package main\n');
      fs.writeFileSync(path.join(d, 'solution.go'), 'package main\n\n');
    };
    put('one', 'demo');
    expect(loadExercises(dir).map((e) => [e.lesson, e.id])).toEqual([['one', 'demo']]);
    put('two', 'demo');
    expect(() => loadExercises(dir)).toThrow(/exercise id "demo" is also used by/);
    fs.rmSync(path.join(dir, 'two'), { recursive: true });
    fs.rmSync(path.join(dir, 'one', 'exercises', 'demo', 'solution.go'));
    expect(() => loadExercises(dir)).toThrow(/solution\.go is missing beside it/);
    fs.rmSync(dir, { recursive: true });
  });

  it('splits prose into paragraphs and code spans', () => {
    expect(paragraphs('a\n\n  b\nc\n\n')).toEqual(['a', 'b\nc']);
    expect(spans('use `make([]int, 0, n)` once')).toEqual([
      { code: false, text: 'use ' },
      { code: true, text: 'make([]int, 0, n)' },
      { code: false, text: ' once' },
    ]);
    expect(spans('an odd ` tick')).toEqual([{ code: false, text: 'an odd ' }, { code: false, text: '` tick' }]);
  });
});
