// The heap over time, from a run's trace: live heap bytes after every event (alloc adds, free
// subtracts, realloc adds the difference) and a bucketed series of at most MAX_BUCKETS points for
// the chart, so a million events draw as a few thousand path points. Runs in the worker.

import { Ev, type Trace } from '@/lib/runtime/trace';

export const MAX_BUCKETS = 2000;

/** How one event changes the live heap, in bytes. */
export function heapDelta(t: Trace, i: number): number {
  switch (t.kind[i]) {
    case Ev.Alloc:
      return t.a[i];
    case Ev.Free:
      return -t.a[i];
    case Ev.Realloc:
      return t.a[i] - t.c[i];
    case Ev.Aggregate:
      return t.c[i] === Ev.Alloc ? t.a[i] : t.c[i] === Ev.Free ? -t.a[i] : 0;
    default:
      return 0;
  }
}

/** Live heap bytes after each event. */
export function liveHeap(t: Trace): Float64Array {
  const live = new Float64Array(t.length);
  let h = 0;
  for (let i = 0; i < t.length; i++) {
    h += heapDelta(t, i);
    live[i] = h;
  }
  return live;
}

export interface HeapSeries {
  /** x of each bucket: the virtual time (ns) of its last event, or the event index when time does not advance. */
  x: Float64Array;
  /** Highest live heap within the bucket (so peaks are never lost to bucketing). */
  max: Float64Array;
  /** Live heap at the bucket's last event. */
  end: Float64Array;
  /** Event index of each bucket's last event (for linking the chart and the scrubber). */
  lastEvent: Int32Array;
  xKind: 'time' | 'event';
  x0: number;
  x1: number;
  peak: number;
  peakX: number;
}

/** Buckets the live heap over x (time, or event index when every event has the same time). */
export function heapSeries(t: Trace, live: Float64Array, maxBuckets = MAX_BUCKETS): HeapSeries {
  const n = t.length;
  const byTime = n > 1 && t.time[n - 1] > t.time[0];
  const xAt = (i: number) => (byTime ? t.time[i] : i);
  const x0 = n ? xAt(0) : 0;
  const x1 = n ? xAt(n - 1) : 0;
  const buckets = Math.max(1, Math.min(maxBuckets, n));
  const width = (x1 - x0) / buckets || 1;
  const x: number[] = [];
  const max: number[] = [];
  const end: number[] = [];
  const lastEvent: number[] = [];
  let peak = 0;
  let peakX = x0;
  let cur = -1;
  for (let i = 0; i < n; i++) {
    const xi = xAt(i);
    const b = Math.min(buckets - 1, Math.floor((xi - x0) / width));
    const v = live[i];
    if (v > peak) {
      peak = v;
      peakX = xi;
    }
    if (b !== cur) {
      cur = b;
      x.push(xi);
      max.push(v);
      end.push(v);
      lastEvent.push(i);
    } else {
      const k = x.length - 1;
      x[k] = xi;
      if (v > max[k]) max[k] = v;
      end[k] = v;
      lastEvent[k] = i;
    }
  }
  return {
    x: Float64Array.from(x),
    max: Float64Array.from(max),
    end: Float64Array.from(end),
    lastEvent: Int32Array.from(lastEvent),
    xKind: byTime ? 'time' : 'event',
    x0,
    x1,
    peak,
    peakX,
  };
}

/** Indexes of the GcStart events, in order (PageUp/PageDown on the scrubber jump between them). */
export function gcEventIndexes(t: Trace): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if (t.kind[i] === Ev.GcStart) out.push(i);
  return Int32Array.from(out);
}
