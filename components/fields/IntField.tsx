'use client';
// A labelled whole-number box used by every widget: it keeps what the learner is typing (clearing
// the box to retype never snaps it back), commits only values in range, and says what is wrong
// otherwise. Each widget passes its own class names.

import { useState } from 'react';
import { fmtInt } from '@/lib/playground/format';

export interface IntFieldClasses {
  /** The wrapper (label, input, hint). */
  field: string;
  /** The hint line while the value is valid. */
  hint: string;
  /** The hint line while it is not. */
  bad: string;
}

export interface IntFieldProps {
  id: string;
  label: string;
  /** null: empty (only with allowEmpty). */
  value: number | null;
  min: number;
  max: number;
  /** Empty input means null (e.g. "no limit"); otherwise empty is invalid. */
  allowEmpty?: boolean;
  disabled?: boolean;
  /** Shown under the box while the value is valid. */
  hint?: string;
  classes: IntFieldClasses;
  /** Called with each valid value typed (null only with allowEmpty). */
  onCommit: (v: number | null) => void;
}

/** The value text means, or undefined when it is not a whole number in range (null: empty, when allowed). */
export function parseIntField(text: string, min: number, max: number, allowEmpty: boolean): number | null | undefined {
  if (text.trim() === '') return allowEmpty ? null : undefined;
  const v = /^\s*-?[0-9]{1,15}\s*$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
}

export function IntField({ id, label, value, min, max, allowEmpty, disabled, hint, classes, onCommit }: IntFieldProps) {
  // What is being typed, while it differs from the committed value; null shows the value itself.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === null ? '' : String(value));
  const valid = parseIntField(text, min, max, !!allowEmpty) !== undefined;
  const hintId = `${id}-hint`;
  return (
    <div className={classes.field}>
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
          const v = parseIntField(e.target.value, min, max, !!allowEmpty);
          setDraft(e.target.value);
          if (v !== undefined) onCommit(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {(hint || !valid) && (
        <span id={hintId} className={valid ? classes.hint : classes.bad}>
          {valid ? hint : `A whole number from ${fmtInt(min)} to ${fmtInt(max)}${allowEmpty ? ', or empty' : ''}.`}
        </span>
      )}
    </div>
  );
}
