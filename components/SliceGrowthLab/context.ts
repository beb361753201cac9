import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LabStore, LabStoreApi } from './store';

export const LabStoreContext = createContext<LabStoreApi | null>(null);

/** Reads from this widget instance's store. */
export function useLab<T>(selector: (s: LabStore) => T): T {
  const api = useContext(LabStoreContext);
  if (!api) throw new Error('useLab outside <SliceGrowthLab>');
  return useStore(api, selector);
}
