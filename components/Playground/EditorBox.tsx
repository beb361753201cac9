'use client';
// The code box: Monaco on wider screens (loaded lazily; until then a <pre> of the same code in the
// same box), a plain <textarea> on phone-sized screens.

import dynamic from 'next/dynamic';
import { createContext, useCallback, useContext, useState } from 'react';
import { LANG_NAME } from '@/lib/playground/settings';
import { usePg } from './context';
import { PlainEditor } from './PlainEditor';
import { editedCode } from './store';
import { useNarrow } from './useNarrow';

const CodeContext = createContext('');

function EditorLoading() {
  const code = useContext(CodeContext);
  return (
    <pre className="pg-code-pre" aria-busy="true" aria-label="Program source (the editor is loading)">
      {code}
    </pre>
  );
}

/** Before Monaco is wanted: the code, and a click or a focus in it asks for the editor. */
function EditorWaiting({ onWant }: { onWant: (focus: boolean) => void }) {
  const code = useContext(CodeContext);
  return (
    <pre
      className="pg-code-pre"
      tabIndex={0}
      aria-label="Program source (the editor loads when you click here)"
      onPointerDown={() => onWant(true)}
      onFocus={() => onWant(true)}
    >
      {code}
    </pre>
  );
}

const CodeEditor = dynamic(() => import('./CodeEditor'), { ssr: false, loading: () => <EditorLoading /> });

export function EditorBox({ idBase, onRun }: { idBase: string; onRun: () => void }) {
  const narrow = useNarrow();
  const lang = usePg((s) => s.lang);
  const slot = usePg((s) => s.slot);
  const editing = usePg((s) => s.editing);
  const code = usePg(editedCode);
  const setCode = usePg((s) => s.setCode);
  const editorWanted = usePg((s) => s.editorWanted);
  const wantEditor = usePg((s) => s.wantEditor);
  const [focusOnMount, setFocusOnMount] = useState(false);
  const want = useCallback(
    (focus: boolean) => {
      setFocusOnMount(focus);
      wantEditor();
    },
    [wantEditor],
  );
  const diagnostics = usePg((s) => s.diagnostics);
  const run = usePg((s) => (editing === 'b' ? s.runB : s.runA));
  const notes = run?.lines ?? EMPTY;
  const currentLine = usePg((s) => {
    const t = s.runA?.result.trace;
    if (editing !== 'a' || !t || t.length === 0) return null;
    return t.line[Math.min(s.cursor, t.length - 1)] || null;
  });
  const onEscape = useCallback(() => document.getElementById(`${idBase}-run`)?.focus(), [idBase]);
  const label = `${LANG_NAME[lang]} program${editing === 'b' ? ' B' : ''} source`;

  return (
    <div className="pg-editor">
      {narrow ? (
        <PlainEditor id={`${idBase}-code`} label={label} value={code} onChange={setCode} onRun={onRun} />
      ) : (
        <CodeContext.Provider value={code}>
          {!editorWanted ? (
            <EditorWaiting onWant={want} />
          ) : (
          <CodeEditor
            value={code}
            lang={lang}
            path={`${lang}/${slot}/${editing}.${lang === 'go' ? 'go' : 'rs'}`}
            label={label}
            onChange={setCode}
            onRun={onRun}
            onEscape={onEscape}
            diagnostics={diagnostics}
            notes={notes}
            currentLine={currentLine}
            focusOnMount={focusOnMount}
          />
          )}
        </CodeContext.Provider>
      )}
    </div>
  );
}

const EMPTY: never[] = [];

export function EditorHint({ narrow }: { narrow: boolean }) {
  return (
    <p className="pg-hint">
      <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd>) runs.
      {!narrow && (
        <>
          {' '}
          <kbd>Esc</kbd> leaves the editor (then <kbd>Tab</kbd> on); <kbd>Ctrl</kbd>+<kbd>M</kbd> (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>
          on a Mac) switches <kbd>Tab</kbd> between indenting and moving focus.
        </>
      )}
    </p>
  );
}
