// Export and import of a learner's progress as a file, to carry it to another browser.
//
// An import is checked whole before anything is written: size, nesting depth, the format marker,
// the version (older versions are migrated), forbidden keys (__proto__, constructor, prototype),
// unknown fields and wrong types. Any problem refuses the file with every reason found, and storage
// is left exactly as it was. An accepted file is merged: nothing already here is lost.

import { PROGRESS_KEY, readProgress, writeProgress, type KeyValue } from './progress';
import { cleanProgress, CURRENT_VERSION, FORBIDDEN_KEYS, migrate, type Progress } from './schema';

export const EXPORT_FORMAT = 'heaplab-progress';
/** The largest file accepted, in bytes (UTF-16 code units of its text, near enough). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The deepest nesting a valid file has is 4 ({ playground: { "go/x": { code } } }); allow a little slack. */
export const MAX_DEPTH = 6;
const MAX_PLAYGROUND_DRAFTS = 200;
const MAX_CODE = 64 * 1024;

/** localStorage's shape: key/value plus enumeration (for the playground's drafts). */
export interface Store extends KeyValue {
  readonly length: number;
  key(index: number): string | null;
  removeItem(k: string): void;
}

// The playground's drafts (lib/playground/drafts.ts) are carried too: `${PREFIX}.draft.${lang}.${slot}`.
const DRAFT_PREFIX = 'heaplab.playground.v1.draft.';
const PG_KEY = /^(go|rust)\/([a-z0-9-]{1,64})$/;

export interface PlaygroundDraft {
  code: string;
  base?: string;
  savedAt: number;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  v: number;
  exportedAt: string;
  progress: Progress;
  /** "go/reuse-buffer" → the playground's draft of that slot. */
  playground: Record<string, PlaygroundDraft>;
}

function playgroundDrafts(store: Store): Record<string, PlaygroundDraft> {
  const out: Record<string, PlaygroundDraft> = Object.create(null);
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(DRAFT_PREFIX)) keys.push(k);
  }
  for (const k of keys.sort()) {
    const rest = k.slice(DRAFT_PREFIX.length);
    const dot = rest.indexOf('.');
    const id = `${rest.slice(0, dot)}/${rest.slice(dot + 1)}`;
    if (dot < 0 || !PG_KEY.test(id)) continue;
    try {
      const d = JSON.parse(store.getItem(k) ?? 'null') as Partial<PlaygroundDraft> | null;
      if (!d || typeof d.code !== 'string' || d.code.length > MAX_CODE) continue;
      out[id] = {
        code: d.code,
        ...(typeof d.base === 'string' && d.base.length <= MAX_CODE ? { base: d.base } : {}),
        savedAt: typeof d.savedAt === 'number' && Number.isFinite(d.savedAt) && d.savedAt >= 0 ? d.savedAt : 0,
      };
    } catch {
      // an unreadable draft is not exported
    }
  }
  return out;
}

/** Everything this browser keeps, as the text of a .json file. */
export function exportProgress(store: Store, now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    v: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    progress: readProgress(store),
    playground: playgroundDrafts(store),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export function exportFileName(now = new Date()): string {
  return `heaplab-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The deepest nesting of objects and arrays in a JSON text, measured without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return max;
}

/** The first forbidden key anywhere in a parsed value, with where it was. */
function forbiddenKey(x: unknown, where: string, depth = 0): string | null {
  if (!x || typeof x !== 'object' || depth > MAX_DEPTH) return null;
  for (const k of Object.keys(x)) {
    if (FORBIDDEN_KEYS.has(k)) return where ? `${where}.${k}` : k;
    const found = forbiddenKey((x as Record<string, unknown>)[k], where ? `${where}.${k}` : k, depth + 1);
    if (found) return found;
  }
  return null;
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const fmtBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export type Checked = { ok: true; progress: Progress; playground: Record<string, PlaygroundDraft> } | { ok: false; reasons: string[] };

/** Checks an import file's text completely; nothing is written. */
export function checkImport(text: string): Checked {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reasons: [`The file is ${fmtBytes(text.length)}; a progress file is at most ${fmtBytes(MAX_FILE_BYTES)}.`] };
  const depth = jsonDepth(text);
  if (depth > MAX_DEPTH) return { ok: false, reasons: [`The file nests ${depth} levels deep; a progress file nests at most ${MAX_DEPTH}.`] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, reasons: [`The file is not JSON (${(e as Error).message}).`] };
  }
  if (!isObject(doc) || doc.format !== EXPORT_FORMAT) {
    return { ok: false, reasons: [`This is not a Heaplab progress file: it has no "format": "${EXPORT_FORMAT}".`] };
  }
  const bad = forbiddenKey(doc, '');
  if (bad) return { ok: false, reasons: [`The file contains the key "${bad}", which could change how the page's objects behave (prototype pollution).`] };

  const reasons: string[] = [];
  const unknown = Object.keys(doc).filter((k) => !['format', 'v', 'exportedAt', 'progress', 'playground'].includes(k));
  if (unknown.length) reasons.push(`Unknown fields: ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}.`);
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== 'string') reasons.push('exportedAt is not text.');
  if (!isObject(doc.progress)) {
    reasons.push('progress is missing or not an object.');
    return { ok: false, reasons };
  }
  // The file's version is the one on the outside; the document inside carries none of its own.
  if (doc.progress.v !== undefined) reasons.push('progress.v: the version belongs on the outside of the file.');
  const problems: string[] = [];
  const migrated = migrate({ ...doc.progress, v: doc.v }, CURRENT_VERSION, problems);
  const progress = migrated ? cleanProgress(migrated, problems) : null;
  reasons.push(...problems.map((p) => `progress.${p}.`));

  const playground: Record<string, PlaygroundDraft> = Object.create(null);
  if (doc.playground !== undefined) {
    if (!isObject(doc.playground)) reasons.push('playground is not an object.');
    else {
      const entries = Object.entries(doc.playground);
      if (entries.length > MAX_PLAYGROUND_DRAFTS) reasons.push(`playground has ${entries.length} drafts; at most ${MAX_PLAYGROUND_DRAFTS}.`);
      else
        for (const [k, v] of entries) {
          const where = `playground[${JSON.stringify(k.slice(0, 40))}]`;
          if (!PG_KEY.test(k)) reasons.push(`${where}: not a playground slot (go/… or rust/…).`);
          else if (!isObject(v)) reasons.push(`${where} is not a draft.`);
          else {
            const extra = Object.keys(v).filter((f) => !['code', 'base', 'savedAt'].includes(f));
            if (extra.length) reasons.push(`${where} has unknown fields: ${extra.join(', ')}.`);
            else if (typeof v.code !== 'string' || v.code.length > MAX_CODE) reasons.push(`${where}.code is not text of at most ${MAX_CODE} characters.`);
            else if (v.base !== undefined && (typeof v.base !== 'string' || v.base.length > MAX_CODE)) reasons.push(`${where}.base is not text.`);
            else if (typeof v.savedAt !== 'number' || !Number.isFinite(v.savedAt) || v.savedAt < 0) reasons.push(`${where}.savedAt is not a time.`);
            else playground[k] = { code: v.code, ...(v.base !== undefined ? { base: v.base as string } : {}), savedAt: v.savedAt };
          }
        }
    }
  }
  if (reasons.length || !progress) return { ok: false, reasons: reasons.length ? reasons : ['progress could not be read.'] };
  return { ok: true, progress, playground };
}

