'use client';
// Search across lessons and the glossary, offline: the index is a static file built with the site
// (/search-index.json); the query lives in the address (?q=) so a search can be linked to.

import Link from 'next/link';
import { useEffect, useId, useMemo, useState } from 'react';
import { readIndex, SearchEngine } from '@/lib/search/search';

type Load = { state: 'loading' } | { state: 'ready'; engine: SearchEngine } | { state: 'failed' };

function initialQuery(): string {
  if (typeof window === 'undefined') return '';
  return new URLSearchParams(window.location.search).get('q')?.slice(0, 200) ?? '';
}

export function SearchPage() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let alive = true;
    const q = initialQuery();
    if (q) queueMicrotask(() => alive && setQuery(q));
    fetch('/search-index.json')
      .then((r) => (r.ok ? r.json() : null))
      .then((j) => {
        const index = readIndex(j);
        if (alive) setLoad(index ? { state: 'ready', engine: new SearchEngine(index.docs) } : { state: 'failed' });
      })
      .catch(() => alive && setLoad({ state: 'failed' }));
    return () => {
      alive = false;
    };
  }, []);

  const onChange = (q: string) => {
    setQuery(q);
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  };

  const hits = useMemo(() => (load.state === 'ready' && query.trim() ? load.engine.search(query) : []), [load, query]);
  const status =
    load.state === 'failed'
      ? 'Search is unavailable: the index could not be loaded.'
      : load.state === 'loading'
        ? query.trim()
          ? 'Loading the index…'
          : ''
        : !query.trim()
          ? ''
          : hits.length === 0
            ? `Nothing contains every word of “${query.trim()}”. Try fewer or shorter words.`
            : `${hits.length}${hits.length === 20 ? ' or more' : ''} ${hits.length === 1 ? 'result' : 'results'} for “${query.trim()}”.`;

  return (
    <>
      <form role="search" aria-label="Lessons and glossary" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>Search lessons and the glossary</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => onChange(e.target.value)} placeholder="e.g. size class, victim cache, 896" autoComplete="off" spellCheck={false} />
      </form>
      <p role="status" className="muted search-status">{status}</p>
      {hits.length > 0 && (
        <ol className="search-results" aria-label="Search results">
          {hits.map((h) => (
            <li key={h.doc.href}>
              <Link href={h.doc.href}>
                {h.doc.page}
                {h.doc.section && <> › {h.doc.section}</>}
              </Link>
              {h.doc.track && <span className="tag">{h.doc.track}</span>}
              <p>
                {h.snippet.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
