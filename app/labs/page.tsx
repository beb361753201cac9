import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Labs' };

const labs = [
  { href: '/labs/slices/', title: 'Slice and Vec growth', text: 'Append one element at a time, preallocate or reserve, in Go or Rust, and compare what each costs.' },
  { href: '/labs/gc/', title: 'GC pacer', text: 'Run a workload under GOGC, GOMEMLIMIT and GOMAXPROCS, compare two settings, and replay your own gctrace under other ones.' },
  { href: '/labs/arena/', title: 'Arenas', text: 'Bump-allocate each request into a Go arena, bumpalo or typed-arena, free it in one go, and compare with allocating object by object.' },
  { href: '/labs/pool/', title: 'sync.Pool', text: 'Requests through a sync.Pool on 1 to 8 Ps: private, shared, stolen, victim or New for each Get, GC cycles with and without the pool, the boxing trap, Rust’s free list and clear() on the same workload, and a bounded worker pool beside a goroutine (or thread) per request.' },
  { href: '/profiles/', title: 'Profile viewer', text: 'Open a real pprof, DHAT or massif profile in the browser: flame graph, top functions, lines, and what changed from a base profile.' },
];

export default function Labs() {
  return (
    <>
      <h1>Labs</h1>
      <p className="muted">Each lab is a simulator on its own page. The address bar always holds a link to what you see.</p>
      <ul className="card-grid">
        {labs.map((l) => (
          <li key={l.href} className="card"><h2 style={{ fontSize: '1.1rem', margin: 0 }}><Link href={l.href}>{l.title}</Link></h2><p>{l.text}</p></li>
        ))}
      </ul>
    </>
  );
}
