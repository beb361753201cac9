'use client';
// The two knobs the GC lab and the gctrace replay share: GOGC on a logarithmic slider whose far end is
// off, and GOMEMLIMIT in MiB (empty for no limit).

import { IntField } from '@/components/fields/IntField';
import { fmtGogc, GOGC_STOPS, gogcStop, LIMITS, type Gogc } from '@/lib/gclab/state';

const FIELD = { field: 'lab-field', hint: 'lab-note-small', bad: 'gcl-bad' };

/** `value` null: the slider shows `emptyText` (e.g. "as observed") until it is moved. */
export function GogcSlider({ id, value, onChange, disabled, emptyText = 'as observed' }: { id: string; value: Gogc | null; onChange: (g: Gogc) => void; disabled?: boolean; emptyText?: string }) {
  const text = value === null ? emptyText : fmtGogc(value);
  const onStop = value === null || GOGC_STOPS[gogcStop(value)] === value;
  return (
    <div className="lab-field">
      <label htmlFor={id}>
        GOGC <output htmlFor={id}>{text}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={GOGC_STOPS.length - 1}
        step={1}
        value={gogcStop(value ?? 100)}
        disabled={disabled}
        aria-valuetext={text}
        onChange={(e) => onChange(GOGC_STOPS[Number(e.target.value)])}
      />
      <div className="gcl-range-ends" aria-hidden="true">
        <span>10</span>
        <span>100</span>
        <span>1600</span>
        <span>off</span>
      </div>
      {!onStop && <p className="lab-note-small">The link set GOGC={text}; moving the slider picks a stop.</p>}
    </div>
  );
}

export function MemLimitField({ id, value, onChange, disabled }: { id: string; value: number | null; onChange: (mib: number | null) => void; disabled?: boolean }) {
  return (
    <IntField
      id={id}
      label="GOMEMLIMIT (MiB)"
      value={value}
      min={LIMITS.memLimitMiB.min}
      max={LIMITS.memLimitMiB.max}
      allowEmpty
      disabled={disabled}
      hint="Empty: no limit."
      classes={FIELD}
      onCommit={onChange}
    />
  );
}
