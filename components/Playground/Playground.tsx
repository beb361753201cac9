'use client';
// The playground: edit a Go or Rust program, run it in the simulated runtime (in a worker), and see
// its output, heap over time, GC cycles, allocation sites and per-line notes. Import it through
// ./lazy, which keeps it (and Monaco, which it loads later still) out of the page's first load.

import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { storage } from '@/lib/playground/drafts';
import type { Example } from '@/lib/playground/examples';
import { RunClient, type CreateWorker } from '@/lib/playground/run-client';
import { bootDecodedLink, takeBootClient, takeRunRequest } from './boot';
import { CompareControls } from './CompareControls';
import { PgStoreContext } from './context';
import { EditorBox, EditorHint } from './EditorBox';
import { LinkAlert } from './LinkAlert';
import { ModelNotes } from './ModelNotes';
import { OutputPanel } from './OutputPanel';
import { RunBar } from './RunBar';
import { HeapMapBox } from './HeapMapBox';
import { ProfileBox } from './ProfileBox';
import { restoreSession, useDrafts } from './session';
import { SettingsFields } from './SettingsFields';
import { ShareBox } from './ShareBox';
import { createPgStore } from './store';
import { Toolbar } from './Toolbar';
import { useNarrow, useWide } from './useNarrow';
import { useOpeningLink } from './useOpeningLink';
import { useRunner } from './useRunner';
import { Views } from './views/Views';
import './Playground.css';

export interface PlaygroundProps {
  examples: Example[];
  /** Tests pass a fake worker; the page uses the real ones, started early by ./boot. */
  createWorker?: CreateWorker;
}

export default function Playground({ examples, createWorker }: PlaygroundProps) {
  const [kv] = useState(storage);
  const [api] = useState(() => {
    const store = createPgStore(restoreSession(examples, kv));
    // The opening link, already read by ./boot: open with it, so the first render is the link's
    // (useOpeningLink then takes the link from the address bar and runs it).
    const link = createWorker ? null : bootDecodedLink();
    if (link?.ok) store.getState().applyLink(link.payload, link.warnings);
    return store;
  });
  useDrafts(api, kv);
  const runner = useRunner(api, () => (createWorker ? new RunClient(createWorker) : takeBootClient()));
  useOpeningLink(api, kv, runner.run);
  // Run pressed on the skeleton: that run is under way; this joins it.
  useEffect(() => {
    if (takeRunRequest()) runner.run();
  }, [runner]);
  const narrow = useNarrow();
  const wide = useWide();
  const idBase = useId().replace(/[:«»]/g, '');

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      runner.run();
    }
  };

  return (
    <PgStoreContext.Provider value={api}>
      {/* Wide screens: the code and its settings on the left; the run, its output and the heap chart on
          the right, all in one screen; the timeline and the sites one scroll below. */}
      <section className={`pg${narrow ? ' pg-narrow' : ''}${wide ? ' pg-wide' : ''}`} aria-label="Playground" onKeyDown={onKeyDown}>
        <LinkAlert />
        <div className="pg-top">
          <div className="pg-left">
            <Toolbar idBase={idBase} kv={kv} />
            <EditorBox idBase={idBase} onRun={runner.run} />
            <EditorHint narrow={narrow} />
            {wide && <SettingsFields idBase={idBase} which="a" />}
            {wide && <CompareControls idBase={idBase} kv={kv} />}
          </div>
          <div className="pg-right">
            <RunBar idBase={idBase} runner={runner} />
            {!wide && <SettingsFields idBase={idBase} which="a" />}
            {!wide && <CompareControls idBase={idBase} kv={kv} />}
            <OutputPanel idBase={idBase} />
            <ProfileBox runner={runner} />
            {wide && <Views idBase={idBase} part="chart" />}
          </div>
        </div>
        <Views idBase={idBase} part={wide ? 'details' : 'all'} />
        {/* Below the run's views: a map can be as wide as the page. */}
        <HeapMapBox idBase={idBase} runner={runner} />
        <ModelNotes />
        <ShareBox idBase={idBase} />
      </section>
    </PgStoreContext.Provider>
  );
}
