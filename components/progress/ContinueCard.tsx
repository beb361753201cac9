'use client';
import Link from 'next/link';
import { useProgress } from './useProgress';

/** "Continue where you left off": the last lesson or exercise visited in this browser. */
export function ContinueCard() {
  const last = useProgress().last;
  if (!last) return null;
  return (
    <section className="continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading">Continue where you left off</h2>
      <p>
        <Link href={last.path}>{last.title}</Link>{' '}
        <span className="muted">(last opened {new Date(last.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })})</span>
      </p>
    </section>
  );
}
