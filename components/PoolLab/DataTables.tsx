'use client';
import { useState } from 'react';
import { TIER_GROUPS, type PoolSample } from '@/lib/go/poolsim';
import { binLabel, TIER_LABEL, type TierBin } from './bins';
import { fmtBytes, fmtInt } from './format';

/** The charts' data as tables, behind a disclosure (rows render only while it is open). */
export function DataTables({ bins, pool, none }: { bins: TierBin[]; pool: PoolSample[]; none: PoolSample[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="pl-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the data tables</summary>
      {open && (
        <>
          <div className="pl-table-scroll" tabIndex={0} role="region" aria-label="Gets by tier table">
            <table>
              <caption>Gets by tier, per GC interval (as the bars group them)</caption>
              <thead>
                <tr>
                  <th scope="col">GC cycles before</th>
                  <th scope="col">Requests</th>
                  {TIER_GROUPS.map((t) => (
                    <th key={t} scope="col">
                      {TIER_LABEL[t]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {bins.map((b, i) => (
                  <tr key={i}>
                    <th scope="row">{binLabel(b)}</th>
                    <td>
                      {fmtInt(b.reqFrom)}–{fmtInt(b.reqTo)}
                    </td>
                    {TIER_GROUPS.map((t) => (
                      <td key={t}>{fmtInt(b.tiers[t])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pl-table-scroll" tabIndex={0} role="region" aria-label="Bytes allocated table">
            <table>
              <caption>Bytes allocated and GC cycles after each request shown</caption>
              <thead>
                <tr>
                  <th scope="col">After request</th>
                  <th scope="col">With the pool</th>
                  <th scope="col">GC cycles</th>
                  <th scope="col">Without</th>
                  <th scope="col">GC cycles</th>
                </tr>
              </thead>
              <tbody>
                {pool.map((s, i) => (
                  <tr key={s.request}>
                    <th scope="row">{fmtInt(s.request)}</th>
                    <td>{fmtBytes(s.totalAlloc)}</td>
                    <td>{fmtInt(s.numGC)}</td>
                    <td>{fmtBytes(none[i]?.totalAlloc ?? 0)}</td>
                    <td>{fmtInt(none[i]?.numGC ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </details>
  );
}
