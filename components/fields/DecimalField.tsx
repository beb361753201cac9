'use client';
// A labelled decimal box (up to 3 decimals), the twin of IntField: keeps what is typed, commits only
// values in range, says what is wrong otherwise.

import { useState } from 'react';
import type { IntFieldClasses } from './IntField';

/** The value text means (rounded to 3 decimals), or undefined when it is not a decimal in range. */
export function parseDecimalField(text: string, min: number, max: number): number | undefined {
  if (!/^\s*[0-9]{1,7}(\.[0-9]*)?\s*$/.test(text)) return undefined;
  const v = Math.round(Number(text) * 1000) / 1000;
  return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}

export interface DecimalFieldProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  hint?: string;
  classes: IntFieldClasses;
  onCommit: (v: number) => void;
}

export function DecimalField({ id, label, value, min, max, step = 0.1, hint, classes, onCommit }: DecimalFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const valid = parseDecimalField(text, min, max) !== undefined;
  const hintId = `${id}-hint`;
  return (
    <div className={classes.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={!valid}
        aria-describedby={hint || !valid ? hintId : undefined}
        onChange={(e) => {
          const v = parseDecimalField(e.target.value, min, max);
          setDraft(e.target.value);
          if (v !== undefined) onCommit(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {(hint || !valid) && (
        <span id={hintId} className={valid ? classes.hint : classes.bad}>
          {valid ? hint : `A number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`}
        </span>
      )}
    </div>
  );
}
