'use client';
// Makes a share link of what is on screen (code, language, settings, and B when comparing).

import { useState } from 'react';
import { encodeShare, MAX_ENCODED_CHARS } from '@/lib/playground/share';
import { usePgApi } from './context';
import { toPayload } from './store';

export function ShareBox({ idBase }: { idBase: string }) {
  const api = usePgApi();
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const id = `${idBase}-share`;

  async function make() {
    const hash = await encodeShare(toPayload(api.getState()));
    if (hash.length > MAX_ENCODED_CHARS) {
      setLink('');
      setStatus(`This program is too long for a link (${Math.round(hash.length / 1024)} kB compressed; the limit is ${MAX_ENCODED_CHARS / 1024} kB).`);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${hash}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus('The link is below: select it and copy it (Ctrl+C or ⌘C).');
    }
  }

  return (
    <div className="pg-share">
      <button type="button" className="secondary" onClick={make}>
        Copy share link
      </button>
      <div className="pg-field">
        <label htmlFor={id}>Share link</label>
        <input id={id} type="text" readOnly value={link} placeholder="Press “Copy share link”" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="pg-note" role="status">
        {status}
      </p>
    </div>
  );
}
