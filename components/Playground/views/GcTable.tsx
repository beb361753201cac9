'use client';
// The heap chart's text twin: one row per GC cycle.

import { fmtBytes, fmtInt, fmtTime } from '@/lib/playground/format';
import type { RunView } from '@/lib/playground/protocol';

export const MAX_GC_ROWS = 200;

export function GcTable({ view, name }: { view: RunView; name: string }) {
  const gc = view.result.trace.gc;
  if (gc.length === 0) return <p className="pg-note">{name}: no GC cycle ran.</p>;
  const rows = gc.slice(0, MAX_GC_ROWS);
  return (
    <div className="pg-table-scroll" tabIndex={0} role="group" aria-label={`${name}: GC cycles (scrolls sideways)`}>
      <table>
        <caption>{name}: GC cycles</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Starts at</th>
            <th scope="col">Heap at start</th>
            <th scope="col">Heap after</th>
            <th scope="col">Marked live</th>
            <th scope="col">Goal</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.n}>
              <th scope="row">
                {fmtInt(g.n)}
                {g.forced ? ' (forced)' : ''}
              </th>
              <td>{fmtTime(g.startTime)}</td>
              <td>{fmtBytes(g.heapStart)}</td>
              <td>{fmtBytes(g.heapEnd)}</td>
              <td>{fmtBytes(g.heapMarked)}</td>
              <td>{fmtBytes(g.goal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {gc.length > rows.length && <p className="pg-note">Showing the first {MAX_GC_ROWS} of {fmtInt(gc.length)} cycles.</p>}
    </div>
  );
}
