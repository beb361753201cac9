'use client';
// What lessons and pages import: the lab's code (d3, the models) loads after the page, client-only,
// behind a skeleton of the same size.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { ArenaLabProps } from './ArenaLab';
import { ArenaSkeleton } from './ArenaSkeleton';

export type { ArenaLabProps };

// next/dynamic's loading() gets no props; the context hands it the title so the heading doesn't change.
const PropsContext = createContext<ArenaLabProps>({});

function Loading() {
  const { title, headingLevel } = useContext(PropsContext);
  return <ArenaSkeleton title={title} headingLevel={headingLevel} />;
}

const Lab = dynamic<ArenaLabProps>(() => import('./ArenaLab'), { ssr: false, loading: () => <Loading /> });

export function ArenaLab(props: ArenaLabProps) {
  return (
    <PropsContext.Provider value={props}>
      <Lab {...props} />
    </PropsContext.Provider>
  );
}
