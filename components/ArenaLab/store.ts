// One store per lab instance (two labs on a lesson page don't share settings).

import { createStore, type StoreApi } from 'zustand/vanilla';
import { PRESETS, type ArenaWorkload } from '@/lib/arena/workload';

export interface ArenaStore {
  workload: ArenaWorkload;
  /** The memory map's step (view only; not part of the link). */
  step: number;
  linkErrors: string[];
  dismissErrors: () => void;
  set: (patch: Partial<ArenaWorkload>) => void;
  choosePreset: (id: string) => void;
  setStep: (step: number) => void;
}

export type ArenaStoreApi = StoreApi<ArenaStore>;

export function createArenaStore(workload: ArenaWorkload, linkErrors: string[] = []): ArenaStoreApi {
  return createStore<ArenaStore>()((set) => ({
    workload,
    step: 0,
    linkErrors,
    dismissErrors: () => set({ linkErrors: [] }),
    // A change of settings starts the map again at the first step.
    set: (patch) =>
      set((s) => {
        const w = { ...s.workload, ...patch };
        return { workload: { ...w, keep: Math.min(w.keep, w.objects) }, step: 0 };
      }),
    choosePreset: (id) => {
      const p = PRESETS.find((x) => x.id === id);
      if (p) set({ workload: p.workload, step: 0 });
    },
    setStep: (step) => set({ step }),
  }));
}

/** The preset whose settings are on screen, if any. */
export function presetOf(w: ArenaWorkload): string | null {
  return PRESETS.find((p) => JSON.stringify(p.workload) === JSON.stringify(w))?.id ?? null;
}
