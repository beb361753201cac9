'use client';
import { useEffect, useState } from 'react';

/** Phone-sized screens (< 640 px) get a textarea instead of Monaco and stacked views. */
export const NARROW_QUERY = '(max-width: 639.98px)';

/** Wide screens (≥ 1280 px) put the editor and the views side by side (Playground.css, same width). */
export const WIDE_QUERY = '(min-width: 80rem)';

function useMedia(query: string): boolean {
  const [match, setMatch] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches);
  useEffect(() => {
    const m = window.matchMedia?.(query);
    if (!m) return;
    const on = () => setMatch(m.matches);
    on();
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return match;
}

export function useNarrow(): boolean {
  return useMedia(NARROW_QUERY);
}

export function useWide(): boolean {
  return useMedia(WIDE_QUERY);
}
