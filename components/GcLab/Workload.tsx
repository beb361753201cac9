'use client';
// The workload: the live heap it starts with, how many goroutines allocate, and its phases.

import { DecimalField } from '@/components/fields/DecimalField';
import { IntField } from '@/components/fields/IntField';
import { LIMITS, type PhaseField } from '@/lib/gclab/state';
import { useGcLab } from './context';

const FIELD = { field: 'lab-field', hint: 'lab-note-small', bad: 'gcl-bad' };

const PHASE_FIELDS: { key: PhaseField; label: string; step: number }[] = [
  { key: 'seconds', label: 'Duration (s)', step: 0.5 },
  { key: 'allocMiBps', label: 'Allocation (MiB/s)', step: 10 },
  { key: 'survivePct', label: 'Surviving (% of new)', step: 1 },
  { key: 'deathPctPerSec', label: 'Old data dying (%/s)', step: 5 },
  { key: 'scanPct', label: 'Pointerful (% scanned)', step: 5 },
  { key: 'nonHeapMiB', label: 'Non-heap (MiB)', step: 1 },
];

export function Workload({ idBase }: { idBase: string }) {
  const lab = useGcLab((s) => s.lab);
  const setLive = useGcLab((s) => s.setLive);
  const setGoroutines = useGcLab((s) => s.setGoroutines);
  const setPhase = useGcLab((s) => s.setPhase);
  const addPhase = useGcLab((s) => s.addPhase);
  const removePhase = useGcLab((s) => s.removePhase);
  return (
    <fieldset className="gcl-workload">
      <legend>Workload</legend>
      <DecimalField id={`${idBase}-live`} label="Live heap at start (MiB)" value={lab.liveMiB} min={LIMITS.liveMiB.min} max={LIMITS.liveMiB.max} step={1} classes={FIELD} onCommit={setLive} />
      <IntField
        id={`${idBase}-gor`}
        label="Goroutines allocating"
        value={lab.goroutines}
        min={LIMITS.goroutines.min}
        max={LIMITS.goroutines.max}
        hint="Each needs a P; with fewer Ps they share them and allocate more slowly."
        classes={FIELD}
        onCommit={(v) => v !== null && setGoroutines(v)}
      />
      <ol className="gcl-phases">
        {lab.phases.map((p, i) => (
          <li key={i}>
            <fieldset className="gcl-phase">
              <legend>Phase {i + 1}</legend>
              {PHASE_FIELDS.map((f) => (
                <DecimalField
                  key={f.key}
                  id={`${idBase}-ph${i}-${f.key}`}
                  label={f.label}
                  value={p[f.key]}
                  min={LIMITS[f.key].min}
                  max={LIMITS[f.key].max}
                  step={f.step}
                  classes={FIELD}
                  onCommit={(v) => setPhase(i, { [f.key]: v })}
                />
              ))}
              {lab.phases.length > 1 && (
                <button type="button" onClick={() => removePhase(i)}>
                  Remove phase {i + 1}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {lab.phases.length < LIMITS.phases.max && (
        <button type="button" onClick={addPhase}>
          Add a phase
        </button>
      )}
    </fieldset>
  );
}
