'use client';
// The chart's twin: one row per cycle, with the figures gctrace prints (first MAX_ROWS cycles).

import { memo, useState } from 'react';
import { formatGctrace } from '@/lib/go/gctrace';
import type { LabRun } from '@/lib/gclab/run';
import { describeSettings } from '@/lib/gclab/state';
import { fmtInt, fmtMiB, fmtPct, fmtSec } from './format';

export const MAX_ROWS = 500;

export const CycleTable = memo(function CycleTable({ run, which }: { run: LabRun; which: 'a' | 'b' }) {
  const total = run.log.length;
  const rows = Array.from({ length: Math.min(total, MAX_ROWS) }, (_, i) => run.log.get(i));
  const name = which.toUpperCase();
  return (
    <div className="gcl-table-scroll" tabIndex={0} role="region" aria-label={`GC cycles ${name}`}>
      <table>
        <caption>
          {name}: {describeSettings(run.settings)}: {fmtInt(total)} cycle{total === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Starts at</th>
            <th scope="col">Mark (wall)</th>
            <th scope="col">Heap at start</th>
            <th scope="col">Heap at end</th>
            <th scope="col">Marked live</th>
            <th scope="col">Goal</th>
            <th scope="col">GC CPU so far</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.n}>
              <td>{fmtInt(c.n)}</td>
              <td>{fmtSec(c.startTime / 1e9)}</td>
              <td>{((c.markTermTime - c.markTime) / 1e6).toFixed(2)} ms</td>
              <td>{fmtMiB(c.heapStart)}</td>
              <td>{fmtMiB(c.heapEnd)}</td>
              <td>{fmtMiB(c.heapMarked)}</td>
              <td>{fmtMiB(c.goal)}</td>
              <td>{fmtPct(c.gcCpuFraction)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length && (
        <p className="lab-note-small">
          Showing the first {fmtInt(rows.length)} of {fmtInt(total)} cycles; the totals count all of them.
        </p>
      )}
    </div>
  );
});

/** The same cycles as GODEBUG=gctrace=1 would print them (lib/go/gctrace.ts), to hold beside a real log. */
export function GctraceText({ run }: { run: LabRun }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="gcl-data" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>As gctrace lines</summary>
      {open && (
        <pre className="gcl-gctrace">
          {Array.from({ length: Math.min(run.log.length, MAX_ROWS) }, (_, i) => formatGctrace(run.log.get(i))).join('\n')}
        </pre>
      )}
    </details>
  );
}
