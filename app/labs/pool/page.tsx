import type { Metadata } from 'next';
import { PoolLab } from '@/components/PoolLab/lazy';

export const metadata: Metadata = {
  title: 'sync.Pool lab',
  description: 'Run requests through a simulated sync.Pool: where each Get is served, what the GC empties, the boxing trap, the Rust free list and buffer reuse on the same workload, and bounded vs unbounded worker pools.',
};

// Static export: the settings in ?query are read in the browser by the widget itself.
export default function PoolLabPage() {
  return (
    <>
      <h1>sync.Pool lab</h1>
      <p className="lead">
        Send requests through Go’s <code>sync.Pool</code>, one P or eight, with the GC paced by GOGC or forced, and see where
        each <code>Get</code> was served, what every GC empties, and what the pool saves, beside a Rust free list and a reused
        buffer. Or switch to worker pools: N goroutines fed by a buffered channel beside a goroutine per request, and the
        same in Rust threads. The address bar always links to what you see.
      </p>
      <PoolLab syncUrl title="Simulator" />
    </>
  );
}
