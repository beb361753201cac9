// Figures a lesson types by hand, each held to the model it comes from (`equals`) or named as an input
// the lesson chose (`input`). A figure found in a lesson's prose and missing here fails the content test:
// render it with a figure component (components/ModelFigure/) or add it here with its model value.
import { PRESETS as ARENA_PRESETS } from '@/lib/arena/workload';
import { userArenaChunkBytes, userArenaChunkMaxAllocBytes } from '@/lib/go/arena';
import { mallocHeaderSize, maxTinySize, minSizeForMallocHeader, roundupsize } from '@/lib/go/msize';
import { defaultHeapMinimum } from '@/lib/go/pacer';
import { nextslicecap, threshold } from '@/lib/go/slice';
import { _MaxSmallSize, pageSize } from '@/lib/go/sizeclasses';
import { goLayout, parseGoType } from '@/lib/go/types';
import { GC_PRESETS } from '@/lib/gclab/presets';
import { PRESETS as POOL_PRESETS } from '@/lib/poollab/state';
import { loadServedProfile } from '@/lib/profile/figures';
import { runProgram } from '@/lib/runtime/run';
import { FIRST_ALLOCATION_GOAL, MALLOC_OVERHEAD } from '@/lib/rust/bump';
import { min_non_zero_cap } from '@/lib/rust/raw_vec';
import { layoutMeasure } from '@/lib/types/layout-figures';

export type HandFigure = { text: string } & ({ equals: () => number } | { input: string });

const MiB = 1 << 20;
const goSize = (t: string) => goLayout(parseGoType(t)).size;
const gcPreset = (id: string) => GC_PRESETS.find((p) => p.id === id)!.state;
const poolPreset = (id: string) => POOL_PRESETS.find((p) => p.id === id)!.state;
const arenaPreset = (id: string) => ARENA_PRESETS.find((p) => p.id === id)!.workload;
const EVENT = 'struct{ sampled bool; at int64; retried bool; code int32; final bool }';
const EVENT_ORDERED = 'struct{ at int64; code int32; sampled bool; retried bool; final bool }';

export const HAND_FIGURES: Record<string, HandFigure[]> = {
  arenas: [
    { text: '2 MiB', equals: () => userArenaChunkMaxAllocBytes },
    { text: '8 MiB', equals: () => userArenaChunkBytes },
    { text: '48 bytes', equals: () => arenaPreset('outlives').size },
    { text: '48-byte', equals: () => arenaPreset('outlives').size },
    { text: '496-byte', equals: () => FIRST_ALLOCATION_GOAL - MALLOC_OVERHEAD },
    { text: '16-byte', equals: () => MALLOC_OVERHEAD },
  ],
  'buffer-reuse': [
    { text: '8 bytes', equals: () => min_non_zero_cap(1) },
    // stdout's LineWriter buffer: the only allocation of a program that prints one line.
    { text: '1 KiB', equals: () => runProgram('rust', 'fn main() { println!("x"); }', {}).stats.heapBytes },
  ],
  'data-layout': [
    { text: '32 bytes', equals: () => layoutMeasure({ lang: 'go', type: EVENT }) },
    { text: '15 bytes', equals: () => ['bool', 'int64', 'bool', 'int32', 'bool'].reduce((n, t) => n + goSize(t), 0) },
    { text: '160 000 bytes', equals: () => 10_000 * layoutMeasure({ lang: 'go', type: EVENT_ORDERED }) },
  ],
  'gc-tuning': [
    { text: '4 MiB', equals: () => defaultHeapMinimum },
    { text: '64 MiB', input: 'the live heap of the worked example' },
    { text: '128 MiB', equals: () => 64 * MiB * (1 + 100 / 100) },
    { text: '4 000 MiB', input: 'the worked example allocates 4 000 MiB' },
    { text: '1 MiB', input: 'a live heap chosen below the floor' },
    { text: '2 MiB', equals: () => 1 * MiB * (1 + 100 / 100) },
    { text: '50 MiB', input: 'the allocation rate of the floor example (its GcFigure query)' },
    { text: '100 MiB', equals: () => gcPreset('memory-limit').liveMiB * MiB },
    { text: '512 MiB', input: 'the memory-limit preset limit' },
    { text: '150 MiB', equals: () => gcPreset('death-spiral').liveMiB * MiB },
    { text: '256 MiB', input: 'the death-spiral preset limit' },
  ],
  pooling: [
    { text: '1 KiB', equals: () => poolPreset('boxing').size },
    { text: '8 KiB', equals: () => poolPreset('reuse').size },
    { text: '24-byte', equals: () => goSize('[]byte') },
    { text: '2 MiB', input: "std::thread's documented default stack size (RUST_MIN_STACK)" },
  ],
  'reading-profiles': [
    { text: '512 KiB', equals: () => Number(loadServedProfile('go-allocs-default-rate.pb.gz').meta.period) },
    // Tiny objects packed into a block mcache already holds are never profiled (malloc.go, go1.23.5).
    { text: '16 bytes', equals: () => maxTinySize },
  ],
  'slice-growth': [
    { text: '32 768 bytes', equals: () => _MaxSmallSize },
    { text: '32 KiB', equals: () => _MaxSmallSize },
    { text: '8 KiB', equals: () => pageSize },
    { text: '832 bytes', equals: () => nextslicecap(513, 512) },
    { text: '6656 bytes', equals: () => nextslicecap(513, 512) * 8 },
    { text: '512 bytes', equals: () => minSizeForMallocHeader },
    { text: '8 bytes', equals: () => mallocHeaderSize },
    { text: '8-byte', equals: () => mallocHeaderSize },
    { text: '16 bytes', equals: () => goSize('string') },
    { text: '1024 B', equals: () => roundupsize(128 * 8, true) },
    { text: '1144 B', equals: () => roundupsize(128 * 8, false) },
    { text: '80 bytes', equals: () => roundupsize(nextslicecap(6, 5) * 8, true) },
    { text: 'capacity 5', input: 'make([]int, 0, 5) in the example' },
    { text: '256 elements', equals: () => threshold },
    { text: '143 elements', equals: () => Math.floor(roundupsize(128 * 8, false) / goSize('*int')) },
    { text: '71 elements', equals: () => Math.floor(roundupsize(64 * 16, false) / goSize('string')) },
    { text: '1 000 elements', input: 'a length to try in the lab' },
  ],
};
