// DHAT's JSON (valgrind's dh_main.c and dhat-rs write dhatFileVersion 2; its fields are documented
// in valgrind's dh_view.js): one program point per allocation stack with its totals (tb/tbk), its
// maximum (mb/mbk), what was live at the global peak (gb/gbk) and at the end (eb/ebk), lifetimes.

import { LIMITS, ProfileError } from './errors';
import { FrameTable, type Profile } from './model';
import { trimAllocatorFrames } from './trim';
import { parseValgrindFrame } from './valgrind-frame';

interface Pp {
  tb: number;
  tbk: number;
  tl?: number;
  mb?: number;
  mbk?: number;
  gb?: number;
  gbk?: number;
  eb?: number;
  ebk?: number;
  fs: number[];
}

export const DHAT_SAMPLE_TYPES = [
  { type: 'total_blocks', unit: 'count' },
  { type: 'total_bytes', unit: 'bytes' },
  { type: 'at_end_blocks', unit: 'count' },
  { type: 'at_end_bytes', unit: 'bytes' },
  { type: 'at_gmax_blocks', unit: 'count' },
  { type: 'at_gmax_bytes', unit: 'bytes' },
  { type: 'max_bytes', unit: 'bytes' },
  { type: 'total_lifetime', unit: 'time' },
];

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

export function readDhat(text: string): Profile {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text);
  } catch (e) {
    throw new ProfileError(`this is not DHAT JSON: ${(e as Error).message}`);
  }
  if (!j || typeof j !== 'object' || !('dhatFileVersion' in j)) throw new ProfileError('this JSON is not a DHAT profile (no dhatFileVersion)');
  if (j.dhatFileVersion !== 2) throw new ProfileError(`DHAT file version ${String(j.dhatFileVersion)} is not supported (version 2 is)`);
  if (j.mode !== undefined && j.mode !== 'heap') throw new ProfileError(`this DHAT profile is in ${String(j.mode)} mode; only heap profiles are read`);
  const pps = j.pps as Pp[];
  const ftbl = j.ftbl as string[];
  if (!Array.isArray(pps) || !Array.isArray(ftbl)) throw new ProfileError('the DHAT profile has no program points (pps) or frame table (ftbl)');
  if (pps.length > LIMITS.nodes || ftbl.length > LIMITS.nodes) throw new ProfileError(`the profile has more than ${LIMITS.nodes} entries`);
  const table = new FrameTable();
  const frameIds = ftbl.map((t) => (typeof t === 'string' ? table.id(parseValgrindFrame(t)) : -1));
  const samples = pps.map((pp, i) => {
    if (!pp || !isNum(pp.tb) || !isNum(pp.tbk) || !Array.isArray(pp.fs)) throw new ProfileError(`program point ${i + 1} is malformed (needs tb, tbk and fs)`);
    if (pp.fs.length > LIMITS.depth) throw new ProfileError(`program point ${i + 1} has ${pp.fs.length} frames, over the limit of ${LIMITS.depth}`);
    // fs runs from the allocation function outwards; DHAT puts "[root]" only in ftbl[0], not in fs.
    const stack = pp.fs.map((f) => {
      const id = frameIds[f];
      if (id === undefined || id < 0) throw new ProfileError(`program point ${i + 1} refers to frame ${f}, which ftbl does not have`);
      return id;
    });
    return { stack, values: [pp.tbk, pp.tb, pp.ebk ?? 0, pp.eb ?? 0, pp.gbk ?? 0, pp.gb ?? 0, pp.mb ?? 0, pp.tl ?? 0] };
  });
  const meta: Record<string, string | number> = {};
  for (const k of ['cmd', 'tu', 'te', 'tg', 'verb'] as const) if (typeof j[k] === 'string' || typeof j[k] === 'number') meta[k] = j[k] as string | number;
  const profile: Profile = {
    format: 'dhat',
    sampleTypes: DHAT_SAMPLE_TYPES,
    heapIndex: { allocObjects: 0, allocBytes: 1, inuseObjects: 2, inuseBytes: 3 },
    frames: table.frames,
    samples,
    meta,
  };
  meta.droppedAllocatorFrames = trimAllocatorFrames(profile);
  return profile;
}
