'use client';
// The timeline scrubber: one step per trace event. Arrows step events, PageUp/PageDown jump
// between GC cycles, Home/End go to the ends. The current event's line lights up in the editor.

import { describeEvent, stepGc } from '@/lib/playground/events';
import type { RunView } from '@/lib/playground/protocol';

export function Scrubber({ id, view, cursor, onChange }: { id: string; view: RunView; cursor: number; onChange: (i: number) => void }) {
  const t = view.result.trace;
  const last = Math.max(0, t.length - 1);
  const text = describeEvent(t, Math.min(cursor, last), view.live, t.gc);
  return (
    <div className="pg-scrubber">
      <label htmlFor={id}>Timeline of A (event by event)</label>
      <input
        id={id}
        type="range"
        min={0}
        max={last}
        step={1}
        value={Math.min(cursor, last)}
        disabled={t.length === 0}
        aria-valuetext={text}
        aria-describedby={`${id}-keys`}
        onChange={(e) => onChange(Number(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'PageDown' || e.key === 'PageUp') {
            e.preventDefault();
            onChange(stepGc(view.gcIndex, cursor, e.key === 'PageDown' ? 1 : -1, last));
          }
        }}
      />
      <p className="pg-event" aria-hidden="true">
        {text}
      </p>
      <p id={`${id}-keys`} className="pg-note">
        Arrow keys step one event; Page Up and Page Down jump to the previous or next GC cycle; Home and End go to the ends.
      </p>
    </div>
  );
}
