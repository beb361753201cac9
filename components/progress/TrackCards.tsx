import Link from 'next/link';
import type { TrackSummary } from '@/lib/content/lessons';
import { fmtMinutes } from '@/lib/content/tracks';
import { NextLessonLink, TrackProgress } from './TrackProgress';

/** The three tracks as cards: what each covers, how long it takes, and this learner's progress. */
export function TrackCards({ tracks, headingLevel = 3, lessonLists = false }: { tracks: TrackSummary[]; headingLevel?: 2 | 3; lessonLists?: boolean }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="card-grid track-grid">
      {tracks.map((t) => (
        <li key={t.id} className="card track-card">
          <H id={`track-${t.id}`}>{t.title}</H>
          <p>{t.blurb}</p>
          {t.lessons.length === 0 ? (
            <p className="muted">No lessons in this track yet: they are being written.</p>
          ) : (
            <>
              <p className="muted">
                <span className="tag">{t.lessons.length} {t.lessons.length === 1 ? 'lesson' : 'lessons'}</span>{' '}
                <span className="tag">about {fmtMinutes(t.minutes)}</span>
              </p>
              {lessonLists && (
                <ol className="track-lessons">
                  {t.lessons.map((l) => (
                    <li key={l.slug}>
                      <Link href={`/lessons/${l.slug}/`}>{l.title}</Link> <span className="muted">{fmtMinutes(l.minutes)}</span>
                    </li>
                  ))}
                </ol>
              )}
              <TrackProgress lessons={t.lessons} name={t.title} />
              <NextLessonLink lessons={t.lessons} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