export interface Merged {
  progress: Progress;
  counts: { lessons: number; exercises: number; guesses: number; drafts: number; playground: number };
}

/** Merges imported progress into what is here: completions and guesses already here stay; newer drafts win. */
export function mergeProgress(here: Progress, incoming: Progress): Merged {
  const p: Progress = {
    done: Object.assign(Object.create(null), here.done),
    exercises: Object.assign(Object.create(null), here.exercises),
    guesses: Object.assign(Object.create(null), here.guesses),
    drafts: Object.assign(Object.create(null), here.drafts),
    last: here.last,
  };
  const counts = { lessons: 0, exercises: 0, guesses: 0, drafts: 0, playground: 0 };
  const add = <T>(into: Record<string, T>, from: Record<string, T>, wins: (here: T, there: T) => boolean): number => {
    let added = 0;
    for (const [k, v] of Object.entries(from)) {
      if (k in into && !wins(into[k], v)) continue;
      into[k] = v;
      added++;
    }
    return added;
  };
  counts.lessons = add(p.done, incoming.done, () => false);
  counts.exercises = add(p.exercises, incoming.exercises, () => false);
  counts.guesses = add(p.guesses, incoming.guesses, () => false);
  counts.drafts = add(p.drafts, incoming.drafts, (here, there) => here.savedAt < there.savedAt);
  if (incoming.last && (!p.last || p.last.at < incoming.last.at)) p.last = incoming.last;
  return { progress: p, counts };
}

export type ImportResult = { ok: true; counts: Merged['counts']; message: string } | { ok: false; reasons: string[] };

const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

/** Checks and merges a file into storage. On any problem nothing is written. */
export function importProgress(store: Store, text: string): ImportResult {
  const checked = checkImport(text);
  if (!checked.ok) return checked;
  const { progress, counts } = mergeProgress(readProgress(store), checked.progress);

  // Playground drafts: the newer of the two wins.
  const writes: [string, string][] = [];
  for (const [id, d] of Object.entries(checked.playground)) {
    const [lang, slot] = id.split('/');
    const key = `${DRAFT_PREFIX}${lang}.${slot}`;
    let hereAt = -1;
    try {
      const cur = JSON.parse(store.getItem(key) ?? 'null') as { savedAt?: unknown } | null;
      hereAt = cur ? (typeof cur.savedAt === 'number' ? cur.savedAt : 0) : -1;
    } catch {
      hereAt = -1;
    }
    if (hereAt < d.savedAt) writes.push([key, JSON.stringify(d)]);
  }
  counts.playground = writes.length;

  // All or nothing: remember what each key held, and put it back if storage refuses a write.
  const before = writes.map(([k]) => [k, store.getItem(k)] as const);
  const progressBefore = store.getItem(PROGRESS_KEY);
  try {
    for (const [k, v] of writes) store.setItem(k, v);
    if (!writeProgress(store, progress)) throw new Error('full');
  } catch {
    for (const [k, v] of before) {
      try {
        if (v === null) store.removeItem(k);
        else store.setItem(k, v);
      } catch {
        // nothing more can be done
      }
    }
    try {
      if (progressBefore === null) store.removeItem(PROGRESS_KEY);
      else store.setItem(PROGRESS_KEY, progressBefore);
    } catch {
      // as above
    }
    return { ok: false, reasons: ['This browser refused to store the progress (storage is full or blocked). Nothing was changed.'] };
  }
  const parts = [
    counts.lessons && n(counts.lessons, 'lesson'),
    counts.exercises && n(counts.exercises, 'exercise'),
    counts.guesses && n(counts.guesses, 'prediction'),
    counts.drafts && n(counts.drafts, 'exercise draft'),
    counts.playground && n(counts.playground, 'playground draft'),
  ].filter(Boolean) as string[];
  const message = parts.length ? `Imported ${parts.join(', ')}.` : 'Nothing new: everything in the file was already here.';
  return { ok: true, counts, message };
}
