// Drafts, wired to the store: where the playground opens (the last slot and its draft), switching
// slots (each keeps its own draft), and saving as the learner types (debounced, flushed when the
// slot changes or the page is hidden).

import { useEffect } from 'react';
import { defaultExample, findExample, type Example } from '@/lib/playground/examples';
import { loadDraft, loadLast, loadLastSlot, loadUndo, saveDraft, saveLast, saveLastSlot, saveUndo, type KV } from '@/lib/playground/drafts';
import { DEFAULT_SETTINGS, type Lang } from '@/lib/playground/settings';
import { B_SLOT, initialState, type Compare, type PgState, type PgStoreApi } from './store';

export const DRAFT_SAVE_DELAY_MS = 400;

/** Code and base of a slot: its draft if there is one, else the example's code. */
function slotCode(examples: Example[], kv: KV | null, lang: Lang, slot: string): { slot: string; code: string; base: string } | null {
  const ex = findExample(examples, lang, slot);
  const draft = loadDraft(kv, lang, slot);
  if (ex) return { slot, code: draft?.code ?? ex.code, base: ex.code };
  if (draft) return { slot, code: draft.code, base: draft.base ?? draft.code };
  return null;
}

/** The state the page opens with when no share link says otherwise. */
export function restoreSession(examples: Example[], kv: KV | null): PgState {
  const last = loadLast(kv);
  const lang = last?.lang ?? 'go';
  const init = initialState(examples, lang);
  const found = last && slotCode(examples, kv, lang, last.slot);
  if (!found) return init;
  return { ...init, ...found, settings: last.settings, undo: loadUndo(kv, lang, found.slot), compare: exampleCompare(examples, kv, lang, found.slot) };
}

/** Where the B program of a two-program example keeps its draft. */
export const exampleBSlot = (id: string) => `${B_SLOT}.${id}`;

/** The Compare a two-program example opens with: its B program, or the learner's draft of it. */
function exampleCompare(examples: Example[], kv: KV | null, lang: Lang, slot: string): Compare | null {
  const ex = findExample(examples, lang, slot);
  if (!ex?.compareCode) return null;
  return { mode: 'program', settings: { ...DEFAULT_SETTINGS }, code: loadDraft(kv, lang, exampleBSlot(ex.id))?.code ?? ex.compareCode };
}

/** Switches to another slot (an example, or a language's last slot), bringing back its draft. */
export function openSlot(api: PgStoreApi, kv: KV | null, lang: Lang, slot?: string): void {
  const { examples } = api.getState();
  const target = slot ?? loadLastSlot(kv, lang) ?? defaultExample(examples, lang).id;
  const found = slotCode(examples, kv, lang, target) ?? slotCode(examples, kv, lang, defaultExample(examples, lang).id)!;
  const ex = findExample(examples, lang, found.slot);
  const settings = ex?.settings ? { ...DEFAULT_SETTINGS, ...ex.settings } : undefined;
  // An example made of two programs opens with both side by side; leaving it closes that Compare.
  const left = findExample(examples, api.getState().lang, api.getState().slot);
  const compare = exampleCompare(examples, kv, lang, found.slot);
  api.getState().open(lang, found.slot, found.code, found.base, settings, loadUndo(kv, lang, found.slot));
  if (compare) api.getState().setCompare(compare);
  else if (left?.compareCode) api.getState().setCompare(null);
}

export function saveSession(kv: KV | null, s: PgState): void {
  const isExample = !!findExample(s.examples, s.lang, s.slot);
  // An untouched example needs no draft; a link's code keeps its base so the badge survives a reload.
  if (s.code === s.base && isExample) saveDraft(kv, s.lang, s.slot, null);
  else saveDraft(kv, s.lang, s.slot, isExample ? { code: s.code } : { code: s.code, base: s.base });
  if (s.compare?.mode === 'program') {
    const ex = findExample(s.examples, s.lang, s.slot);
    if (ex?.compareCode) saveDraft(kv, s.lang, exampleBSlot(ex.id), s.compare.code === ex.compareCode ? null : { code: s.compare.code });
    else saveDraft(kv, s.lang, B_SLOT, { code: s.compare.code });
  }
  saveLast(kv, { lang: s.lang, slot: s.slot, settings: s.settings });
  saveLastSlot(kv, s.lang, s.slot);
}

/** Keeps drafts in storage in step with the store. */
export function useDrafts(api: PgStoreApi, kv: KV | null): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      saveSession(kv, api.getState());
    };
    const unsub = api.subscribe((s, prev) => {
      if (s.undo !== prev.undo && s.slot === prev.slot && s.lang === prev.lang) saveUndo(kv, s.lang, s.slot, s.undo);
      if (s.lang !== prev.lang || s.slot !== prev.slot) {
        // The slot changed: the old one's text is written now, before anything else can happen.
        if (timer) clearTimeout(timer);
        timer = null;
        saveSession(kv, prev);
        saveSession(kv, s);
        return;
      }
      if (s.code === prev.code && s.compare === prev.compare && s.settings === prev.settings) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    });
    const onHide = () => {
      if (timer) flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unsub();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      if (timer) flush();
    };
  }, [api, kv]);
}
