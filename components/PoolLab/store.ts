// One store per widget instance, so two labs on a lesson page don't share settings.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { PRESETS, type PoolLabState } from '@/lib/poollab/state';

export interface PoolStore {
  lab: PoolLabState;
  linkErrors: string[];
  set: <K extends keyof PoolLabState>(key: K, value: PoolLabState[K]) => void;
  applyPreset: (id: string) => void;
  dismissErrors: () => void;
}

export type PoolStoreApi = StoreApi<PoolStore>;

export function createPoolStore(initial: PoolLabState, linkErrors: string[] = []): PoolStoreApi {
  return createStore<PoolStore>()((set) => ({
    lab: initial,
    linkErrors,
    set: (key, value) => set((s) => ({ lab: { ...s.lab, [key]: value } })),
    applyPreset: (id) => {
      const p = PRESETS.find((x) => x.id === id);
      if (p) set({ lab: p.state });
    },
    dismissErrors: () => set({ linkErrors: [] }),
  }));
}
