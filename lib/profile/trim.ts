// Like pprof's drop_frames: the allocator's own frames (malloc and friends, Rust's alloc/raw_vec/
// boxed internals, libc) are cut from the allocating end of each stack, so "flat" lands on the first
// frame that is the program's or a library call it made (Vec::push shows as the caller's line).
// Go profiles need none of this: runtime/pprof already leaves mallocgc out.

import type { Frame, Profile } from './model';

const ALLOC_FN = /^(malloc|calloc|realloc|reallocarray|memalign|posix_memalign|aligned_alloc|valloc|operator new.*|__rust_alloc\w*|__rust_realloc|__rdl_\w+|__rg_\w+|__libc_\w+)$/;
/** std's own source files as valgrind names them without full paths (rustc's precompiled std). */
const STD_FILES = new Set(['alloc.rs', 'boxed.rs', 'raw_vec.rs', 'mod.rs', 'vec.rs', 'string.rs', 'spec_from_iter_nested.rs', 'spec_from_iter.rs', 'spec_extend.rs', 'spec_from_elem.rs', 'into_iter.rs', 'iterator.rs', 'range.rs', 'map.rs', 'ptr.rs', 'fmt.rs', 'str.rs', 'slice.rs', 'rt.rs', 'function.rs', 'panicking.rs', 'panic.rs', 'stack_overflow.rs', 'macros.rs']);

export function isAllocatorFrame(f: Frame): boolean {
  if (ALLOC_FN.test(f.function)) return true;
  if (f.file.endsWith('.so') || /\.so\.\d/.test(f.file) || f.file.endsWith('.c')) return true;
  if (/(^|\/)library\/(alloc|core|std)\/|\/rustc\/[0-9a-f]+\//.test(f.file)) return true;
  return STD_FILES.has(f.file);
}

/** Drops leading allocator frames from every stack (at least one frame stays). Returns how many went. */
export function trimAllocatorFrames(p: Profile, isAllocator: (f: Frame) => boolean = isAllocatorFrame): number {
  let dropped = 0;
  for (const s of p.samples) {
    let k = 0;
    while (k < s.stack.length - 1 && isAllocator(p.frames[s.stack[k]])) k++;
    if (k > 0) {
      s.stack = s.stack.slice(k);
      dropped += k;
    }
  }
  return dropped;
}
