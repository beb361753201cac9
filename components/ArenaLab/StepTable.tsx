'use client';
import { useState } from 'react';
import type { ArenaStep } from '@/lib/arena/simulate';
import { fmtBytes } from './format';
import { stepName } from './format';

/** The chart's data as a table (rendered only while open). */
export function StepTable({ steps, arenaName, gpaName }: { steps: ArenaStep[]; arenaName: string; gpaName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="sgl-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the data table</summary>
      {open && (
        <div className="sgl-table-scroll" tabIndex={0} role="region" aria-label="Bytes held at each step">
          <table>
            <caption>Bytes held at each step</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">{arenaName}</th>
                <th scope="col">{gpaName}</th>
                <th scope="col">Live objects</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => (
                <tr key={i}>
                  <th scope="row">
                    {i + 1}: {stepName(s.request, s.phase)}
                  </th>
                  <td>{fmtBytes(s.arenaHeld)}</td>
                  <td>{fmtBytes(s.gpaHeld)}</td>
                  <td>{fmtBytes(s.liveBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
