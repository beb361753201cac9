'use client';
// What the page imports: the playground loads after the page, client-only (it reads the URL hash
// and localStorage), behind a skeleton that already shows the code and can already run it. The run
// worker was started by the inline boot script; this module (in the page's first script) starts
// the link's run on it and asks for the playground's own chunk without waiting for hydration.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { Example } from '@/lib/playground/examples';
import type { WorkerUrls } from '@/lib/playground/worker-files';
import { startBoot } from './boot';
import { PlaygroundSkeleton } from './PlaygroundSkeleton';
import { setWorkerUrls, workerUrls } from './worker-client';

const load = () => import('./Playground');
if (typeof window !== 'undefined' && workerUrls()) {
  startBoot();
  void load();
}

const ExamplesCtx = createContext<Example[]>([]);

function Loading() {
  return <PlaygroundSkeleton examples={useContext(ExamplesCtx)} />;
}

const Impl = dynamic(load, { ssr: false, loading: () => <Loading /> });

export function PlaygroundLazy({ examples, workers }: { examples: Example[]; workers: WorkerUrls }) {
  // Reached by a client-side navigation, the inline script did not run: start here instead.
  if (typeof window !== 'undefined') {
    setWorkerUrls(workers);
    startBoot();
  }
  return (
    <ExamplesCtx.Provider value={examples}>
      <Impl examples={examples} />
    </ExamplesCtx.Provider>
  );
}
