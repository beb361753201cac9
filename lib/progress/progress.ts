// A learner's progress, kept in this browser only: lessons marked done, exercises completed and
// committed predictions.
// Whatever localStorage holds is untrusted (edited by hand, an older format): anything that does not
// parse is dropped, field by field, never thrown.

export const PROGRESS_KEY = 'heaplab-progress-v1';

export interface Progress {
  /** slug → time it was marked done (ms since the epoch). */
  done: Record<string, number>;
  /** prediction id → the committed guess. */
  guesses: Record<string, number>;
  /** exercise id → time its checks all passed (ms since the epoch). */
  exercises: Record<string, number>;
}

export interface KeyValue {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
}

const empty = (): Progress => ({ done: {}, guesses: {}, exercises: {} });
const SLUG = /^[a-z0-9-]{1,80}$/;

function numbers(x: unknown, key: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  if (!x || typeof x !== 'object' || Array.isArray(x)) return out;
  for (const [k, v] of Object.entries(x)) if (key.test(k) && typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

export function parseProgress(raw: string | null): Progress {
  if (!raw) return empty();
  try {
    const o = JSON.parse(raw) as Partial<Progress>;
    return { done: numbers(o?.done, SLUG), guesses: numbers(o?.guesses, /^[a-z0-9]{1,16}$/), exercises: numbers(o?.exercises, SLUG) };
  } catch {
    return empty();
  }
}

export function readProgress(kv: KeyValue): Progress {
  try {
    return parseProgress(kv.getItem(PROGRESS_KEY));
  } catch {
    return empty(); // storage blocked (private mode, policy)
  }
}

function write(kv: KeyValue, p: Progress): Progress {
  try {
    kv.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    // full or blocked: progress stays for this page view
  }
  return p;
}

export function setLessonDone(kv: KeyValue, slug: string, done: boolean, now = Date.now()): Progress {
  const p = readProgress(kv);
  if (done) p.done[slug] = now;
  else delete p.done[slug];
  return write(kv, p);
}

export function setExerciseDone(kv: KeyValue, id: string, done: boolean, now = Date.now()): Progress {
  const p = readProgress(kv);
  if (done) p.exercises[id] = now;
  else delete p.exercises[id];
  return write(kv, p);
}

export function setGuess(kv: KeyValue, id: string, guess: number | null): Progress {
  const p = readProgress(kv);
  if (guess === null) delete p.guesses[id];
  else p.guesses[id] = guess;
  return write(kv, p);
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
