'use client';
// Stand-in while the playground's code loads: the same boxes, with the code the playground will
// open (the link's, else the draft's) already in the editor's place, and a Run button that works:
// a press starts the run on the worker the page already started (./boot), and the playground
// shows its result when it arrives.

import { useEffect, useState, type KeyboardEvent } from 'react';
import { storage } from '@/lib/playground/drafts';
import type { Example } from '@/lib/playground/examples';
import type { Lang, Settings } from '@/lib/playground/settings';
import { bootLink, requestRun } from './boot';
import { restoreSession } from './session';
import './Playground.css';

interface Opening {
  lang: Lang;
  code: string;
  settings: Settings;
}

/** What the playground will open with; undefined until it is known. */
function useOpening(examples: Example[]): Opening | undefined {
  const [opening, setOpening] = useState<Opening | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const link = bootLink();
    const session = () => {
      const s = restoreSession(examples, storage());
      return { lang: s.lang, code: s.code, settings: s.settings };
    };
    // A link's code replaces the server's placeholder once it is read (a few milliseconds).
    void (link ?? Promise.resolve(null)).then((r) => {
      if (alive) setOpening(r?.ok ? { lang: r.payload.a.lang, code: r.payload.a.code, settings: r.payload.a.settings } : session());
    });
    return () => {
      alive = false;
    };
  }, [examples]);
  return opening;
}

export function PlaygroundSkeleton({ examples }: { examples: Example[] }) {
  const opening = useOpening(examples);
  const [pressed, setPressed] = useState(false);
  // Until it is known, the server's HTML: the first example's code.
  const code = opening?.code ?? examples[0]?.code ?? '';
  const run = () => {
    if (!opening) return;
    requestRun(opening.lang, opening.code, opening.settings);
    setPressed(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  };
  return (
    <section className="pg pg-skeleton" aria-label="Playground" aria-busy="true" onKeyDown={onKeyDown}>
      <div className="pg-top">
        <div className="pg-left">
          <div className="pg-toolbar" aria-hidden="true">
            <div className="pg-bone pg-bone-input" />
            <div className="pg-bone pg-bone-input" />
          </div>
          <div className="pg-editor">
            <pre className="pg-code-pre" aria-label="Program source (the editor is loading)">
              {code}
            </pre>
          </div>
        </div>
        <div className="pg-right">
          <div className="pg-runbar">
            <button type="button" onClick={run} disabled={!opening} aria-keyshortcuts="Control+Enter Meta+Enter">
              Run
            </button>
            <button type="button" className="secondary" disabled>
              Stop
            </button>
            <p className="pg-status" role="status">
              {pressed ? 'Running…' : 'Loading the playground…'}
            </p>
          </div>
          <div className="pg-bone pg-bone-input" aria-hidden="true" />
          <div className="pg-bone pg-bone-text" aria-hidden="true" />
        </div>
      </div>
    </section>
  );
}
