'use client';
// The run's own memory map: the Go heap's spans when the run ended, each slot drawn as what it holds
// (an object not yet collected, rounding to the size class, a free slot, the span's unused tail).
// Built in the worker (lib/go/heapmap.ts) by a run of its own; drawn by the shared MemoryMap.

import { MemoryMap } from '@/components/MemoryMap/MemoryMap';
import { HEAPMAP_SIMPLIFICATIONS, type HeapMap } from '@/lib/go/heapmap';
import { fmtBytes } from '@/lib/playground/format';

const GO_STATES = ['live', 'rounding', 'free', 'waste'] as const;
const GO_LABELS = {
  live: 'allocated, not yet collected',
  rounding: 'rounding (slot past the object)',
  free: 'free slot',
  waste: 'unused span tail',
};

export function HeapMapView({ idBase, map }: { idBase: string; map: HeapMap }) {
  const t = map.totals;
  const caption = `The heap when the run ended: ${map.spans.toLocaleString('en-US')} span${map.spans === 1 ? '' : 's'}, ${fmtBytes(t.live)} allocated, ${fmtBytes(t.rounding)} rounding, ${fmtBytes(t.free)} free slots, ${fmtBytes(t.waste)} span tails`;
  return (
    <section className="pg-heapmap" aria-labelledby={`${idBase}-heapmap`}>
      <h3 id={`${idBase}-heapmap`}>Memory map</h3>
      <MemoryMap idBase={`${idBase}-hm`} caption={caption} rows={map.rows} fmtBytes={fmtBytes} rowNoun="span" states={GO_STATES} labels={GO_LABELS} budget={1200} maxRows={40} />
      {map.omittedSpans > 0 && <p className="pg-note">{map.omittedSpans.toLocaleString('en-US')} more spans are counted in the totals but not listed.</p>}
      <details className="pg-note">
        <summary>What the map leaves out</summary>
        <ul>
          {HEAPMAP_SIMPLIFICATIONS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
