// The playground's head start, evaluated with the page's first script (not with the playground's
// own chunk, which arrives later). The inline boot script has already started the run worker of
// the language the page opens in, and handed it the opening link; this module reads the link too,
// adopts those runs (or starts them), and lets the skeleton show their result and run on a press.
// The playground, once loaded, takes the client over; its first run() of the same program joins
// the run already under way.

import { loadLast, storage } from '@/lib/playground/drafts';
import { LINK_A_ID, LINK_B_ID, type RunView, type WorkerRequest } from '@/lib/playground/protocol';
import { RunClient } from '@/lib/playground/run-client';
import type { Lang, Settings } from '@/lib/playground/settings';
import { decodeShare, isShareHash, type DecodeResult } from '@/lib/playground/share';
import { bootRanLink, createRunWorker } from './worker-client';

/** A first result: A, and B when the link compares two. */
export interface FirstResult {
  a: RunView;
  b: RunView | null;
}

interface Boot {
  /** The hash the page opened with (a later link, reached by a client-side navigation, is not this one). */
  hash: string;
  client: RunClient | null;
  /** The opening hash's link, decoding. */
  link: Promise<DecodeResult> | null;
  /** The link once read. */
  decoded: DecodeResult | null;
  /** The runs started before the playground loaded (the link's, or the skeleton's Run). */
  first: Promise<FirstResult> | null;
  firstWaiters: ((p: Promise<FirstResult>) => void)[];
  /** Run was pressed before the playground had loaded. */
  runRequested: boolean;
}

let boot: Boot | null = null;

type RunRequest = Extract<WorkerRequest, { type: 'run' }>;

function setFirst(b: Boot, runs: Promise<RunView>[]): void {
  b.first = Promise.all(runs).then(([a, second]) => ({ a, b: second ?? null }));
  b.first.catch(() => undefined);
  for (const f of b.firstWaiters.splice(0)) f(b.first);
}

/** Starts the head start once per page; does nothing on the server. */
export function startBoot(): void {
  if (boot || typeof window === 'undefined' || typeof Worker === 'undefined') return;
  const client = new RunClient(createRunWorker);
  const hash = window.location.hash;
  const link = hash && isShareHash(hash) ? decodeShare(hash) : null;
  const b: Boot = (boot = { hash, client, link, decoded: null, first: null, firstWaiters: [], runRequested: false });
  const lastLang = () => loadLast(storage())?.lang ?? 'go';
  if (!link) return client.warm(lastLang());
  void link.then((r) => {
    b.decoded = r;
    if (!r.ok) return client.warm(lastLang());
    // The same programs, in the same order, as the playground's run() will ask for (A, then B).
    const { a, b: second } = r.payload;
    const runs: RunRequest[] = [{ id: LINK_A_ID, type: 'run', lang: a.lang, source: a.code, settings: a.settings }];
    if (second) runs.push({ id: LINK_B_ID, type: 'run', lang: a.lang, source: second.code, settings: second.settings });
    // Already running if the boot script gave the link to the worker; else started now.
    setFirst(b, bootRanLink(a.lang) ? client.adopt(runs) : runs.map((x) => client.prestart(x.lang, x.source, x.settings)));
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
  if (!boot.link && boot.client && !boot.first) setFirst(boot, [boot.client.prestart(lang, code, settings)]);
}

/** Whether Run was pressed before the playground loaded (asked once). A link runs by itself. */
export function takeRunRequest(): boolean {
  const asked = !!boot?.runRequested && !boot.link;
  if (boot) boot.runRequested = false;
  return asked;
}

/** Whether the address bar still holds the link the page opened with. */
function openingLinkShown(b: Boot): boolean {
  return typeof window !== 'undefined' && window.location.hash === b.hash && isShareHash(b.hash);
}

/** The opening link's decoding, if the page opened with one and it is still in the address bar. */
export function bootLink(): Promise<DecodeResult> | null {
  return boot?.link && openingLinkShown(boot) ? boot.link : null;
}

/** The opening link, if it has been read and is still in the address bar (not yet taken by the playground). */
export function bootDecodedLink(): DecodeResult | null {
  return boot?.decoded && openingLinkShown(boot) ? boot.decoded : null;
}

/** Calls back with the first runs' result once they are started (the skeleton shows it). */
export function onFirstResult(f: (r: FirstResult) => void): () => void {
  let alive = true;
  const take = (p: Promise<FirstResult>) => void p.then((r) => alive && f(r), () => undefined);
  if (boot?.first) take(boot.first);
  else boot?.firstWaiters.push(take);
  return () => {
    alive = false;
  };
}
