// The growth lab's state <-> a query string. Parsing never throws: a link can come from anywhere, so each
// field that can't be read falls back on its own and says why; the rest of the link still applies.

import { quote, QueryReader } from '../url/query-reader';
import { DEFAULT_PRESET, findElemPreset } from './elem-presets';
import {
  DEFAULT_LAB_STATE,
  defaultB,
  inRange,
  isLang,
  isStrategyFor,
  LIMITS,
  type ElemChoice,
  type LabState,
  type SeriesState,
} from './lab-state';
import type { Lang } from './simulate';

export const URL_FORMAT_VERSION = '1';

/** Longest value worth reading; anything longer is not something serializeLabState wrote. */
const MAX_VALUE_LENGTH = 64;

const fmtInt = (v: number): string => v.toLocaleString('en-US');

class Reader extends QueryReader {
  constructor(params: URLSearchParams) {
    super(params, MAX_VALUE_LENGTH);
  }

  int(key: string, what: string, range: { min: number; max: number }, fallback: number): number {
    const v = this.get(key, what);
    if (v === undefined) return fallback;
    // Digits only: rejects 1e400, 0x10, -1, 5.0, " 5" and friends before Number() can be lenient about them.
    const n = /^[0-9]{1,9}$/.test(v) ? Number(v) : NaN;
    if (inRange(n, range)) return n;
    this.errors.push(`${what} ${quote(v)} is not a whole number from ${fmtInt(range.min)} to ${fmtInt(range.max)}`);
    return fallback;
  }
}

function langName(lang: Lang): string {
  return lang === 'go' ? 'Go' : 'Rust';
}

/** Strategy and chunk of one series; `raw` is the strategy already read (or undefined). */
function readSeries(r: Reader, lang: Lang, raw: string | undefined, name: string, chunkKey: string, fallback: SeriesState): SeriesState {
  let strategy = isStrategyFor(lang, fallback.strategy) ? fallback.strategy : 'append';
  if (raw !== undefined) {
    if (isStrategyFor(lang, raw)) strategy = raw;
    else r.errors.push(`strategy ${name} ${quote(raw)} is not a ${langName(lang)} strategy`);
  }
  const chunk = r.int(chunkKey, `chunk size ${name}`, LIMITS.chunk, fallback.chunk);
  return { strategy, chunk };
}

/**
 * Reads a lab link. Fields that are absent keep `fallback`'s value silently; fields that are present but
 * unreadable keep it too and add a sentence to `errors`. Unknown keys are ignored (trackers add them).
 */
export function parseLabState(search: string, fallback: LabState = DEFAULT_LAB_STATE): { state: LabState; errors: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: fallback, errors: ['the address could not be decoded'] };
  }
  const r = new Reader(params);

  const v = r.get('v', 'format version');
  if (v !== undefined && v !== URL_FORMAT_VERSION) r.errors.push(`format version ${quote(v)} is not one this page knows`);

  const rawLang = r.get('lang', 'language');
  let lang = fallback.lang;
  if (rawLang !== undefined) {
    if (isLang(rawLang)) lang = rawLang;
    else r.errors.push(`language ${quote(rawLang)} is not Go or Rust`);
  }
  const sameLang = lang === fallback.lang;

  // Element type: a preset id, or "custom" with sz and ptr.
  let elem: ElemChoice = sameLang ? fallback.elem : { kind: 'preset', id: DEFAULT_PRESET[lang] };
  if (elem.kind === 'preset' && !findElemPreset(lang, elem.id)) elem = { kind: 'preset', id: DEFAULT_PRESET[lang] };
  const t = r.get('t', 'element type');
  if (t === 'custom') {
    const base = elem.kind === 'custom' ? elem : { size: 8, hasPointers: false };
    const size = r.int('sz', 'element size', LIMITS.size, base.size);
    const ptr = r.get('ptr', 'holds pointers');
    let hasPointers = base.hasPointers;
    if (ptr === '0' || ptr === '1') hasPointers = ptr === '1';
    else if (ptr !== undefined) r.errors.push(`holds pointers ${quote(ptr)} is not 0 or 1`);
    elem = { kind: 'custom', size, hasPointers };
  } else if (t !== undefined) {
    if (findElemPreset(lang, t)) elem = { kind: 'preset', id: t };
    else r.errors.push(`element type ${quote(t)} is not a ${langName(lang)} preset`);
  }

  const n = r.int('n', 'number of elements', LIMITS.n, fallback.n);
  const a = readSeries(r, lang, r.get('a', 'strategy A'), 'A', 'ak', fallback.a);

  // b=off turns compare off; a strategy turns it on; absent or unreadable keeps the fallback's choice.
  const rawB = r.get('b', 'strategy B');
  let b: SeriesState | null;
  if (rawB === 'off') b = null;
  else if (rawB !== undefined && isStrategyFor(lang, rawB)) b = readSeries(r, lang, rawB, 'B', 'bk', fallback.b ?? defaultB(a.strategy));
  else {
    if (rawB !== undefined) r.errors.push(`strategy B ${quote(rawB)} is not a ${langName(lang)} strategy or “off”`);
    b = fallback.b && readSeries(r, lang, undefined, 'B', 'bk', fallback.b);
  }

  return { state: { lang, elem, n, a, b }, errors: r.errors };
}

/** A stable, explicit query string (no leading '?'): every field, in a fixed order. */
export function serializeLabState(s: LabState): string {
  const p = new URLSearchParams();
  p.set('v', URL_FORMAT_VERSION);
  p.set('lang', s.lang);
  if (s.elem.kind === 'preset') p.set('t', s.elem.id);
  else {
    p.set('t', 'custom');
    p.set('sz', String(s.elem.size));
    p.set('ptr', s.elem.hasPointers ? '1' : '0');
  }
  p.set('n', String(s.n));
  p.set('a', s.a.strategy);
  p.set('ak', String(s.a.chunk));
  if (s.b) {
    p.set('b', s.b.strategy);
    p.set('bk', String(s.b.chunk));
  } else p.set('b', 'off');
  return p.toString();
}
