// Human names for the strategies, as a learner would write the code.

import type { Lang, Strategy } from '@/lib/growth/simulate';

const GO: Partial<Record<Strategy, string>> = {
  append: 'append one at a time',
  prealloc: 'make([]T, 0, n) then append',
  growOnce: 'append(s, make([]T, n)...)',
  batch: 'append k at a time: append(s, chunk...)',
};

const RUST: Partial<Record<Strategy, string>> = {
  append: 'Vec::new(), then push one at a time',
  prealloc: 'Vec::with_capacity(n), then push',
  growOnce: 'extend_from_slice(all n at once)',
  batch: 'extend_from_slice(k) per chunk',
  reserve: 'reserve(k) per chunk',
  reserveExact: 'reserve_exact(k) per chunk',
  shrinkToFit: 'push, then shrink_to_fit()',
};

export function strategyLabel(lang: Lang, s: Strategy): string {
  return (lang === 'go' ? GO : RUST)[s] ?? s;
}

export const LANG_NAME: Record<Lang, string> = { go: 'Go', rust: 'Rust' };
