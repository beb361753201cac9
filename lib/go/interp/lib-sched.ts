// Channel values and sync's lock types on the simulated heap: make(chan T, n) allocates what
// runtime.makechan allocates (lib/go/chan.ts), and the GC reaches the values buffered in a channel
// and those its blocked senders hold.

import { makechan, type hchan } from '../chan';
import { GoPanic } from '../slice';
import { Mutex, RWMutex, WaitGroup } from '../sema';
import type { Machine } from './heap';
import { STD_IMPLS } from './mem';
import { tMutex, tOnce, tRWMutex, tWaitGroup } from './std';
import { hasPointers, sizeof, type T } from './types';
import { GoPanicSignal, type HeapObj } from './values';

/** A channel value: the runtime's hchan and the heap objects makechan allocated for it. */
/** Each channel's element type, for marking a value handed to a parked receiver (sched.ts). */
export const chanElemType = new WeakMap<hchan, T>();

export class ChanVal {
  constructor(
    readonly c: hchan,
    readonly o: HeapObj,
    readonly buf: HeapObj | null,
  ) {}
}

/** make(chan T, size) at `line`, its allocations attributed to `site`. */
export function chanValue(m: Machine, elem: T, size: number, site: number, line: number): ChanVal {
  let made: ReturnType<typeof makechan>;
  try {
    made = makechan({ size: sizeof(elem), hasPointers: hasPointers(elem) }, size, undefined);
  } catch (e) {
    if (e instanceof GoPanic) {
      m.panicLine = line;
      throw new GoPanicSignal(e.message);
    }
    throw e;
  }
  const [h, b] = made.mallocs;
  const o = m.malloc(h.size, h.noscan, site, line, 3, null, null);
  const buf = b ? m.malloc(b.size, b.noscan, site, line, 0, null, null) : null;
  const c = made.c;
  chanElemType.set(c, elem);
  const pointers = hasPointers(elem);
  o.scanFn = (mk) => {
    if (buf) mk.markObj(buf);
    if (!pointers) return;
    for (const v of c.items()) mk.markValue(v, elem);
    for (const sg of c.sendq.q) mk.markValue(sg.elem, elem);
  };
  return new ChanVal(c, o, buf);
}

/** sync.Once: done, and the mutex doSlow takes. */
export class OnceVal {
  done = false;
  readonly m = new Mutex();
}

STD_IMPLS.set(tWaitGroup, { zero: () => new WaitGroup(), clone: () => new WaitGroup() });
STD_IMPLS.set(tMutex, { zero: () => new Mutex(), clone: () => new Mutex() });
STD_IMPLS.set(tRWMutex, { zero: () => new RWMutex(), clone: () => new RWMutex() });
STD_IMPLS.set(tOnce, { zero: () => new OnceVal(), clone: () => new OnceVal() });
