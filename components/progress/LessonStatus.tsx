'use client';
import { useProgress } from './useProgress';

/** A "Done" tag on a lesson card, once the learner has marked the lesson done. */
export function LessonStatus({ slug }: { slug: string }) {
  const done = slug in useProgress().done;
  return done ? <span className="tag tag-done">Done ✓</span> : null;
}
