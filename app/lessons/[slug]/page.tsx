import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonDone } from '@/components/progress/LessonDone';
import { RecordVisit } from '@/components/progress/RecordVisit';
import { loadLessons, neighbours } from '@/lib/content/lessons';
import { tracks } from '@/lib/content/tracks';
import 'katex/dist/katex.min.css';
import '../../lesson.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadLessons().map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = loadLessons().find((l) => l.slug === slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lessons = loadLessons();
  const lesson = lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  const { default: Body } = await import(`@/content/lessons/${slug}.mdx`);
  const { prev, next } = neighbours(lessons, slug);
  const track = tracks.find((t) => t.id === lesson.track);
  return (
    <div className="lesson-layout">
      {lesson.toc.length > 0 && (
        <nav className="lesson-toc" aria-label="On this page">
          <strong>On this page</strong>
          <ol>
            {lesson.toc.map((e) => (
              <li key={e.id} className={`depth-${e.depth}`}><a href={`#${e.id}`}>{e.text}</a></li>
            ))}
          </ol>
        </nav>
      )}
      <article className="prose">
        <p className="muted">{track?.title}</p>
        <h1>{lesson.title}</h1>
        <p className="lesson-meta">{lesson.minutes} minutes</p>
        <section className="lesson-objectives" aria-label="Objectives">
          <strong>You will learn</strong>
          <ul>{lesson.objectives.map((o) => <li key={o}>{o}</li>)}</ul>
          {lesson.prerequisites.length > 0 && (
            <p>
              Before this:{' '}
              {lesson.prerequisites.map((p, i) => (
                <span key={p}>{i > 0 && ', '}<Link href={`/lessons/${p}/`}>{lessons.find((l) => l.slug === p)?.title}</Link></span>
              ))}
            </p>
          )}
        </section>
        <Body />
        <RecordVisit path={`/lessons/${lesson.slug}/`} title={lesson.title} />
        <LessonDone slug={lesson.slug} />
        <nav className="lesson-pager" aria-label="Lesson pager">
          {prev ? <Link href={`/lessons/${prev.slug}/`} rel="prev"><small>Previous</small>{prev.title}</Link> : <span />}
          {next ? <Link href={`/lessons/${next.slug}/`} rel="next"><small>Next</small>{next.title}</Link> : <span />}
        </nav>
      </article>
    </div>
  );
}
