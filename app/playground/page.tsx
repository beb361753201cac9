import type { Metadata } from 'next';
import { bootScript } from '@/components/Playground/boot-script';
import { PlaygroundLazy } from '@/components/Playground/lazy';
import { loadWorkerUrls } from '@/lib/playground/worker-files';
import { loadExamples } from '@/lib/playground/load-examples';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Run small Go and Rust programs in a simulated runtime and see every allocation, free and GC cycle, tied to its line.',
};

// The examples are read at build time; drafts and share links are read in the browser.
export default function Playground() {
  const examples = loadExamples();
  const workers = loadWorkerUrls();
  return (
    <div className="pg-page">
      <h1>Playground</h1>
      <p className="lead">
        Edit a Go or Rust program and run it in a simulated runtime: its output, the heap over time with each GC cycle,
        and which line allocated what. Your edits are kept in this browser.
      </p>
      {/* Starts the run worker while the rest of the page is still loading. */}
      <script dangerouslySetInnerHTML={{ __html: bootScript(workers) }} />
      <PlaygroundLazy examples={examples} workers={workers} />
    </div>
  );
}
