'use client';
// The widget's code (the checker, the run client, the editor's stand-in) loads after the page,
// client-only, behind a skeleton drawn from the same data, so nothing moves when it arrives.

import dynamic from 'next/dynamic';
import { createContext, useContext } from 'react';
import type { ExerciseProps } from './ExerciseWidget';
import { ExerciseSkeleton } from './ExerciseSkeleton';

const PropsContext = createContext<ExerciseProps | null>(null);

function Loading() {
  const p = useContext(PropsContext);
  return p ? <ExerciseSkeleton {...p} /> : null;
}

const Widget = dynamic<ExerciseProps>(() => import('./ExerciseWidget'), { ssr: false, loading: () => <Loading /> });

export function ExerciseLazy(props: ExerciseProps) {
  return (
    <PropsContext.Provider value={props}>
      <Widget {...props} />
    </PropsContext.Provider>
  );
}
