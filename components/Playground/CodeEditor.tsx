'use client';
// The Monaco editor (only this module and monaco-setup import Monaco). It shows the engine's
// diagnostics as markers, each line's allocations after the line and in the gutter, and the line
// of the scrubber's current event. Esc moves focus out (to the Run button); Ctrl/Cmd+Enter runs.

import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic } from '@/lib/runtime/result';
import type { LineNote } from '@/lib/playground/lines';
import type { Lang } from '@/lib/playground/settings';
import { markerData } from './markers';
import { monaco } from './monaco-setup';
import { useSiteTheme } from './useSiteTheme';

export interface CodeEditorProps {
  value: string;
  lang: Lang;
  /** Model identity: each slot keeps its own undo history. */
  path: string;
  label: string;
  onChange: (code: string) => void;
  onRun: () => void;
  onEscape: () => void;
  diagnostics: Diagnostic[];
  notes: LineNote[];
  currentLine: number | null;
  /** The learner was already in the code box (the stand-in before Monaco): focus moves on into the editor. */
  focusOnMount?: boolean;
}

type Ed = Parameters<OnMount>[0];

declare global {
  interface Window {
    /** For the e2e tests: read markers and decorations. */
    __heaplabMonaco?: typeof monaco;
  }
}

export default function CodeEditor(p: CodeEditorProps) {
  const [ed, setEd] = useState<Ed | null>(null);
  const theme = useSiteTheme();
  // Monaco's commands are registered once; they read the latest props through this ref.
  const cb = useRef(p);
  useEffect(() => {
    cb.current = p;
  });
  const notesRef = useRef<ReturnType<Ed['createDecorationsCollection']> | null>(null);
  const cursorRef = useRef<ReturnType<Ed['createDecorationsCollection']> | null>(null);

  const onMount: OnMount = (editor) => {
    window.__heaplabMonaco = monaco;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => cb.current.onRun());
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => cb.current.onEscape(),
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !inSnippetMode && !markersNavigationVisible && !editorHasMultipleSelections',
    );
    notesRef.current = editor.createDecorationsCollection();
    cursorRef.current = editor.createDecorationsCollection();
    setEd(editor);
    if (cb.current.focusOnMount) editor.focus();
  };

  // Markers: the checker's diagnostics at their line and column, their notes (rustc's labelled spans) as hints.
  useEffect(() => {
    const model = ed?.getModel();
    if (!model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, hint: monaco.MarkerSeverity.Hint };
    monaco.editor.setModelMarkers(model, 'heaplab', markerData(p.diagnostics, model, severity, model.uri) as Parameters<typeof monaco.editor.setModelMarkers>[2]);
  }, [ed, p.diagnostics, p.value, p.path]);

  // Per-line notes: text after the line, a bar in the gutter, the details on hover.
  useEffect(() => {
    const model = ed?.getModel();
    if (!model || !notesRef.current) return;
    const lines = model.getLineCount();
    notesRef.current.set(
      p.notes
        .filter((n) => n.line <= lines)
        .map((n) => {
          const end = model.getLineMaxColumn(n.line);
          return {
            range: new monaco.Range(n.line, end, n.line, end),
            options: {
              showIfCollapsed: true,
              after: { content: `  ⟵ ${n.text}`, inlineClassName: n.heapCount > 0 ? 'pg-anno pg-anno-heap' : 'pg-anno pg-anno-stack' },
              linesDecorationsClassName: n.heapCount > 0 ? 'pg-gutter-heap' : 'pg-gutter-stack',
              hoverMessage: { value: `Line ${n.line}: ${n.text}` },
            },
          };
        }),
    );
  }, [ed, p.notes, p.value, p.path]);

  // The scrubber's current event: its line highlighted and scrolled into view.
  useEffect(() => {
    const model = ed?.getModel();
    if (!ed || !model || !cursorRef.current) return;
    const line = p.currentLine;
    if (!line || line > model.getLineCount()) {
      cursorRef.current.clear();
      return;
    }
    cursorRef.current.set([{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'pg-current-line', linesDecorationsClassName: 'pg-current-gutter' } }]);
    ed.revealLineInCenterIfOutsideViewport(line);
  }, [ed, p.currentLine, p.path]);

  return (
    <Editor
      value={p.value}
      language={p.lang}
      path={p.path}
      theme={theme === 'dark' ? 'heaplab-dark' : 'vs'}
      onChange={(v) => cb.current.onChange(v ?? '')}
      onMount={onMount}
      loading={null}
      options={{
        ariaLabel: p.label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 14,
        lineNumbersMinChars: 3,
        tabSize: 4,
        insertSpaces: p.lang === 'rust',
        renderLineHighlight: 'none',
        wordBasedSuggestions: 'off',
        quickSuggestions: false,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
