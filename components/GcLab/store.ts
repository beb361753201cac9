// One store per GC lab instance: the settings (what the URL holds) and the opening link's problems.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { findPreset } from '@/lib/gclab/presets';
import { DEFAULT_PHASE, DEFAULT_SETTINGS, LIMITS, type GcLabState, type GcSettings, type PhaseSpec } from '@/lib/gclab/state';

export type Which = 'a' | 'b';

export interface GcLabStore {
  lab: GcLabState;
  linkErrors: string[];
  dismissErrors: () => void;
  setPreset: (id: string) => void;
  setSettings: (which: Which, patch: Partial<GcSettings>) => void;
  setCompare: (on: boolean) => void;
  setLive: (mib: number) => void;
  setGoroutines: (n: number) => void;
  setPhase: (i: number, patch: Partial<PhaseSpec>) => void;
  addPhase: () => void;
  removePhase: (i: number) => void;
}

export type GcLabStoreApi = StoreApi<GcLabStore>;

export function createGcLabStore(initial: GcLabState, linkErrors: string[] = []): GcLabStoreApi {
  return createStore<GcLabStore>()((set) => {
    const lab = (f: (l: GcLabState) => GcLabState) => set((s) => ({ lab: f(s.lab) }));
    return {
      lab: initial,
      linkErrors,
      dismissErrors: () => set({ linkErrors: [] }),
      setPreset: (id) => {
        const p = findPreset(id);
        if (p) set({ lab: p.state });
      },
      setSettings: (which, patch) => lab((l) => (which === 'a' ? { ...l, a: { ...l.a, ...patch } } : l.b ? { ...l, b: { ...l.b, ...patch } } : l)),
      setCompare: (on) => lab((l) => ({ ...l, b: on ? (l.b ?? { ...DEFAULT_SETTINGS, gogc: l.a.gogc === 200 ? 100 : 200, gomaxprocs: l.a.gomaxprocs }) : null })),
      setLive: (liveMiB) => lab((l) => ({ ...l, liveMiB })),
      setGoroutines: (goroutines) => lab((l) => ({ ...l, goroutines })),
      setPhase: (i, patch) => lab((l) => ({ ...l, phases: l.phases.map((p, k) => (k === i ? { ...p, ...patch } : p)) })),
      addPhase: () => lab((l) => (l.phases.length >= LIMITS.phases.max ? l : { ...l, phases: [...l.phases, { ...(l.phases[l.phases.length - 1] ?? DEFAULT_PHASE) }] })),
      removePhase: (i) => lab((l) => (l.phases.length <= LIMITS.phases.min ? l : { ...l, phases: l.phases.filter((_, k) => k !== i) })),
    };
  });
}
