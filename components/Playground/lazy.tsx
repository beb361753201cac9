'use client';
// What the page imports: the playground loads after the page, client-only (it reads the URL hash
// and localStorage), behind a skeleton that already shows the code.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { Example } from '@/lib/playground/examples';
import { PlaygroundSkeleton } from './PlaygroundSkeleton';

const CodeCtx = createContext('');

function Loading() {
  return <PlaygroundSkeleton code={useContext(CodeCtx)} />;
}

const Impl = dynamic(() => import('./Playground'), { ssr: false, loading: () => <Loading /> });

export function PlaygroundLazy({ examples }: { examples: Example[] }) {
  return (
    <CodeCtx.Provider value={examples[0]?.code ?? ''}>
      <Impl examples={examples} />
    </CodeCtx.Provider>
  );
}
