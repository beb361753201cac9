'use client';
// pprof -top: flat and cum per function, the table twin of the flame graph.
import { useMemo } from 'react';
import { top, type Profile } from '@/lib/profile/model';
import { fmtValue, pct, shortFile } from './format';

export const TOP_ROWS = 200;

function runningSums(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs) out.push((out.length ? out[out.length - 1] : 0) + x);
  return out;
}

export function TopTable({ profile, typeIndex }: { profile: Profile; typeIndex: number }) {
  const t = profile.sampleTypes[typeIndex];
  const rows = useMemo(() => top(profile, typeIndex), [profile, typeIndex]);
  const total = useMemo(() => profile.samples.reduce((s, x) => s + x.values[typeIndex], 0), [profile, typeIndex]);
  const sums = useMemo(() => runningSums(rows.slice(0, TOP_ROWS).map((r) => r.flat)), [rows]);
  return (
    <div className="pv-scroll">
      <table className="pv-table">
        <caption>
          Top functions by {t.type} (like <code>pprof -top</code>), {rows.length > TOP_ROWS ? `first ${TOP_ROWS} of ${rows.length}` : `${rows.length} functions`}; total{' '}
          {fmtValue(total, t)}
        </caption>
        <thead>
          <tr>
            <th scope="col">flat</th>
            <th scope="col">flat%</th>
            <th scope="col">sum%</th>
            <th scope="col">cum</th>
            <th scope="col">cum%</th>
            <th scope="col">function</th>
            <th scope="col">file:line</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, TOP_ROWS).map((r, i) => {
            return (
              <tr key={`${r.function}\u0000${r.file}`}>
                <td>{fmtValue(r.flat, t)}</td>
                <td>{pct(r.flat, total)}</td>
                <td>{pct(sums[i], total)}</td>
                <td>{fmtValue(r.cum, t)}</td>
                <td>{pct(r.cum, total)}</td>
                <th scope="row" className="pv-fn">
                  {r.function}
                </th>
                <td title={r.file}>{r.file ? `${shortFile(r.file)}:${r.line}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
