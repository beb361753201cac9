'use client';
// Hints, opened one at a time: the button reveals the next one and focus moves to it, so a screen
// reader reads it at once and Tab carries on from there.

import { useEffect, useRef } from 'react';
import { Rich } from './parts';

export function HintButton({ total, shown, onMore, listId }: { total: number; shown: number; onMore: () => void; listId: string }) {
  const all = shown >= total;
  return (
    <button type="button" className="secondary" onClick={onMore} disabled={all} aria-controls={listId}>
      {all ? `All ${total} hints shown` : `Show hint ${shown + 1} of ${total}`}
    </button>
  );
}

export function HintList({ hints, shown, id, heading: Heading }: { hints: string[]; shown: number; id: string; heading: 'h3' | 'h4' }) {
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const first = useRef(true);
  useEffect(() => {
    // Not on mount: only a hint the learner just asked for takes focus.
    if (first.current) {
      first.current = false;
      return;
    }
    if (shown > 0) items.current[shown - 1]?.focus();
  }, [shown]);
  return (
    <div className="ex-hints" id={id} hidden={shown === 0}>
      {shown > 0 && (
        <>
          <Heading className="ex-sub">Hints</Heading>
          <ol>
            {hints.slice(0, shown).map((h, i) => (
              <li
                key={i}
                tabIndex={-1}
                ref={(el) => {
                  items.current[i] = el;
                }}
              >
                <Rich text={h} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
