'use client';
// The slice/Vec growth lab: controls → store → model (memoised) → chart, totals, table.
// The shared lab frame (components/LabFrame) holds them. Import it through ./lazy so d3 and the model stay out of a page's first load.

import { useId, useMemo, useState } from 'react';
import { labStateFromInitial, type LabInitial } from '@/lib/growth/lab-state';
import { parseLabState, serializeLabState } from '@/lib/growth/url-state';
import { GrowthChart } from './chart/GrowthChart';
import type { ChartSeries } from './chart/frame';
import { MAX_MARKERS } from './chart/markers';
import { LabStoreContext, useLab } from './context';
import { Controls } from './Controls';
import { fmtCap, fmtInt } from './format';
import { LANG_NAME } from './labels';
import { ModelNotes } from './ModelNotes';
import { DataTables } from './ReallocTable';
import { SeriesSwatch } from './SeriesControls';
import { createLabStore, type LabStore } from './store';
import { Totals } from './Totals';
import { useGrowthRuns, type SeriesRun } from './useGrowth';
import { LabFrame } from '@/components/LabFrame/LabFrame';
import { shareHref, useUrlState } from '@/components/LabFrame/useUrlState';
import './SliceGrowthLab.css';

export interface SliceGrowthLabProps {
  /** Read the settings from the page URL on mount and keep the URL up to date. Default true. */
  syncUrl?: boolean;
  /** Starting settings (a lesson's choice); the URL, when synced, overrides them. */
  initial?: LabInitial;
  title?: string;
  /** Heading level of the title: 2 on its own page, 3 inside a lesson section. Default 2. */
  headingLevel?: 2 | 3;
}

/** Log axes once the early doublings would be squashed into a corner. */
const AUTO_LOG_FROM_N = 10_000;

export default function SliceGrowthLab({ syncUrl = true, initial, title = 'Slice and Vec growth', headingLevel = 2 }: SliceGrowthLabProps) {
  const [api] = useState(() => {
    const init = labStateFromInitial(initial);
    if (init.errors.length) console.warn(`SliceGrowthLab: ignored initial settings: ${init.errors.join(', ')}`);
    if (!syncUrl || typeof window === 'undefined' || window.location.search.length <= 1) return createLabStore(init.state);
    const { state, errors } = parseLabState(window.location.search, init.state);
    const store = createLabStore(state);
    store.setState({ linkErrors: errors });
    return store;
  });
  const flush = useUrlState(api, syncUrl, labQuery, labChanged);
  const idBase = useId().replace(/:/g, '');
  return (
    <LabStoreContext.Provider value={api}>
      <Frame idBase={idBase} title={title} headingLevel={headingLevel} syncUrl={syncUrl} flush={flush} />
    </LabStoreContext.Provider>
  );
}

/** Where an embedded (syncUrl=false) lab's link points: the lab page with the same settings. */
export const LAB_PATH = '/labs/slices/';

const labQuery = (s: LabStore) => serializeLabState(s.lab);
const labChanged = (s: LabStore, prev: LabStore) => s.lab !== prev.lab;

function Frame({ idBase, title, headingLevel, syncUrl, flush }: { idBase: string; title: string; headingLevel: 2 | 3; syncUrl: boolean; flush: () => void }) {
  const lab = useLab((s) => s.lab);
  const linkErrors = useLab((s) => s.linkErrors);
  const dismiss = useLab((s) => s.dismissErrors);
  return (
    <LabFrame
      className="sgl"
      idBase={idBase}
      title={title}
      headingLevel={headingLevel}
      linkErrors={linkErrors}
      onDismissErrors={dismiss}
      primary={<Controls idBase={idBase} part="main" />}
      controls={<Controls idBase={idBase} part="rest" />}
      output={<Output />}
      share={{ href: shareHref(serializeLabState(lab), syncUrl, LAB_PATH), flush }}
      notes={<ModelNotes lang={lab.lang} />}
    />
  );
}

function describe(run: SeriesRun): string {
  const r = run.result;
  if (!r) return `${run.key.toUpperCase()}, ${run.label}: not simulated.`;
  const moves = r.totals.allocations;
  return `${run.key.toUpperCase()}, ${run.label}: ${fmtInt(moves)} allocation${moves === 1 ? '' : 's'}, final capacity ${fmtCap(r.finalCap)}.`;
}

function Output() {
  const lab = useLab((s) => s.lab);
  const scale = useLab((s) => s.scale);
  const { elem, a, b } = useGrowthRuns(lab);
  const runs = b ? [a, b] : [a];
  const series = useMemo(() => [a.chart, b?.chart].filter((s): s is ChartSeries => !!s), [a, b]);
  const log = scale === 'log' || (scale === 'auto' && lab.n >= AUTO_LOG_FROM_N);
  const what = `${fmtInt(lab.n)} elements of ${elem.name} (${fmtInt(elem.size)} B each)`;
  const label = `Step chart of capacity against length, ${LANG_NAME[lab.lang]}, ${what}${log ? ', log scale' : ''}. ${runs
    .map(describe)
    .join(' ')} A dotted line marks cap = len.`;
  const markCount = series.reduce((t, s) => t + s.marks.length, 0);
  const omitted = runs.reduce((t, r) => t + (r.result?.omittedReallocs ?? 0), 0);

  return (
    <>
      {runs.map(
        (r) =>
          r.error && (
            <p key={r.key} className="sgl-error">
              Strategy {r.key.toUpperCase()} can’t be simulated with these settings: {r.error}
            </p>
          ),
      )}
      <figure className="sgl-figure">
        <GrowthChart series={series} n={lab.n} log={log} label={label} />
        <figcaption>
          <ul className="sgl-legend">
            {runs.map((r) => (
              <li key={r.key}>
                <SeriesSwatch which={r.key} /> {r.key.toUpperCase()}: {r.label}
              </li>
            ))}
            <li>
              <svg className="sgl-swatch sgl-swatch-ref" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="27" y2="5" />
              </svg>{' '}
              cap = len
            </li>
            <li>Markers: one per reallocation{markCount > MAX_MARKERS ? ' (merged where they overlap)' : ''}</li>
          </ul>
          {elem.size === 0 && (
            <p className="sgl-note-small">
              Zero-size elements never allocate: {lab.lang === 'go' ? 'cap always equals len' : 'capacity is usize::MAX'}, so
              there is no step line.
            </p>
          )}
          {omitted > 0 && (
            <p className="sgl-note-small">
              {fmtInt(omitted)} reallocations in the middle are too many to draw one by one; the chart and table skip
              them, the totals include them.
            </p>
          )}
        </figcaption>
      </figure>
      <Totals lang={lab.lang} a={a} b={b} />
      <DataTables runs={runs} what={what} />
    </>
  );
}
