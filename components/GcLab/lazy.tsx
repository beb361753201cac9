'use client';
// What lessons and pages import: the lab's code (d3, the model) loads after the page, client-only,
// behind a skeleton of the same size.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { GcLabProps } from './GcLab';
import { GcLabSkeleton } from './GcLabSkeleton';

export type { GcLabProps };

const PropsContext = createContext<GcLabProps>({});

function Loading() {
  const { title, headingLevel } = useContext(PropsContext);
  return <GcLabSkeleton title={title} headingLevel={headingLevel} />;
}

const Lab = dynamic<GcLabProps>(() => import('./GcLab'), { ssr: false, loading: () => <Loading /> });

export function GcLab(props: GcLabProps) {
  return (
    <PropsContext.Provider value={props}>
      <Lab {...props} />
    </PropsContext.Provider>
  );
}
