// Run-time representation of Go values.
//
//   int*, uint*, float*   JS number (ints wrap to their width after every operation, see ops.ts)
//   bool                  JS boolean
//   string                Str {s: bytes as a Latin-1 JS string, o: heap object holding the bytes or null}
//   []T                   Slice {d: backing data, o: heap object or null (stack/static), off, len, cap}
//   *T                    Ptr {c: container, k: index in it (-1: c *is* the struct/array), o: heap object}
//   struct                JS array of field values (mutable, owned by its variable/slot; copied on assignment)
//   [N]T                  typed array or JS array (same ownership rule as structs)
//   any/error/io.Reader   Iface {t: dynamic type, v: value, o: the box if the conversion allocated} or null
//   func                  Fn {call, env, o} or null
//   strings.Builder etc.  library objects (lib-*.ts), aggregates like structs
//
// A variable whose address is taken or that a closure captures lives in a box: its frame slot holds
// a Ptr to it (exactly what the compiler does for "moved to heap: x", where the box is a heap object).

import type { T } from './types';

/** An object on the simulated heap (one mallocgc call). */
export class HeapObj {
  /** Mark epoch: equals the collector's epoch when marked (or allocated black) in the current cycle. */
  mark = 0;
  freed = false;
  /** Tiny block this object lives in (noscan objects < 16 B). */
  block: TinyBlock | null = null;
  constructor(
    readonly id: number,
    /** Bytes requested. */
    readonly size: number,
    /** Bytes TotalAlloc counted for this call (the slot, 16 for a new tiny block, 0 inside one). */
    readonly objBytes: number,
    readonly sizeclass: number,
    readonly noscan: boolean,
    /** Allocation sequence number (objects of the running statement are protected from sweeping). */
    readonly seq: number,
    /** How to find pointers in it: 0 none, 1 elements of the array `ref` of type `t`, 2 value `ref` of type `t`, 3 custom. */
    public scanKind: number,
    public ref: unknown,
    public t: T | null,
  ) {}
  /** Custom scanner for library objects (scanKind 3). */
  scanFn: ((m: Marker) => void) | null = null;
  /** Bytes of the slot (for heapMarked): the size class, page-rounded large size, or 16 per tiny block. */
  slotBytes = 0;
  /** Synthetic address (mheap's), printed by %p. */
  addr = 0;
  line = 0;
  site = 0;
}

export class TinyBlock {
  live = 0;
  mark = 0;
  /** The object that opened the block: the heap profile's record for the whole block. */
  first = 0;
  constructor(readonly addr: number) {}
}

/** What the GC's marker exposes to scanners. */
export interface Marker {
  markObj(o: HeapObj | null): void;
  markValue(v: unknown, t: T): void;
}

export class Str {
  constructor(
    readonly s: string,
    readonly o: HeapObj | null,
    /** The bytes are in a stack buffer (tmpBuf): concatstrings must copy it to return it. */
    readonly stack = false,
  ) {}
}

export const EMPTY_STR = new Str('', null);

export type Data = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float64Array | Float32Array | unknown[];

export class Slice {
  constructor(
    readonly d: Data | null,
    readonly o: HeapObj | null,
    readonly off: number,
    readonly len: number,
    readonly cap: number,
  ) {}
}

export const NIL_SLICE = new Slice(null, null, 0, 0, 0);

export class Ptr {
  constructor(
    readonly c: any, // eslint-disable-line @typescript-eslint/no-explicit-any
    readonly k: number,
    readonly o: HeapObj | null,
  ) {}
}

export class Iface {
  constructor(
    readonly t: T,
    readonly v: unknown,
    readonly o: HeapObj | null,
  ) {}
}

/** The library's error values (*errors.errorString, *fmt.wrapError, *strconv.NumError; lib-std.ts). */
export class ErrorVal {
  o: HeapObj | null = null;
  /** errors.Join's errs (Unwrap() []error): Is and As walk them as a tree. */
  joined: Iface[] | null = null;
  constructor(
    /** The message; errors.Join's is rebuilt by onError at each Error() call. */
    public msg: string,
    readonly wrapped: Iface | null,
    readonly t: T,
    /** The runtime's errors build their message when Error() is called (an allocation). */
    readonly onError: (() => void) | null = null,
  ) {}
}

export class Fn {
  /** Set for functions that can block: the call as a generator that yields to the scheduler. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  callG: ((args: unknown[]) => Generator<any, unknown, any>) | null = null;
  constructor(
    readonly call: (args: unknown[]) => unknown,
    readonly env: Ptr[] | null,
    readonly o: HeapObj | null,
    readonly name: string,
  ) {}
}

/** Control-flow signals returned by compiled statements. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export const FALLTHROUGH = 4;
/** `break L` / `continue L`: signals of the labelled statement with node id `id`. */
export const labelBreak = (id: number): number => 8 + 2 * id;
export const labelContinue = (id: number): number => 9 + 2 * id;
/** An unlabelled loop's label signals: never returned. */
export const NO_LABEL = { brk: -1, cont: -1 };

/** A Go panic in flight (message as the runtime prints it after "panic: "). */
export class GoPanicSignal {
  constructor(
    /** The message, or how to make it when the panic is printed (preprintpanics calls Error()/String() then). */
    private msg: string | (() => string),
    /** true for runtime errors with a [signal ...] line (nil dereference). */
    readonly signal = false,
    /** "fatal error: ..." (no recover, different header). */
    readonly fatal = false,
    /** Error value panics print like `panic: main.E{...}`; plain values already formatted. */
    readonly goexit = false,
  ) {}
  get message(): string {
    if (typeof this.msg === 'function') this.msg = this.msg();
    return this.msg;
  }
  /** The value panic was called with (undefined for the runtime's own panics: recover makes a runtime.Error). */
  value: Iface | null | undefined = undefined;
  /** The panic that was running deferred calls when this one started (printed first), and whether it had been recovered. */
  link: GoPanicSignal | null = null;
  recovered = false;
}

/** A budget stopped the run. */
export class BudgetStop {
  constructor(
    readonly kind: 'steps' | 'memory' | 'events',
    readonly message: string,
  ) {}
}
