import type { Lang } from '@/lib/growth/simulate';

/** What the numbers leave out, per language (list items for the lab frame's notes). */
export function ModelNotes({ lang }: { lang: Lang }) {
  return lang === 'go' ? (
        <>
          <li>
            Each reallocation leaves the old array behind as garbage. A later GC cycle frees it; the GC is not
            simulated here, so “garbage left for the GC” adds up every old array as if none had been freed yet.
          </li>
          <li>
            Capacity is rounded up to the allocator’s size class, and pointerful arrays over 512 B lose 8 bytes of it
            to the malloc header (Go 1.22+). Bytes are counted as capacity × element size; the size-class slack and
            the header are not added on top.
          </li>
          <li>
            The backing array is assumed to live on the heap. A small slice that does not escape can live on the
            stack and never reach the allocator.
          </li>
          <li>Pointer-free arrays under 16 B share 16-byte tiny blocks; that does not change the capacity shown.</li>
        </>
      ) : (
        <>
          <li>
            Bytes copied is an upper bound: <code>realloc</code> can often grow a block in place and copy nothing.
          </li>
          <li>
            The allocator’s own rounding (glibc malloc, jemalloc) is not shown. <code>Vec</code> stores the capacity
            it asked for, so that is what <code>capacity()</code> reports and what is counted.
          </li>
          <li>
            A freed block goes straight back to the allocator, so there is no garbage; whether the memory returns to
            the operating system is the allocator’s business.
          </li>
          <li>Zero-sized types never allocate; their capacity is <code>usize::MAX</code>.</li>
        </>
      );
}
