// The run settings a learner can change, their limits, and how they become the engine's RunOptions.
// Pure: used by the page, the share links and the worker.

import type { RunOptions } from '@/lib/runtime/result';

export type Lang = 'go' | 'rust';
export const LANGS: readonly Lang[] = ['go', 'rust'];
export const LANG_NAME: Record<Lang, string> = { go: 'Go', rust: 'Rust' };

export interface Settings {
  /** GOGC: a percentage, or 'off'. */
  gogc: number | 'off';
  /** GOMEMLIMIT in MiB; null means no limit (math.MaxInt64). */
  memlimitMiB: number | null;
  gomaxprocs: number;
  /** GODEBUG=gctrace=1: the run prints a line per GC cycle to stderr. Left out (false) in older links. */
  gctrace?: boolean;
}

export const DEFAULT_SETTINGS: Settings = { gogc: 100, memlimitMiB: null, gomaxprocs: 1 };

export const LIMITS = {
  gogc: { min: 1, max: 10_000 },
  memlimitMiB: { min: 1, max: 65_536 },
  gomaxprocs: { min: 1, max: 64 },
} as const;

const MiB = 1 << 20;

/** Engine budgets for the playground: a runaway program stops with the engine's budget message. */
export const BUDGETS = { stepBudget: 20_000_000, memoryBudget: 1 << 30, eventBudget: 2_000_000 } as const;

function intIn(v: unknown, min: number, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
}

/** Validates untrusted settings (from a link or storage); unusable fields fall back to the defaults. */
export function readSettings(raw: unknown, errors: string[] = []): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS };
  if (raw === undefined) return s;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    errors.push('the settings are not readable');
    return s;
  }
  const r = raw as Record<string, unknown>;
  if ('gogc' in r) {
    const g = r.gogc === 'off' ? 'off' : intIn(r.gogc, LIMITS.gogc.min, LIMITS.gogc.max);
    if (g === null) errors.push('GOGC is out of range');
    else s.gogc = g;
  }
  if ('memlimitMiB' in r && r.memlimitMiB !== null) {
    const m = intIn(r.memlimitMiB, LIMITS.memlimitMiB.min, LIMITS.memlimitMiB.max);
    if (m === null) errors.push('GOMEMLIMIT is out of range');
    else s.memlimitMiB = m;
  }
  if ('gomaxprocs' in r) {
    const p = intIn(r.gomaxprocs, LIMITS.gomaxprocs.min, LIMITS.gomaxprocs.max);
    if (p === null) errors.push('GOMAXPROCS is out of range');
    else s.gomaxprocs = p;
  }
  if ('gctrace' in r && r.gctrace !== undefined) {
    if (typeof r.gctrace !== 'boolean') errors.push('the gctrace setting is not readable');
    else if (r.gctrace) s.gctrace = true;
  }
  return s;
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return a.gogc === b.gogc && a.memlimitMiB === b.memlimitMiB && a.gomaxprocs === b.gomaxprocs && !!a.gctrace === !!b.gctrace;
}

/** Settings → the engine's options (the Go knobs are ignored by the Rust engine). */
export function toRunOptions(s: Settings): RunOptions {
  return {
    gogc: s.gogc,
    ...(s.memlimitMiB === null ? {} : { memlimit: s.memlimitMiB * MiB }),
    gomaxprocs: s.gomaxprocs,
    ...(s.gctrace ? { gctrace: true } : {}),
    ...BUDGETS,
  };
}

/** "GOGC=100 GOMAXPROCS=1" as a learner would type it in a shell. */
export function describeSettings(s: Settings): string {
  const parts = s.gctrace ? ['GODEBUG=gctrace=1', `GOGC=${s.gogc}`] : [`GOGC=${s.gogc}`];
  if (s.memlimitMiB !== null) parts.push(`GOMEMLIMIT=${s.memlimitMiB}MiB`);
  parts.push(`GOMAXPROCS=${s.gomaxprocs}`);
  return parts.join(' ');
}
