'use client';
// Compare: B is A's program under other settings, or a second program; one link holds both.

import { useRef } from 'react';
import { loadDraft, type KV } from '@/lib/playground/drafts';
import { DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { usePg, usePgApi } from './context';
import { exampleBSlot } from './session';
import { SettingsFields } from './SettingsFields';
import { B_SLOT, exampleOf, type Compare } from './store';

const MODES = [
  ['settings', 'the same program, other settings'],
  ['program', 'another program'],
] as const;

export function CompareControls({ idBase, kv }: { idBase: string; kv: KV | null }) {
  const api = usePgApi();
  const compare = usePg((s) => s.compare);
  const editing = usePg((s) => s.editing);
  const setCompare = usePg((s) => s.setCompare);
  const setEditing = usePg((s) => s.setEditing);
  const lang = usePg((s) => s.lang);
  const lastMode = useRef<Compare['mode']>('settings');
  // Rust has no runtime knobs: B can only be another program.
  const modes = lang === 'go' ? MODES : MODES.filter(([m]) => m === 'program');

  const start = (wanted: Compare['mode']) => {
    const s = api.getState();
    const mode = s.lang === 'go' ? wanted : 'program';
    const ex = exampleOf(s);
    const settings = mode === 'settings' && ex?.compareSettings ? { ...s.settings, ...ex.compareSettings } : s.compare?.settings ?? { ...DEFAULT_SETTINGS };
    const exampleB = ex?.compareCode && (loadDraft(kv, s.lang, exampleBSlot(ex.id))?.code ?? ex.compareCode);
    const code = s.compare?.code || exampleB || loadDraft(kv, s.lang, B_SLOT)?.code || s.code;
    setCompare({ mode, settings, code });
  };

  return (
    <div className="pg-compare-controls">
      <label className="pg-check">
        <input type="checkbox" checked={!!compare} onChange={(e) => (e.target.checked ? start(lastMode.current) : setCompare(null))} /> Compare with a
        second run (B)
      </label>
      {compare && (
        <>
          <fieldset className="pg-radios">
            <legend>B is</legend>
            {modes.map(([m, text]) => (
              <label key={m}>
                <input
                  type="radio"
                  name={`${idBase}-cmp-mode`}
                  value={m}
                  checked={compare.mode === m}
                  onChange={() => {
                    lastMode.current = m;
                    setCompare({ ...compare, mode: m, code: compare.code || api.getState().code });
                  }}
                />{' '}
                {text}
              </label>
            ))}
          </fieldset>
          {compare.mode === 'program' && (
            <fieldset className="pg-radios">
              <legend>The editor shows</legend>
              {(['a', 'b'] as const).map((w) => (
                <label key={w}>
                  <input type="radio" name={`${idBase}-editing`} value={w} checked={editing === w} onChange={() => setEditing(w)} /> program{' '}
                  {w.toUpperCase()}
                </label>
              ))}
            </fieldset>
          )}
          <SettingsFields idBase={idBase} which="b" />
        </>
      )}
    </div>
  );
}
