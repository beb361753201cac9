// Element types offered by the growth widgets. Sizes come from the layout models, never typed in here,
// so a preset can't disagree with what the type parser says.

import { goLayout, goTypePresets, parseGoType } from '../go/types';
import { parseRustType, rustLayout } from '../rust/types';
import type { Lang } from './simulate';

export interface ElemPreset {
  /** Stable id used in share links: the element type as written in source (`int`, `[u8; 100]`). */
  id: string;
  /** Text for the picker. */
  label: string;
  /** The collection type (`[]int`, `Vec<u8>`), for captions. */
  collection: string;
  size: number;
  hasPointers: boolean;
}

const RUST_PRESETS: readonly { label: string; src: string }[] = [
  { label: 'u8 (1 B)', src: 'u8' },
  { label: 'u16 (2 B)', src: 'u16' },
  { label: 'u32 (4 B)', src: 'u32' },
  { label: 'u64 (8 B)', src: 'u64' },
  { label: 'String (24 B)', src: 'String' },
  { label: 'Box<T> (8 B)', src: 'Box<u64>' },
  { label: '[u8; 100] (100 B)', src: '[u8; 100]' },
  { label: '[u8; 2000] (2000 B)', src: '[u8; 2000]' },
];

let goCache: readonly ElemPreset[] | null = null;
let rustCache: readonly ElemPreset[] | null = null;

function goPresets(): readonly ElemPreset[] {
  if (goCache) return goCache;
  goCache = goTypePresets.map(({ label, src }) => {
    const t = parseGoType(src);
    if (t.kind !== 'slice') throw new Error(`Go preset ${src} is not a slice type`);
    const l = goLayout(t.elem);
    return { id: src.slice(2), label, collection: src, size: l.size, hasPointers: l.hasPointers };
  });
  return goCache;
}

function rustPresets(): readonly ElemPreset[] {
  if (rustCache) return rustCache;
  rustCache = RUST_PRESETS.map(({ label, src }) => ({
    id: src,
    label,
    collection: `Vec<${src}>`,
    size: rustLayout(parseRustType(src)).size,
    hasPointers: false, // Rust has no GC: pointer-ness doesn't change Vec growth
  }));
  return rustCache;
}

export function elemPresetsFor(lang: Lang): readonly ElemPreset[] {
  return lang === 'go' ? goPresets() : rustPresets();
}

export function findElemPreset(lang: Lang, id: string): ElemPreset | undefined {
  return elemPresetsFor(lang).find((p) => p.id === id);
}

/** Looks a preset up by id or by label (lessons may write either). */
export function findElemPresetLoose(lang: Lang, key: string): ElemPreset | undefined {
  return elemPresetsFor(lang).find((p) => p.id === key || p.label === key || p.collection === key);
}

export const DEFAULT_PRESET: Record<Lang, string> = { go: 'int', rust: 'u64' };

/**
 * An element type from a preset (id, label or collection) or from source: `int`, `[]*int`, `u16`,
 * `Vec<String>`. A slice or Vec type stands for its element. Throws TypeSyntaxError / RangeError.
 */
export function elemFromType(lang: Lang, src: string): { name: string; size: number; hasPointers: boolean } {
  const p = findElemPresetLoose(lang, src);
  if (p) return { name: p.collection, size: p.size, hasPointers: p.hasPointers };
  if (lang === 'go') {
    const t = parseGoType(src);
    const elem = t.kind === 'slice' ? t.elem : t;
    const l = goLayout(elem);
    return { name: t.kind === 'slice' ? src : `[]${src}`, size: l.size, hasPointers: l.hasPointers };
  }
  const t = parseRustType(src);
  const elem = t.kind === 'vec' ? t.elem : t;
  return { name: t.kind === 'vec' ? src : `Vec<${src}>`, size: rustLayout(elem).size, hasPointers: false };
}
