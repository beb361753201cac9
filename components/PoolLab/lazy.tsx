'use client';
// What lessons and pages import: the lab's code (d3, the models) loads after the page, client-only,
// behind a skeleton of the same size.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { PoolLabProps } from './PoolLab';
import { PoolSkeleton } from './PoolSkeleton';

export type { PoolLabProps };

// next/dynamic's loading() gets no props; the context hands it the title so the heading doesn't change.
const PropsContext = createContext<PoolLabProps>({});

function Loading() {
  const { title, headingLevel } = useContext(PropsContext);
  return <PoolSkeleton title={title} headingLevel={headingLevel} />;
}

const Lab = dynamic<PoolLabProps>(() => import('./PoolLab'), { ssr: false, loading: () => <Loading /> });

export function PoolLab(props: PoolLabProps) {
  return (
    <PropsContext.Provider value={props}>
      <Lab {...props} />
    </PropsContext.Provider>
  );
}
