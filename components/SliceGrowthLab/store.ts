// One store per widget instance, so two labs on a lesson page don't share settings.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { defaultB, resolveElem, switchLang, type LabState, type SeriesState } from '@/lib/growth/lab-state';
import type { Lang, Strategy } from '@/lib/growth/simulate';

export type ScaleMode = 'auto' | 'linear' | 'log';
export type Which = 'a' | 'b';

export interface LabStore {
  lab: LabState;
  /** Chart view only; not part of the link. */
  scale: ScaleMode;
  /** Sentences from parseLabState about the link the page was opened with. */
  linkErrors: string[];
  replace: (lab: LabState, linkErrors?: string[]) => void;
  dismissErrors: () => void;
  setLang: (lang: Lang) => void;
  setPreset: (id: string) => void;
  setCustom: () => void;
  setElemSize: (size: number) => void;
  setHasPointers: (on: boolean) => void;
  setN: (n: number) => void;
  setStrategy: (which: Which, s: Strategy) => void;
  setChunk: (which: Which, chunk: number) => void;
  setCompare: (on: boolean) => void;
  setScale: (s: ScaleMode) => void;
}

export type LabStoreApi = StoreApi<LabStore>;

export function createLabStore(initial: LabState): LabStoreApi {
  return createStore<LabStore>()((set) => {
    const lab = (f: (l: LabState) => LabState) => set((s) => ({ lab: f(s.lab) }));
    const series = (which: Which, f: (x: SeriesState) => SeriesState) =>
      lab((l) => (which === 'a' ? { ...l, a: f(l.a) } : l.b ? { ...l, b: f(l.b) } : l));
    return {
      lab: initial,
      scale: 'auto',
      linkErrors: [],
      replace: (next, linkErrors = []) => set({ lab: next, linkErrors }),
      dismissErrors: () => set({ linkErrors: [] }),
      setLang: (lang) => lab((l) => switchLang(l, lang)),
      setPreset: (id) => lab((l) => ({ ...l, elem: { kind: 'preset', id } })),
      // Custom starts from the current type's facts, so the numbers don't jump.
      setCustom: () =>
        lab((l) => {
          if (l.elem.kind === 'custom') return l;
          const r = resolveElem(l.lang, l.elem);
          return { ...l, elem: { kind: 'custom', size: r.size, hasPointers: r.hasPointers } };
        }),
      setElemSize: (size) => lab((l) => (l.elem.kind === 'custom' ? { ...l, elem: { ...l.elem, size } } : l)),
      setHasPointers: (on) => lab((l) => (l.elem.kind === 'custom' ? { ...l, elem: { ...l.elem, hasPointers: on } } : l)),
      setN: (n) => lab((l) => ({ ...l, n })),
      setStrategy: (which, strategy) => series(which, (x) => ({ ...x, strategy })),
      setChunk: (which, chunk) => series(which, (x) => ({ ...x, chunk })),
      setCompare: (on) => lab((l) => ({ ...l, b: on ? (l.b ?? defaultB(l.a.strategy)) : null })),
      setScale: (scale) => set({ scale }),
    };
  });
}
