// One zustand store per playground: what is being edited (language, slot, code, settings, the
// compare program B), the last run, diagnostics and the scrubber's position. Storage and the
// worker are wired in by hooks (useDrafts, useRunner), not here, so the store stays testable.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Diagnostic } from '@/lib/runtime/result';
import { defaultExample, findExample, type Example } from '@/lib/playground/examples';
import type { RunView } from '@/lib/playground/protocol';
import { DEFAULT_SETTINGS, type Lang, type Settings } from '@/lib/playground/settings';
import type { SharePayload } from '@/lib/playground/share';

import { LINK_SLOT } from './ToolbarView';

export { LINK_SLOT };

/** Each shared program gets its own draft slot, so opening a second link never overwrites the first's edits. */
export function linkSlotFor(code: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return `${LINK_SLOT}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
export const B_SLOT = 'compare-b';

export interface Compare {
  /** 'settings': A's program under B's settings; 'program': B has its own code. */
  mode: 'settings' | 'program';
  settings: Settings;
  code: string;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export interface PgState {
  examples: Example[];
  lang: Lang;
  slot: string;
  code: string;
  /** The code the slot started from (the example's, or the link's): the "modified" badge compares with it. */
  base: string;
  settings: Settings;
  compare: Compare | null;
  editing: 'a' | 'b';
  status: RunStatus;
  runA: RunView | null;
  runB: RunView | null;
  /** Program B's own code and settings when it last ran (for the captions). */
  ranWith: { a: Settings; b: Settings | null; compareMode: Compare['mode'] | null } | null;
  failure: string | null;
  /** The failure was the simulator not loading or dying: a Retry button goes with it. */
  retryable: boolean;
  /** A run has finished in this page (the button then says "Run again"). */
  ranOnce: boolean;
  /** Load Monaco now (after the first result, when the worker is idle, or when the learner reaches for the code). */
  editorWanted: boolean;
  diagnostics: Diagnostic[];
  /** Scrubber position: an event index in A's trace. */
  cursor: number;
  linkError: string | null;
  linkWarnings: string[];
  /** The code a reset replaced, while it can still be brought back. */
  undo: string | null;
}

export interface PgActions {
  /** Opens a slot with its code (drafts are looked up by the caller). */
  open: (lang: Lang, slot: string, code: string, base: string, settings?: Settings, undo?: string | null) => void;
  setCode: (code: string) => void;
  setSettings: (which: 'a' | 'b', s: Settings) => void;
  setCompare: (c: Compare | null) => void;
  setEditing: (which: 'a' | 'b') => void;
  reset: () => void;
  undoReset: () => void;
  dropUndo: () => void;
  applyLink: (p: SharePayload, warnings: string[]) => void;
  linkFailed: (message: string) => void;
  dismissLink: () => void;
  runStarted: () => void;
  runFinished: (a: RunView, b: RunView | null) => void;
  runStopped: () => void;
  runFailed: (message: string, retryable: boolean) => void;
  wantEditor: () => void;
  setDiagnostics: (d: Diagnostic[]) => void;
  setCursor: (i: number) => void;
}

export type PgStore = PgState & PgActions;
export type PgStoreApi = StoreApi<PgStore>;

export function initialState(examples: Example[], lang: Lang = 'go'): PgState {
  const ex = defaultExample(examples, lang);
  return {
    examples,
    lang,
    slot: ex.id,
    code: ex.code,
    base: ex.code,
    settings: { ...DEFAULT_SETTINGS, ...ex.settings },
    compare: null,
    editing: 'a',
    status: 'idle',
    runA: null,
    runB: null,
    ranWith: null,
    failure: null,
    retryable: false,
    ranOnce: false,
    editorWanted: false,
    diagnostics: [],
    cursor: 0,
    linkError: null,
    linkWarnings: [],
    undo: null,
  };
}

/** The code in the editor: A's, or B's own program while editing it. */
export function editedCode(s: PgState): string {
  return s.editing === 'b' && s.compare?.mode === 'program' ? s.compare.code : s.code;
}

export function exampleOf(s: PgState): Example | undefined {
  return findExample(s.examples, s.lang, s.slot);
}

const cleared = { status: 'idle' as const, runA: null, runB: null, ranWith: null, failure: null, retryable: false, ranOnce: false, cursor: 0, diagnostics: [] };

export function createPgStore(init: PgState): PgStoreApi {
  return createStore<PgStore>()((set, get) => ({
    ...init,
    open: (lang, slot, code, base, settings, undo = null) =>
      set((s) => ({
        lang,
        slot,
        code,
        base,
        settings: settings ?? s.settings,
        undo,
        editing: 'a',
        compare: s.compare && s.lang !== lang ? null : s.compare,
        ...cleared,
      })),
    setCode: (code) =>
      set((s) =>
        s.editing === 'b' && s.compare?.mode === 'program' ? { compare: { ...s.compare, code } } : s.code === code ? {} : { code },
      ),
    setSettings: (which, settings) => set((s) => (which === 'a' ? { settings } : s.compare ? { compare: { ...s.compare, settings } } : {})),
    setCompare: (compare) => set((s) => ({ compare, editing: compare?.mode === 'program' ? s.editing : 'a', runB: null })),
    setEditing: (editing) => set({ editing }),
    reset: () => {
      const s = get();
      if (s.code === s.base) return;
      set({ undo: s.code, code: s.base, editing: 'a' });
    },
    // A swap, so nothing is lost: code typed after the reset becomes the next thing to bring back.
    undoReset: () => set((s) => (s.undo === null ? {} : { code: s.undo, undo: s.code === s.base ? null : s.code, editing: 'a' })),
    dropUndo: () => set({ undo: null }),
    applyLink: (p, warnings) =>
      set({
        lang: p.a.lang,
        slot: linkSlotFor(p.a.code),
        code: p.a.code,
        base: p.a.code,
        settings: p.a.settings,
        compare: p.b
          ? p.b.code === p.a.code && p.a.lang === 'go'
            ? { mode: 'settings', settings: p.b.settings, code: '' }
            : { mode: 'program', settings: p.b.settings, code: p.b.code }
          : null,
        editing: 'a',
        linkError: null,
        linkWarnings: warnings,
        undo: null,
        ...cleared,
      }),
    linkFailed: (message) => set({ ...initialState(get().examples), editorWanted: get().editorWanted, linkError: message }),
    dismissLink: () => set({ linkError: null, linkWarnings: [] }),
    runStarted: () => set({ status: 'running', failure: null, retryable: false }),
    runFinished: (a, b) => {
      const s = get();
      set({
        status: 'done',
        ranOnce: true,
        editorWanted: true,
        runA: a,
        runB: b,
        cursor: 0,
        ranWith: { a: s.settings, b: s.compare?.settings ?? null, compareMode: s.compare?.mode ?? null },
      });
    },
    runStopped: () => set({ status: 'stopped', editorWanted: true }),
    runFailed: (failure, retryable) => set({ status: 'failed', failure, retryable, editorWanted: true }),
    wantEditor: () => set((s) => (s.editorWanted ? {} : { editorWanted: true })),
    setDiagnostics: (diagnostics) => set({ diagnostics }),
    setCursor: (i) => set((s) => ({ cursor: Math.max(0, Math.min(i, Math.max(0, (s.runA?.result.trace.length ?? 1) - 1))) })),
  }));
}

/** The payload a share link carries for what is on screen. */
export function toPayload(s: PgState): SharePayload {
  const ex = exampleOf(s);
  const a = { lang: s.lang, code: s.code, settings: s.settings, ...(ex ? { example: ex.id } : {}) };
  if (!s.compare) return { v: 1, a };
  const b = s.compare.mode === 'settings' ? { ...a, settings: s.compare.settings } : { lang: s.lang, code: s.compare.code, settings: s.compare.settings };
  return { v: 1, a, b };
}
