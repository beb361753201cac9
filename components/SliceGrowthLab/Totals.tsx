'use client';
import type { GrowthResult, Lang } from '@/lib/growth/simulate';
import { fmtBytes, fmtCap, fmtDiff, fmtFactor, fmtInt } from './format';
import { SeriesSwatch } from './SeriesControls';
import { UNBOUNDED_CAP, type SeriesRun } from './useGrowth';

interface Row {
  label: string;
  get: (r: GrowthResult) => number;
  bytes: boolean;
  /** A capacity: Rust's usize::MAX gets its name instead of 16 digits. */
  cap?: boolean;
}

function rowsFor(lang: Lang): Row[] {
  const rows: Row[] = [
    { label: 'Allocations', get: (r) => r.totals.allocations, bytes: false },
    { label: 'Bytes allocated', get: (r) => r.totals.bytesAllocated, bytes: true },
    { label: 'Bytes copied', get: (r) => r.totals.bytesCopied, bytes: true },
    { label: 'Peak bytes (old and new array both live)', get: (r) => r.totals.peakBytes, bytes: true },
    { label: 'Final capacity (elements)', get: (r) => r.finalCap, bytes: false, cap: true },
    { label: 'Unused capacity at the end', get: (r) => r.totals.unusedCapBytes, bytes: true },
  ];
  if (lang === 'go') rows.push({ label: 'Garbage left for the GC', get: (r) => r.totals.garbageBytes, bytes: true });
  return rows;
}

function sentence(run: SeriesRun): string {
  const name = `${run.key.toUpperCase()}, ${run.label}`;
  if (!run.result) return `${name}: not simulated.`;
  const t = run.result.totals;
  return `${name}: ${fmtInt(t.allocations)} allocation${t.allocations === 1 ? '' : 's'}, ${fmtBytes(t.bytesCopied)} copied, final capacity ${fmtCap(run.result.finalCap)}.`;
}

export function Totals({ lang, a, b }: { lang: Lang; a: SeriesRun; b: SeriesRun | null }) {
  const rows = rowsFor(lang);
  const ra = a.result;
  const rb = b?.result ?? null;
  const both = ra && rb;
  const cell = (r: GrowthResult | null, row: Row): string => {
    if (!r) return '—';
    const v = row.get(r);
    if (row.cap) return fmtCap(v);
    return row.bytes ? fmtBytes(v) : fmtInt(v);
  };
  return (
    <div className="sgl-totals">
      <p className="sgl-summary" aria-live="polite" aria-atomic="true">
        {sentence(a)}
        {b && ` ${sentence(b)}`}
      </p>
      <div className="sgl-table-scroll" tabIndex={0} role="region" aria-label="Totals table">
        <table>
          <caption>Totals</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">
                <SeriesSwatch which="a" /> A
              </th>
              {b && (
                <>
                  <th scope="col">
                    <SeriesSwatch which="b" /> B
                  </th>
                  <th scope="col">B − A</th>
                  <th scope="col">B ÷ A</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const va = ra ? row.get(ra) : 0;
              const vb = rb ? row.get(rb) : 0;
              const unbounded = va >= UNBOUNDED_CAP || vb >= UNBOUNDED_CAP;
              return (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{cell(ra, row)}</td>
                  {b && (
                    <>
                      <td>{cell(rb, row)}</td>
                      <td>{both && !unbounded ? fmtDiff(vb - va, row.bytes) : '—'}</td>
                      <td>{both && !unbounded ? fmtFactor(va, vb) : '—'}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
