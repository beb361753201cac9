'use client';
// Stand-in while the playground's code loads: the same boxes in the same places (the toolbar drawn
// disabled with the values the playground will open with, the code in the editor's place), a Run
// button that works, and the output of the first run as soon as it arrives: a press or a link
// starts that run on the worker the page already started (./boot).

import { useEffect, useState, type KeyboardEvent } from 'react';
import { storage } from '@/lib/playground/drafts';
import type { Example } from '@/lib/playground/examples';
import type { Lang, Settings } from '@/lib/playground/settings';
import { bootLink, onFirstResult, requestRun, type FirstResult } from './boot';
import { OutputView } from './OutputView';
import { restoreSession } from './session';
import { LINK_SLOT, ToolbarView } from './ToolbarView';
import './Playground.css';

interface Opening {
  lang: Lang;
  slot: string;
  code: string;
  settings: Settings;
}

/** What the playground will open with; undefined until it is known. */
function useOpening(examples: Example[]): Opening | undefined {
  const [opening, setOpening] = useState<Opening | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const session = () => {
      const s = restoreSession(examples, storage());
      return { lang: s.lang, slot: s.slot, code: s.code, settings: s.settings };
    };
    // A link's code replaces the server's placeholder once it is read (a few milliseconds).
    void (bootLink() ?? Promise.resolve(null)).then((r) => {
      if (alive) setOpening(r?.ok ? { lang: r.payload.a.lang, slot: LINK_SLOT, code: r.payload.a.code, settings: r.payload.a.settings } : session());
    });
    return () => {
      alive = false;
    };
  }, [examples]);
  return opening;
}

function useFirstResult(): FirstResult | null {
  const [result, setResult] = useState<FirstResult | null>(null);
  useEffect(() => onFirstResult(setResult), []);
  return result;
}

export function PlaygroundSkeleton({ examples }: { examples: Example[] }) {
  const opening = useOpening(examples);
  const result = useFirstResult();
  const [pressed, setPressed] = useState(false);
  // Until it is known, the server's HTML: the first example.
  const shown = opening ?? { lang: examples[0]?.lang ?? 'go', slot: examples[0]?.id ?? '', code: examples[0]?.code ?? '' };
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
  const status = result ? 'Done.' : pressed ? 'Running…' : 'Loading the playground…';
  return (
    <section className="pg pg-skeleton" aria-label="Playground" aria-busy="true" onKeyDown={onKeyDown} data-opening={opening ? 'known' : 'placeholder'}>
      <div className="pg-top">
        <div className="pg-left">
          <ToolbarView idBase="pg-skeleton" examples={examples} lang={shown.lang} slot={shown.slot} disabled />
          <div className="pg-editor">
            <pre className="pg-code-pre" aria-label="Program source (the editor is loading)">
              {shown.code}
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
              {status}
            </p>
          </div>
          {result ? <OutputView a={result.a} b={result.b} idBase="pg-skeleton" /> : <div className="pg-bone pg-bone-text" aria-hidden="true" />}
          {/* Where the heap chart will stand on wide screens (shown by Playground.css there only). */}
          <div className="pg-bone pg-bone-chart" aria-hidden="true" />
        </div>
      </div>
      <div className="pg-bone pg-bone-views" aria-hidden="true" />
    </section>
  );
}
