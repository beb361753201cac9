import { describe, expect, it } from 'vitest';
import { parseProgress, predictionId, PROGRESS_KEY, readProgress, setExerciseDone, setGuess, setLessonDone, type KeyValue } from '@/lib/progress/progress';

function memory(initial?: string): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('progress', () => {
  it('marks and unmarks lessons, and keeps guesses', () => {
    const kv = memory();
    setLessonDone(kv, 'slice-growth', true, 1000);
    setGuess(kv, 'abc', 19);
    expect(readProgress(kv)).toEqual({ done: { 'slice-growth': 1000 }, guesses: { abc: 19 }, exercises: {} });
    setLessonDone(kv, 'slice-growth', false);
    setGuess(kv, 'abc', null);
    expect(readProgress(kv)).toEqual({ done: {}, guesses: {}, exercises: {} });
  });

  it('records and clears completed exercises', () => {
    const kv = memory();
    setExerciseDone(kv, 'slice-growth-preallocate', true, 2000);
    expect(readProgress(kv).exercises).toEqual({ 'slice-growth-preallocate': 2000 });
    setExerciseDone(kv, 'slice-growth-preallocate', false);
    expect(readProgress(kv).exercises).toEqual({});
    expect(parseProgress(JSON.stringify({ exercises: { ok: 5, 'Bad Id': 6, x: 'y' } })).exercises).toEqual({ ok: 5 });
  });

  it('drops whatever does not parse instead of throwing', () => {
    expect(parseProgress('{not json')).toEqual({ done: {}, guesses: {}, exercises: {} });
    expect(parseProgress('[1,2]')).toEqual({ done: {}, guesses: {}, exercises: {} });
    expect(parseProgress(JSON.stringify({ done: { ok: 1, '<script>': 2, bad: 'x' }, guesses: { a1: 3, b: Infinity } }))).toEqual({
      done: { ok: 1 },
      guesses: { a1: 3 },
      exercises: {},
    });
  });

  it('survives storage that throws', () => {
    const kv: KeyValue = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
    expect(readProgress(kv)).toEqual({ done: {}, guesses: {}, exercises: {} });
    expect(() => setLessonDone(kv, 'x', true)).not.toThrow();
  });

  it('gives a question a short stable id', () => {
    expect(predictionId('q')).toBe(predictionId('q'));
    expect(predictionId('q')).not.toBe(predictionId('r'));
    expect(predictionId('a long question text')).toMatch(/^[a-z0-9]{1,16}$/);
  });
});
