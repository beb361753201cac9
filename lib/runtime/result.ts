import type { AllocProfile } from './alloc-profile';
import type { Trace } from './trace';
import type { HeapMap } from '../go/heapmap';

// What a simulated run returns, the same for Go and Rust; the CLI's --json prints most of it.

export interface Diagnostic {
  line: number; // 1-based
  column: number; // 1-based
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
  /** rustc's error code (E0382, E0596, ...), when the message is one of rustc's. */
  code?: string;
  /** Secondary labels at other places (e.g. "value moved here" for E0382). */
  notes?: { line: number; column: number; message: string }[];
}

export interface Site {
  line: number;
  kind: 'heap' | 'stack';
  count: number;
  bytes: number;
  reason: string; // in the words of `go build -gcflags=-m` where it applies
  /** Ids of the goroutines that allocated here (Go programs with goroutines only; Rust programs that
   * spawn threads: the threads, 0 = main, and the result says `threads: true`). */
  goroutines?: number[];
}

export interface RunStats {
  heapAllocs: number;
  heapBytes: number;
  frees: number;
  peakHeapBytes: number;
  stackAllocs: number;
  gcCycles: number;
  gcCpuFraction: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number; // 0 ok, 1 did not compile, 2 Go panic, 101 Rust panic, 3 budget exceeded
  diagnostics: Diagnostic[];
  stats: RunStats;
  gc: { n: number; heapStart: number; heapEnd: number; heapMarked: number; goal: number }[];
  sites: Site[];
  trace: Trace;
  /** Set when a budget stopped the run: the message shown to the learner; the partial trace is kept. */
  budget?: { kind: 'steps' | 'memory' | 'events' | 'nesting'; message: string };
  /** The sites' `goroutines` are Rust threads (0 = main, then in spawn order). */
  threads?: boolean;
  /** Go, with RunOptions.heapMap: the spans and what their slots hold when the run ended. */
  heapMap?: HeapMap;
  /** Each allocation's call stack, when RunOptions.stacks asked for them (lib/profile/export-*.ts). */
  allocProfile?: AllocProfile;
}

export interface RunOptions {
  gogc?: number | 'off';
  memlimit?: number; // bytes
  gomaxprocs?: number;
  stepBudget?: number; // interpreted statements/expressions
  memoryBudget?: number; // simulated bytes live at once
  eventBudget?: number;
  /** GODEBUG=gctrace=1: the Go runtime prints a line per GC cycle to stderr (ignored by Rust). */
  gctrace?: boolean;
  /** Go: return the heap's memory map at the end of the run (ignored by Rust, which has no spans). */
  heapMap?: boolean;
  /** Record every allocation's call stack (RunResult.allocProfile); off by default, it costs time. */
  stacks?: boolean;
}
