'use client';
// Read a real pprof, DHAT or massif profile in the browser and look at it: flame graph, top table,
// per-line figures, the difference from a base profile, massif's heap over time. Import through ./lazy.
import { useEffect, useState } from 'react';
import { totals } from '@/lib/profile/model';
import { ViewerContext, useViewer } from './context';
import { DiffView } from './DiffView';
import { FilePicker, Samples, useLoad } from './FilePicker';
import { takeHandedOffProfile } from './handoff';
import { FlameGraph } from './FlameGraph';
import { fmtValue } from './format';
import { MassifView } from './MassifView';
import { SourceView } from './SourceView';
import { createViewerStore, type View } from './store';
import { TopTable } from './TopTable';
import './ProfileViewer.css';

const VIEWS: [View, string][] = [
  ['flame', 'Flame graph'],
  ['top', 'Top'],
  ['source', 'By line'],
  ['diff', 'Compare with a base'],
  ['massif', 'Heap over time'],
];

export default function ProfileViewer() {
  const [api] = useState(createViewerStore);
  return (
    <ViewerContext.Provider value={api}>
      <section className="pv" aria-label="Profile viewer">
        <FilePicker which="current" label="Profile file (pprof .pb.gz, DHAT .json or massif.out)" />
        <Samples />
        <HandedOff />
        <Body />
      </section>
    </ViewerContext.Provider>
  );
}

/** A playground run's profile, handed over by its "Open profile" button, opens at once. */
function HandedOff() {
  const load = useLoad();
  useEffect(() => {
    const h = takeHandedOffProfile();
    if (h) void load('current', h.name, h.bytes);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

function Body() {
  const current = useViewer((s) => s.current);
  const error = useViewer((s) => s.error);
  const view = useViewer((s) => s.view);
  const setView = useViewer((s) => s.setView);
  const typeIndex = useViewer((s) => s.typeIndex);
  const setTypeIndex = useViewer((s) => s.setTypeIndex);
  return (
    <>
      {error && (
        <p className="pv-error" role="alert">
          {error}
        </p>
      )}
      {current && (
        <>
          <Summary />
          <div className="pv-controls">
            <div className="pv-field">
              <label htmlFor="pv-type">Sample type</label>
              <select id="pv-type" value={typeIndex} onChange={(e) => setTypeIndex(Number(e.target.value))}>
                {current.profile.sampleTypes.map((t, i) => (
                  <option key={t.type} value={i}>
                    {t.type} ({t.unit})
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="pv-views">
              <legend>View</legend>
              {VIEWS.filter(([v]) => v !== 'massif' || current.massif).map(([v, text]) => (
                <label key={v}>
                  <input type="radio" name="pv-view" value={v} checked={view === v} onChange={() => setView(v)} /> {text}
                </label>
              ))}
            </fieldset>
          </div>
          {view === 'flame' && (
            <>
              <FlameGraph profile={current.profile} typeIndex={typeIndex} />
              <TopTable profile={current.profile} typeIndex={typeIndex} />
            </>
          )}
          {view === 'top' && <TopTable profile={current.profile} typeIndex={typeIndex} />}
          {view === 'source' && <SourceView profile={current.profile} typeIndex={typeIndex} />}
          {view === 'diff' && <DiffView profile={current.profile} typeIndex={typeIndex} />}
          {view === 'massif' && current.massif && <MassifView massif={current.massif} />}
        </>
      )}
    </>
  );
}

function Summary() {
  const c = useViewer((s) => s.current)!;
  const t = totals(c.profile);
  const B = { type: 'bytes', unit: 'bytes' };
  const n = (v: number | null) => (v === null ? 'not recorded' : v.toLocaleString('en-US'));
  const what = { pprof: 'a pprof profile', dhat: 'a DHAT profile', massif: 'a massif profile (its peak snapshot)' }[c.profile.format];
  return (
    <div className="pv-summary" role="status">
      <p>
        <strong>{c.name}</strong>: {what}, {c.profile.samples.length.toLocaleString('en-US')} stacks, read in {Math.round(c.ms)} ms.
        {c.profile.format === 'pprof' && Number(c.profile.meta.period) > 1 && ` Sampled: one allocation recorded per ${fmtValue(Number(c.profile.meta.period), B)} allocated on average; the figures are scaled estimates.`}
        {Number(c.profile.meta.droppedAllocatorFrames) > 0 && ' The allocator’s own frames (malloc, Rust’s alloc internals) are cut from the stacks, like pprof’s drop_frames.'}
      </p>
      <dl className="pv-totals">
        <dt>Allocated</dt>
        <dd>
          {t.allocBytes === null ? 'not recorded' : fmtValue(t.allocBytes, B)} in {n(t.allocObjects)} objects
        </dd>
        <dt>In use {c.profile.format === 'massif' ? 'at the peak' : 'at the end'}</dt>
        <dd>
          {t.inuseBytes === null ? 'not recorded' : fmtValue(t.inuseBytes, B)} in {n(t.inuseObjects)} objects
        </dd>
      </dl>
    </div>
  );
}
