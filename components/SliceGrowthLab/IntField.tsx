'use client';
// A whole-number input that keeps what the user is typing and commits only values in range,
// so clearing the box to retype doesn't snap it back mid-edit.

import { useState } from 'react';
import { fmtInt } from './format';

export interface IntFieldProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
  className?: string;
}

export function IntField({ id, label, value, min, max, onCommit, className }: IntFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parse = (t: string): number | null => {
    const v = /^\s*[0-9]{1,9}\s*$/.test(t) ? Number(t) : NaN;
    return Number.isSafeInteger(v) && v >= min && v <= max ? v : null;
  };
  const invalid = draft !== null && parse(draft) === null;
  const hintId = `${id}-hint`;
  return (
    <div className={`sgl-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          const v = parse(t);
          if (v !== null) onCommit(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {invalid && (
        <span id={hintId} className="sgl-hint">
          A whole number from {fmtInt(min)} to {fmtInt(max)}.
        </span>
      )}
    </div>
  );
}
