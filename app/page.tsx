import Link from 'next/link';
import { ContinueCard } from '@/components/progress/ContinueCard';
import { TrackCards } from '@/components/progress/TrackCards';
import { loadLessons, trackSummaries } from '@/lib/content/lessons';

export default function Home() {
  const lessons = loadLessons();
  const first = lessons[0];
  const tracks = trackSummaries(lessons);
  return (
    <>
      <section className="hero">
        <h1>See what the runtime does with your memory</h1>
        <p className="lead">
          Heaplab is a place to learn how memory really behaves in Go and Rust. Move a slider or edit a few lines
          and watch a slice reallocate, a Vec double, the heap grow and the garbage collector run — with the numbers
          the real Go 1.23 and Rust 1.95 runtimes produce, not a cartoon of them.
        </p>
        <p className="hero-actions">
          {first && <Link className="button-link" href={`/lessons/${first.slug}/`}>Start with “{first.title}”</Link>}
          <Link className="button-link secondary" href="/labs/slices/">Open the slice-growth lab</Link>
        </p>
      </section>
      <ContinueCard />
      <section aria-labelledby="tracks">
        <h2 id="tracks">Three tracks</h2>
        <TrackCards tracks={tracks} />
        <p>
          <Link href="/progress/">Your progress</Link> (kept in this browser; export it to move it) ·{' '}
          <Link href="/path/new/">Build an onboarding path</Link> to send a team a list of lessons in order.
        </p>
      </section>
      <section aria-labelledby="what">
        <h2 id="what">What you can do here</h2>
        <ul className="card-grid">
          <li className="card"><h3>Lessons</h3><p>Short lessons on growth, reuse, pooling, the GC and arenas, each with a simulator to play with.</p><Link href="/lessons/">All lessons</Link></li>
          <li className="card"><h3>Labs</h3><p>Standalone simulators. The address bar always holds a link that reopens exactly what you see.</p><Link href="/labs/">All labs</Link></li>
          <li className="card"><h3>Playground</h3><p>Write a small Go or Rust program and see every allocation it makes.</p><Link href="/playground/">Playground</Link></li>
          <li className="card"><h3>Search and glossary</h3><p>Find a lesson by any word in it, or look up a term: span, size class, escape, pacer…</p><Link href="/search/">Search</Link> · <Link href="/glossary/">Glossary</Link></li>
        </ul>
      </section>
    </>
  );
}
