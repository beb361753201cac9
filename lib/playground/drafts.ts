// Drafts in localStorage: one per language and slot (an example id, 'link' for code opened from a
// share link, 'compare-b' for the second program), plus which slot was open last. Storage can be
// missing, full or disabled: every call then quietly does nothing.

import { LANGS, readSettings, type Lang, type Settings } from './settings';

export interface KV {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export interface Draft {
  code: string;
  /** What the code started as when it is not an example's (a shared link's code). */
  base?: string;
  savedAt: number;
}

export interface LastOpen {
  lang: Lang;
  slot: string;
  settings: Settings;
}

const PREFIX = 'heaplab.playground.v1';
const key = (lang: Lang, slot: string, kind = 'draft') => `${PREFIX}.${kind}.${lang}.${slot}`;

export function storage(): KV | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

function read<T>(kv: KV | null, k: string): T | null {
  if (!kv) return null;
  try {
    const raw = kv.getItem(k);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

function write(kv: KV | null, k: string, v: unknown): void {
  if (!kv) return;
  try {
    if (v === null) kv.removeItem(k);
    else kv.setItem(k, JSON.stringify(v));
  } catch {
    // quota or privacy mode: the draft stays on screen, it just won't survive a reload
  }
}

export function loadDraft(kv: KV | null, lang: Lang, slot: string): Draft | null {
  const d = read<Draft>(kv, key(lang, slot));
  return d && typeof d.code === 'string' ? d : null;
}

export function saveDraft(kv: KV | null, lang: Lang, slot: string, draft: Omit<Draft, 'savedAt'> | null): void {
  write(kv, key(lang, slot), draft && { ...draft, savedAt: Date.now() });
}

/** The code a reset replaced, kept so the reset can be undone (even after a reload). */
export function loadUndo(kv: KV | null, lang: Lang, slot: string): string | null {
  const d = read<{ code: string }>(kv, key(lang, slot, 'undo'));
  return d && typeof d.code === 'string' ? d.code : null;
}

export function saveUndo(kv: KV | null, lang: Lang, slot: string, code: string | null): void {
  write(kv, key(lang, slot, 'undo'), code === null ? null : { code });
}

export function loadLast(kv: KV | null): LastOpen | null {
  const r = read<Record<string, unknown>>(kv, `${PREFIX}.last`);
  if (!r || !(LANGS as readonly unknown[]).includes(r.lang) || typeof r.slot !== 'string') return null;
  return { lang: r.lang as Lang, slot: r.slot, settings: readSettings(r.settings) };
}

export function saveLast(kv: KV | null, last: LastOpen): void {
  write(kv, `${PREFIX}.last`, last);
}

/** The slot last open in one language (to come back to it after switching). */
export function loadLastSlot(kv: KV | null, lang: Lang): string | null {
  const r = read<{ slot: string }>(kv, `${PREFIX}.lastSlot.${lang}`);
  return r && typeof r.slot === 'string' ? r.slot : null;
}

export function saveLastSlot(kv: KV | null, lang: Lang, slot: string): void {
  write(kv, `${PREFIX}.lastSlot.${lang}`, { slot });
}
