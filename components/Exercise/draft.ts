// Where an exercise's attempt and its undo are kept: lib/playground/drafts.ts, in a slot of the
// exercise's own (exercise-<id>), so an attempt survives a reload like a playground draft does. The
// one place to change if drafts move into the progress record.

import { loadDraft, loadUndo, saveDraft, saveUndo, storage, type KV } from '@/lib/playground/drafts';
import type { Lang } from '@/lib/playground/settings';

export const draftSlot = (id: string) => `exercise-${id}`;

export interface ExerciseDrafts {
  load(): string | null;
  /** null forgets the draft (the code is the starting program again). */
  save(code: string | null): void;
  loadUndo(): string | null;
  saveUndo(code: string | null): void;
}

export function exerciseDrafts(lang: Lang, id: string, kv: KV | null = storage()): ExerciseDrafts {
  const slot = draftSlot(id);
  return {
    load: () => loadDraft(kv, lang, slot)?.code ?? null,
    save: (code) => saveDraft(kv, lang, slot, code === null ? null : { code }),
    loadUndo: () => loadUndo(kv, lang, slot),
    saveUndo: (code) => saveUndo(kv, lang, slot, code),
  };
}
