'use client';
import { useRef, useState } from 'react';

/** The link to what is on screen, with a copy button that falls back to selecting the text. */
export function LabShare({ idBase, href, flush }: { idBase: string; href: string; flush: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    flush();
    try {
      await navigator.clipboard.writeText(input.current?.value ?? href);
      setStatus('Link copied.');
    } catch {
      input.current?.select();
      setStatus('Could not copy automatically: the link is selected, press Ctrl+C (⌘C) to copy it.');
    }
  }

  const id = `${idBase}-share`;
  return (
    <div className="lab-share">
      <button type="button" onClick={copy}>
        Copy share link
      </button>
      <div className="lab-field">
        <label htmlFor={id}>Share link</label>
        <input id={id} ref={input} type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="lab-note-small" role="status">
        {status}
      </p>
    </div>
  );
}
