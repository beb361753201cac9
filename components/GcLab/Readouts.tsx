'use client';
// The run's totals (GC CPU share, peak memory, cycles) and, when comparing, B against A.

import { summarize, type LabRun } from '@/lib/gclab/run';
import { describeSettings } from '@/lib/gclab/state';
import { fmtInt, fmtMiB, fmtPct, signed } from './format';

export function Readouts({ a, b }: { a: LabRun; b: LabRun | null }) {
  const sa = summarize(a);
  const sb = b ? summarize(b) : null;
  const rows: { label: string; fmt: (r: ReturnType<typeof summarize>) => string; diff: (x: ReturnType<typeof summarize>, y: ReturnType<typeof summarize>) => string }[] = [
    { label: 'GC cycles', fmt: (r) => fmtInt(r.cycles), diff: (x, y) => signed(fmtInt(y.cycles - x.cycles), y.cycles - x.cycles) },
    { label: 'Peak memory (heap + non-heap)', fmt: (r) => fmtMiB(r.peakMemory), diff: (x, y) => signed(fmtMiB(y.peakMemory - x.peakMemory), y.peakMemory - x.peakMemory) },
    { label: 'Peak heap', fmt: (r) => fmtMiB(r.peakHeap), diff: (x, y) => signed(fmtMiB(y.peakHeap - x.peakHeap), y.peakHeap - x.peakHeap) },
    { label: 'GC CPU share', fmt: (r) => fmtPct(r.gcCpuFraction), diff: (x, y) => signed(`${((y.gcCpuFraction - x.gcCpuFraction) * 100).toFixed(1)} points`, y.gcCpuFraction - x.gcCpuFraction) },
  ];
  return (
    <div className="gcl-readouts">
      <table>
        <caption className="visually-hidden">Totals of the run{sb ? 's' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">A: {describeSettings(a.settings)}</th>
            {sb && b && <th scope="col">B: {describeSettings(b.settings)}</th>}
            {sb && <th scope="col">B − A</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.fmt(sa)}</td>
              {sb && <td>{r.fmt(sb)}</td>}
              {sb && <td>{r.diff(sa, sb)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {(a.truncated || b?.truncated) && <p className="gcl-bad">The run stopped after {fmtInt(a.result.numGC)} cycles; shorten the phases or lower the allocation rate.</p>}
    </div>
  );
}
