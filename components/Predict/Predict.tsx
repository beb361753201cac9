'use client';
// Predict, then reveal: the learner commits a number before seeing what the model says.
// The answer is computed from simulateGrowth, so it can't drift from the simulator.

import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { elemFromType } from '@/lib/growth/elem-presets';
import { simulateGrowth, type Lang, type Strategy } from '@/lib/growth/simulate';
import { predictionId, setGuess } from '@/lib/progress/progress';
import { progressChanged, useProgress } from '@/components/progress/useProgress';
import './Predict.css';

export type PredictMeasure = 'reallocations' | 'finalCap' | 'bytesCopied';

export interface PredictProps {
  question: string;
  /** `type` is a preset (`int`, `[]int`, `u8`) or a type in source form (`[]*int`, `Vec<[u8; 3]>`). */
  spec?: { lang: Lang; type: string; n: number; strategy: Strategy; chunk?: number };
  measure?: PredictMeasure;
  /** An answer another model computed at build time (GcPredict), with what it counts. */
  given?: { value: number; what: string };
  unit?: string;
}

const fmt = (v: number): string => v.toLocaleString('en-US');

const WHAT: Record<PredictMeasure, string> = {
  reallocations: 'allocations of a backing array, the first one included',
  finalCap: 'final capacity',
  bytesCopied: 'bytes copied',
};

export function computeAnswer(spec: NonNullable<PredictProps['spec']>, measure: PredictMeasure): number {
  const elem = elemFromType(spec.lang, spec.type);
  const r = simulateGrowth({ lang: spec.lang, elemSize: elem.size, hasPointers: elem.hasPointers, n: spec.n, strategy: spec.strategy, chunk: spec.chunk });
  return measure === 'reallocations' ? r.totals.allocations : measure === 'finalCap' ? r.finalCap : r.totals.bytesCopied;
}

/** "1,024", "1 024", "1_024" and "1024" are all 1024. */
export function parseGuess(text: string): number | null {
  const t = text.replace(/[\s,_]/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

function verdict(guess: number, answer: number, unit: string): string {
  const d = guess - answer;
  if (d === 0) return 'Exactly right.';
  const pct = answer === 0 ? '' : ` (${fmt(Math.round((Math.abs(d) / answer) * 100))}% off)`;
  return `Your guess of ${fmt(guess)} is ${fmt(Math.abs(d))}${unit} too ${d > 0 ? 'high' : 'low'}${pct}.`;
}

export function Predict({ question, spec, measure = 'reallocations', given, unit }: PredictProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const { lang, type, n, strategy, chunk } = spec ?? { lang: 'go' as const, type: '', n: 0, strategy: 'append' as const, chunk: undefined };
  // The committed guess is progress: it is kept in this browser and survives a reload.
  const pid = predictionId(JSON.stringify(given ? [question, given.value] : [question, lang, type, n, strategy, chunk ?? null, measure]));
  const guess = useProgress().guesses[pid] ?? null;
  const remember = (g: number | null) => {
    setGuess(localStorage, pid, g);
    progressChanged();
  };
  const answer = useMemo((): { value: number } | { error: string } => {
    if (given) return { value: given.value };
    if (!spec) return { error: 'neither spec nor given' };
    try {
      return { value: computeAnswer({ lang, type, n, strategy, chunk }, measure) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
    // spec's fields are listed one by one: an inline object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [given, lang, type, n, strategy, chunk, measure]);
  const u = unit ? ` ${unit}` : '';

  function commit(e: FormEvent) {
    e.preventDefault();
    const g = parseGuess(text);
    if (g === null) {
      setProblem('Type a number first.');
      input.current?.focus();
      return;
    }
    setProblem('');
    remember(g);
  }

  function retry() {
    remember(null);
    setText('');
    input.current?.focus();
  }

  if ('error' in answer) {
    return (
      <p className="predict predict-broken" role="note">
        This question is set up wrongly ({answer.error}).
      </p>
    );
  }
  const committed = guess !== null;
  return (
    <form className="predict" onSubmit={commit} aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} className="predict-question">
        {question}
      </p>
      <div className="predict-row">
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-labelledby={`${id}-q`}
          aria-describedby={problem ? `${id}-problem` : undefined}
          aria-invalid={problem ? true : undefined}
          value={committed ? String(guess) : text}
          readOnly={committed}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem('');
          }}
        />
        {unit && <span className="predict-unit">{unit}</span>}
        {!committed && <button type="submit">Commit my guess</button>}
      </div>
      {problem && (
        <p id={`${id}-problem`} className="predict-problem">
          {problem}
        </p>
      )}
      <div className="predict-answer" aria-live="polite">
        {committed && (
          <>
            <p>
              <strong>
                Answer: {fmt(answer.value)}
                {u}
              </strong>{' '}
              <span className="predict-what">({given ? given.what : WHAT[measure]}, from the simulator).</span>
            </p>
            <p>{verdict(guess, answer.value, u)}</p>
            <button type="button" className="secondary" onClick={retry}>
              Try again
            </button>
          </>
        )}
      </div>
    </form>
  );
}
