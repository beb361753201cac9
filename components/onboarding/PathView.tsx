'use client';
// An onboarding link opened: its title, its lessons in order with the track each belongs to, and this
// learner's progress through them. The link is read in the browser (the page is static).

import Link from 'next/link';
import { useEffect, useSyncExternalStore } from 'react';
import { parsePathQuery, type PathLesson } from '@/lib/content/onboarding';
import { fmtMinutes } from '@/lib/content/tracks';
import { NextLessonLink, TrackProgress } from '@/components/progress/TrackProgress';
import { useProgress } from '@/components/progress/useProgress';

function subscribe(cb: () => void) {
  window.addEventListener('popstate', cb);
  return () => window.removeEventListener('popstate', cb);
}

export function PathView({ lessons, trackTitles }: { lessons: PathLesson[]; trackTitles: Record<string, string> }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => null);
  const done = useProgress().done;
  const parsed = search === null ? null : parsePathQuery(search, lessons);
  const title = parsed?.ok ? parsed.title : null;
  useEffect(() => {
    if (title) document.title = `${title} · Heaplab`;
  }, [title]);

  if (!parsed) {
    return (
      <>
        <h1>Onboarding path</h1>
        <p className="muted">Reading the link…</p>
      </>
    );
  }
  if (!parsed.ok) {
    return (
      <>
        <h1>This onboarding link cannot be opened</h1>
        <div role="alert" className="callout warn">
          <p>{parsed.reason}</p>
          {parsed.problems.length > 0 && (
            <ul>{parsed.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          )}
        </div>
        <p>
          See <Link href="/lessons/">all lessons</Link>, or <Link href="/path/new/">build an onboarding path</Link>.
        </p>
      </>
    );
  }
  const minutes = parsed.lessons.reduce((m, l) => m + l.minutes, 0);
  return (
    <>
      <p className="muted">Onboarding path</p>
      <h1>{parsed.title}</h1>
      <p>
        {parsed.lessons.length} {parsed.lessons.length === 1 ? 'lesson' : 'lessons'} in this order, about {fmtMinutes(minutes)}. Your progress is
        kept in this browser.
      </p>
      {parsed.problems.length > 0 && (
        <div role="status" className="callout warn">
          <p>Part of this link could not be used:</p>
          <ul>{parsed.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
        </div>
      )}
      <TrackProgress lessons={parsed.lessons} name={parsed.title} />
      <NextLessonLink lessons={parsed.lessons} />
      <ol className="path-lessons" aria-label="Lessons in this path">
        {parsed.lessons.map((l) => (
          <li key={l.slug} className="card">
            <Link href={`/lessons/${l.slug}/`}>{l.title}</Link>{' '}
            <span className="tag">{trackTitles[l.track] ?? l.track}</span> <span className="tag">{fmtMinutes(l.minutes)}</span>{' '}
            {Object.hasOwn(done, l.slug) && <span className="tag tag-done">Done ✓</span>}
          </li>
        ))}
      </ol>
      <p className="muted">
        <Link href="/path/new/">Build your own path</Link>
      </p>
    </>
  );
}
