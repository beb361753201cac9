'use client';
// "Try it on your machine": the exercise's checks as a real Go test or Rust test around the code in
// the editor, to download or copy, with the command that runs it.

import { useMemo, useState } from 'react';
import { checkLabel } from '@/lib/exercises/evaluate';
import { exportableChecks, exportFor } from '@/lib/exercises/export';
import type { Exercise } from '@/lib/exercises/types';

export function ExportBox({ ex, code, idBase }: { ex: Exercise; code: string; idBase: string }) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const file = useMemo(() => (open ? exportFor(ex, code) : null), [open, ex, code]);
  if (exportableChecks(ex).length === 0) return null;
  const go = ex.language === 'go';

  const download = () => {
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.source], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
    setSaid(`Saved as ${file.filename} (in your downloads).`);
  };
  const copy = () => {
    if (!file) return;
    const fail = () => setSaid('This browser did not allow copying: select the file below instead.');
    try {
      void navigator.clipboard.writeText(file.source).then(() => setSaid('Copied.'), fail);
    } catch {
      fail();
    }
  };

  return (
    <details className="ex-export" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Try it on your machine</summary>
      {file && (
        <div className="ex-export-body">
          <p>
            The same checks as {go ? 'a Go test file' : 'a Rust test'} around the code in the editor, for the real{' '}
            {go ? 'Go toolchain' : 'Rust toolchain'}. Save it in an empty folder and run:
          </p>
          <pre className="ex-cmd">
            <code>{file.command}</code>
          </pre>
          <p>
            It asserts: {file.asserts.map((id) => checkLabel(ex.checks.find((c) => c.id === id)!, ex)).join('; ')}. The figures were recorded with{' '}
            {go ? 'go1.23.5' : 'rustc 1.95.0'}; other versions can differ.
          </p>
          <div className="ex-export-actions">
            <button type="button" onClick={download}>
              Download {file.filename}
            </button>
            <button type="button" className="secondary" onClick={copy}>
              Copy the file
            </button>
            <span role="status" className="muted">
              {said}
            </span>
          </div>
          <pre className="ex-stream ex-export-src" tabIndex={0} aria-label={file.filename} id={`${idBase}-export`}>
            {file.source}
          </pre>
        </div>
      )}
    </details>
  );
}
