import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, findPreset, parseState, PRESETS, serializeState, type PoolLabState } from '@/lib/poollab/state';

describe('pool lab URL state', () => {
  it('round-trips every preset and a custom worker setting', () => {
    const custom: PoolLabState = { ...DEFAULT_STATE, view: 'workers', workers: 7, capacity: 0, work: 3, gap: 2, requests: 321, procs: 3 };
    for (const s of [...PRESETS.map((p) => p.state), custom]) {
      const back = parseState(serializeState(s));
      expect(back.errors).toEqual([]);
      // Fields a view does not write keep their defaults.
      expect(back.state).toEqual(s.view === 'pool' ? { ...s, workers: DEFAULT_STATE.workers, capacity: DEFAULT_STATE.capacity, work: DEFAULT_STATE.work, gap: DEFAULT_STATE.gap } : { ...s, gogc: DEFAULT_STATE.gogc });
    }
    expect(findPreset(parseState(serializeState(PRESETS[4].state)).state)).toBe('workers');
  });

  it('keeps the default of each unreadable field and says why, as text', () => {
    const { state, errors } = parseState('p=0&r=1e3&gc=%3Cb%3E&put=val&put=ptr&view=x&n=9999');
    expect(state).toEqual(DEFAULT_STATE);
    expect(errors).toHaveLength(6);
    expect(errors.join(' ')).toContain('“<b>” is not pacer or forced');
  });
});
