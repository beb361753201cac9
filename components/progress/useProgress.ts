'use client';
import { useSyncExternalStore } from 'react';
import { PROGRESS_KEY, readProgress, type Progress } from '@/lib/progress/progress';

// Progress as React state, shared by every component on the page and by other tabs (storage event).
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Progress } | null = null;

function snapshot(): Progress {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    raw = null;
  }
  if (!cache || cache.raw !== raw) cache = { raw, value: readProgress(localStorage) };
  return cache.value;
}

const serverSnapshot: Progress = { done: {}, guesses: {}, exercises: {} };

function subscribe(cb: () => void) {
  listeners.add(cb);
  const onStorage = (e: StorageEvent) => e.key === PROGRESS_KEY && cb();
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
