// The GC lab's settings <-> a query string. Never throws: each field that cannot be read keeps the
// fallback's value and says why in a sentence (shown to the reader as plain text), the rest applies.

import { quote, QueryReader } from '../url/query-reader';
import { DEFAULT_GC_LAB_STATE } from './presets';
import { DEFAULT_SETTINGS, inRange, LIMITS, type GcLabState, type GcSettings, type Gogc, type PhaseSpec } from './state';

export const GC_URL_VERSION = '1';
const MAX_VALUE_LENGTH = 400;
const PHASE_FIELDS: (keyof PhaseSpec)[] = ['seconds', 'allocMiBps', 'survivePct', 'deathPctPerSec', 'scanPct', 'nonHeapMiB'];
const FIELD_NAMES: Record<keyof PhaseSpec, string> = {
  seconds: 'duration',
  allocMiBps: 'allocation rate',
  survivePct: 'surviving share',
  deathPctPerSec: 'death rate',
  scanPct: 'scanned share',
  nonHeapMiB: 'non-heap memory',
};

/** A plain decimal (digits, at most one point, up to 3 decimals); NaN otherwise. */
function decimal(v: string): number {
  return /^[0-9]{1,7}(\.[0-9]{1,3})?$/.test(v) ? Number(v) : NaN;
}

class Reader extends QueryReader {
  constructor(params: URLSearchParams) {
    super(params, MAX_VALUE_LENGTH);
  }
  num(key: string, what: string, range: { min: number; max: number }, fallback: number, whole = false): number {
    const v = this.get(key, what);
    if (v === undefined) return fallback;
    const n = decimal(v);
    if (inRange(n, range) && (!whole || Number.isInteger(n))) return n;
    this.errors.push(`${what} ${quote(v)} is not a ${whole ? 'whole ' : ''}number from ${range.min} to ${range.max}`);
    return fallback;
  }
}

function readGogc(r: Reader, key: string, what: string, fallback: Gogc): Gogc {
  const v = r.get(key, what);
  if (v === undefined) return fallback;
  if (v === 'off') return 'off';
  const n = decimal(v);
  if (Number.isInteger(n) && inRange(n, LIMITS.gogc)) return n;
  r.errors.push(`${what} ${quote(v)} is not “off” or a whole number from ${LIMITS.gogc.min} to ${LIMITS.gogc.max}`);
  return fallback;
}

function readLimit(r: Reader, key: string, what: string, fallback: number | null): number | null {
  const v = r.get(key, what);
  if (v === undefined) return fallback;
  if (v === 'off') return null;
  const n = decimal(v);
  if (Number.isInteger(n) && inRange(n, LIMITS.memLimitMiB)) return n;
  r.errors.push(`${what} ${quote(v)} is not “off” or a whole number of MiB from ${LIMITS.memLimitMiB.min} to ${LIMITS.memLimitMiB.max}`);
  return fallback;
}

function readSettings(r: Reader, prefix: string, name: string, fallback: GcSettings): GcSettings {
  return {
    gogc: readGogc(r, `${prefix}gogc`, `GOGC ${name}`, fallback.gogc),
    memLimitMiB: readLimit(r, `${prefix}lim`, `GOMEMLIMIT ${name}`, fallback.memLimitMiB),
    gomaxprocs: r.num(`${prefix}p`, `GOMAXPROCS ${name}`, LIMITS.gomaxprocs, fallback.gomaxprocs, true),
  };
}

/** "5_200_0_0_100_3~…": one group of six numbers per phase. */
function readPhases(r: Reader, fallback: PhaseSpec[]): PhaseSpec[] {
  const v = r.get('ph', 'workload phases');
  if (v === undefined) return fallback;
  const groups = v.split('~');
  if (groups.length > LIMITS.phases.max) {
    r.errors.push(`the workload has ${groups.length} phases; at most ${LIMITS.phases.max} are allowed`);
    return fallback;
  }
  const phases: PhaseSpec[] = [];
  for (const [i, g] of groups.entries()) {
    const parts = g.split('_');
    if (parts.length !== PHASE_FIELDS.length) {
      r.errors.push(`phase ${i + 1} (${quote(g)}) does not hold ${PHASE_FIELDS.length} numbers`);
      return fallback;
    }
    const spec = {} as PhaseSpec;
    for (const [k, f] of PHASE_FIELDS.entries()) {
      const n = decimal(parts[k]);
      if (!inRange(n, LIMITS[f])) {
        r.errors.push(`phase ${i + 1}: ${FIELD_NAMES[f]} ${quote(parts[k])} is not a number from ${LIMITS[f].min} to ${LIMITS[f].max}`);
        return fallback;
      }
      spec[f] = n;
    }
    phases.push(spec);
  }
  return phases;
}

export function parseGcLabState(search: string, fallback: GcLabState = DEFAULT_GC_LAB_STATE): { state: GcLabState; errors: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: fallback, errors: ['the address could not be decoded'] };
  }
  const r = new Reader(params);
  const v = r.get('v', 'format version');
  if (v !== undefined && v !== GC_URL_VERSION) r.errors.push(`format version ${quote(v)} is not one this page knows`);
  const liveMiB = r.num('live', 'initial live heap', LIMITS.liveMiB, fallback.liveMiB);
  const goroutines = r.num('g', 'goroutines', LIMITS.goroutines, fallback.goroutines, true);
  const phases = readPhases(r, fallback.phases);
  const a = readSettings(r, '', 'A', fallback.a);
  let b = fallback.b;
  if (r.get('b', 'compare') === 'off') b = null;
  else if (['bgogc', 'blim', 'bp'].some((k) => params.has(k))) b = readSettings(r, 'b', 'B', fallback.b ?? DEFAULT_SETTINGS);
  return { state: { liveMiB, goroutines, phases, a, b }, errors: r.errors };
}

const settingsParams = (p: URLSearchParams, prefix: string, s: GcSettings) => {
  p.set(`${prefix}gogc`, String(s.gogc));
  p.set(`${prefix}lim`, s.memLimitMiB === null ? 'off' : String(s.memLimitMiB));
  p.set(`${prefix}p`, String(s.gomaxprocs));
};

/** Every field in a fixed order (no leading '?'). */
export function serializeGcLabState(s: GcLabState): string {
  const p = new URLSearchParams();
  p.set('v', GC_URL_VERSION);
  p.set('live', String(s.liveMiB));
  p.set('g', String(s.goroutines));
  p.set('ph', s.phases.map((ph) => PHASE_FIELDS.map((f) => String(ph[f])).join('_')).join('~'));
  settingsParams(p, '', s.a);
  if (s.b) settingsParams(p, 'b', s.b);
  else p.set('b', 'off');
  return p.toString();
}
