'use client';
import { memo, useState } from 'react';
import { fmtBytes, fmtInt } from './format';
import type { SeriesRun } from './useGrowth';

export const MAX_TABLE_ROWS = 500;

/** The chart's data as a table: one row per reallocation (first MAX_TABLE_ROWS of them). */
export const ReallocTable = memo(function ReallocTable({ run, what }: { run: SeriesRun; what: string }) {
  const r = run.result;
  if (!r) return null;
  const total = r.totals.allocations;
  const rows = r.reallocs.slice(0, MAX_TABLE_ROWS);
  const hidden = total - rows.length;
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen.
    <div className="sgl-table-scroll" tabIndex={0} role="region" aria-label={`Reallocations ${run.key.toUpperCase()}`}>
      <table className="sgl-reallocs">
        <caption>
          {run.key.toUpperCase()}: {run.label}, {what}: {fmtInt(total)} allocation{total === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">At len</th>
            <th scope="col">Old cap → new cap</th>
            <th scope="col">Bytes allocated</th>
            <th scope="col">Bytes copied</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.index}>
              <td>{fmtInt(x.index + 1)}</td>
              <td>{fmtInt(x.atLen)}</td>
              <td>
                {fmtInt(x.oldCap)} → {fmtInt(x.newCap)}
              </td>
              <td>{fmtBytes(x.newBytes)}</td>
              <td>{fmtBytes(x.bytesCopied)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="sgl-note-small">
          Showing the first {fmtInt(rows.length)} of {fmtInt(total)} reallocations. The totals include all of them.
        </p>
      )}
    </div>
  );
});

/** The tables behind a disclosure; rows are only rendered while it is open, so dragging the slider stays cheap. */
export function DataTables({ runs, what }: { runs: SeriesRun[]; what: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="sgl-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the data table</summary>
      {open && runs.map((r) => <ReallocTable key={r.key} run={r} what={what} />)}
    </details>
  );
}
