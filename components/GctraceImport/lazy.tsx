'use client';
// The gctrace replay loads after the page, client-only, behind a box of the same shape.

import dynamic from 'next/dynamic';

function Loading() {
  return (
    <section className="lab lab-skeleton" aria-busy="true">
      <h2 className="lab-title">Replay your gctrace</h2>
      <p className="visually-hidden" role="status">
        Loading the gctrace reader…
      </p>
      <div className="lab-chart" aria-hidden="true" style={{ aspectRatio: '5 / 2' }} />
    </section>
  );
}

export const GctraceImport = dynamic<{ headingLevel?: 2 | 3 }>(() => import('./GctraceImport'), { ssr: false, loading: () => <Loading /> });
