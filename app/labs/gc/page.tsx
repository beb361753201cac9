import type { Metadata } from 'next';
import { GcLab } from '@/components/GcLab/lazy';
import { GctraceImport } from '@/components/GctraceImport/lazy';

export const metadata: Metadata = {
  title: 'GC pacer lab',
  description: 'Simulate Go’s garbage collector under GOGC, GOMEMLIMIT and GOMAXPROCS, compare two settings, and replay your own gctrace under other ones.',
};

// Static export: the settings in ?query are read in the browser by the lab itself.
export default function GcLabPage() {
  return (
    <>
      <h1>GC pacer lab</h1>
      <p className="lead">
        Describe a workload in phases and watch Go 1.23’s pacer decide when each cycle starts, how high the heap goes and
        what the collector costs in CPU. The address bar always links to what you see.
      </p>
      <GcLab syncUrl title="Simulator" />
      <GctraceImport />
    </>
  );
}
