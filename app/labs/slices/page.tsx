import type { Metadata } from 'next';
import { SliceGrowthLab } from '@/components/SliceGrowthLab/lazy';

export const metadata: Metadata = {
  title: 'Slice and Vec growth lab',
  description: 'Simulate how a Go slice or a Rust Vec grows: every reallocation, the bytes copied, and what preallocating saves.',
};

// Static export: the settings in ?query are read in the browser by the widget itself.
export default function SlicesLab() {
  return (
    <>
      <h1>Slice and Vec growth lab</h1>
      <p className="lead">
        Grow a Go slice or a Rust <code>Vec</code> to any length and watch each reallocation: when it happens, how
        much capacity it adds, and how many bytes it copies. The address bar always links to what you see.
      </p>
      <SliceGrowthLab syncUrl title="Simulator" />
    </>
  );
}
