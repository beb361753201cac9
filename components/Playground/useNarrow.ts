'use client';
import { useEffect, useState } from 'react';

/** Phone-sized screens (< 640 px) get a textarea instead of Monaco and stacked views. */
export const NARROW_QUERY = '(max-width: 639.98px)';

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(NARROW_QUERY).matches);
  useEffect(() => {
    const m = window.matchMedia?.(NARROW_QUERY);
    if (!m) return;
    const on = () => setNarrow(m.matches);
    on();
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return narrow;
}
