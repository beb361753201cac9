'use client';
// pprof -diff_base: load a base profile and see what changed, function by function.
import { useMemo } from 'react';
import { diffProfiles } from '@/lib/profile/compare';
import type { Profile } from '@/lib/profile/model';
import { FilePicker } from './FilePicker';
import { useViewer } from './context';
import { fmtValue, shortFile } from './format';

export function DiffView({ profile, typeIndex }: { profile: Profile; typeIndex: number }) {
  const base = useViewer((s) => s.base);
  const t = profile.sampleTypes[typeIndex];
  const diff = useMemo(() => {
    if (!base) return null;
    try {
      return { rows: diffProfiles(base.profile, profile, t.type) };
    } catch (e) {
      return { error: `The base profile (${base.name}) has no ${t.type} figures to compare: ${(e as Error).message}.` };
    }
  }, [base, profile, t.type]);
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '') + fmtValue(Math.abs(v), t);
  return (
    <div>
      <FilePicker which="base" label={base ? `Base profile: ${base.name} (pick another)` : 'Base profile to compare with'} />
      {diff && 'error' in diff && <p className="pv-error">{diff.error}</p>}
      {diff && 'rows' in diff && (
        <div className="pv-scroll">
          <table className="pv-table">
            <caption>
              {t.type}: base {base!.name} → current, by size of the change (like <code>pprof -diff_base</code>)
            </caption>
            <thead>
              <tr>
                <th scope="col">change</th>
                <th scope="col">base</th>
                <th scope="col">current</th>
                <th scope="col">function</th>
                <th scope="col">file</th>
              </tr>
            </thead>
            <tbody>
              {diff.rows!.slice(0, 200).map((r) => (
                <tr key={`${r.function}\u0000${r.file}`} className={r.delta > 0 ? 'pv-up' : r.delta < 0 ? 'pv-down' : undefined}>
                  <td>{sign(r.delta)}</td>
                  <td>{fmtValue(r.base, t)}</td>
                  <td>{fmtValue(r.current, t)}</td>
                  <th scope="row" className="pv-fn">
                    {r.function}
                  </th>
                  <td>{shortFile(r.file)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
