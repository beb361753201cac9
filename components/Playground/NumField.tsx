'use client';
// A labelled whole-number box that commits only valid values and says what is wrong otherwise.

import { useState } from 'react';

export interface NumFieldProps {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Empty input means null (e.g. "no limit"); otherwise empty is invalid. */
  allowEmpty?: boolean;
  disabled?: boolean;
  hint?: string;
  onCommit: (v: number | null) => void;
}

export function NumField({ id, label, value, min, max, allowEmpty, disabled, hint, onCommit }: NumFieldProps) {
  // What is being typed, while it differs from the committed value; null shows the value itself.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === null ? '' : String(value));
  const n = text.trim() === '' ? null : Number(text);
  const valid = n === null ? !!allowEmpty : Number.isInteger(n) && n >= min && n <= max;
  const hintId = `${id}-hint`;
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={hint || !valid ? hintId : undefined}
        onChange={(e) => {
          const v = e.target.value.trim() === '' ? null : Number(e.target.value);
          const ok = v === null ? !!allowEmpty : Number.isInteger(v) && v >= min && v <= max;
          setDraft(ok ? null : e.target.value);
          if (ok) onCommit(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {(hint || !valid) && (
        <span id={hintId} className={valid ? 'pg-field-hint' : 'pg-field-hint pg-bad'}>
          {valid ? hint : `A whole number from ${min} to ${max}${allowEmpty ? ', or empty' : ''}.`}
        </span>
      )}
    </div>
  );
}
