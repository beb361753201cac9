// The progress document, its versions and their migrations. Pure (no storage): used on every read of
// localStorage (leniently: bad fields are dropped) and on import (strictly: any problem refuses the
// file). Both go through cleanProgress, which drops what it refuses and says why in `problems`.
//
// Versions:
//   1  key heaplab-progress-v1, no `v` field: { done: {slug: ms}, guesses: {id: number} } (and, from
//      interim builds, exercises: {id: ms})
//   2  key heaplab-progress: { v: 2, done, exercises: {id: ms}, guesses, drafts: {id: {code, savedAt}},
//      last: {path, title, at} | null }
// A new version adds a migration from the one before it and a fixture in tests/fixtures/progress/.

export const CURRENT_VERSION = 2;

export interface ExerciseDraft {
  code: string;
  /** ms since the epoch. */
  savedAt: number;
}

export interface LastVisit {
  /** A path on this site, e.g. /lessons/slice-growth/ (optionally with a #fragment). */
  path: string;
  title: string;
  at: number;
}

export interface Progress {
  /** lesson slug → time it was marked done (ms since the epoch). */
  done: Record<string, number>;
  /** exercise id → time it was completed. */
  exercises: Record<string, number>;
  /** prediction id → the committed guess. */
  guesses: Record<string, number>;
  /** exercise id → the learner's latest attempt. */
  drafts: Record<string, ExerciseDraft>;
  /** The last lesson or exercise visited. */
  last: LastVisit | null;
}

export const LIMITS = {
  entries: 2000,
  drafts: 200,
  draftBytes: 64 * 1024,
  title: 200,
  path: 200,
} as const;

