// What the simulated Go runtime leaves out or simplifies; the playground shows this list next to the
// runs (with the pacer's and sync.Pool's own lists from lib/go/pacer.ts and lib/go/pool.ts).
export const INTERP_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Goroutines run one at a time on a model of the scheduler (runnext, run queues, sudogs, g reuse: lib/go/proc.ts). With GOMAXPROCS=1 the order is the real one; with more Ps the Ps take turns every 1,000 scheduling points in a fixed order, so the interleaving is repeatable but not the one a real run shows.',
  'One mcache for all Ps: with GOMAXPROCS > 1 the tiny allocator and span refills are shared, where each real P has its own (sync.Pool does keep per-P slots).',
  'select picks among ready cases with the runtime\'s cheaprand from a fixed seed: repeatable, not random between runs.',
  'Goroutines are preempted only at channel, lock and scheduler calls (and by the step budget), not by sysmon after 10 ms.',
  'Dead variables stay GC roots until their function returns or their slot is overwritten: the compiler\'s liveness maps are not modelled, so an object can live one GC longer than in a real run.',
  'Sweeping happens at mark termination, not lazily during the next cycle.',
  'The occasional extra 16-byte runtime object that long GC-heavy runs allocate is added only after forced GCs or under a memory limit (in the real runtime it depends on timing).',
  'The process\'s initial heap (about 34 KB of runtime data) is not modelled: figures cover main only, like the calibration harness\'s MemStats window.',
  'Evaluation order of non-call operands relative to calls, unspecified in Go, is left to right.',
  'Arrays larger than 256 MiB are sparse on the host: huge makes cost nothing until written.',
  'fmt: %v of library structs prints {...}; the intbuf overflow allocations of very long %q/%x values are not modelled.',
  'Virtual time is a fixed cost per statement and per allocated byte, so GC CPU fractions are comparable between runs but are not wall-clock figures.',
  'Devirtualization (a call through an interface variable assigned once from a concrete type becomes a direct call) is done where the call is written, not again inside the inlined copy of a function, where go1.23 repeats it after inlining.',
  'Panic tracebacks list the program\'s frames only (no runtime.gopanic / panic({...}) frames), and a recovered panic drops the frames it unwound.',
  'Map iteration order is deterministic: range visits the buckets from bucket 0, cell 0 (real Go starts at a random bucket and offset, so the order changes from run to run); entries added during a range are never visited. Map hashes use one fixed seed sequence instead of a random seed per map, so a map\'s overflow buckets (and so its allocation count) are one of the outcomes real runs show, not every run\'s.',
  'fmt orders interface-typed map keys of different dynamic types by type name (Go orders them by the address of the type descriptor).',
  'A generic function or type is checked once per instantiation, with its type parameters bound to the type arguments: an operation its constraint does not allow is reported only if an instantiation\'s types do not allow it either. Each instantiation gets its own code, as go1.23 does for types of different GC shapes (pointer types share one shape there; their allocations are the same).',
  'Nesting has a budget: more than 200 levels of brackets, 200 prefix operators in a row or 500 operators in one expression stop the program before it runs, with a message at that line and column (go1.23 compiles deeper programs). Redundant parentheses are unwrapped first, so 5,000 of them run as in go1.23.',
  'sort.Slice, sort.SliceStable, slices.Sort and slices.SortFunc order elements by insertion sort (what pdqsort does up to 12 elements): results are the same, but for longer slices equal elements of an unstable sort may end in another order, and less/cmp is called a different number of times.',
  'unicode\'s classes and case mappings use the host\'s Unicode tables; strings.EqualFold compares simple lower/upper case instead of Go\'s fold orbits. fmt.Errorf with several %w keeps only the first wrapped error.',
]);
