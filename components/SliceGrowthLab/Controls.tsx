'use client';
import { elemPresetsFor } from '@/lib/growth/elem-presets';
import { LIMITS } from '@/lib/growth/lab-state';
import { useLab } from './context';
import { IntField } from '@/components/fields/IntField';
import { SGL_FIELD } from './fields';
import { LANG_NAME } from './labels';
import { NumberOfElements } from './NumberOfElements';
import { SeriesControls } from './SeriesControls';
import type { ScaleMode } from './store';

const CUSTOM = '__custom';

/** The lab's settings: `main` (language, element type, length) comes before the chart in a narrow column. */
export function Controls({ idBase, part }: { idBase: string; part: 'main' | 'rest' }) {
  const lab = useLab((s) => s.lab);
  const scale = useLab((s) => s.scale);
  const { setLang, setPreset, setCustom, setElemSize, setHasPointers, setCompare, setScale } = useLab((s) => s);
  const elemId = `${idBase}-elem`;
  if (part === 'rest')
    return (
      <form className="sgl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Strategies and chart">
        <SeriesControls which="a" idBase={idBase} />

        <label className="sgl-check">
          <input type="checkbox" checked={lab.b !== null} onChange={(e) => setCompare(e.target.checked)} /> Compare with a second strategy
        </label>
        {lab.b && <SeriesControls which="b" idBase={idBase} />}

        <div className="sgl-field">
          <label htmlFor={`${idBase}-scale`}>Chart scale</label>
          <select id={`${idBase}-scale`} value={scale} onChange={(e) => setScale(e.target.value as ScaleMode)}>
            <option value="auto">Automatic</option>
            <option value="linear">Linear</option>
            <option value="log">Logarithmic</option>
          </select>
        </div>
      </form>
    );
  return (
    <form className="sgl-controls" onSubmit={(e) => e.preventDefault()} aria-label="Simulation settings">
      <fieldset className="sgl-field sgl-radios">
        <legend>Language</legend>
        {(['go', 'rust'] as const).map((l) => (
          <label key={l}>
            <input type="radio" name={`${idBase}-lang`} value={l} checked={lab.lang === l} onChange={() => setLang(l)} /> {LANG_NAME[l]}
          </label>
        ))}
      </fieldset>

      <div className="sgl-field">
        <label htmlFor={elemId}>Element type</label>
        <select
          id={elemId}
          value={lab.elem.kind === 'custom' ? CUSTOM : lab.elem.id}
          onChange={(e) => (e.target.value === CUSTOM ? setCustom() : setPreset(e.target.value))}
        >
          {elemPresetsFor(lab.lang).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </select>
      </div>
      {lab.elem.kind === 'custom' && (
        <div className="sgl-custom">
          <IntField
            id={`${idBase}-size`}
            label="Element size (bytes)"
            value={lab.elem.size}
            min={LIMITS.size.min}
            max={LIMITS.size.max}
            classes={SGL_FIELD}
            onCommit={(v) => v !== null && setElemSize(v)}
          />
          {lab.lang === 'go' && (
            <label className="sgl-check">
              <input type="checkbox" checked={lab.elem.hasPointers} onChange={(e) => setHasPointers(e.target.checked)} /> Holds pointers
            </label>
          )}
        </div>
      )}

      <NumberOfElements idBase={idBase} />
    </form>
  );
}
