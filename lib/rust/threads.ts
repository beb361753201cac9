// Mirrors Rust 1.95 library/std/src/thread (spawn: the Thread's Arc, the result Packet's Arc, the boxed main
// closure) and the default stack size of std::thread (RUST_MIN_STACK, 2 MiB, an mmap, not heap): one thread per
// request beside N threads fed by a sync_channel. Sizes measured with a closure capturing three usizes.

/** Heap allocations std::thread::spawn makes per thread (rust-threads.json). */
export const spawnAllocs = 3;
/** Their bytes, for a closure capturing three usizes (24 B). */
export const spawnBytes = 136;
/** std's default thread stack (sys/thread DEFAULT_MIN_STACK_SIZE): mapped by the OS, not heap. */
export const defaultMinStack = 2 << 20;

export interface RustThreadsWorkload {
  requests: number;
  perReq: number;
  size: number;
  workers: number;
}

export interface RustThreadsResult {
  /** Exact for one thread per request; a lower bound for the pool (its channel and blocking waits add a few). */
  allocs: number;
  bytes: number;
  exact: boolean;
  /** Threads spawned; how many overlap is the OS scheduler's business. */
  threads: number;
  /** Stack mappings if all those threads were alive at once. */
  stackBytes: number;
}

export function simulateRustThreads(w: RustThreadsWorkload, kind: 'perRequest' | 'pool'): RustThreadsResult {
  const bufs = w.requests * w.perReq;
  const bufBytes = bufs * w.size;
  const threads = kind === 'perRequest' ? w.requests : w.workers;
  return {
    allocs: bufs + threads * spawnAllocs,
    bytes: bufBytes + threads * spawnBytes,
    exact: kind === 'perRequest',
    threads,
    stackBytes: threads * defaultMinStack,
  };
}
