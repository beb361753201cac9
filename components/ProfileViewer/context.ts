'use client';
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { ViewerState } from './store';

export const ViewerContext = createContext<StoreApi<ViewerState> | null>(null);

export function useViewer<T>(sel: (s: ViewerState) => T): T {
  const api = useContext(ViewerContext);
  if (!api) throw new Error('useViewer outside the profile viewer');
  return useStore(api, sel);
}
