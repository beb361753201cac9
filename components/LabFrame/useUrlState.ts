'use client';
// Mirrors a lab's state into the address bar (replaceState, debounced) so the URL is always a link to
// what is on screen. The URL is read once, when the lab's store is created.

import { useCallback, useEffect, useRef } from 'react';
import type { StoreApi } from 'zustand';

export const URL_WRITE_DELAY_MS = 150;

/** `query(state)` is the search string without `?`; `changed(s, prev)` says when to write. Returns `flush`. */
export function useUrlState<S>(api: StoreApi<S>, enabled: boolean, query: (s: S) => string, changed: (s: S, prev: S) => boolean): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const write = useCallback(() => {
    const url = `${window.location.pathname}?${query(api.getState())}${window.location.hash}`;
    // Next's router picks up native replaceState; no navigation, no history entry.
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [api, query]);
  useEffect(() => {
    if (!enabled) return;
    write();
    const unsub = api.subscribe((s, prev) => {
      if (!changed(s, prev)) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        write();
      }, URL_WRITE_DELAY_MS);
    });
    return () => {
      unsub();
      // Dropped, not flushed: on unmount the address bar may already belong to another page.
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [api, enabled, write, changed]);
  return useCallback(() => {
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    write();
  }, [enabled, write]);
}

/** The link a lab's share box shows: this page's URL when synced, else the lab's own page. */
export function shareHref(query: string, syncUrl: boolean, labPath: string): string {
  if (typeof window === 'undefined') return '';
  const loc = window.location;
  return syncUrl ? `${loc.origin}${loc.pathname}?${query}${loc.hash}` : `${loc.origin}${labPath}?${query}`;
}
