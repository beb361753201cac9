'use client';
// GOGC (a log slider whose far end is off), GOMEMLIMIT and GOMAXPROCS for one of the two settings.

import { IntField } from '@/components/fields/IntField';
import { fmtGogc, GOGC_STOPS, gogcStop, LIMITS, type GcSettings } from '@/lib/gclab/state';
import { useGcLab } from './context';
import type { Which } from './store';

const FIELD = { field: 'lab-field', hint: 'lab-note-small', bad: 'gcl-bad' };

export function Settings({ idBase, which }: { idBase: string; which: Which }) {
  const s = useGcLab((st) => (which === 'a' ? st.lab.a : st.lab.b)) as GcSettings | null;
  const set = useGcLab((st) => st.setSettings);
  if (!s) return null;
  const id = `${idBase}-${which}`;
  const name = which.toUpperCase();
  const stop = gogcStop(s.gogc);
  const onStop = GOGC_STOPS[stop] === s.gogc;
  return (
    <fieldset className={`gcl-settings gcl-s-${which}`}>
      <legend>Settings {name}</legend>
      <div className="lab-field">
        <label htmlFor={`${id}-gogc`}>
          GOGC <output htmlFor={`${id}-gogc`}>{fmtGogc(s.gogc)}</output>
        </label>
        <input
          id={`${id}-gogc`}
          type="range"
          min={0}
          max={GOGC_STOPS.length - 1}
          step={1}
          value={stop}
          aria-valuetext={s.gogc === 'off' ? 'off' : `${s.gogc}`}
          onChange={(e) => set(which, { gogc: GOGC_STOPS[Number(e.target.value)] })}
        />
        <div className="gcl-range-ends" aria-hidden="true">
          <span>10</span>
          <span>100</span>
          <span>1600</span>
          <span>off</span>
        </div>
        {!onStop && <p className="lab-note-small">The link set GOGC={fmtGogc(s.gogc)}; moving the slider picks a stop.</p>}
      </div>
      <IntField
        id={`${id}-lim`}
        label="GOMEMLIMIT (MiB)"
        value={s.memLimitMiB}
        min={LIMITS.memLimitMiB.min}
        max={LIMITS.memLimitMiB.max}
        allowEmpty
        hint="Empty: no limit."
        classes={FIELD}
        onCommit={(v) => set(which, { memLimitMiB: v })}
      />
      <div className="lab-field">
        <label htmlFor={`${id}-p`}>GOMAXPROCS</label>
        <select id={`${id}-p`} value={s.gomaxprocs} onChange={(e) => set(which, { gomaxprocs: Number(e.target.value) })}>
          {Array.from({ length: LIMITS.gomaxprocs.max }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

export function CompareToggle({ idBase }: { idBase: string }) {
  const on = useGcLab((st) => st.lab.b !== null);
  const setCompare = useGcLab((st) => st.setCompare);
  return (
    <label className="gcl-check" htmlFor={`${idBase}-compare`}>
      <input id={`${idBase}-compare`} type="checkbox" checked={on} onChange={(e) => setCompare(e.target.checked)} /> Compare with settings B
    </label>
  );
}
