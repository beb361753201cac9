'use client';
// Local Monaco, loaded only behind next/dynamic(ssr:false) by CodeEditor: the slim core, a few
// editing features, and Go and Rust highlighting. No TypeScript worker; diagnostics come from the
// project's own checkers as markers. See shared stack notes, pitfalls 4-6.

import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/rust/register';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' });
  },
};

// Otherwise @monaco-editor/react fetches its loader from a CDN.
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

// vs-dark's comment green (#608b4e) is 4.2:1 on its background; WCAG AA needs 4.5:1.
monaco.editor.defineTheme('heaplab-dark', { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '7ca668' }], colors: {} });

export { monaco };
