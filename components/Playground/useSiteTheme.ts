'use client';
import { useEffect, useState } from 'react';

/** The site theme in effect ('light' or 'dark'), following the theme switch and the system setting. */
export function useSiteTheme(): 'light' | 'dark' {
  const read = () => {
    const t = document.documentElement.dataset.theme;
    if (t === 'dark' || t === 'light') return t;
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };
  const [theme, setTheme] = useState<'light' | 'dark'>(() => (typeof document === 'undefined' ? 'light' : read()));
  useEffect(() => {
    const mo = new MutationObserver(() => setTheme(read()));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => mo.disconnect();
  }, []);
  return theme;
}
