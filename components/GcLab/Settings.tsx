'use client';
// GOGC (a log slider whose far end is off), GOMEMLIMIT and GOMAXPROCS for one of the two settings.

import { LIMITS, type GcSettings } from '@/lib/gclab/state';
import { useGcLab } from './context';
import { GogcSlider, MemLimitField } from './GcKnobs';
import type { Which } from './store';

export function Settings({ idBase, which }: { idBase: string; which: Which }) {
  const s = useGcLab((st) => (which === 'a' ? st.lab.a : st.lab.b)) as GcSettings | null;
  const set = useGcLab((st) => st.setSettings);
  if (!s) return null;
  const id = `${idBase}-${which}`;
  const name = which.toUpperCase();
  return (
    <fieldset className={`gcl-settings gcl-s-${which}`}>
      <legend>Settings {name}</legend>
      <GogcSlider id={`${id}-gogc`} value={s.gogc} onChange={(gogc) => set(which, { gogc })} />
      <MemLimitField id={`${id}-lim`} value={s.memLimitMiB} onChange={(memLimitMiB) => set(which, { memLimitMiB })} />
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
