'use client';
// Reads a share link from the URL hash (on load, and when a new link is pasted into the address
// bar), opens its program and runs it. A bad link gives an alert and the default example. The
// hash is then dropped, so a reload brings back the draft rather than the link's original code.

import { useEffect } from 'react';
import { loadDraft, type KV } from '@/lib/playground/drafts';
import { decodeShare, isShareHash } from '@/lib/playground/share';
import { linkSlotFor, type PgStoreApi } from './store';

export function useOpeningLink(api: PgStoreApi, kv: KV | null, run: () => void): void {
  useEffect(() => {
    let alive = true;
    const read = async () => {
      const hash = window.location.hash;
      if (!hash || !isShareHash(hash)) return;
      const r = await decodeShare(hash);
      if (!alive) return;
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      if (r.ok) {
        const { lang, code } = r.payload.a;
        const earlier = loadDraft(kv, lang, linkSlotFor(code));
        api.getState().applyLink(r.payload, r.warnings);
        // Opened before and edited since: the link's code is shown, the edits stay one click away.
        if (earlier && earlier.code !== code) api.setState({ undo: earlier.code });
        run();
      } else api.getState().linkFailed(r.error);
    };
    void read();
    const onHash = () => void read();
    window.addEventListener('hashchange', onHash);
    return () => {
      alive = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, [api, kv, run]);
}
