// What the simulated Rust runtime leaves out or simplifies; the playground shows this list.
export const INTERP_SIMPLIFICATIONS: readonly string[] = Object.freeze([
  'Borrow conflicts (E0499, E0502, E0505, E0506) and lifetimes are not checked: only moves (E0382, E0507) and mutability (E0596, E0384, E0594).',
  'Allocations that LLVM deletes at -O (a temporary never read, a zeroed Vec only read as zeros) still happen here: the simulator follows the unoptimised program\'s allocator calls.',
  '&v[a..b] copies the elements (slices are read-only); a temporary borrowed by a let is dropped at the end of the statement, not of the block.',
  'VecDeque keeps elements in logical order: its capacity is exact, its ring layout is not modelled.',
  'Panic allocations assume RUST_BACKTRACE is set, as in the calibration runs.',
  'Recursion runs on the host\'s stack: about 1,000 nested calls fit, far fewer than a real 8 MiB stack.',
  'Panic locations name src/main.rs, as in a cargo project.',
  '`let x;` followed by assignments is accepted without checking that x is assigned exactly once.',
  'A match or if-let arm that moves a binding out of a place counts as moving the whole value (an enum place: partially moving it), whichever arm runs (rustc tracks the parts per arm).',
  'Match exhaustiveness inside tuples and enum payloads knows bool, Option, Result and enums; an integer, char or string element counts as covered only by `_` or a name. E0004 names only the missing top-level variants.',
  'A guard on a pattern that moves matches a scratch copy first and then the value itself: the moves happen once, when the guard holds, as in Rust.',
  'Lifetime annotations are accepted and not checked: a signature whose lifetimes rustc rejects still runs here.',
  'A Display impl\'s writes are collected and then appended: an allocation inside `fmt` comes before the String growth it follows in the real program.',
  'Bytes copied by realloc are counted in full, though the allocator may grow a block in place.',
  'Nesting has a budget: more than 200 levels of brackets, 200 prefix operators in a row or 500 operators in one expression stop the program before it runs, with a message at that line and column (rustc 1.95 goes a little deeper before its own stack overflows (about 1,000 blocks, 2,000 parentheses)).',
]);
