// The GC lab's settings: a workload of phases and the runtime settings it runs under (A, and B when
// comparing). Plain data, so the URL, the store and the model runner share one shape.

export type Gogc = number | 'off';

export interface PhaseSpec {
  /** Wall seconds the phase lasts. */
  seconds: number;
  /** Allocation rate of the whole program, MiB per second of mutator time. */
  allocMiBps: number;
  /** Per cent of the new bytes that survive (join the long-lived data). */
  survivePct: number;
  /** Per cent of the older data that dies per second. */
  deathPctPerSec: number;
  /** Per cent of the live heap that holds pointers (scan work). */
  scanPct: number;
  /** Memory outside the heap (stacks, runtime metadata, cgo, mapped files), MiB. */
  nonHeapMiB: number;
}

export interface GcSettings {
  gogc: Gogc;
  /** GOMEMLIMIT in MiB; null = no limit. */
  memLimitMiB: number | null;
  gomaxprocs: number;
}

export interface GcLabState {
  /** Live heap when the run starts, MiB. */
  liveMiB: number;
  /** Goroutines allocating at once (each on its own P, up to GOMAXPROCS). */
  goroutines: number;
  phases: PhaseSpec[];
  a: GcSettings;
  /** The second settings, when comparing. */
  b: GcSettings | null;
}

export const LIMITS = {
  liveMiB: { min: 0, max: 65536 },
  goroutines: { min: 1, max: 8 },
  phases: { min: 1, max: 6 },
  seconds: { min: 0.1, max: 600 },
  allocMiBps: { min: 0.1, max: 20000 },
  survivePct: { min: 0, max: 100 },
  deathPctPerSec: { min: 0, max: 1000 },
  scanPct: { min: 0, max: 100 },
  nonHeapMiB: { min: 0, max: 65536 },
  gogc: { min: 1, max: 10000 },
  memLimitMiB: { min: 1, max: 1048576 },
  gomaxprocs: { min: 1, max: 8 },
} as const;

export type PhaseField = keyof PhaseSpec;

export const inRange = (v: number, r: { min: number; max: number }): boolean => Number.isFinite(v) && v >= r.min && v <= r.max;

/** The GOGC slider's stops: roughly logarithmic, the far end is off. */
export const GOGC_STOPS: readonly Gogc[] = Object.freeze([10, 15, 20, 25, 35, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1200, 1600, 'off']);

/** The slider stop nearest to a GOGC value (on a log scale). */
export function gogcStop(g: Gogc): number {
  if (g === 'off') return GOGC_STOPS.length - 1;
  let best = 0;
  for (let i = 0; i < GOGC_STOPS.length - 1; i++) {
    const s = GOGC_STOPS[i] as number;
    if (Math.abs(Math.log(s / g)) < Math.abs(Math.log((GOGC_STOPS[best] as number) / g))) best = i;
  }
  return best;
}

export const DEFAULT_SETTINGS: GcSettings = { gogc: 100, memLimitMiB: null, gomaxprocs: 1 };

export const DEFAULT_PHASE: PhaseSpec = { seconds: 5, allocMiBps: 200, survivePct: 0, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 3 };

export const fmtGogc = (g: Gogc): string => (g === 'off' ? 'off' : String(g));
export const fmtLimit = (m: number | null): string => (m === null ? 'no limit' : `${m.toLocaleString('en-US')} MiB`);
export const describeSettings = (s: GcSettings): string => `GOGC=${fmtGogc(s.gogc)}, GOMEMLIMIT ${fmtLimit(s.memLimitMiB)}, GOMAXPROCS=${s.gomaxprocs}`;
