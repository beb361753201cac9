'use client';
import { CHUNKED, LIMITS } from '@/lib/growth/lab-state';
import { strategiesFor, type Strategy } from '@/lib/growth/simulate';
import { useLab } from './context';
import { IntField } from '@/components/fields/IntField';
import { SGL_FIELD } from './fields';
import { strategyLabel } from './labels';
import type { Which } from './store';

/** Line sample matching the chart series (colour and dash), so controls and lines pair up. */
export function SeriesSwatch({ which }: { which: Which }) {
  return (
    <svg className={`sgl-swatch sgl-s-${which}`} width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="27" y2="5" />
    </svg>
  );
}

export function SeriesControls({ which, idBase }: { which: Which; idBase: string }) {
  const lang = useLab((s) => s.lab.lang);
  const series = useLab((s) => s.lab[which]);
  const setStrategy = useLab((s) => s.setStrategy);
  const setChunk = useLab((s) => s.setChunk);
  if (!series) return null;
  const name = which.toUpperCase();
  const id = `${idBase}-strategy-${which}`;
  return (
    <div className={`sgl-series sgl-s-${which}`}>
      <div className="sgl-field">
        <label htmlFor={id}>
          <SeriesSwatch which={which} /> Strategy {name}
        </label>
        <select id={id} value={series.strategy} onChange={(e) => setStrategy(which, e.target.value as Strategy)}>
          {strategiesFor(lang).map((s) => (
            <option key={s} value={s}>
              {strategyLabel(lang, s)}
            </option>
          ))}
        </select>
      </div>
      {CHUNKED.has(series.strategy) && (
        <IntField
          id={`${idBase}-chunk-${which}`}
          label={`Chunk size ${name} (elements, k)`}
          value={series.chunk}
          min={LIMITS.chunk.min}
          max={LIMITS.chunk.max}
          classes={SGL_FIELD}
          onCommit={(v) => v !== null && setChunk(which, v)}
        />
      )}
    </div>
  );
}
