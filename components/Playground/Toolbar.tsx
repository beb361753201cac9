'use client';
// Language, example, and the "modified — reset" badge with its undo.

import type { KV } from '@/lib/playground/drafts';
import { usePg, usePgApi } from './context';
import { openSlot } from './session';
import { exampleOf } from './store';
import { ToolbarView } from './ToolbarView';

export function Toolbar({ idBase, kv }: { idBase: string; kv: KV | null }) {
  const api = usePgApi();
  const lang = usePg((s) => s.lang);
  const slot = usePg((s) => s.slot);
  const examples = usePg((s) => s.examples);
  return (
    <ToolbarView idBase={idBase} examples={examples} lang={lang} slot={slot} onLang={(l) => openSlot(api, kv, l)} onSlot={(id) => openSlot(api, kv, lang, id)}>
      <DraftBadge />
    </ToolbarView>
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
