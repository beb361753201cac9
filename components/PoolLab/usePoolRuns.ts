// Runs the Go workload with and without the pool and the Rust counterparts, memoised on the settings.

import { useMemo } from 'react';
import { comparePoolWorkload, type PoolComparison } from '@/lib/go/poolsim';
import { simulateRustPool, type RustPoolResult } from '@/lib/rust/poolsim';
import { workloadOf, type PoolLabState } from '@/lib/poollab/state';

export interface PoolRuns {
  go: PoolComparison | null;
  rust: { freelist: RustPoolResult; clear: RustPoolResult; none: RustPoolResult } | null;
  error: string | null;
}

export function runAll(lab: PoolLabState): PoolRuns {
  try {
    const w = workloadOf(lab);
    const go = comparePoolWorkload(w);
    const rw = { requests: lab.requests, perReq: lab.perReq, size: lab.size };
    const rust = { freelist: simulateRustPool(rw, 'freelist'), clear: simulateRustPool(rw, 'clear'), none: simulateRustPool(rw, 'none') };
    return { go, rust, error: null };
  } catch (e) {
    return { go: null, rust: null, error: e instanceof Error ? e.message : String(e) };
  }
}

export function usePoolRuns(lab: PoolLabState): PoolRuns {
  return useMemo(() => runAll(lab), [lab]);
}
