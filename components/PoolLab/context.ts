import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PoolStore, PoolStoreApi } from './store';

export const PoolStoreContext = createContext<PoolStoreApi | null>(null);

/** Reads from this widget instance's store. */
export function usePool<T>(selector: (s: PoolStore) => T): T {
  const api = useContext(PoolStoreContext);
  if (!api) throw new Error('usePool outside <PoolLab>');
  return useStore(api, selector);
}
