'use client';
// "Memory map": runs the Go program again and draws its heap's spans as they were when it ended
// (lib/go/heapmap.ts in the worker, HeapMapView here). A new run makes the map stale, so it is dropped.

import { useState } from 'react';
import type { HeapMap } from '@/lib/go/heapmap';
import { usePg } from './context';
import { HeapMapView } from './HeapMapView';
import type { Runner } from './useRunner';

type State = ({ k: 'idle' } | { k: 'making' } | { k: 'ready'; map: HeapMap } | { k: 'failed'; message: string }) & { run?: unknown };

export function HeapMapBox({ idBase, runner }: { idBase: string; runner: Runner }) {
  const runA = usePg((s) => s.runA);
  const lang = usePg((s) => s.lang);
  const [state, setSt] = useState<State>({ k: 'idle' });
  if (!runA || runA.result.exitCode === 1 || lang !== 'go') return null;
  const st: State = state.run === runA ? state : { k: 'idle' };
  const make = async () => {
    const run = runA;
    setSt({ k: 'making', run });
    try {
      setSt({ k: 'ready', map: await runner.heapMap(), run });
    } catch (e) {
      setSt({ k: 'failed', message: `The memory map could not be made: ${e instanceof Error ? e.message : String(e)}`, run });
    }
  };
  return (
    <div className="pg-heapmap-box" role="group" aria-label="Memory map of this run">
      {st.k !== 'ready' && (
        <button type="button" className="secondary" onClick={make} disabled={st.k === 'making'}>
          Memory map
        </button>
      )}
      <p className="pg-note" role="status">
        {st.k === 'idle' && 'See the heap’s spans when the program ended: each size class’s slots, rounding waste and free slots.'}
        {st.k === 'making' && 'Running again to map the heap…'}
        {st.k === 'failed' && st.message}
      </p>
      {st.k === 'ready' && <HeapMapView idBase={idBase} map={st.map} />}
    </div>
  );
}
