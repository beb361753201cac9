'use client';
import { useRef, useState } from 'react';
import { serializeLabState } from '@/lib/growth/url-state';
import { useLab } from './context';

/** Where an embedded (syncUrl=false) widget's link points: the lab page with the same settings. */
export const LAB_PATH = '/labs/slices/';

export function ShareLink({ idBase, syncUrl, flush }: { idBase: string; syncUrl: boolean; flush: () => void }) {
  const lab = useLab((s) => s.lab);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const loc = typeof window === 'undefined' ? null : window.location;
  // With syncUrl this is exactly what location.href becomes once the debounced write lands.
  const href = loc
    ? syncUrl
      ? `${loc.origin}${loc.pathname}?${serializeLabState(lab)}${loc.hash}`
      : `${loc.origin}${LAB_PATH}?${serializeLabState(lab)}`
    : '';

  async function copy() {
    flush();
    const link = syncUrl ? window.location.href : href;
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      input.current?.select();
      setStatus('Could not copy automatically: the link is selected, press Ctrl+C (⌘C) to copy it.');
    }
  }

  const id = `${idBase}-share`;
  return (
    <div className="sgl-share">
      <button type="button" onClick={copy}>
        Copy share link
      </button>
      <div className="sgl-field">
        <label htmlFor={id}>Share link</label>
        <input id={id} ref={input} type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p className="sgl-note-small" role="status">
        {status}
      </p>
    </div>
  );
}
