'use client';
import { useSyncExternalStore } from 'react';
import { THEME_KEY } from './theme-script';

type Choice = 'system' | 'light' | 'dark';

function read(): Choice {
  const v = localStorage.getItem(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}
const listeners = new Set<() => void>();
function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Theme picker; the inline head script (theme-script.ts) does the applying. */
export function ThemeSwitch() {
  const choice = useSyncExternalStore(subscribe, read, () => 'system' as Choice);
  const set = (c: Choice) => {
    if (c === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, c);
    (window as unknown as { __heaplabApplyTheme?: () => void }).__heaplabApplyTheme?.();
    listeners.forEach((l) => l());
  };
  return (
    <label className="theme-switch">
      <span className="visually-hidden">Colour theme</span>
      <select value={choice} onChange={(e) => set(e.target.value as Choice)}>
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
