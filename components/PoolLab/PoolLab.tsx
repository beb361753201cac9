'use client';
// The sync.Pool lab: controls → store → lib/go/poolsim.ts and lib/rust/poolsim.ts (memoised) → charts,
// totals, tables, inside the shared lab frame. Import it through ./lazy so d3 and the models stay out of a
// page's first load.

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { LabFrame } from '@/components/LabFrame/LabFrame';
import { shareHref, useUrlState } from '@/components/LabFrame/useUrlState';
import { POOL_SIMPLIFICATIONS } from '@/lib/go/pool';
import { POOLSIM_SIMPLIFICATIONS, TIER_GROUPS } from '@/lib/go/poolsim';
import { WORKERPOOL_SIMPLIFICATIONS } from '@/lib/go/workerpool';
import { RUST_POOLSIM_SIMPLIFICATIONS } from '@/lib/rust/poolsim';
import { binIntervals, TIER_LABEL } from './bins';
import { BytesChart, LineSwatch } from './BytesChart';
import { PoolStoreContext, usePool } from './context';
import { Controls } from './Controls';
import { DataTables } from './DataTables';
import { fmtBytes, fmtInt } from './format';
import { DEFAULT_STATE, findPreset, parseState, PRESETS, serializeState, type PoolLabState } from '@/lib/poollab/state';
import { createPoolStore, type PoolStore } from './store';
import { TierChart, TierPatterns, TierSwatch } from './TierChart';
import { Totals } from './Totals';
import { usePoolRuns } from './usePoolRuns';
import { WorkersOutput } from './WorkersOutput';
import './PoolLab.css';

export interface PoolLabProps {
  /** Read the settings from the page URL on mount and keep the URL up to date. Default true. */
  syncUrl?: boolean;
  /** A preset id to start from (a lesson's choice); the URL, when synced, overrides it. */
  preset?: string;
  title?: string;
  headingLevel?: 2 | 3;
}

export const LAB_PATH = '/labs/pool/';
const labQuery = (s: PoolStore) => serializeState(s.lab);
const labChanged = (s: PoolStore, prev: PoolStore) => s.lab !== prev.lab;

export default function PoolLab({ syncUrl = true, preset, title = 'sync.Pool and its Rust counterparts', headingLevel = 2 }: PoolLabProps) {
  const [api] = useState(() => {
    const start: PoolLabState = PRESETS.find((p) => p.id === preset)?.state ?? DEFAULT_STATE;
    if (!syncUrl || typeof window === 'undefined' || window.location.search.length <= 1) return createPoolStore(start);
    const { state, errors } = parseState(window.location.search, start);
    return createPoolStore(state, errors);
  });
  const flush = useUrlState(api, syncUrl, labQuery, labChanged);
  const idBase = useId().replace(/:/g, '');
  return (
    <PoolStoreContext.Provider value={api}>
      <Frame idBase={idBase} title={title} headingLevel={headingLevel} syncUrl={syncUrl} flush={flush} />
    </PoolStoreContext.Provider>
  );
}

function Frame({ idBase, title, headingLevel, syncUrl, flush }: { idBase: string; title: string; headingLevel: 2 | 3; syncUrl: boolean; flush: () => void }) {
  const lab = usePool((s) => s.lab);
  const linkErrors = usePool((s) => s.linkErrors);
  const dismiss = usePool((s) => s.dismissErrors);
  const applyPreset = usePool((s) => s.applyPreset);
  return (
    <LabFrame
      className="pl"
      idBase={idBase}
      title={title}
      headingLevel={headingLevel}
      linkErrors={linkErrors}
      onDismissErrors={dismiss}
      presets={{ options: PRESETS.map(({ id, label, description }) => ({ id, label, description })), value: findPreset(lab), onChoose: applyPreset }}
      primary={<Controls idBase={idBase} part="main" />}
      controls={<Controls idBase={idBase} part="rest" />}
      output={<Output idBase={idBase} />}
      share={{ href: shareHref(serializeState(lab), syncUrl, LAB_PATH), flush }}
      notes={(lab.view === 'workers' ? [...WORKERPOOL_SIMPLIFICATIONS, RUST_THREADS_NOTE] : [...POOL_SIMPLIFICATIONS, ...POOLSIM_SIMPLIFICATIONS, ...RUST_POOLSIM_SIMPLIFICATIONS]).map((s) => (
        <li key={s}>{s}</li>
      ))}
    />
  );
}

