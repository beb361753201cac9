'use client';
import Link from 'next/link';
import type { LessonRef } from '@/lib/content/lessons';
import { useProgress } from './useProgress';

/** "1 of 3 lessons done" with a bar, for a track or an onboarding path. Kept in this browser. */
export function TrackProgress({ lessons, name }: { lessons: LessonRef[]; name: string }) {
  const done = useProgress().done;
  const n = lessons.filter((l) => Object.hasOwn(done, l.slug)).length;
  if (lessons.length === 0) return null;
  return (
    <p className="track-progress">
      <progress max={lessons.length} value={n} aria-label={`${name}: lessons done`} />{' '}
      <span>
        {n} of {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'} done
      </span>
    </p>
  );
}

/** A link to the first lesson not yet done ("Start" or "Continue"), or a note that all are done. */
export function NextLessonLink({ lessons }: { lessons: LessonRef[] }) {
  const done = useProgress().done;
  const next = lessons.find((l) => !Object.hasOwn(done, l.slug));
  if (lessons.length === 0) return null;
  if (!next) return <p className="muted">All done ✓</p>;
  const started = lessons.some((l) => Object.hasOwn(done, l.slug));
  return (
    <p>
      <Link className="button-link" href={`/lessons/${next.slug}/`}>
        {started ? 'Continue' : 'Start'}: {next.title}
      </Link>
    </p>
  );
}
