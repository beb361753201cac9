'use client';
// What lessons and pages import: the lab's code (d3, the model) loads after the page, client-only,
// behind a skeleton of the same size.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { SliceGrowthLabProps } from './SliceGrowthLab';
import { SliceGrowthSkeleton } from './SliceGrowthSkeleton';

export type { SliceGrowthLabProps };

// next/dynamic's loading() gets no props; the context hands it the title so the heading doesn't change.
const PropsContext = createContext<SliceGrowthLabProps>({});

function Loading() {
  const { title, headingLevel } = useContext(PropsContext);
  return <SliceGrowthSkeleton title={title} headingLevel={headingLevel} />;
}

const Lab = dynamic<SliceGrowthLabProps>(() => import('./SliceGrowthLab'), { ssr: false, loading: () => <Loading /> });

export function SliceGrowthLab(props: SliceGrowthLabProps) {
  return (
    <PropsContext.Provider value={props}>
      <Lab {...props} />
    </PropsContext.Provider>
  );
}
