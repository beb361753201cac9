'use client';
// Mirrors the store into the address bar (replaceState, debounced) so the URL is always a link to
// what is on screen. The URL is read once, when the store is created (see SliceGrowthLab).

import { useCallback, useEffect, useRef } from 'react';
import { serializeLabState } from '@/lib/growth/url-state';
import type { LabStoreApi } from './store';

export const URL_WRITE_DELAY_MS = 150;

function write(api: LabStoreApi): void {
  const url = `${window.location.pathname}?${serializeLabState(api.getState().lab)}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    // Next's router picks up native replaceState; no navigation, no history entry.
    window.history.replaceState(null, '', url);
  }
}

/** Returns `flush`: writes a pending change now (before copying the link). */
export function useUrlSync(api: LabStoreApi, enabled: boolean): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!enabled) return;
    write(api);
    const unsub = api.subscribe((s, prev) => {
      if (s.lab === prev.lab) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        write(api);
      }, URL_WRITE_DELAY_MS);
    });
    return () => {
      unsub();
      // Dropped, not flushed: on unmount the address bar may already belong to another page.
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [api, enabled]);
  return useCallback(() => {
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    write(api);
  }, [api, enabled]);
}
