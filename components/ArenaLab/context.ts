import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ArenaStore, ArenaStoreApi } from './store';

export const ArenaStoreContext = createContext<ArenaStoreApi | null>(null);

/** Reads from this lab instance's store. */
export function useArena<T>(selector: (s: ArenaStore) => T): T {
  const api = useContext(ArenaStoreContext);
  if (!api) throw new Error('useArena outside <ArenaLab>');
  return useStore(api, selector);
}
