import { GO_ARENA_SIMPLIFICATIONS } from '@/lib/go/arena';
import { TYPED_ARENA_SIMPLIFICATIONS } from '@/lib/rust/typed-arena';
import type { ArenaKind } from '@/lib/arena/workload';

/** What the numbers leave out (list items for the lab frame's notes). */
export function ModelNotes({ kind }: { kind: ArenaKind }) {
  const common = [
    'Each request allocates its objects, then ends: on the general-purpose side every object that does not outlive it is freed at that moment (for Go: as if a GC ran right then, the best case for the heap).',
    'The objects kept past their request are the first ones each request allocates.',
  ];
  const go = [
    ...GO_ARENA_SIMPLIFICATIONS,
    'Go general-purpose side: one mallocgc per object, counted as its size-class block (pointerful objects over 512 B carry the 8 B malloc header); pointer-free objects under 16 B really share 16 B tiny blocks, counted here as their own size class.',
    'A pointerful Go object is a whole number of words: its size is rounded up to a multiple of 8.',
  ];
  const rust = [
    'Rust general-purpose side: one Box per object, counted as the bytes it asks malloc for. glibc adds 8 B of chunk header and rounds each block to 16 B (32 B at least); that overhead is not counted on either side.',
    'bumpalo 3.12.0: the chunk sizes counted include its 48 B footer; bumpalo asks for a smaller chunk when malloc refuses one, which never happens here.',
    ...(kind === 'typed' ? TYPED_ARENA_SIMPLIFICATIONS : []),
    'Objects are assumed to have nothing to drop: bumpalo never runs destructors, typed-arena runs them when the arena is dropped.',
  ];
  return (
    <>
      {[...common, ...(kind === 'go' ? go : rust)].map((t) => (
        <li key={t}>{t}</li>
      ))}
      <li>
        Chunk sizes and placements are checked against real runs of Go 1.23.5 (GOEXPERIMENT=arenas), bumpalo 3.12.0 and typed-arena 2.0.1
        (scripts/calibrate/arena.sh).
      </li>
    </>
  );
}