/** Keys that must never be copied into an object (prototype pollution). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** Exercise ids: letters, digits, - and _, in segments joined by / . or : (e.g. slice-growth/preallocate). */
export const EXERCISE_ID = /^[A-Za-z0-9_-]{1,60}(?:[./:][A-Za-z0-9_-]{1,60}){0,3}$/;
export const GUESS_ID = /^[a-z0-9]{1,16}$/;
/** A same-site path: /segment/segment/ with an optional #fragment; never a scheme or //host. */
export const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*(?:#[A-Za-z0-9_-]{1,80})?$/;

/** A record with no prototype: `'constructor' in r` is false, and no key can reach Object.prototype. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyProgress(): Progress {
  return { done: record(), exercises: record(), guesses: record(), drafts: record(), last: null };
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const show = (k: string) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;

type Check<T> = (v: unknown, where: string, problems: string[]) => T | undefined;

function records<T>(x: unknown, field: string, key: RegExp, keyWhat: string, max: number, value: Check<T>, problems: string[]): Record<string, T> {
  const out = record<T>();
  if (x === undefined) return out;
  if (!isObject(x)) {
    problems.push(`${field} is not an object`);
    return out;
  }
  const entries = Object.entries(x);
  if (entries.length > max) {
    problems.push(`${field} has ${entries.length} entries; at most ${max} are kept`);
    return out;
  }
  for (const [k, v] of entries) {
    if (FORBIDDEN_KEYS.has(k) || !key.test(k)) {
      problems.push(`${field}: ${show(k)} is not ${keyWhat}`);
      continue;
    }
    const ok = value(v, `${field}[${show(k)}]`, problems);
    if (ok !== undefined) out[k] = ok;
  }
  return out;
}

const time: Check<number> = (v, where, problems) => {
  if (isTime(v)) return v;
  problems.push(`${where} is not a time`);
  return undefined;
};

const finite: Check<number> = (v, where, problems) => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  problems.push(`${where} is not a number`);
  return undefined;
};

const draft: Check<ExerciseDraft> = (v, where, problems) => {
  if (!isObject(v)) {
    problems.push(`${where} is not a draft`);
    return undefined;
  }
  const extra = Object.keys(v).filter((k) => k !== 'code' && k !== 'savedAt');
  if (extra.length) problems.push(`${where} has unknown fields: ${extra.map(show).join(', ')}`);
  if (typeof v.code !== 'string') {
    problems.push(`${where}.code is not text`);
    return undefined;
  }
  if (v.code.length > LIMITS.draftBytes) {
    problems.push(`${where}.code is longer than ${LIMITS.draftBytes} characters`);
    return undefined;
  }
  if (!isTime(v.savedAt)) {
    problems.push(`${where}.savedAt is not a time`);
    return undefined;
  }
  return { code: v.code, savedAt: v.savedAt };
};

function lastVisit(v: unknown, problems: string[]): LastVisit | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) {
    problems.push('last is not a visit');
    return null;
  }
  const extra = Object.keys(v).filter((k) => !['path', 'title', 'at'].includes(k));
  if (extra.length) problems.push(`last has unknown fields: ${extra.map(show).join(', ')}`);
  if (typeof v.path !== 'string' || v.path.length > LIMITS.path || !SITE_PATH.test(v.path)) {
    problems.push('last.path is not a page of this site');
    return null;
  }
  if (typeof v.title !== 'string' || v.title.length > LIMITS.title) {
    problems.push(`last.title is not text of at most ${LIMITS.title} characters`);
    return null;
  }
  if (!isTime(v.at)) {
    problems.push('last.at is not a time');
    return null;
  }
  // Control characters never reach the page.
  return { path: v.path, title: v.title.replace(/[\u0000-\u001f\u007f]/g, ' '), at: v.at };
}

const FIELDS = ['v', 'done', 'exercises', 'guesses', 'drafts', 'last'];

/** A current-version document → Progress, dropping (and describing in `problems`) whatever is wrong. */
export function cleanProgress(doc: Record<string, unknown>, problems: string[]): Progress {
  const unknown = Object.keys(doc).filter((k) => !FIELDS.includes(k));
  if (unknown.length) problems.push(`unknown fields: ${unknown.map(show).join(', ')}`);
  const drafts = records(doc.drafts, 'drafts', EXERCISE_ID, 'an exercise id', LIMITS.drafts, draft, problems);
  return {
    done: records(doc.done, 'done', SLUG, 'a lesson name', LIMITS.entries, time, problems),
    exercises: records(doc.exercises, 'exercises', EXERCISE_ID, 'an exercise id', LIMITS.entries, time, problems),
    guesses: records(doc.guesses, 'guesses', GUESS_ID, 'a prediction id', LIMITS.entries, finite, problems),
    drafts,
    last: lastVisit(doc.last, problems),
  };
}

/** Migrations: MIGRATIONS[n] turns a version-n document into a version-(n+1) one. */
const MIGRATIONS: Record<number, (d: Record<string, unknown>) => Record<string, unknown>> = {
  1: (d) => {
    // v1 had lessons and guesses only, and carried no version (its key named it). Builds made while
    // exercises were being added wrote `exercises` into v1 documents too: those are kept.
    const { v: _v, done, guesses, exercises, ...rest } = d;
    void _v;
    return { ...rest, v: 2, done, guesses, exercises: exercises ?? {}, drafts: {}, last: null };
  },
};

/**
 * Brings a document of any past version up to the current one. `assumed` is the version to take
 * when the document does not say (v1 did not). Null (with a problem) for a version this site does not
 * know: a newer site's file, or garbage.
 */
export function migrate(doc: Record<string, unknown>, assumed: number, problems: string[]): Record<string, unknown> | null {
  let v = doc.v === undefined ? assumed : doc.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > CURRENT_VERSION) {
    problems.push(`version ${typeof v === 'number' ? v : show(String(v))} is not one this site reads (1 to ${CURRENT_VERSION})`);
    return null;
  }
  let d = doc;
  while (v < CURRENT_VERSION) {
    d = MIGRATIONS[v](d);
    v++;
  }
  return { ...d, v: CURRENT_VERSION };
}
