'use client';
// The GC lab: settings → store → pacer model (lib/gclab/run.ts, memoised) → chart, readouts, tables,
// inside the shared lab frame. Import it through ./lazy so d3 and the model stay out of a first load.

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { LabFrame } from '@/components/LabFrame/LabFrame';
import { shareHref, useUrlState } from '@/components/LabFrame/useUrlState';
import { GC_PRESETS, matchPreset } from '@/lib/gclab/presets';
import { runLab, type LabRun } from '@/lib/gclab/run';
import type { GcLabState } from '@/lib/gclab/state';
import { parseGcLabState, serializeGcLabState } from '@/lib/gclab/url-state';
import { HeapChart } from './chart/HeapChart';
import { GcLabContext, useGcLab } from './context';
import { CycleTable, GctraceText } from './CycleTable';
import { fmtInt, fmtMiB, fmtPct } from './format';
import { ModelNotes } from './ModelNotes';
import { Readouts } from './Readouts';
import { CompareToggle, Settings } from './Settings';
import { createGcLabStore, type GcLabStore } from './store';
import { Workload } from './Workload';
import './GcLab.css';

export interface GcLabProps {
  /** Read the settings from the page URL and keep it up to date. Default true. */
  syncUrl?: boolean;
  /** A preset to start from (a lesson's choice); the URL, when synced, overrides it. */
  preset?: string;
  /** Or a lab link's query string to start from. */
  q?: string;
  title?: string;
  headingLevel?: 2 | 3;
}

export const GC_LAB_PATH = '/labs/gc/';

const labQuery = (s: GcLabStore) => serializeGcLabState(s.lab);
const labChanged = (s: GcLabStore, prev: GcLabStore) => s.lab !== prev.lab;

export default function GcLab({ syncUrl = true, preset, q, title = 'GC pacer lab', headingLevel = 2 }: GcLabProps) {
  const [api] = useState(() => {
    let start = GC_PRESETS.find((p) => p.id === preset)?.state ?? GC_PRESETS[0].state;
    if (q !== undefined) {
      const given = parseGcLabState(q, start);
      if (given.errors.length) console.warn(`GcLab: ignored parts of q: ${given.errors.join('; ')}`);
      start = given.state;
    }
    if (!syncUrl || typeof window === 'undefined' || window.location.search.length <= 1) return createGcLabStore(start);
    const { state, errors } = parseGcLabState(window.location.search, start);
    return createGcLabStore(state, errors);
  });
  const flush = useUrlState(api, syncUrl, labQuery, labChanged);
  const idBase = useId().replace(/:/g, '');
  return (
    <GcLabContext.Provider value={api}>
      <Frame idBase={idBase} title={title} headingLevel={headingLevel} syncUrl={syncUrl} flush={flush} />
    </GcLabContext.Provider>
  );
}

function Frame({ idBase, title, headingLevel, syncUrl, flush }: { idBase: string; title: string; headingLevel: 2 | 3; syncUrl: boolean; flush: () => void }) {
  const lab = useGcLab((s) => s.lab);
  const linkErrors = useGcLab((s) => s.linkErrors);
  const dismiss = useGcLab((s) => s.dismissErrors);
  const setPreset = useGcLab((s) => s.setPreset);
  return (
    <LabFrame
      className="gcl"
      idBase={idBase}
      title={title}
      headingLevel={headingLevel}
      linkErrors={linkErrors}
      onDismissErrors={dismiss}
      presets={{ options: GC_PRESETS.map(({ id, label, description }) => ({ id, label, description })), value: matchPreset(lab), onChoose: setPreset }}
      primary={
        <>
          <Settings idBase={idBase} which="a" />
          <CompareToggle idBase={idBase} />
        </>
      }
      controls={
        <>
          <Settings idBase={idBase} which="b" />
          <Workload idBase={idBase} />
        </>
      }
      output={<Output idBase={idBase} />}
      share={{ href: shareHref(serializeGcLabState(lab), syncUrl, GC_LAB_PATH), flush }}
      notes={<ModelNotes />}
    />
  );
}

function describe(name: string, r: LabRun): string {
  return `${name}: ${fmtInt(r.result.numGC)} cycles, peak memory ${fmtMiB(r.result.peakMemory)}, GC CPU ${fmtPct(r.result.gcCpuFraction)}.`;
}

function Output({ idBase }: { idBase: string }) {
  const lab: GcLabState = useDeferredValue(useGcLab((s) => s.lab));
  const { a, b } = useMemo(() => runLab(lab), [lab]);
  const label = `Memory over ${a.endSeconds.toFixed(1)} s, stacked as live heap, new heap and non-heap memory, with the heap goal${a.memoryLimit !== null ? ' and the memory limit' : ''} and a tick for each cycle. ${describe('A', a)}${b ? ` A line shows B’s total memory. ${describe('B', b)}` : ''}`;
  return (
    <>
      <figure className="gcl-figure">
        <HeapChart a={a} b={b} label={label} patternBase={`${idBase}-pat`} />
        <figcaption>
          <ul className="gcl-legend">
            <li>
              <span className="gcl-key gcl-key-live" aria-hidden="true" /> Live (marked at the last cycle)
            </li>
            <li>
              <svg className="gcl-key" width="16" height="12" aria-hidden="true" focusable="false">
                <rect width="16" height="12" fill={`url(#${idBase}-pat-new)`} />
              </svg>{' '}
              New since the last cycle
            </li>
            <li>
              <svg className="gcl-key" width="16" height="12" aria-hidden="true" focusable="false">
                <rect width="16" height="12" fill={`url(#${idBase}-pat-nonheap)`} />
              </svg>{' '}
              Non-heap
            </li>
            <li>
              <svg className="gcl-key" width="24" height="12" aria-hidden="true" focusable="false">
                <line x1="0" y1="6" x2="24" y2="6" className="gcl-goal" />
              </svg>{' '}
              Heap goal
            </li>
            {(a.memoryLimit !== null || b?.memoryLimit != null) && (
              <li>
                <svg className="gcl-key" width="24" height="12" aria-hidden="true" focusable="false">
                  <line x1="0" y1="6" x2="24" y2="6" className="gcl-limit" />
                </svg>{' '}
                GOMEMLIMIT
              </li>
            )}
            {b && (
              <li>
                <svg className="gcl-key" width="24" height="12" aria-hidden="true" focusable="false">
                  <line x1="0" y1="6" x2="24" y2="6" className="gcl-b" />
                </svg>{' '}
                B: total memory
              </li>
            )}
            <li>Ticks on the time axis: A’s cycles</li>
          </ul>
        </figcaption>
      </figure>
      <Readouts a={a} b={b} />
      <details className="gcl-data">
        <summary>Per-cycle table</summary>
        <CycleTable run={a} which="a" />
        {b && <CycleTable run={b} which="b" />}
      </details>
      <GctraceText run={a} />
    </>
  );
}
