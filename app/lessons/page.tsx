import type { Metadata } from 'next';
import Link from 'next/link';
import { LessonStatus } from '@/components/progress/LessonStatus';
import { lessonsByTrack, loadLessons } from '@/lib/content/lessons';

export const metadata: Metadata = { title: 'Lessons' };

export default function LessonsIndex() {
  const groups = lessonsByTrack(loadLessons());
  return (
    <>
      <h1>Lessons</h1>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`track-${g.id}`}>
          <h2 id={`track-${g.id}`}>{g.title}</h2>
          <p className="muted">{g.blurb}</p>
          <ol className="card-grid">
            {g.lessons.map((l) => (
              <li key={l.slug} className="card">
                <h3><Link href={`/lessons/${l.slug}/`}>{l.title}</Link></h3>
                <p>{l.summary}</p>
                <p className="muted"><span className="tag">{l.minutes} min</span> <LessonStatus slug={l.slug} /></p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
