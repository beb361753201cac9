// The pool lab's settings, its presets and the query string they travel in. Pure: no React.
// Parsing never throws: each field that can't be read keeps its default and says why.

import { POOLSIM_LIMITS, type PoolWorkload, type PutMode } from '@/lib/go/poolsim';
import { WORKERPOOL_LIMITS, type WorkerPoolWorkload } from '@/lib/go/workerpool';

export type GcMode = 'pacer' | 'forced';
/** sync.Pool, or the worker pools (bounded vs a goroutine per request). */
export type LabView = 'pool' | 'workers';

export interface PoolLabState {
  procs: number;
  requests: number;
  perReq: number;
  size: number;
  gc: GcMode;
  /** GOGC in pacer mode. */
  gogc: number;
  /** runtime.GC() every this many requests in forced mode (GOGC off). */
  every: number;
  put: PutMode;
  view: LabView;
  /** Worker pools: N workers, channel capacity C, a handler's Gosched()s, the producer's Gosched()s between requests. */
  workers: number;
  capacity: number;
  work: number;
  gap: number;
}

export const LIMITS = {
  procs: { min: POOLSIM_LIMITS.gomaxprocs[0], max: POOLSIM_LIMITS.gomaxprocs[1] },
  requests: { min: POOLSIM_LIMITS.requests[0], max: POOLSIM_LIMITS.requests[1] },
  perReq: { min: POOLSIM_LIMITS.perReq[0], max: POOLSIM_LIMITS.perReq[1] },
  size: { min: POOLSIM_LIMITS.size[0], max: POOLSIM_LIMITS.size[1] },
  gogc: { min: 10, max: 1000 },
  every: { min: 1, max: POOLSIM_LIMITS.requests[1] },
  workers: { min: WORKERPOOL_LIMITS.workers[0], max: WORKERPOOL_LIMITS.workers[1] },
  capacity: { min: WORKERPOOL_LIMITS.capacity[0], max: WORKERPOOL_LIMITS.capacity[1] },
  work: { min: WORKERPOOL_LIMITS.work[0], max: WORKERPOOL_LIMITS.work[1] },
  gap: { min: WORKERPOOL_LIMITS.gap[0], max: WORKERPOOL_LIMITS.gap[1] },
} as const;

export const DEFAULT_STATE: PoolLabState = {
  procs: 1,
  requests: 10_000,
  perReq: 4,
  size: 8192,
  gc: 'pacer',
  gogc: 100,
  every: 100,
  put: 'pointer',
  view: 'pool',
  workers: 4,
  capacity: 16,
  work: 10,
  gap: 0,
};

export interface PoolPreset {
  id: string;
  label: string;
  description: string;
  state: PoolLabState;
}

export const PRESETS: readonly PoolPreset[] = [
  {
    id: 'reuse',
    label: 'Pool reused within a GC cycle',
    description: 'Four 8 KiB buffers per request: with the pool they are made once and reused, so the heap never grows enough to start a GC; without it, every request allocates and the pacer runs about a hundred cycles.',
    state: DEFAULT_STATE,
  },
  {
    id: 'victim',
    label: 'Pool emptied by GC (victim)',
    description: 'A GC after every request empties the pool: each Get is then served from the victim cache the GC left, and the next GC would drop whatever is not taken back.',
    state: { ...DEFAULT_STATE, requests: 1000, size: 1024, gc: 'forced', every: 1 },
  },
  {
    id: 'boxing',
    label: 'The boxing trap',
    description: 'Putting the []byte itself, not a *[]byte: every Put boxes the slice header in a new 24-byte object, one allocation per Put that the pool was meant to save.',
    state: { ...DEFAULT_STATE, requests: 1000, size: 1024, gc: 'forced', every: 100, put: 'value' },
  },
  {
    id: 'steal',
    label: 'GOMAXPROCS 8 stealing',
    description: 'Requests spread over 8 Ps: a P with an empty cache steals from the other Ps’ shared chains; their private slots can’t be stolen, so each P makes one buffer of its own.',
    state: { ...DEFAULT_STATE, procs: 8, requests: 1000, size: 1024, gc: 'forced', every: 100 },
  },
  {
    id: 'workers',
    label: 'Bounded vs unbounded workers',
    description: 'The same 1,000 requests handled by 4 workers fed by a channel of capacity 16, and by a goroutine per request: the producer outruns the handlers, so the unbounded version holds every request’s goroutine and buffers at once.',
    state: { ...DEFAULT_STATE, requests: 1000, size: 1024, view: 'workers' },
  },
];

