import type { Metadata } from 'next';
import { ArenaLab } from '@/components/ArenaLab/lazy';

export const metadata: Metadata = {
  title: 'Arena lab',
  description: 'Bump allocation into chunks with Go’s experimental arenas, bumpalo and typed-arena, against the general-purpose allocator on the same workload.',
};

// Static export: the settings in ?query are read in the browser by the widget itself.
export default function ArenaLabPage() {
  return (
    <>
      <h1>Arena lab</h1>
      <p className="lead">
        Allocate each request’s objects into an arena and free them all at once, or allocate and free them one by one.
        Compare allocator calls, bytes, peak and waste, and see the chunks fill. The address bar always links to what you see.
      </p>
      <ArenaLab syncUrl title="Simulator" />
    </>
  );
}
