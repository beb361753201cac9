'use client';
import { LIMITS } from '@/lib/growth/lab-state';
import { useLab } from './context';
import { fmtInt } from './format';
import { IntField } from '@/components/fields/IntField';
import { SGL_FIELD } from './fields';
import { N_STEPS, stepIndexFor } from './n-scale';

/** Slider on a stepped log-like scale plus an exact number box, both bound to n. */
export function NumberOfElements({ idBase }: { idBase: string }) {
  const n = useLab((s) => s.lab.n);
  const setN = useLab((s) => s.setN);
  const sliderId = `${idBase}-n-slider`;
  return (
    <div className="sgl-n">
      <div className="sgl-field">
        <label htmlFor={sliderId}>Number of elements</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={N_STEPS.length - 1}
          step={1}
          value={stepIndexFor(n)}
          aria-valuetext={`${fmtInt(n)} elements`}
          onChange={(e) => setN(N_STEPS[Number(e.target.value)] ?? n)}
        />
        <span className="sgl-range-ends" aria-hidden="true">
          <span>1</span>
          <span>1,000,000</span>
        </span>
      </div>
      <IntField id={`${idBase}-n`} label="Exact number of elements" value={n} min={LIMITS.n.min} max={LIMITS.n.max} classes={SGL_FIELD} onCommit={(v) => v !== null && setN(v)} />
    </div>
  );
}
