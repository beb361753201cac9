'use client';
import { compareRows } from '@/lib/playground/compare';
import type { RunView } from '@/lib/playground/protocol';

export function CompareTable({ a, b, captionB }: { a: RunView; b: RunView; captionB: string }) {
  const rows = compareRows(a.result.stats, b.result.stats);
  return (
    <div className="pg-table-scroll" tabIndex={0} role="group" aria-label="A compared with B (scrolls sideways)">
      <table className="pg-compare">
        <caption>A compared with B ({captionB})</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">B − A</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.a}</td>
              <td>{r.b}</td>
              <td>{r.diff}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
