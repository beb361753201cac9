'use client';
// The viewer's code (d3, the parsers' client) loads after the page, behind a skeleton of its size.
import dynamic from 'next/dynamic';
import './ProfileViewer.css';

function Skeleton() {
  return (
    <section className="pv pv-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the profile viewer…
      </p>
      <div className="pv-drop" aria-hidden="true">
        <div className="pv-bone" style={{ height: '1.1rem', width: '40%' }} />
        <div className="pv-bone" style={{ height: '2.25rem', marginTop: '0.4rem' }} />
        <div className="pv-bone" style={{ height: '1rem', marginTop: '0.4rem', width: '70%' }} />
      </div>
    </section>
  );
}

export const ProfileViewer = dynamic(() => import('./ProfileViewer'), { ssr: false, loading: () => <Skeleton /> });
