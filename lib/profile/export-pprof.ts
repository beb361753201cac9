// A simulated Go run's allocation stacks as a pprof heap profile, the file runtime/pprof's
// WriteHeapProfile writes (protomem.go, Go 1.23.5): sample types alloc_objects, alloc_space,
// inuse_objects, inuse_space; period type space/bytes with period 1, which is how a profile says
// MemProfileRate was 1 (every allocation recorded, values need no scaling). Gzipped like Go's.

import { gzipSync } from 'fflate';
import { AllocRecorder, type AllocProfile } from '../runtime/alloc-profile';
import { FrameTable, type Profile } from './model';
import { encodePprof } from './pprof';

export const HEAP_SAMPLE_TYPES = [
  { type: 'alloc_objects', unit: 'count' },
  { type: 'alloc_space', unit: 'bytes' },
  { type: 'inuse_objects', unit: 'count' },
  { type: 'inuse_space', unit: 'bytes' },
];

/** The run's stacks in the shared model (leaf-first samples, one per allocation stack). */
export function allocProfileToModel(ap: AllocProfile): Profile {
  const table = new FrameTable();
  const ids = ap.frames.map((f) => table.id(f));
  const samples = ap.buckets
    .filter((b) => b.allocObjects > 0)
    .map((b) => ({
      stack: AllocRecorder.stackFrames(ap, b.stack).map((i) => ids[i]),
      values: [b.allocObjects, b.allocBytes, b.allocObjects - b.freeObjects, b.allocBytes - b.freeBytes],
    }));
  return {
    format: 'pprof',
    sampleTypes: HEAP_SAMPLE_TYPES,
    heapIndex: { allocObjects: 0, allocBytes: 1, inuseObjects: 2, inuseBytes: 3 },
    frames: table.frames,
    samples,
    meta: { periodType: 'space/bytes', period: 1, inuseRule: ap.inuseRule },
  };
}

/** profile.proto, gzipped (what `go tool pprof` and the /profiles/ page open). */
export function exportPprof(ap: AllocProfile): Uint8Array {
  if (ap.lang !== 'go') throw new Error('a pprof heap profile is written for Go runs (Rust runs export DHAT)');
  return gzipSync(encodePprof(allocProfileToModel(ap), { period: 1 }), { level: 6, mtime: 0 });
}
