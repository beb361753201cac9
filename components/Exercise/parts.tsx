// Pieces the skeleton and the widget draw alike (so the page does not move when the widget loads):
// the heading, the prompt, the code box's height, the list of checks.

import type { ReactNode } from 'react';
import type { Outcome } from '@/lib/exercises/evaluate';
import { paragraphs, spans } from '@/lib/exercises/text';
import type { Exercise } from '@/lib/exercises/types';
import { LANG_NAME } from '@/lib/playground/settings';

export function Rich({ text }: { text: string }) {
  return (
    <>
      {spans(text).map((s, i) => (s.code ? <code key={i}>{s.text}</code> : <span key={i}>{s.text}</span>))}
    </>
  );
}

export function Prose({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>
          <Rich text={p} />
        </p>
      ))}
    </>
  );
}

export function ExerciseHeader({ ex, headingLevel, titleId, done }: { ex: Exercise; headingLevel: 2 | 3; titleId: string; done: boolean }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <header className="ex-head">
      <p className="ex-kicker">
        <span className="ex-kicker-word">Exercise</span>
        <span className={`tag ex-lang ex-lang-${ex.language}`}>{LANG_NAME[ex.language]}</span>
        {done && <span className="tag tag-done">Completed ✓</span>}
      </p>
      <H id={titleId} className="ex-title">
        {ex.title}
      </H>
    </header>
  );
}

/** The code box's height in px: the starting program's lines plus room to add a few. */
export function editorHeight(ex: Exercise): number {
  const lines = Math.max(ex.start.split('\n').length, ex.solution.split('\n').length);
  return Math.min(34, Math.max(12, lines + 3)) * 19 + 12;
}

export type CheckRow = { id: string; label: string; outcome?: Outcome };

const STATUS: Record<Outcome['status'] | 'pending', { mark: string; say: string }> = {
  pass: { mark: '✓', say: 'Passes' },
  fail: { mark: '✗', say: 'Fails' },
  skipped: { mark: '–', say: 'Not checked' },
  pending: { mark: '○', say: 'Not checked yet' },
};

export function ChecksList({ rows, lineAction }: { rows: CheckRow[]; lineAction?: (line: number) => ReactNode }) {
  return (
    <ul className="ex-checks">
      {rows.map((r) => {
        const status = r.outcome?.status ?? 'pending';
        return (
          <li key={r.id} className={`ex-check ex-${status}`}>
            <span className="ex-mark" aria-hidden="true">
              {STATUS[status].mark}
            </span>
            <div className="ex-check-body">
              <p className="ex-check-label">
                <span className="visually-hidden">{STATUS[status].say}: </span>
                {r.label}
              </p>
              {r.outcome && status !== 'pass' && <p className="ex-check-msg">{r.outcome.message}</p>}
              {r.outcome && status === 'pass' && <p className="ex-check-msg ex-quiet">{r.outcome.message}</p>}
              {r.outcome && r.outcome.details.length > 0 && (
                <ul className="ex-details">
                  {r.outcome.details.map((d, i) => (
                    <li key={i}>
                      {d.text}
                      {d.line && lineAction ? <> {lineAction(d.line)}</> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function KeysHint({ id }: { id?: string }) {
  return (
    <p className="ex-keys muted" id={id}>
      <kbd>Enter</kbd> in the code opens the editor; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd>) checks; <kbd>Esc</kbd> leaves the
      editor.
    </p>
  );
}
