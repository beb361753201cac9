'use client';
// Everything drawn from a run: the heap chart (with its text twin), the scrubber, the allocation
// sites and, in compare mode, the A/B differences.

import { useMemo } from 'react';
import { fmtBytes, fmtInt, fmtTime, plural } from '@/lib/playground/format';
import type { RunView } from '@/lib/playground/protocol';
import { describeSettings } from '@/lib/playground/settings';
import { usePg } from '../context';
import { CompareTable } from './CompareTable';
import type { Series } from './frame';
import { GcTable } from './GcTable';
import { HeapChart } from './HeapChart';
import { Scrubber } from './Scrubber';
import { SitesTable } from './SitesTable';

function summary(v: RunView, name: string): string {
  const s = v.result.stats;
  const at = v.heap.xKind === 'time' ? ` at ${fmtTime(v.heap.peakX)}` : '';
  return `${name}: peak live heap ${fmtBytes(v.heap.peak)}${at}; ${plural(s.heapAllocs, 'heap allocation')} (${fmtBytes(s.heapBytes)}); ${plural(s.gcCycles, 'GC cycle')}.`;
}

/**
 * `all`: one section (narrower screens, today's stacking). On wide screens the playground splits it:
 * `chart` (the heading, the A/B table and the heap chart) stands beside the editor, and `details`
 * (the scrubber, GC cycles and allocation sites) follows below.
 */
export function Views({ idBase, part = 'all' }: { idBase: string; part?: 'all' | 'chart' | 'details' }) {
  const a = usePg((s) => s.runA);
  const b = usePg((s) => s.runB);
  const ranWith = usePg((s) => s.ranWith);
  const lang = usePg((s) => s.lang);
  const cursor = usePg((s) => s.cursor);
  const setCursor = usePg((s) => s.setCursor);
  const series = useMemo<Series[]>(() => (a ? [{ key: 'a' as const, view: a }, ...(b ? [{ key: 'b' as const, view: b }] : [])] : []), [a, b]);
  // Nothing ran (it did not compile): the output says why; there is nothing to draw.
  if (!a || (a.result.exitCode === 1 && a.result.trace.length === 0 && !b)) return null;
  const nameA = b ? 'A' : 'This run';
  const t = a.result.trace;
  const ci = Math.min(cursor, Math.max(0, t.length - 1));
  const cursorX = t.length === 0 ? null : a.heap.xKind === 'time' ? t.time[ci] : ci;
  const captionB =
    ranWith?.compareMode === 'settings' && ranWith.b && lang === 'go'
      ? `same program; A ${describeSettings(ranWith.a)}, B ${describeSettings(ranWith.b)}`
      : ranWith?.compareMode === 'settings'
        ? 'same program'
        : 'another program';
  const label = `Live heap over ${a.heap.xKind === 'time' ? 'virtual time' : 'events'}${b ? ', A filled and B as a line' : ''}, with GC cycles marked and the heap goal drawn. ${summary(a, nameA)}${b ? ` ${summary(b, 'B')}` : ''}`;

  const chart = (
    <>
      {b && <CompareTable a={a} b={b} captionB={captionB} />}
      <figure className="pg-figure">
        <HeapChart series={series} cursorX={cursorX} label={label} />
        <figcaption>
          <ul className="pg-legend">
            <li>
              <span className="pg-swatch pg-s-a" aria-hidden="true" /> {b ? 'A: live heap' : 'live heap'}
            </li>
            {b && (
              <li>
                <span className="pg-swatch pg-s-b" aria-hidden="true" /> B: live heap
              </li>
            )}
            <li>
              <span className="pg-swatch pg-swatch-gc" aria-hidden="true" /> GC cycle
            </li>
            <li>
              <span className="pg-swatch pg-swatch-goal" aria-hidden="true" /> heap goal
            </li>
          </ul>
          <p>{summary(a, nameA)}</p>
          {b && <p>{summary(b, 'B')}</p>}
          {t.aggregated > 0 && (
            <p className="pg-note">
              {fmtInt(t.aggregated)} events past the event budget were folded together per line; the totals still count them.
            </p>
          )}
        </figcaption>
      </figure>
    </>
  );
  const details = (
    <>
      <Scrubber id={`${idBase}-scrub`} view={a} cursor={ci} onChange={setCursor} />
      <details className="pg-details">
        <summary>GC cycles as a table</summary>
        <GcTable view={a} name={nameA} />
        {b && <GcTable view={b} name="B" />}
      </details>
      <SitesTable view={a} name={nameA} />
      {b && <SitesTable view={b} name="B" />}
    </>
  );

  if (part === 'details') {
    return (
      <section className="pg-views pg-views-details" aria-labelledby={`${idBase}-details`}>
        <h2 id={`${idBase}-details`}>Event by event, and where it allocated</h2>
        {details}
      </section>
    );
  }
  return (
    <section className={`pg-views${part === 'chart' ? ' pg-views-chart' : ''}`} aria-labelledby={`${idBase}-views`}>
      <h2 id={`${idBase}-views`}>What the run did</h2>
      {chart}
      {part === 'all' && details}
    </section>
  );
}
