'use client';
import { useSyncExternalStore } from 'react';
import { emptyProgress, LEGACY_KEYS, PROGRESS_KEY, rawProgress, readProgress, type Progress } from '@/lib/progress/progress';

// Progress as React state, shared by every component on the page and by other tabs (storage event).
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Progress } | null = null;
const KEYS = new Set([PROGRESS_KEY, ...Object.values(LEGACY_KEYS)]);

function snapshot(): Progress {
  let raw: string | null = null;
  try {
    raw = rawProgress(localStorage).raw;
  } catch {
    raw = null;
  }
  if (!cache || cache.raw !== raw) cache = { raw, value: readProgress(localStorage) };
  return cache.value;
}

const serverSnapshot: Progress = emptyProgress();

function subscribe(cb: () => void) {
  listeners.add(cb);
  // e.key is null when another tab cleared the storage.
  const onStorage = (e: StorageEvent) => (e.key === null || KEYS.has(e.key)) && cb();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('storage', onStorage);
  };
}

/** Call after writing progress so every reader on this page updates. */
export function progressChanged() {
  listeners.forEach((l) => l());
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => serverSnapshot);
}

/** False during the server render and hydration, true once the browser's progress is read. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}
