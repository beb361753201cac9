'use client';
// The arena lab: controls → store → workload model (memoised) → chart, totals, tables, memory map,
// inside the shared lab frame. Import it through ./lazy so d3 and the models stay out of a page's first load.

import { useId, useMemo, useState } from 'react';
import { simulateArena, type ArenaStep } from '@/lib/arena/simulate';
import { DEFAULT_WORKLOAD, KIND_LABELS, MAX_TOTAL_OBJECTS, parseWorkload, PRESETS, serializeWorkload, tooBig, type ArenaWorkload } from '@/lib/arena/workload';
import { LabFrame } from '@/components/LabFrame/LabFrame';
import { shareHref, useUrlState } from '@/components/LabFrame/useUrlState';
import { MemoryMap, type MapRow } from '@/components/MemoryMap/MemoryMap';
import { MemoryChart } from './chart/MemoryChart';
import { SHAPES } from './chart/lines';
import { ArenaStoreContext, useArena } from './context';
import { Controls } from './Controls';
import { fmtBytes, fmtInt, stepName } from './format';
import { ModelNotes } from './ModelNotes';
import { StepTable } from './StepTable';
import { createArenaStore, presetOf, type ArenaStore } from './store';
import { gpaName, Totals } from './Totals';
import '@/components/SliceGrowthLab/SliceGrowthLab.css';
import './ArenaLab.css';

export interface ArenaLabProps {
  /** Read the settings from the page URL on mount and keep the URL up to date. Default true. */
  syncUrl?: boolean;
  /** Starting settings (a lesson's choice, as a preset id); the URL, when synced, overrides them. */
  preset?: string;
  title?: string;
  /** 2 on its own page, 3 inside a lesson section. */
  headingLevel?: 2 | 3;
}

export const LAB_PATH = '/labs/arena/';

const labQuery = (s: ArenaStore) => serializeWorkload(s.workload);
const labChanged = (s: ArenaStore, prev: ArenaStore) => s.workload !== prev.workload;

export default function ArenaLab({ syncUrl = true, preset, title = 'Arenas and the general-purpose allocator', headingLevel = 2 }: ArenaLabProps) {
  const [api] = useState(() => {
    const start: ArenaWorkload = PRESETS.find((p) => p.id === preset)?.workload ?? DEFAULT_WORKLOAD;
    if (!syncUrl || typeof window === 'undefined' || window.location.search.length <= 1) return createArenaStore(start);
    const { workload, errors } = parseWorkload(window.location.search);
    return createArenaStore(workload, errors);
  });
  const flush = useUrlState(api, syncUrl, labQuery, labChanged);
  const idBase = useId().replace(/:/g, '');
  return (
    <ArenaStoreContext.Provider value={api}>
      <Frame idBase={idBase} title={title} headingLevel={headingLevel} syncUrl={syncUrl} flush={flush} />
    </ArenaStoreContext.Provider>
  );
}

function Frame({ idBase, title, headingLevel, syncUrl, flush }: { idBase: string; title: string; headingLevel: 2 | 3; syncUrl: boolean; flush: () => void }) {
  const w = useArena((s) => s.workload);
  const linkErrors = useArena((s) => s.linkErrors);
  const dismiss = useArena((s) => s.dismissErrors);
  const choosePreset = useArena((s) => s.choosePreset);
  return (
    <LabFrame
      className="sgl arl"
      idBase={idBase}
      title={title}
      headingLevel={headingLevel}
      linkErrors={linkErrors}
      onDismissErrors={dismiss}
      presets={{ options: PRESETS.map((p) => ({ id: p.id, label: p.label })), value: presetOf(w), onChoose: choosePreset }}
      primary={<Controls idBase={idBase} part="main" />}
      controls={<Controls idBase={idBase} part="rest" />}
      output={<Output idBase={idBase} />}
      share={{ href: shareHref(serializeWorkload(w), syncUrl, LAB_PATH), flush }}
      notes={<ModelNotes kind={w.kind} />}
    />
  );
}

function mapRows(s: ArenaStep): MapRow[] {
  return s.chunks.map((c, i) => ({
    id: String(c.id),
    label: `Chunk ${i + 1}`,
    capacity: c.capacity,
    closed: i < s.chunks.length - 1,
    blocks: c.runs.map((r) => ({ start: r.start, end: r.end, state: r.state, count: r.count, pad: r.pad })),
  }));
}

function Swatch({ k }: { k: keyof typeof SHAPES }) {
  return (
    <svg className="arl-swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" focusable="false">
      <line className={`arl-line arl-${k}`} x1="1" y1="6" x2="29" y2="6" />
    </svg>
  );
}

function Output({ idBase }: { idBase: string }) {
  const w = useArena((s) => s.workload);
  if (tooBig(w))
    return (
      <p className="sgl-error" role="status">
        {fmtInt(w.requests * (w.objects + w.large))} allocations is more than the lab simulates ({fmtInt(MAX_TOTAL_OBJECTS)}): lower the requests or
        the objects per request.
      </p>
    );
  return <Simulated idBase={idBase} w={w} />;
}

function Simulated({ idBase, w }: { idBase: string; w: ArenaWorkload }) {
  const step = useArena((s) => s.step);
  const setStep = useArena((s) => s.setStep);
  const r = useMemo(() => simulateArena(w), [w]);
  const at = Math.min(step, r.steps.length - 1);
  const cur = r.steps[at];
  const arenaName = KIND_LABELS[w.kind];
  const label = `Line chart of bytes held at each of ${r.steps.length} steps: ${arenaName} peaks at ${fmtBytes(r.arena.peak)}, ${gpaName(w)} at ${fmtBytes(r.gpa.peak)}; live objects are drawn dotted.`;
  const rows = useMemo(() => mapRows(cur), [cur]);
  return (
    <>
      <figure className="sgl-figure">
        <MemoryChart steps={r.steps} step={at} label={label} />
        <figcaption>
          <ul className="sgl-legend">
            <li>
              <Swatch k="arenaHeld" /> {arenaName} (solid, circles)
            </li>
            <li>
              <Swatch k="gpaHeld" /> {gpaName(w)} (dashed, squares)
            </li>
            <li>
              <Swatch k="liveBytes" /> live objects (dotted, triangles)
            </li>
          </ul>
        </figcaption>
      </figure>
      <Totals w={w} r={r} />
      <StepTable steps={r.steps} arenaName={arenaName} gpaName={gpaName(w)} />
      <MemoryMap
        idBase={idBase}
        caption={`Arena chunks at step ${at + 1} of ${r.steps.length}: ${stepName(cur.request, cur.phase)}`}
        rows={rows}
        fmtBytes={fmtBytes}
        step={{ value: at, max: r.steps.length - 1, onChange: setStep, describe: (i) => `step ${i + 1}: ${stepName(r.steps[i].request, r.steps[i].phase)}` }}
      />
    </>
  );
}
