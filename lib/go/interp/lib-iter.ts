// maps.Keys / maps.Values (maps/iter.go) and slices.Collect / slices.Sorted (slices/iter.go), go1.23.5.
// The iterator is only ever the direct argument of Collect or Sorted (check/call.ts refuses the rest),
// so it is a plain record here. maps.Keys and its func literal are inlined and stay on the stack;
// AppendSeq is not inlined and allocates three objects before the first element: its parameter s
// (moved to heap, 24 B), the range state #state1 (an int: 8 B, tiny) and the loop body's func literal
// (32 B: code pointer, dictionary, &s, &#state1). Then one append per element, in the order
// mapiternext visits the map.

import type * as A from './ast';
import type { Compiler, Ev } from './compile';
import type { LibImpl } from './compile-lib';
import { iterationOrder, type GoMap } from './lib-map';
import { sortOrdered } from './lib-sort';
import { appendValues } from './mem';
import { underlying, type T } from './types';
import { NIL_SLICE, type Slice } from './values';

/** An iter.Seq over a map's keys or values. */
interface MapSeq {
  m: GoMap | null;
  values: boolean;
}

const mapSeq = (values: boolean): LibImpl => (c: Compiler, e: A.Call): Ev => {
  const mv = c.expr(e.args[0]);
  return (f): MapSeq => ({ m: mv(f) as GoMap | null, values });
};

function collect(c: Compiler, e: A.Call, sorted: boolean): Ev {
  const seqv = c.expr(e.args[0]);
  const line = c.line(e);
  const elem = (underlying(c.typeOf(e)) as { elem: T }).elem;
  const name = sorted ? 'slices.Sorted' : 'slices.Collect';
  const state = c.std.at(line, `${name}: slices.AppendSeq's s (moved to heap), its range state and its loop body's closure`);
  const grow = c.std.at(line, `${name}: append one element at a time (growslice)`);
  return (f) => {
    const seq = seqv(f) as MapSeq;
    c.m.malloc(24, false, state.site, line, 0, null, null); // moved to heap: s
    c.m.malloc(8, true, state.site, line, 0, null, null); // moved to heap: #state1
    c.m.malloc(32, false, state.site, line, 0, null, null); // func literal escapes to heap
    let s: Slice = NIL_SLICE;
    const gm = seq.m;
    if (gm !== null && gm.entries.size > 0) {
      gm.h.mapiterinit();
      for (const nk of iterationOrder(gm)) {
        const en = gm.entries.get(nk);
        if (en) s = appendValues(c.m, s, [seq.values ? en[1] : en[0]], elem, grow);
      }
    }
    if (sorted) sortOrdered(s);
    return s;
  };
}

export const ITER_IMPLS: Record<string, LibImpl> = {
  'maps.Keys': mapSeq(false),
  'maps.Values': mapSeq(true),
  'slices.Collect': (c, e) => collect(c, e, false),
  'slices.Sorted': (c, e) => collect(c, e, true),
};
