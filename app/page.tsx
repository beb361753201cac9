import Link from 'next/link';
import { loadLessons } from '@/lib/content/lessons';

export default function Home() {
  const first = loadLessons()[0];
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
      <section aria-labelledby="what">
        <h2 id="what">What you can do here</h2>
        <ul className="card-grid">
          <li className="card"><h3>Lessons</h3><p>Short lessons on growth, reuse, pooling, the GC and arenas, each with a simulator to play with.</p><Link href="/lessons/">All lessons</Link></li>
          <li className="card"><h3>Labs</h3><p>Standalone simulators. The address bar always holds a link that reopens exactly what you see.</p><Link href="/labs/">All labs</Link></li>
          <li className="card"><h3>Playground</h3><p>Write a small Go or Rust program and see every allocation it makes.</p><Link href="/playground/">Playground</Link></li>
        </ul>
      </section>
    </>
  );
}
