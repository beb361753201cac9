// The growth lab's state: what the controls show, nothing derived. url-state.ts turns it into a link.

import { DEFAULT_PRESET, elemPresetsFor, findElemPreset, findElemPresetLoose } from './elem-presets';
import { strategiesFor, type Lang, type Strategy } from './simulate';

export type ElemChoice =
  | { kind: 'preset'; id: string }
  | { kind: 'custom'; size: number; hasPointers: boolean };

export interface SeriesState {
  strategy: Strategy;
  /** Elements per chunk, for the strategies that append in chunks. Kept when unused so it survives switching. */
  chunk: number;
}

export interface LabState {
  lang: Lang;
  elem: ElemChoice;
  n: number;
  a: SeriesState;
  /** null: compare is off. */
  b: SeriesState | null;
}

export const LIMITS = {
  n: { min: 0, max: 10_000_000 },
  size: { min: 0, max: 65_536 },
  chunk: { min: 1, max: 10_000_000 },
} as const;

export const LANGS: readonly Lang[] = ['go', 'rust'];

export const CHUNKED: ReadonlySet<Strategy> = new Set<Strategy>(['batch', 'reserve', 'reserveExact']);

export const DEFAULT_CHUNK = 100;

export const DEFAULT_LAB_STATE: LabState = Object.freeze({
  lang: 'go',
  elem: { kind: 'preset', id: DEFAULT_PRESET.go },
  n: 1000,
  a: { strategy: 'append', chunk: DEFAULT_CHUNK },
  b: null,
}) as LabState;

/** The series B starts with when compare is switched on. */
export function defaultB(a: Strategy): SeriesState {
  return { strategy: a === 'prealloc' ? 'append' : 'prealloc', chunk: DEFAULT_CHUNK };
}

export const inRange = (v: number, r: { min: number; max: number }): boolean =>
  Number.isSafeInteger(v) && v >= r.min && v <= r.max;

export function isLang(v: unknown): v is Lang {
  return v === 'go' || v === 'rust';
}

export function isStrategyFor(lang: Lang, v: unknown): v is Strategy {
  return typeof v === 'string' && (strategiesFor(lang) as readonly string[]).includes(v);
}

function validSeries(lang: Lang, s: SeriesState | null | undefined): boolean {
  return !!s && isStrategyFor(lang, s.strategy) && inRange(s.chunk, LIMITS.chunk);
}

export function isValidLabState(s: LabState): boolean {
  if (!isLang(s.lang) || !inRange(s.n, LIMITS.n) || !validSeries(s.lang, s.a)) return false;
  if (s.b !== null && !validSeries(s.lang, s.b)) return false;
  if (s.elem.kind === 'preset') return !!findElemPreset(s.lang, s.elem.id);
  return inRange(s.elem.size, LIMITS.size) && typeof s.elem.hasPointers === 'boolean';
}

export interface ResolvedElem {
  /** Short name for captions: `[]int`, `Vec<u64>`, `custom 24-byte elements`. */
  name: string;
  size: number;
  hasPointers: boolean;
}

export function resolveElem(lang: Lang, elem: ElemChoice): ResolvedElem {
  if (elem.kind === 'custom') {
    const ptr = lang === 'go' && elem.hasPointers;
    return { name: `custom ${elem.size}-byte elements${ptr ? ' with pointers' : ''}`, size: elem.size, hasPointers: ptr };
  }
  const p = findElemPreset(lang, elem.id) ?? elemPresetsFor(lang)[0];
  return { name: p.collection, size: p.size, hasPointers: p.hasPointers };
}

/** The same settings in the other language, keeping what carries over. */
export function switchLang(s: LabState, lang: Lang): LabState {
  if (lang === s.lang) return s;
  const keep = (x: SeriesState): SeriesState => (isStrategyFor(lang, x.strategy) ? x : { ...x, strategy: 'append' });
  return {
    lang,
    elem: s.elem.kind === 'custom' ? s.elem : { kind: 'preset', id: DEFAULT_PRESET[lang] },
    n: s.n,
    a: keep(s.a),
    b: s.b && keep(s.b),
  };
}

/** What a lesson may preset on an embedded widget. Invalid values are reported and skipped. */
export interface LabInitial {
  lang?: Lang;
  /** Preset id (`int`, `[u8; 100]`), label or collection type (`[]int`). */
  preset?: string;
  /** Custom element size in bytes (overrides preset). */
  elemSize?: number;
  hasPointers?: boolean;
  n?: number;
  strategyA?: Strategy;
  chunkA?: number;
  /** Turns compare on. */
  strategyB?: Strategy;
  chunkB?: number;
}

export function labStateFromInitial(init: LabInitial | undefined): { state: LabState; errors: string[] } {
  const errors: string[] = [];
  const base = DEFAULT_LAB_STATE;
  if (!init) return { state: base, errors };
  const lang = init.lang === undefined ? base.lang : isLang(init.lang) ? init.lang : (errors.push(`lang ${String(init.lang)}`), base.lang);
  let elem: ElemChoice = { kind: 'preset', id: DEFAULT_PRESET[lang] };
  if (init.elemSize !== undefined) {
    if (inRange(init.elemSize, LIMITS.size)) elem = { kind: 'custom', size: init.elemSize, hasPointers: !!init.hasPointers };
    else errors.push(`elemSize ${init.elemSize}`);
  } else if (init.preset !== undefined) {
    const p = findElemPresetLoose(lang, init.preset);
    if (p) elem = { kind: 'preset', id: p.id };
    else errors.push(`preset ${init.preset}`);
  }
  const n = init.n === undefined ? base.n : inRange(init.n, LIMITS.n) ? init.n : (errors.push(`n ${init.n}`), base.n);
  const series = (strategy: Strategy | undefined, chunk: number | undefined, fallback: SeriesState, name: string): SeriesState => {
    const out = { ...fallback };
    if (strategy !== undefined) {
      if (isStrategyFor(lang, strategy)) out.strategy = strategy;
      else errors.push(`${name} ${strategy}`);
    }
    if (chunk !== undefined) {
      if (inRange(chunk, LIMITS.chunk)) out.chunk = chunk;
      else errors.push(`chunk for ${name} ${chunk}`);
    }
    return out;
  };
  const a = series(init.strategyA, init.chunkA, base.a, 'strategyA');
  const b = init.strategyB === undefined ? null : series(init.strategyB, init.chunkB, defaultB(a.strategy), 'strategyB');
  return { state: { lang, elem, n, a, b }, errors };
}
