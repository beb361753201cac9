// Figures read from the real profiles the site serves (public/profiles/, copies of the calibration
// fixtures), for lessons: a total or one function's flat/cum, at build time. An unknown file,
// sample type or function throws, so the build fails rather than print a wrong number.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { top, type HeapTotals, type Profile } from './model';
import { readProfile } from './read';

export interface ProfileFigureSpec {
  /** A file in public/profiles/. */
  file: string;
  /** Which of the four heap questions… */
  of?: keyof HeapTotals;
  /** …or a sample type by its name (DHAT's at_gmax_bytes, massif's inuse_space). */
  type?: string;
  /** A function's figure instead of the total. */
  fn?: string;
  cum?: boolean;
  /** Print in MiB (bytes) rather than as a count. */
  mib?: boolean;
  /** The file's sampling period instead of a sample total (a Go heap profile: the MemProfileRate it was taken at, in bytes). */
  period?: boolean;
  /** Print in KiB (bytes). */
  kib?: boolean;
}

const cache = new Map<string, Profile>();

export function loadServedProfile(file: string): Profile {
  if (!/^[\w.-]+$/.test(file)) throw new Error(`ProfileFigure: bad file name "${file}"`);
  let p = cache.get(file);
  if (!p) {
    p = readProfile(new Uint8Array(readFileSync(path.join(process.cwd(), 'public/profiles', file)))).profile;
    cache.set(file, p);
  }
  return p;
}

function indexOf(p: Profile, spec: ProfileFigureSpec): number {
  const i = spec.type !== undefined ? p.sampleTypes.findIndex((t) => t.type === spec.type) : spec.of ? (p.heapIndex[spec.of] ?? -1) : -1;
  if (i < 0) throw new Error(`ProfileFigure: ${spec.file} has no ${spec.type ?? spec.of ?? '(no sample type given)'}`);
  return i;
}

export function profileMeasure(spec: ProfileFigureSpec): number {
  const p = loadServedProfile(spec.file);
  if (spec.period) {
    const v = Number(p.meta.period);
    if (!(v > 0)) throw new Error(`ProfileFigure: ${spec.file} states no sampling period`);
    return v;
  }
  const i = indexOf(p, spec);
  if (!spec.fn) return p.samples.reduce((t, s) => t + s.values[i], 0);
  const row = top(p, i).find((r) => r.function === spec.fn);
  // A function the sampled profile never saw is a real answer (0); so is one with no flat value.
  if (!row) return 0;
  return spec.cum ? row.cum : row.flat;
}

export const fmtProfileMeasure = (spec: ProfileFigureSpec, v: number): string =>
  spec.kib ? `${(v / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 })} KiB` : spec.mib ? `${(v / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} MiB` : v.toLocaleString('en-US');