const RUST_THREADS_NOTE =
  'Rust threads really run in parallel, so how many overlap is the OS scheduler’s business; spawning costs 3 heap allocations (136 B with a 24-byte closure, measured), the pool’s channel and blocking waits a few more that vary with timing, and each thread’s stack is a 2 MiB mapping, not heap.';

function Output({ idBase }: { idBase: string }) {
  const current = usePool((s) => s.lab);
  // Big workloads take a moment: typing stays responsive, the output follows.
  const lab = useDeferredValue(current);
  if (lab.view === 'workers') return <WorkersOutput lab={lab} />;
  return <PoolOutput idBase={idBase} lab={lab} busy={lab !== current} />;
}

function PoolOutput({ idBase, lab, busy }: { idBase: string; lab: PoolLabState; busy: boolean }) {
  const runs = usePoolRuns(lab);
  const bins = useMemo(() => (runs.go ? binIntervals(runs.go.pool.intervals) : []), [runs.go]);
  if (!runs.go || !runs.rust) return <p className="pl-error">These settings can’t be simulated: {runs.error}</p>;
  const { pool, none } = runs.go;
  const tierText = TIER_GROUPS.filter((t) => pool.tiers[t] > 0)
    .map((t) => `${TIER_LABEL[t]} ${fmtInt(pool.tiers[t])}`)
    .join(', ');
  const what = `${fmtInt(lab.requests)} requests × ${fmtInt(lab.perReq)} objects of ${fmtBytes(lab.size)}, GOMAXPROCS ${lab.procs}`;
  return (
    <div aria-busy={busy}>
      <p className="pl-summary" role="status">
        With the pool: {fmtInt(pool.mallocs)} allocations, {fmtBytes(pool.totalAlloc)}, {fmtInt(pool.numGC)} GC cycles. Without:{' '}
        {fmtInt(none.mallocs)} allocations, {fmtBytes(none.totalAlloc)}, {fmtInt(none.numGC)} GC cycles.
      </p>
      <figure className="pl-figure">
        <TierChart idBase={idBase} bins={bins} label={`Stacked bars: where each Get was served, by GC interval, ${what}. In all: ${tierText}.`} />
        <figcaption>
          <ul className="pl-legend">
            {TIER_GROUPS.map((t) => (
              <li key={t}>
                <TierSwatch idBase={idBase} tier={t} /> {TIER_LABEL[t]}
              </li>
            ))}
          </ul>
          {pool.intervals.length > bins.length && (
            <p className="lab-note-small">
              {fmtInt(pool.intervals.length)} GC intervals, grouped into {bins.length} bars.
            </p>
          )}
        </figcaption>
      </figure>
      <figure className="pl-figure">
        <BytesChart
          pool={pool.samples}
          none={none.samples}
          requests={lab.requests}
          label={`Lines: bytes allocated over ${fmtInt(lab.requests)} requests, ${fmtBytes(pool.totalAlloc)} with the pool, ${fmtBytes(none.totalAlloc)} without.`}
        />
        <figcaption>
          <ul className="pl-legend">
            <li>
              <LineSwatch which="pool" /> with sync.Pool
            </li>
            <li>
              <LineSwatch which="none" /> without (make each time)
            </li>
          </ul>
        </figcaption>
      </figure>
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="pl-defs">
        <TierPatterns idBase={idBase} />
      </svg>
      <Totals go={runs.go} rust={runs.rust} />
      <DataTables bins={bins} pool={pool.samples} none={none.samples} />
    </div>
  );
}
