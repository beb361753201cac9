'use client';
import { useEffect } from 'react';
import { recordVisit } from '@/lib/progress/progress';
import { progressChanged } from './useProgress';

/** Remembers this page as the learner's place, for the home page's "continue where you left off". */
export function RecordVisit({ path, title }: { path: string; title: string }) {
  useEffect(() => {
    try {
      recordVisit(localStorage, { path, title });
      progressChanged();
    } catch {
      // no storage: nothing to remember
    }
  }, [path, title]);
  return null;
}
