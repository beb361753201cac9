'use client';
// The exercise's code box, made of the playground's pieces: Monaco (CodeEditor, loaded when the
// learner first clicks the code or presses Enter in it; until then a focusable <pre> of the same code
// in the same box) on wider screens, the plain textarea on phones.

import dynamic from 'next/dynamic';
import { createContext, useCallback, useContext, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LineNote } from '@/lib/playground/lines';
import type { Diagnostic } from '@/lib/runtime/result';
import type { Lang } from '@/lib/playground/settings';
import { PlainEditor } from '@/components/Playground/PlainEditor';
import { useNarrow } from '@/components/Playground/useNarrow';

const CodeContext = createContext('');

function EditorLoading() {
  const code = useContext(CodeContext);
  return (
    <pre className="ex-code-pre" aria-busy="true">
      {code}
    </pre>
  );
}

const CodeEditor = dynamic(() => import('@/components/Playground/CodeEditor'), { ssr: false, loading: () => <EditorLoading /> });

export interface ExerciseEditorProps {
  id: string;
  lang: Lang;
  label: string;
  code: string;
  height: number;
  onChange: (code: string) => void;
  onRun: () => void;
  onEscape: () => void;
  diagnostics: Diagnostic[];
  notes: LineNote[];
  currentLine: number | null;
}

export function ExerciseEditor(p: ExerciseEditorProps) {
  const narrow = useNarrow();
  const [wanted, setWanted] = useState(false);
  const [focusOnMount, setFocusOnMount] = useState(false);
  const { onChange } = p;
  // Monaco's value is controlled: a render that lands after the next keystroke would hand it an older
  // text and undo that keystroke. Each edit is committed before Monaco takes the next key.
  const onMonacoChange = useCallback((code: string) => flushSync(() => onChange(code)), [onChange]);
  // A line link in the feedback opens the editor too (without taking the focus), to show the line.
  if (p.currentLine !== null && !wanted) setWanted(true);
  const want = () => {
    setFocusOnMount(true);
    setWanted(true);
  };
  if (narrow) {
    return (
      <div className="ex-editor ex-editor-plain">
        <PlainEditor id={`${p.id}-code`} label={p.label} value={p.code} onChange={p.onChange} onRun={p.onRun} />
      </div>
    );
  }
  return (
    <div className="ex-editor" style={{ height: p.height }}>
      <CodeContext.Provider value={p.code}>
        {!wanted ? (
          <pre
            className="ex-code-pre"
            tabIndex={0}
            role="textbox"
            aria-readonly="true"
            aria-multiline="true"
            aria-label={`${p.label} (press Enter to edit)`}
            onPointerDown={want}
            onKeyDown={(e) => {
              // Tab passes by (no editor is loaded for a learner who only moves through the page);
              // Enter, or starting to type, opens the editor with the focus in it.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                p.onRun();
              } else if (e.key === 'Enter' || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)) {
                e.preventDefault();
                want();
              }
            }}
          >
            {p.code}
          </pre>
        ) : (
          <CodeEditor
            value={p.code}
            lang={p.lang}
            path={`exercise/${p.id}.${p.lang === 'go' ? 'go' : 'rs'}`}
            label={p.label}
            onChange={onMonacoChange}
            onRun={p.onRun}
            onEscape={p.onEscape}
            diagnostics={p.diagnostics}
            notes={p.notes}
            currentLine={p.currentLine}
            focusOnMount={focusOnMount}
          />
        )}
      </CodeContext.Provider>
    </div>
  );
}
