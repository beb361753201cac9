'use client';
// A team lead picks lessons, puts them in order and names the path; the page gives the link to send.

import Link from 'next/link';
import { useId, useState, useSyncExternalStore } from 'react';
import type { TrackSummary } from '@/lib/content/lessons';
import { MAX_LESSONS, pathQuery, TITLE_MAX } from '@/lib/content/onboarding';
import { fmtMinutes } from '@/lib/content/tracks';

const noop = () => () => {};

export function PathBuilder({ tracks }: { tracks: TrackSummary[] }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [copied, setCopied] = useState('');
  const origin = useSyncExternalStore(noop, () => window.location.origin, () => '');
  const all = tracks.flatMap((t) => t.lessons);
  const bySlug = new Map(all.map((l) => [l.slug, l]));
  const href = `/path/${pathQuery(title, picked)}`;
  const minutes = picked.reduce((m, s) => m + (bySlug.get(s)?.minutes ?? 0), 0);

  const toggle = (slug: string, on: boolean) => setPicked((p) => (on ? (p.includes(slug) || p.length >= MAX_LESSONS ? p : [...p, slug]) : p.filter((s) => s !== slug)));
  const addTrack = (t: TrackSummary) => setPicked((p) => [...p, ...t.lessons.map((l) => l.slug).filter((s) => !p.includes(s))].slice(0, MAX_LESSONS));
  const move = (i: number, by: -1 | 1) =>
    setPicked((p) => {
      const j = i + by;
      if (j < 0 || j >= p.length) return p;
      const q = [...p];
      [q[i], q[j]] = [q[j], q[i]];
      return q;
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(origin + href);
      setCopied('Copied.');
    } catch {
      setCopied('Copying is not allowed here: select the link and copy it.');
    }
  };

  return (
    <div className="path-builder">
      <p className="pg-field">
        <label htmlFor={`${id}-title`}>Title of the path</label>
        <input id={`${id}-title`} type="text" value={title} maxLength={TITLE_MAX} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Week 1: memory basics" />
      </p>
      <h2>Lessons</h2>
      {tracks.map((t) => (
        <fieldset key={t.id} className="path-track">
          <legend>{t.title}</legend>
          {t.lessons.length === 0 ? (
            <p className="muted">No lessons in this track yet.</p>
          ) : (
            <>
              {t.lessons.map((l) => (
                <label key={l.slug} className="path-check">
                  <input type="checkbox" checked={picked.includes(l.slug)} onChange={(e) => toggle(l.slug, e.target.checked)} /> {l.title}{' '}
                  <span className="muted">({fmtMinutes(l.minutes)})</span>
                </label>
              ))}
              <p>
                <button type="button" className="secondary" onClick={() => addTrack(t)}>
                  Add all of {t.title}
                </button>
              </p>
            </>
          )}
        </fieldset>
      ))}
      <h2>Order</h2>
      {picked.length === 0 ? (
        <p className="muted">Pick lessons above; they are listed here in the order the learner will take them.</p>
      ) : (
        <ol className="path-order">
          {picked.map((s, i) => {
            const name = bySlug.get(s)?.title ?? s;
            return (
              <li key={s}>
                <span>{name}</span>
                <span className="path-order-buttons">
                  <button type="button" className="secondary pg-small" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${name} up`}>↑</button>
                  <button type="button" className="secondary pg-small" onClick={() => move(i, 1)} disabled={i === picked.length - 1} aria-label={`Move ${name} down`}>↓</button>
                  <button type="button" className="secondary pg-small" onClick={() => toggle(s, false)} aria-label={`Remove ${name}`}>Remove</button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <h2>The link</h2>
      {picked.length === 0 ? (
        <p className="muted">The link appears once the path has a lesson.</p>
      ) : (
        <>
          <p>
            {picked.length} {picked.length === 1 ? 'lesson' : 'lessons'}, about {fmtMinutes(minutes)}.
          </p>
          <p className="pg-field">
            <label htmlFor={`${id}-link`}>Link to send</label>
            <input id={`${id}-link`} type="text" readOnly value={origin + href} onFocus={(e) => e.target.select()} />
          </p>
          <p className="transfer-row">
            <button type="button" onClick={copy}>Copy link</button> <Link href={href}>Open the path</Link>{' '}
            <span role="status" className="muted">{copied}</span>
          </p>
        </>
      )}
    </div>
  );
}
