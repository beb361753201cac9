// Two-program examples: opening one shows Compare with its program B; B's edits survive a reload.
import { describe, expect, it } from 'vitest';
import { loadExamples } from '@/lib/playground/load-examples';
import { memoryKV } from '@/tests/unit/support/memory-kv';
import { openSlot, restoreSession, saveSession } from './session';
import { createPgStore, initialState } from './store';

const examples = loadExamples();
const pair = examples.find((e) => e.compareCode)!;

describe('two-program examples', () => {
  it('exist, and opening one turns Compare on with its program B', () => {
    expect(pair).toBeDefined();
    const api = createPgStore(initialState(examples, 'rust'));
    openSlot(api, memoryKV(), pair.lang, pair.id);
    const s = api.getState();
    expect(s.code).toBe(pair.code);
    expect(s.compare).toMatchObject({ mode: 'program', code: pair.compareCode });
  });

  it('keep the learner’s edits to B across a reload, and other examples open without Compare', () => {
    const kv = memoryKV();
    const api = createPgStore(initialState(examples, 'rust'));
    openSlot(api, kv, pair.lang, pair.id);
    api.getState().setEditing('b');
    api.getState().setCode(pair.compareCode + '\n// mine\n');
    saveSession(kv, api.getState());
    const back = restoreSession(examples, kv);
    expect(back.slot).toBe(pair.id);
    expect(back.compare?.code).toBe(pair.compareCode + '\n// mine\n');
    const other = examples.find((e) => e.lang === pair.lang && !e.compareCode)!;
    openSlot(api, kv, other.lang, other.id);
    expect(api.getState().compare?.code).not.toBe(pair.compareCode + '\n// mine\n');
  });
});
