// What one trace event means, in a sentence (the scrubber's aria-valuetext and caption), and
// keyboard stepping over events and GC cycles.

import { Ev, evNames, type GcRecord, type Trace } from '@/lib/runtime/trace';
import { fmtBytes, fmtInt, fmtTime } from './format';

const POOL_TIER = ['private slot', 'shared list', "another P's list", 'victim cache', 'New'];

function what(t: Trace, i: number, gc: GcRecord[]): string {
  const a = t.a[i];
  const b = t.b[i];
  switch (t.kind[i]) {
    case Ev.Alloc:
      return `heap allocation of ${fmtBytes(a)}`;
    case Ev.Free:
      return `free of ${fmtBytes(a)}`;
    case Ev.Realloc:
      return `reallocation from ${fmtBytes(t.c[i])} to ${fmtBytes(a)}`;
    case Ev.GcStart: {
      const r = gc.find((g) => g.n === b);
      return `GC cycle ${fmtInt(b)} starts${r ? ` (heap ${fmtBytes(r.heapStart)}, goal ${fmtBytes(r.goal)}${r.forced ? ', forced' : ''})` : ''}`;
    }
    case Ev.GcEnd: {
      const r = gc.find((g) => g.n === b);
      return `GC cycle ${fmtInt(b)} ends${r ? ` (heap ${fmtBytes(r.heapEnd)}, marked ${fmtBytes(r.heapMarked)})` : ''}`;
    }
    case Ev.PoolGet:
      return `sync.Pool Get: ${a ? 'hit' : 'miss'} from the ${POOL_TIER[t.c[i]] ?? 'pool'}`;
    case Ev.PoolPut:
      return 'sync.Pool Put';
    case Ev.ArenaChunk:
      return `arena chunk of ${fmtBytes(a)}`;
    case Ev.Stack:
      return `stack allocation of ${fmtBytes(a)} (does not escape)`;
    case Ev.Aggregate:
      return `${fmtInt(b)} ${evNames[t.c[i]] ?? 'other'} events folded together (${fmtBytes(a)}), past the event budget`;
    default:
      return 'event';
  }
}

/** "Event 12 of 340: heap allocation of 64 B on line 9; heap 1.2 KiB at 3.4 µs". */
export function describeEvent(t: Trace, i: number, live: Float64Array, gc: GcRecord[]): string {
  if (t.length === 0) return 'No events';
  const line = t.line[i];
  return `Event ${fmtInt(i + 1)} of ${fmtInt(t.length)}: ${what(t, i, gc)}${line > 0 ? ` on line ${line}` : ''}; heap ${fmtBytes(live[i] ?? 0)} at ${fmtTime(t.time[i])}`;
}

/** The event PageDown (dir 1) or PageUp (dir -1) moves to: the next or previous GC start. */
export function stepGc(gcIndex: Int32Array, at: number, dir: 1 | -1, last: number): number {
  if (dir > 0) {
    for (const g of gcIndex) if (g > at) return g;
    return last;
  }
  for (let k = gcIndex.length - 1; k >= 0; k--) if (gcIndex[k] < at) return gcIndex[k];
  return 0;
}
