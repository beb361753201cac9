'use client';
// Allocation sites: where the program allocated, how often, how much, and why there.

import { fmtBytes, fmtInt } from '@/lib/playground/format';
import type { RunView } from '@/lib/playground/protocol';

export function SitesTable({ view, name }: { view: RunView; name: string }) {
  const sites = [...view.result.sites].sort((x, y) => x.line - y.line || x.kind.localeCompare(y.kind));
  if (sites.length === 0) return <p className="pg-note">{name}: no allocation sites.</p>;
  return (
    <div className="pg-table-scroll" tabIndex={0} role="group" aria-label={`${name}: allocation sites (scrolls sideways)`}>
      <table className="pg-sites">
        <caption>{name}: allocation sites</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Where</th>
            <th scope="col">Count</th>
            <th scope="col">Bytes</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s, i) => (
            <tr key={`${s.line}-${s.kind}-${i}`}>
              <th scope="row">{s.line}</th>
              <td>{s.kind}</td>
              <td>{fmtInt(s.count)}</td>
              <td>{fmtBytes(s.bytes)}</td>
              <td className="pg-reason">{s.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
