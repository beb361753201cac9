'use client';
import type { ArenaResult, SideTotals } from '@/lib/arena/simulate';
import { KIND_LABELS, type ArenaWorkload } from '@/lib/arena/workload';
import { fmtBytes, fmtInt, fmtShare } from './format';

const gpaName = (w: ArenaWorkload) => (w.kind === 'go' ? 'Go heap (mallocgc per object)' : 'malloc (Box per object)');

/** The readouts: allocations, bytes, peak and waste at the peak, arena beside the general-purpose allocator. */
export function Totals({ w, r }: { w: ArenaWorkload; r: ArenaResult }) {
  const rows: [string, (t: SideTotals) => string][] = [
    ['Allocator calls', (t) => fmtInt(t.allocations)],
    ['Bytes asked for', (t) => fmtBytes(t.bytes)],
    ['Peak held', (t) => fmtBytes(t.peak)],
    ['Held but not live at the peak', (t) => `${fmtBytes(t.wasteAtPeak)}, ${fmtShare(t.wasteAtPeak, t.peak)}`],
  ];
  return (
    <>
      <p className="sgl-summary" aria-live="polite">
        {r.pinned
          ? w.keep > 0
            ? `Objects outlive their request, so the arena can never be reset: it holds ${fmtBytes(r.arena.peak)} at its peak against ${fmtBytes(r.gpa.peak)} for the general-purpose allocator.`
            : `One arena for the whole program: nothing is freed until it ends (peak ${fmtBytes(r.arena.peak)}).`
          : `The arena makes ${fmtInt(r.arena.allocations)} allocator call${r.arena.allocations === 1 ? '' : 's'} where the general-purpose allocator makes ${fmtInt(r.gpa.allocations)}.`}
        {r.bypassed > 0 && ` ${fmtInt(r.bypassed)} large allocation${r.bypassed === 1 ? '' : 's'} ${w.kind === 'go' ? 'went to the heap (over 2 MiB)' : 'went to malloc (a typed arena holds one type)'}.`}
      </p>
      <div className="sgl-table-scroll" tabIndex={0} role="region" aria-label="Totals table">
        <table className="arl-totals">
          <caption>Totals</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">{KIND_LABELS[w.kind]}</th>
              <th scope="col">{gpaName(w)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, f]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{f(r.arena)}</td>
                <td>{f(r.gpa)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export { gpaName };
