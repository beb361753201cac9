'use client';
// pprof -list: the figures of each line of one file (the lines the profile names; no source text
// for an imported profile, the learner has it).
import { useMemo } from 'react';
import { filesOf, linesOf } from '@/lib/profile/compare';
import type { Profile } from '@/lib/profile/model';
import { useViewer } from './context';
import { fmtValue, shortFile } from './format';

export function SourceView({ profile, typeIndex }: { profile: Profile; typeIndex: number }) {
  const files = useMemo(() => filesOf(profile, typeIndex), [profile, typeIndex]);
  const chosen = useViewer((s) => s.file);
  const setFile = useViewer((s) => s.setFile);
  const file = chosen && files.some((f) => f.file === chosen) ? chosen : (files[0]?.file ?? null);
  const rows = useMemo(() => (file ? linesOf(profile, typeIndex, file) : []), [profile, typeIndex, file]);
  const t = profile.sampleTypes[typeIndex];
  if (!file) return <p className="pv-note">No frame in this profile names a file.</p>;
  return (
    <div>
      <div className="pv-field">
        <label htmlFor="pv-file">File</label>
        <select id="pv-file" value={file} onChange={(e) => setFile(e.target.value)}>
          {files.map((f) => (
            <option key={f.file} value={f.file}>
              {shortFile(f.file)} ({fmtValue(f.value, t)})
            </option>
          ))}
        </select>
      </div>
      <div className="pv-scroll">
        <table className="pv-table">
          <caption>
            {t.type} by line of {file} (like <code>pprof -list</code>)
          </caption>
          <thead>
            <tr>
              <th scope="col">line</th>
              <th scope="col">flat</th>
              <th scope="col">cum</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line}>
                <th scope="row">{r.line || '?'}</th>
                <td>{r.flat ? fmtValue(r.flat, t) : '.'}</td>
                <td>{fmtValue(r.cum, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
