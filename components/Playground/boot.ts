// The playground's head start, evaluated with the page's first script (not with the playground's
// own chunk, which arrives later): it starts the run worker of the language the page will open in
// and, for a share link, runs the link's program at once. The playground, once loaded, takes this
// client over; its first run() of the same program joins the run already under way.

import { loadLast, storage } from '@/lib/playground/drafts';
import { RunClient } from '@/lib/playground/run-client';
import type { Lang, Settings } from '@/lib/playground/settings';
import { decodeShare, isShareHash, type DecodeResult } from '@/lib/playground/share';
import { LINK_A_ID, LINK_B_ID, type WorkerRequest } from '@/lib/playground/protocol';
import { bootRanLink, createRunWorker } from './worker-client';

interface Boot {
  client: RunClient | null;
  /** The opening hash's link, decoding. */
  link: Promise<DecodeResult> | null;
  /** Run was pressed before the playground had loaded. */
  runRequested: boolean;
}

let boot: Boot | null = null;

/** Starts the head start once per page; does nothing on the server. */
export function startBoot(): void {
  if (boot || typeof window === 'undefined' || typeof Worker === 'undefined') return;
  const client = new RunClient(createRunWorker);
  const hash = window.location.hash;
  const link = hash && isShareHash(hash) ? decodeShare(hash) : null;
  boot = { client, link, runRequested: false };
  if (!link) {
    client.warm(loadLast(storage())?.lang ?? 'go');
    return;
  }
  void link.then((r) => {
    if (!r.ok) return client.warm(loadLast(storage())?.lang ?? 'go');
    // The same programs, in the same order, as the playground's run() will ask for (A, then B):
    // already running if the boot script gave the link to the worker, else started now.
    const { a, b } = r.payload;
    if (bootRanLink(a.lang)) {
      const runs: Extract<WorkerRequest, { type: 'run' }>[] = [{ id: LINK_A_ID, type: 'run', lang: a.lang, source: a.code, settings: a.settings }];
      if (b) runs.push({ id: LINK_B_ID, type: 'run', lang: a.lang, source: b.code, settings: b.settings });
      client.adopt(runs);
      return;
    }
    client.prestart(a.lang, a.code, a.settings);
    if (b) client.prestart(a.lang, b.code, b.settings);
  });
}

/** The client with its warm worker and any run under way, once; later calls get a fresh client. */
export function takeBootClient(): RunClient {
  const c = boot?.client;
  if (boot) boot.client = null;
  return c ?? new RunClient(createRunWorker);
}

/** Run pressed on the skeleton: start it now; the playground claims it when it loads. */
export function requestRun(lang: Lang, code: string, settings: Settings): void {
  if (!boot) return;
  boot.runRequested = true;
  // A link's program is already running, and the link will be shown: nothing else to start.
  if (!boot.link) boot.client?.prestart(lang, code, settings);
}

/** Whether Run was pressed before the playground loaded (asked once). A link runs by itself. */
export function takeRunRequest(): boolean {
  const asked = !!boot?.runRequested && !boot.link;
  if (boot) boot.runRequested = false;
  return asked;
}

/** The opening link's decoding, if the page opened with one. */
export function bootLink(): Promise<DecodeResult> | null {
  return boot?.link ?? null;
}
