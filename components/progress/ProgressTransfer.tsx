'use client';
// Export this browser's progress to a file, and import one from another browser. An import is
// checked whole first (lib/progress/transfer.ts): a refused file changes nothing and says why.

import { useId, useRef, useState, type ChangeEvent } from 'react';
import { exportFileName, exportProgress, importProgress, MAX_FILE_BYTES } from '@/lib/progress/transfer';
import { progressChanged } from './useProgress';

type Outcome = { ok: true; message: string } | { ok: false; reasons: string[] } | null;

export function ProgressTransfer() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [exported, setExported] = useState('');

  const doExport = () => {
    const now = new Date();
    const blob = new Blob([exportProgress(localStorage, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setExported(`Saved ${a.download}.`);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (!file) return;
    // Refuse a huge file before reading it.
    if (file.size > MAX_FILE_BYTES) {
      setOutcome({ ok: false, reasons: [`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a progress file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ ok: false, reasons: ['The file could not be read.'] });
      return;
    }
    let r;
    try {
      r = importProgress(localStorage, text);
    } catch {
      r = { ok: false as const, reasons: ['This browser does not let the page use its storage.'] };
    }
    setOutcome(r.ok ? { ok: true, message: r.message } : r);
    if (r.ok) progressChanged();
  };

  return (
    <section className="transfer" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Move your progress to another browser</h2>
      <p className="muted">
        Progress is kept in this browser only. Export it as a file, then import that file in another browser: what is already
        there stays, and the file adds what is missing.
      </p>
      <div className="transfer-row">
        <button type="button" onClick={doExport}>Export progress</button>
        <span role="status" className="muted">{exported}</span>
      </div>
      <div className="transfer-row">
        <label htmlFor={`${id}-file`}>Import progress from a file</label>
        <input ref={input} id={`${id}-file`} type="file" accept="application/json,.json" onChange={onFile} />
      </div>
      <div role="status" aria-live="polite" className="transfer-outcome">
        {outcome?.ok && <p className="transfer-ok">{outcome.message}</p>}
      </div>
      <div role="alert" className="transfer-outcome">
        {outcome && !outcome.ok && (
          <>
            <p className="transfer-bad">The file was not imported; your progress is unchanged.</p>
            <ul>
              {outcome.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
