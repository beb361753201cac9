'use client';
// Language, example, and the "modified — reset" badge with its undo.

import { examplesFor } from '@/lib/playground/examples';
import type { KV } from '@/lib/playground/drafts';
import { LANG_NAME, LANGS } from '@/lib/playground/settings';
import { usePg, usePgApi } from './context';
import { openSlot } from './session';
import { exampleOf, LINK_SLOT } from './store';

export function Toolbar({ idBase, kv }: { idBase: string; kv: KV | null }) {
  const api = usePgApi();
  const lang = usePg((s) => s.lang);
  const slot = usePg((s) => s.slot);
  const examples = usePg((s) => s.examples);
  const example = usePg(exampleOf);
  const list = examplesFor(examples, lang);
  return (
    <div className="pg-toolbar">
      <fieldset className="pg-radios">
        <legend>Language</legend>
        {LANGS.map((l) => (
          <label key={l}>
            <input type="radio" name={`${idBase}-lang`} value={l} checked={lang === l} onChange={() => openSlot(api, kv, l)} /> {LANG_NAME[l]}
          </label>
        ))}
      </fieldset>
      <div className="pg-field pg-example">
        <label htmlFor={`${idBase}-example`}>Example</label>
        <select id={`${idBase}-example`} value={example ? slot : LINK_SLOT} onChange={(e) => openSlot(api, kv, lang, e.target.value)}>
          {!example && <option value={LINK_SLOT}>Code from a shared link</option>}
          {list.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      <DraftBadge />
      {example && <p className="pg-teaches">{example.teaches}</p>}
    </div>
  );
}

export function DraftBadge() {
  const modified = usePg((s) => s.code !== s.base);
  const fromLink = usePg((s) => !exampleOf(s));
  const undo = usePg((s) => s.undo);
  const reset = usePg((s) => s.reset);
  const undoReset = usePg((s) => s.undoReset);
  if (!modified && undo === null) return null;
  return (
    <div className="pg-badge-row">
      {modified && (
        <span className="pg-badge">
          <span>modified</span>
          <button type="button" className="secondary pg-small" onClick={reset}>
            {fromLink ? 'Reset to the link’s code' : 'Reset to the example'}
          </button>
        </span>
      )}
      {undo !== null && (
        <button type="button" className="secondary pg-small" onClick={undoReset}>
          {modified ? 'Bring back the code from before the reset' : 'Undo reset'}
        </button>
      )}
    </div>
  );
}