export const findPreset = (s: PoolLabState): string | null => PRESETS.find((p) => sameState(p.state, s))?.id ?? null;

export function sameState(a: PoolLabState, b: PoolLabState): boolean {
  return (Object.keys(a) as (keyof PoolLabState)[]).every((k) => a[k] === b[k]);
}

export function workloadOf(s: PoolLabState): PoolWorkload {
  return {
    gomaxprocs: s.procs,
    requests: s.requests,
    perReq: s.perReq,
    size: s.size,
    gcPercent: s.gc === 'pacer' ? s.gogc : -1,
    forcedEvery: s.gc === 'forced' ? s.every : 0,
    mode: s.put,
  };
}

export function workerWorkloadOf(s: PoolLabState): WorkerPoolWorkload {
  return { requests: s.requests, perReq: s.perReq, size: s.size, workers: s.workers, capacity: s.capacity, work: s.work, gap: s.gap };
}

export const URL_FORMAT_VERSION = '1';

export function serializeState(s: PoolLabState): string {
  const q = new URLSearchParams({ v: URL_FORMAT_VERSION, p: String(s.procs), r: String(s.requests), k: String(s.perReq), sz: String(s.size), gc: s.gc });
  if (s.gc === 'pacer') q.set('gogc', String(s.gogc));
  else q.set('every', String(s.every));
  q.set('put', s.put === 'pointer' ? 'ptr' : 'val');
  if (s.view === 'workers') {
    q.set('view', 'workers');
    q.set('n', String(s.workers));
    q.set('c', String(s.capacity));
    q.set('w', String(s.work));
    q.set('gap', String(s.gap));
  }
  return q.toString();
}

const MAX_VALUE_LENGTH = 32;

function quote(v: string): string {
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return `“${clean.length > 24 ? `${clean.slice(0, 24)}…` : clean}”`;
}

export function parseState(search: string, fallback: PoolLabState = DEFAULT_STATE): { state: PoolLabState; errors: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: fallback, errors: ['the address could not be decoded'] };
  }
  const errors: string[] = [];
  const get = (key: string, what: string): string | undefined => {
    const all = params.getAll(key);
    if (all.length === 0) return undefined;
    if (all.length > 1 || all[0].length > MAX_VALUE_LENGTH) {
      errors.push(`${what} (“${key}”) is not a single short value`);
      return undefined;
    }
    return all[0];
  };
  const int = (key: string, what: string, lim: { min: number; max: number }, fb: number): number => {
    const v = get(key, what);
    if (v === undefined) return fb;
    const n = /^[0-9]{1,9}$/.test(v) ? Number(v) : NaN;
    if (n >= lim.min && n <= lim.max) return n;
    errors.push(`${what} ${quote(v)} is not a whole number from ${lim.min.toLocaleString('en-US')} to ${lim.max.toLocaleString('en-US')}`);
    return fb;
  };
  const v = get('v', 'format version');
  if (v !== undefined && v !== URL_FORMAT_VERSION) errors.push(`format version ${quote(v)} is not one this page knows`);
  const s: PoolLabState = { ...fallback };
  s.procs = int('p', 'GOMAXPROCS', LIMITS.procs, fallback.procs);
  s.requests = int('r', 'requests', LIMITS.requests, fallback.requests);
  s.perReq = int('k', 'objects per request', LIMITS.perReq, fallback.perReq);
  s.size = int('sz', 'object size', LIMITS.size, fallback.size);
  const gc = get('gc', 'GC mode');
  if (gc === 'pacer' || gc === 'forced') s.gc = gc;
  else if (gc !== undefined) errors.push(`GC mode ${quote(gc)} is not pacer or forced`);
  s.gogc = int('gogc', 'GOGC', LIMITS.gogc, fallback.gogc);
  s.every = int('every', 'GC every', LIMITS.every, fallback.every);
  const put = get('put', 'Put');
  if (put === 'ptr' || put === 'val') s.put = put === 'ptr' ? 'pointer' : 'value';
  else if (put !== undefined) errors.push(`Put ${quote(put)} is not ptr or val`);
  const view = get('view', 'view');
  if (view === 'pool' || view === 'workers') s.view = view;
  else if (view !== undefined) errors.push(`view ${quote(view)} is not pool or workers`);
  s.workers = int('n', 'workers', LIMITS.workers, fallback.workers);
  s.capacity = int('c', 'channel capacity', LIMITS.capacity, fallback.capacity);
  s.work = int('w', 'work per request', LIMITS.work, fallback.work);
  s.gap = int('gap', 'gap between requests', LIMITS.gap, fallback.gap);
  return { state: s, errors };
}
