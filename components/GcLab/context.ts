import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { GcLabStore, GcLabStoreApi } from './store';

export const GcLabContext = createContext<GcLabStoreApi | null>(null);

/** Reads from this lab instance's store. */
export function useGcLab<T>(selector: (s: GcLabStore) => T): T {
  const api = useContext(GcLabContext);
  if (!api) throw new Error('useGcLab outside <GcLab>');
  return useStore(api, selector);
}
