'use client';
// Allocation sites: where the program allocated, how often, how much, and why there.

import { fmtBytes, fmtInt } from '@/lib/playground/format';
import type { RunView } from '@/lib/playground/protocol';

export function SitesTable({ view, name }: { view: RunView; name: string }) {
  const sites = [...view.result.sites].sort((x, y) => x.line - y.line || x.kind.localeCompare(y.kind));
  if (sites.length === 0) return <p className="pg-note">{name}: no allocation sites.</p>;
  // Programs with goroutines say which goroutines allocated at each site (1 is main); Rust programs
  // that spawn threads say which thread (0 is main).
  const threads = !!view.result.threads;
  const mainId = threads ? 0 : 1;
  const byGoroutine = sites.some((s) => s.goroutines && (s.goroutines.length > 1 || s.goroutines[0] !== mainId));
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
            {byGoroutine && <th scope="col">{threads ? 'Threads' : 'Goroutines'}</th>}
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
              {byGoroutine && <td>{goroutineList(s.goroutines, mainId)}</td>}
              <td className="pg-reason">{s.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Goroutine (or Rust thread) ids as ranges: 1, 6–8, 12 ("main" for the main one alone: goroutine 1, thread 0). */
export function goroutineList(ids: number[] | undefined, mainId = 1): string {
  if (!ids || ids.length === 0) return '';
  if (ids.length === 1 && ids[0] === mainId) return 'main';
  const parts: string[] = [];
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    parts.push(j === i ? String(ids[i]) : `${ids[i]}–${ids[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
