// pprof's profile.proto (github.com/google/pprof/proto/profile.proto) through the pprof-format
// library: read any Go heap or allocs profile into the shared model, and write one. Go writes heap
// profiles already scaled for sampling (runtime/pprof/protomem.go, scaleHeapSample), so values are
// taken as they are; the sampling period is kept in meta.

import { Profile as PProfile, StringTable, ValueType, Sample as PSample, Location, Line, Function as PFunction } from 'pprof-format';
import { LIMITS, ProfileError } from './errors';
import { gunzipBounded, isGzip } from './gzip';
import { FrameTable, type Profile, type Sample } from './model';
import { readSamples, splitSamples } from './pprof-wire';

const num = (v: number | bigint) => (typeof v === 'bigint' ? Number(v) : v);

export function readPprof(data: Uint8Array): Profile {
  const raw = isGzip(data) ? gunzipBounded(data) : data;
  let p: PProfile;
  let split: ReturnType<typeof splitSamples>;
  try {
    split = splitSamples(raw);
    p = PProfile.decode(split.rest);
  } catch (e) {
    if (e instanceof ProfileError) throw e;
    throw new ProfileError(`this is not a pprof profile, or it is truncated (${(e as Error).message})`);
  }
  const strings = p.stringTable.strings;
  // A string index past the table is how a cut-off file usually shows (the table is written last).
  const str = (i: number | bigint) => {
    const s = strings[num(i)];
    if (s === undefined) throw new ProfileError(`the profile refers to string ${num(i)} of a table of ${strings.length}: the file is truncated or corrupted`);
    return s;
  };
  if (p.sampleType.length === 0) throw new ProfileError('this is not a pprof profile (it has no sample types)');
  for (const n of [split.starts.length, p.location.length, p.function.length]) if (n > LIMITS.nodes) throw new ProfileError(`the profile has ${n} entries, over the limit of ${LIMITS.nodes}`);
  const sampleTypes = p.sampleType.map((t) => ({ type: str(t.type), unit: str(t.unit) }));
  const fns = new Map<number, { name: string; file: string }>();
  for (const f of p.function) fns.set(num(f.id), { name: str(f.name), file: str(f.filename) });
  const table = new FrameTable();
  // A location's lines: the first is the innermost inlined function, the last the caller.
  const locs = new Map<number, number[]>();
  for (const l of p.location) {
    const frames = l.line.map((ln) => {
      const f = fns.get(num(ln.functionId));
      return table.id({ function: f?.name || '?', file: f?.file ?? '', line: num(ln.line) });
    });
    if (frames.length === 0) frames.push(table.id({ function: `0x${num(l.address).toString(16)}`, file: '', line: 0 }));
    locs.set(num(l.id), frames);
  }
  // Samples: read as columns, identical stacks merged (their values summed), one object per stack.
  const k = sampleTypes.length;
  const m = readSamples(raw, split.starts, split.ends, k);
  const samples: Sample[] = Array.from(m.first, (i, d) => {
    const stack: number[] = [];
    for (let j = m.locStart[d]; j < m.locStart[d + 1]; j++) {
      const fr = locs.get(m.locs[j]);
      if (!fr) throw new ProfileError(`sample ${i + 1} refers to location ${m.locs[j]}, which the profile does not define`);
      for (const f of fr) stack.push(f);
    }
    if (stack.length > LIMITS.depth) throw new ProfileError(`sample ${i + 1} has a stack of ${stack.length} frames, over the limit of ${LIMITS.depth}`);
    return { stack, values: Array.from(m.values.subarray(d * k, d * k + k)) };
  });
  const at = (type: string, unit?: string) => {
    const i = sampleTypes.findIndex((t) => t.type === type && (!unit || t.unit === unit));
    return i < 0 ? null : i;
  };
  const meta: Record<string, string | number> = {};
  if (p.periodType) meta.periodType = `${str(p.periodType.type)}/${str(p.periodType.unit)}`;
  meta.period = num(p.period);
  meta.samples = split.starts.length;
  if (num(p.defaultSampleType)) meta.defaultSampleType = str(p.defaultSampleType);
  return {
    format: 'pprof',
    sampleTypes,
    heapIndex: { allocObjects: at('alloc_objects'), allocBytes: at('alloc_space'), inuseObjects: at('inuse_objects'), inuseBytes: at('inuse_space') },
    frames: table.frames,
    samples,
    meta,
  };
}

/** Encodes the model as profile.proto (not gzipped; see writePprofGz). */
export function encodePprof(p: Profile, opts: { period?: number; defaultSampleType?: string; timeNanos?: number } = {}): Uint8Array {
  const st = new StringTable();
  const s = (x: string) => st.dedup(x);
  const functionIds = new Map<string, number>();
  const fnList: PFunction[] = [];
  const locList: Location[] = [];
  const locIds = new Map<number, number>(); // frame id → location id (one line per location)
  const locOf = (frameId: number) => {
    let id = locIds.get(frameId);
    if (id !== undefined) return id;
    const f = p.frames[frameId];
    const fk = `${f.function}\u0000${f.file}`;
    let fid = functionIds.get(fk);
    if (fid === undefined) {
      fid = fnList.length + 1;
      functionIds.set(fk, fid);
      fnList.push(new PFunction({ id: fid, name: s(f.function), systemName: s(f.function), filename: s(f.file) }));
    }
    id = locList.length + 1;
    locIds.set(frameId, id);
    locList.push(new Location({ id, line: [new Line({ functionId: fid, line: f.line })] }));
    return id;
  };
  const samples = p.samples.map((x) => new PSample({ locationId: x.stack.map(locOf), value: x.values }));
  const sampleType = p.sampleTypes.map((t) => new ValueType({ type: s(t.type), unit: s(t.unit) }));
  const bytesType = new ValueType({ type: s('space'), unit: s('bytes') });
  const prof = new PProfile({
    sampleType,
    sample: samples,
    location: locList,
    function: fnList,
    stringTable: st,
    periodType: bytesType,
    period: opts.period ?? 1,
    timeNanos: opts.timeNanos ?? 0,
    defaultSampleType: opts.defaultSampleType ? s(opts.defaultSampleType) : 0,
  });
  return prof.encode();
}
