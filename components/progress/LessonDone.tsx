'use client';
import { setLessonDone } from '@/lib/progress/progress';
import { progressChanged, useProgress } from './useProgress';

/** "Mark as done" at the end of a lesson; the lessons index shows the mark. Kept in this browser. */
export function LessonDone({ slug }: { slug: string }) {
  const done = slug in useProgress().done;
  const toggle = () => {
    setLessonDone(localStorage, slug, !done);
    progressChanged();
  };
  return (
    <p className="lesson-done">
      <button type="button" className={done ? 'secondary' : undefined} aria-pressed={done} onClick={toggle}>
        {done ? 'Done ✓' : 'Mark this lesson as done'}
      </button>{' '}
      <span className="muted">{done ? 'Press again to unmark. ' : ''}Progress is kept in this browser only.</span>
    </p>
  );
}
