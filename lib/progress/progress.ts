// A learner's progress, kept in this browser only: lessons and exercises completed, committed
// predictions, exercise drafts, and the last page visited (the home page's "continue").
//
// The stored document is versioned (`v`) and every older version has a migration to the next
// (lib/progress/schema.ts; fixtures of each past version in tests/fixtures/progress/). Whatever
// localStorage holds is untrusted (edited by hand, an older or newer format): anything that does
// not parse is dropped, field by field, never thrown. Imported files are held to the same schema
// strictly (lib/progress/transfer.ts): one bad field and nothing changes.

import { cleanProgress, CURRENT_VERSION, emptyProgress, migrate, type Progress } from './schema';

export type { ExerciseDraft, LastVisit, Progress } from './schema';
export { CURRENT_VERSION, emptyProgress } from './schema';

/** Where the current version lives. */
export const PROGRESS_KEY = 'heaplab-progress';
/** Where older versions lived, by version: read (and migrated) when PROGRESS_KEY is empty. */
export const LEGACY_KEYS: Readonly<Record<number, string>> = { 1: 'heaplab-progress-v1' };

export interface KeyValue {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem?(k: string): void;
}

/**
 * Reads a stored document leniently. `assumeVersion` is the version of the key it came from, for
 * documents written before the version was stored in them (v1 had no `v`).
 */
export function parseProgress(raw: string | null, assumeVersion = 1): Progress {
  if (!raw) return emptyProgress();
  try {
    const doc: unknown = JSON.parse(raw);
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return emptyProgress();
    const d = doc as Record<string, unknown>;
    // A newer site's document (a learner who came back to an older copy): keep what this version knows.
    if (typeof d.v === 'number' && d.v > CURRENT_VERSION) return cleanProgress({ ...d, v: CURRENT_VERSION }, []);
    const migrated = migrate(d, assumeVersion, []);
    return migrated ? cleanProgress(migrated, []) : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** The raw text behind the progress (current key, else the newest legacy key), for change detection. */
export function rawProgress(kv: KeyValue): { raw: string | null; version: number } {
  const current = kv.getItem(PROGRESS_KEY);
  if (current !== null) return { raw: current, version: CURRENT_VERSION };
  for (const v of Object.keys(LEGACY_KEYS).map(Number).sort((a, b) => b - a)) {
    const old = kv.getItem(LEGACY_KEYS[v]);
    if (old !== null) return { raw: old, version: v };
  }
  return { raw: null, version: CURRENT_VERSION };
}

export function readProgress(kv: KeyValue): Progress {
  try {
    const { raw, version } = rawProgress(kv);
    return parseProgress(raw, version);
  } catch {
    return emptyProgress(); // storage blocked (private mode, policy)
  }
}

/** The stored form of the current version. */
export function serializeProgress(p: Progress): string {
  return JSON.stringify({ v: CURRENT_VERSION, ...p });
}

/** Writes the current version and retires the legacy keys. False when storage refused the write. */
export function writeProgress(kv: KeyValue, p: Progress): boolean {
  try {
    kv.setItem(PROGRESS_KEY, serializeProgress(p));
  } catch {
    return false; // full or blocked: progress stays for this page view
  }
  for (const k of Object.values(LEGACY_KEYS)) {
    try {
      kv.removeItem?.(k);
    } catch {
      // the old copy stays; the current key wins on read
    }
  }
  return true;
}

function update(kv: KeyValue, change: (p: Progress) => void): Progress {
  const p = readProgress(kv);
  change(p);
  // Re-clean: a caller's value that the schema would refuse on read is refused now.
  const clean = cleanProgress({ v: CURRENT_VERSION, ...p }, []);
  writeProgress(kv, clean);
  return clean;
}

export function setLessonDone(kv: KeyValue, slug: string, done: boolean, now = Date.now()): Progress {
  return update(kv, (p) => {
    if (done) p.done[slug] = now;
    else delete p.done[slug];
  });
}

/** Marks an exercise (id as the exercise content names it) completed, or not. */
export function setExerciseDone(kv: KeyValue, id: string, done: boolean, now = Date.now()): Progress {
  return update(kv, (p) => {
    if (done) p.exercises[id] = now;
    else delete p.exercises[id];
  });
}

/** Keeps the learner's attempt at an exercise (null removes it). */
export function setExerciseDraft(kv: KeyValue, id: string, code: string | null, now = Date.now()): Progress {
  return update(kv, (p) => {
    if (code === null) delete p.drafts[id];
    else p.drafts[id] = { code, savedAt: now };
  });
}

export function setGuess(kv: KeyValue, id: string, guess: number | null): Progress {
  return update(kv, (p) => {
    if (guess === null) delete p.guesses[id];
    else p.guesses[id] = guess;
  });
}

/**
 * Remembers the page the learner is on (a lesson, an exercise), for the home page's "continue".
 * `path` is a path on this site (`/lessons/slice-growth/`, optionally with a `#fragment`).
 */
export function recordVisit(kv: KeyValue, visit: { path: string; title: string }, now = Date.now()): Progress {
  return update(kv, (p) => {
    p.last = { path: visit.path, title: visit.title, at: now };
  });
}

/** A short, stable id for a prediction question (FNV-1a of its text and spec). */
export function predictionId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
