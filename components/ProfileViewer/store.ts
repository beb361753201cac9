'use client';
// The profile viewer's state: the loaded profile (and a base to compare with), which sample type
// and view are shown, the flame graph's zoom and search.
import { createStore, type StoreApi } from 'zustand';
import type { ReadResult } from '@/lib/profile/read';

export type View = 'flame' | 'top' | 'source' | 'diff' | 'massif';

export interface Loaded extends ReadResult {
  name: string;
  ms: number;
}

export interface ViewerState {
  current: Loaded | null;
  base: Loaded | null;
  loading: 'current' | 'base' | null;
  error: string | null;
  typeIndex: number;
  view: View;
  query: string;
  /** The zoomed flame node, as the names on its path from the root. */
  zoom: string[];
  file: string | null;
  setLoaded: (which: 'current' | 'base', l: Loaded) => void;
  setLoading: (which: 'current' | 'base' | null) => void;
  setError: (e: string | null) => void;
  setTypeIndex: (i: number) => void;
  setView: (v: View) => void;
  setQuery: (q: string) => void;
  setZoom: (z: string[]) => void;
  setFile: (f: string | null) => void;
}

/** The sample type a profile opens on: its default, else allocated bytes, else the first. */
export function defaultTypeIndex(l: Loaded): number {
  const p = l.profile;
  const d = typeof p.meta.defaultSampleType === 'string' ? p.sampleTypes.findIndex((t) => t.type === p.meta.defaultSampleType) : -1;
  return d >= 0 ? d : (p.heapIndex.allocBytes ?? p.heapIndex.inuseBytes ?? 0);
}

export function createViewerStore(): StoreApi<ViewerState> {
  return createStore<ViewerState>()((set) => ({
    current: null,
    base: null,
    loading: null,
    error: null,
    typeIndex: 0,
    view: 'flame',
    query: '',
    zoom: [],
    file: null,
    setLoaded: (which, l) =>
      set((s) =>
        which === 'base'
          ? { base: l, loading: null, error: null, view: 'diff' }
          : { current: l, loading: null, error: null, typeIndex: defaultTypeIndex(l), zoom: [], file: null, view: l.massif ? 'massif' : s.view === 'diff' || s.view === 'massif' ? 'flame' : s.view },
      ),
    setLoading: (loading) => set({ loading }),
    setError: (error) => set({ error, loading: null }),
    setTypeIndex: (typeIndex) => set({ typeIndex, zoom: [] }),
    setView: (view) => set({ view }),
    setQuery: (query) => set({ query }),
    setZoom: (zoom) => set({ zoom }),
    setFile: (file) => set({ file }),
  }));
}
