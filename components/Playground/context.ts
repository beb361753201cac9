import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PgStore, PgStoreApi } from './store';

export const PgStoreContext = createContext<PgStoreApi | null>(null);

export function usePgApi(): PgStoreApi {
  const api = useContext(PgStoreContext);
  if (!api) throw new Error('usePg outside <Playground>');
  return api;
}

/** Reads from this playground's store. */
export function usePg<T>(selector: (s: PgStore) => T): T {
  return useStore(usePgApi(), selector);
}
