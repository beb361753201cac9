'use client';
import Link from 'next/link';
import type { TrackSummary } from '@/lib/content/lessons';
import { fmtMinutes } from '@/lib/content/tracks';
import { TrackProgress } from './TrackProgress';
import { useProgress } from './useProgress';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every track with each lesson's state, and what else is kept: exercises, predictions, drafts. */
export function ProgressOverview({ tracks }: { tracks: TrackSummary[] }) {
  const p = useProgress();
  const exercises = Object.keys(p.exercises).length;
  const guesses = Object.keys(p.guesses).length;
  const drafts = Object.keys(p.drafts).length;
  return (
    <>
      <p>
        Kept in this browser: {plural(Object.keys(p.done).length, 'lesson')} done, {plural(exercises, 'exercise')} completed,{' '}
        {plural(guesses, 'prediction')} committed, {plural(drafts, 'exercise draft')}.
      </p>
      {tracks.map((t) => (
        <section key={t.id} aria-labelledby={`progress-${t.id}`} className="progress-track">
          <h2 id={`progress-${t.id}`}>{t.title}</h2>
          {t.lessons.length === 0 ? (
            <p className="muted">No lessons in this track yet.</p>
          ) : (
            <>
              <TrackProgress lessons={t.lessons} name={t.title} />
              <ul>
                {t.lessons.map((l) => (
                  <li key={l.slug}>
                    <Link href={`/lessons/${l.slug}/`}>{l.title}</Link> <span className="muted">({fmtMinutes(l.minutes)})</span>{' '}
                    {Object.hasOwn(p.done, l.slug) && <span className="tag tag-done">Done ✓</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}
