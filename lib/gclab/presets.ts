// The GC lab's presets: each one a workload and settings that show one behaviour of the pacer.

import { DEFAULT_SETTINGS, type GcLabState } from './state';

export interface GcPreset {
  id: string;
  label: string;
  description: string;
  state: GcLabState;
}

const steady: GcLabState = {
  liveMiB: 64,
  goroutines: 1,
  phases: [{ seconds: 10, allocMiBps: 400, survivePct: 0, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 3 }],
  a: DEFAULT_SETTINGS,
  b: { gogc: 200, memLimitMiB: null, gomaxprocs: 1 },
};

export const GC_PRESETS: readonly GcPreset[] = Object.freeze([
  {
    id: 'steady',
    label: 'Steady state',
    description: 'A constant 64 MiB live heap and steady allocation: every cycle looks the same. GOGC=200 (B) halves the cycles and adds 64 MiB of heap.',
    state: steady,
  },
  {
    id: 'phase-change',
    label: 'Phase change',
    description: 'The program starts caching: 10% of new data survives and lives a few seconds, so the live heap climbs from 32 MiB to about 130 MiB and the goal follows it.',
    state: {
      liveMiB: 32,
      goroutines: 1,
      phases: [
        { seconds: 4, allocMiBps: 200, survivePct: 0, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 3 },
        { seconds: 8, allocMiBps: 400, survivePct: 10, deathPctPerSec: 30, scanPct: 100, nonHeapMiB: 3 },
      ],
      a: DEFAULT_SETTINGS,
      b: null,
    },
  },
  {
    id: 'spike',
    label: 'Transient spike',
    description: 'Half a second of heavy traffic keeps 30% of what it allocates, then that data dies. The peak is set by the goal of the cycle after the spike.',
    state: {
      liveMiB: 32,
      goroutines: 1,
      phases: [
        { seconds: 3, allocMiBps: 100, survivePct: 0, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 3 },
        { seconds: 0.5, allocMiBps: 800, survivePct: 30, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 3 },
        { seconds: 4, allocMiBps: 100, survivePct: 0, deathPctPerSec: 150, scanPct: 100, nonHeapMiB: 3 },
      ],
      a: DEFAULT_SETTINGS,
      b: { gogc: 100, memLimitMiB: 160, gomaxprocs: 1 },
    },
  },
  {
    id: 'memory-limit',
    label: 'Memory limit',
    description: 'GOGC=off with a 512 MiB GOMEMLIMIT: the heap fills up to the limit before each cycle, so a 100 MiB live heap costs far fewer cycles than under GOGC=100 (B), for more memory.',
    state: {
      liveMiB: 100,
      goroutines: 1,
      phases: [{ seconds: 10, allocMiBps: 300, survivePct: 0, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 8 }],
      a: { gogc: 'off', memLimitMiB: 512, gomaxprocs: 1 },
      b: DEFAULT_SETTINGS,
    },
  },
  {
    id: 'death-spiral',
    label: 'Death spiral',
    description: 'The live heap grows past a 256 MiB limit: the goal cannot go below the live heap, so cycles run back to back and the CPU limiter caps the GC near 50%. B has no limit.',
    state: {
      liveMiB: 150,
      goroutines: 1,
      phases: [{ seconds: 8, allocMiBps: 100, survivePct: 30, deathPctPerSec: 0, scanPct: 100, nonHeapMiB: 8 }],
      a: { gogc: 100, memLimitMiB: 256, gomaxprocs: 1 },
      b: DEFAULT_SETTINGS,
    },
  },
]);

export const DEFAULT_PRESET_ID = 'steady';

export function findPreset(id: string): GcPreset | undefined {
  return GC_PRESETS.find((p) => p.id === id);
}

/** The preset whose settings equal `s`, if any (the preset menu shows it as chosen). */
export function matchPreset(s: GcLabState): string | null {
  const key = JSON.stringify(s);
  return GC_PRESETS.find((p) => JSON.stringify(p.state) === key)?.id ?? null;
}

export const DEFAULT_GC_LAB_STATE: GcLabState = steady;
