import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Playground' };

// The playground arrives with the simulated runtimes; until then the page says so plainly.
export default function Playground() {
  return (
    <>
      <h1>Playground</h1>
      <p>
        The playground will run small Go and Rust programs in a simulated runtime and show every allocation, free and
        GC cycle, tied to the line that caused it. It is not open yet.
      </p>
      <p>Meanwhile, the <Link href="/labs/slices/">slice-growth lab</Link> runs the same growth rules the playground will use.</p>
    </>
  );
}
