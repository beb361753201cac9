import type { Metadata } from 'next';
import Link from 'next/link';
import { LessonStatus } from '@/components/progress/LessonStatus';
import { TrackProgress } from '@/components/progress/TrackProgress';
import { loadLessons, trackSummaries } from '@/lib/content/lessons';
import { fmtMinutes } from '@/lib/content/tracks';

export const metadata: Metadata = { title: 'Lessons' };

export default function LessonsIndex() {
  const lessons = loadLessons();
  const groups = trackSummaries(lessons);
  return (
    <>
      <h1>Lessons</h1>
      <p className="muted">
        Three tracks, to read in order: <Link href="/progress/">your progress</Link> is kept in this browser.{' '}
        <Link href="/path/new/">Build an onboarding path</Link> to send someone a chosen list.
      </p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`track-${g.id}`} className="track-section">
          <h2 id={`track-${g.id}`}>
            {g.title}{' '}
            {g.lessons.length > 0 && <span className="track-time">about {fmtMinutes(g.minutes)}</span>}
          </h2>
          <p className="muted">{g.blurb}</p>
          {g.lessons.length === 0 ? (
            <p>No lessons in this track yet: they are being written.</p>
          ) : (
            <>
              <TrackProgress lessons={g.lessons} name={g.title} />
              <ol className="card-grid">
                {lessons
                  .filter((l) => l.track === g.id)
                  .map((l) => (
                    <li key={l.slug} className="card">
                      <h3><Link href={`/lessons/${l.slug}/`}>{l.title}</Link></h3>
                      <p>{l.summary}</p>
                      <p className="muted"><span className="tag">{l.minutes} min</span> <LessonStatus slug={l.slug} /></p>
                    </li>
                  ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </>
  );
}
