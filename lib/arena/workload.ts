// The arena lab's workload and its limits, presets and URL form (pure; used by the lab and its tests).

export type ArenaKind = 'go' | 'bumpalo' | 'typed';
export const ARENA_KINDS: readonly ArenaKind[] = ['go', 'bumpalo', 'typed'];
export const KIND_LABELS: Record<ArenaKind, string> = {
  go: 'Go arena (GOEXPERIMENT=arenas)',
  bumpalo: 'Rust bumpalo::Bump',
  typed: 'Rust typed_arena::Arena<T>',
};

export interface ArenaWorkload {
  kind: ArenaKind;
  /** Requests (each a scope for a request-scoped arena). */
  requests: number;
  /** Objects allocated per request. */
  objects: number;
  /** Bytes per object as asked for. */
  size: number;
  /** Go only: the objects hold pointers (bumped from a chunk's front) or not (from its back). */
  pointers: boolean;
  /** Large allocations per request and their size. */
  large: number;
  largeSize: number;
  /** Objects per request that must outlive the request. */
  keep: number;
  /** One arena per request (reset or freed at its end) or one for the whole program. */
  scope: 'request' | 'program';
}

export const LIMITS = {
  requests: { min: 1, max: 200 },
  objects: { min: 1, max: 20_000 },
  size: { min: 1, max: 1 << 20 },
  large: { min: 0, max: 8 },
  largeSize: { min: 1, max: 16 << 20 },
  keep: { min: 0, max: 20_000 },
} as const;

/** Upper bound on objects simulated in one run, so a link can't freeze the page. */
export const MAX_TOTAL_OBJECTS = 2_000_000;

export const DEFAULT_WORKLOAD: ArenaWorkload = {
  kind: 'bumpalo', requests: 8, objects: 2000, size: 48, pointers: true, large: 0, largeSize: 3 << 20, keep: 0, scope: 'request',
};

export interface ArenaPreset { id: string; label: string; workload: ArenaWorkload }

export const PRESETS: readonly ArenaPreset[] = [
  { id: 'request', label: 'Request-scoped arena', workload: DEFAULT_WORKLOAD },
  { id: 'outlives', label: 'One object outlives the rest', workload: { ...DEFAULT_WORKLOAD, keep: 1 } },
  { id: 'bypass', label: 'Large allocations bypass the Go arena', workload: { ...DEFAULT_WORKLOAD, kind: 'go', requests: 6, objects: 5000, size: 64, large: 2, largeSize: 3 << 20 } },
  { id: 'doubling', label: 'bumpalo doubling', workload: { ...DEFAULT_WORKLOAD, requests: 3, objects: 6000, size: 24, scope: 'program' } },
  { id: 'typed', label: 'typed-arena chunks', workload: { ...DEFAULT_WORKLOAD, kind: 'typed', requests: 4, objects: 3000, size: 40 } },
];

/** Bytes one object really takes: a Go struct with pointers is a whole number of words. */
export function objectSize(w: ArenaWorkload): number {
  return w.kind === 'go' && w.pointers ? Math.ceil(w.size / 8) * 8 : w.size;
}

/** The object's alignment: 8 when its size is a multiple of 8 (a struct of words), else 1 (bytes). */
export function objectAlign(w: ArenaWorkload): number {
  return objectSize(w) % 8 === 0 ? 8 : 1;
}

/** The total the lab refuses to simulate past (requests × (objects + large)). */
export function tooBig(w: ArenaWorkload): boolean {
  return w.requests * (w.objects + w.large) > MAX_TOTAL_OBJECTS;
}

const inRange = (n: number, r: { min: number; max: number }) => Number.isInteger(n) && n >= r.min && n <= r.max;

/** Query string of a workload (only the fields that differ from the default; `v=1` first). */
export function serializeWorkload(w: ArenaWorkload): string {
  const p = new URLSearchParams({ v: '1' });
  const d = DEFAULT_WORKLOAD;
  if (w.kind !== d.kind) p.set('a', w.kind);
  if (w.requests !== d.requests) p.set('r', String(w.requests));
  if (w.objects !== d.objects) p.set('n', String(w.objects));
  if (w.size !== d.size) p.set('s', String(w.size));
  if (w.pointers !== d.pointers) p.set('p', w.pointers ? '1' : '0');
  if (w.large !== d.large) p.set('l', String(w.large));
  if (w.largeSize !== d.largeSize) p.set('ls', String(w.largeSize));
  if (w.keep !== d.keep) p.set('k', String(w.keep));
  if (w.scope !== d.scope) p.set('scope', w.scope);
  return p.toString();
}

/** Reads a link; what can't be read keeps the default and says why. Never throws. */
export function parseWorkload(query: string): { workload: ArenaWorkload; errors: string[] } {
  const p = new URLSearchParams(query);
  const errors: string[] = [];
  const w: ArenaWorkload = { ...DEFAULT_WORKLOAD };
  const int = (key: string, what: string, r: { min: number; max: number }, set: (n: number) => void) => {
    const v = p.get(key);
    if (v === null) return;
    const n = /^[0-9]{1,9}$/.test(v) ? Number(v) : NaN;
    if (inRange(n, r)) set(n);
    else errors.push(`${what} “${v.slice(0, 24)}” is not a whole number from ${r.min.toLocaleString('en-US')} to ${r.max.toLocaleString('en-US')}`);
  };
  const a = p.get('a');
  if (a !== null) {
    if ((ARENA_KINDS as readonly string[]).includes(a)) w.kind = a as ArenaKind;
    else errors.push(`arena “${a.slice(0, 24)}” is not one of ${ARENA_KINDS.join(', ')}`);
  }
  int('r', 'requests', LIMITS.requests, (n) => (w.requests = n));
  int('n', 'objects per request', LIMITS.objects, (n) => (w.objects = n));
  int('s', 'object size', LIMITS.size, (n) => (w.size = n));
  int('l', 'large allocations', LIMITS.large, (n) => (w.large = n));
  int('ls', 'large allocation size', LIMITS.largeSize, (n) => (w.largeSize = n));
  int('k', 'objects kept', LIMITS.keep, (n) => (w.keep = n));
  const ptr = p.get('p');
  if (ptr !== null) {
    if (ptr === '0' || ptr === '1') w.pointers = ptr === '1';
    else errors.push(`pointers “${ptr.slice(0, 24)}” is not 0 or 1`);
  }
  const scope = p.get('scope');
  if (scope !== null) {
    if (scope === 'request' || scope === 'program') w.scope = scope;
    else errors.push(`scope “${scope.slice(0, 24)}” is not request or program`);
  }
  if (w.keep > w.objects) {
    errors.push(`objects kept (${w.keep}) is more than objects per request (${w.objects})`);
    w.keep = w.objects;
  }
  if (tooBig(w)) {
    errors.push(`${(w.requests * (w.objects + w.large)).toLocaleString('en-US')} allocations is more than the lab simulates (${MAX_TOTAL_OBJECTS.toLocaleString('en-US')})`);
    w.requests = DEFAULT_WORKLOAD.requests;
    w.objects = Math.min(w.objects, DEFAULT_WORKLOAD.objects);
  }
  return { workload: w, errors };
}
