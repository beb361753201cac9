// The one place the run workers are constructed: one self-contained script per language, built by
// scripts/build-workers.mjs. The first worker of a language may already be running, started by the
// inline boot script (./boot-script); it is adopted, with what it said before the page listened.

import type { WorkerLike } from '@/lib/playground/run-client';
import type { Lang } from '@/lib/playground/settings';
import type { WorkerUrls } from '@/lib/playground/worker-files';
import type { WorkerRequest, WorkerResponse } from '@/lib/playground/protocol';
import { BOOT_GLOBAL } from './boot-script';

interface Started {
  worker: Worker;
  events: ['message' | 'error', Event][];
  /** The boot script sent it the opening link to run. */
  link: boolean;
}
interface BootGlobal {
  urls?: WorkerUrls;
  workers?: Partial<Record<Lang, Started>>;
}

let urls: WorkerUrls | null = null;

function bootGlobal(): BootGlobal | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as Record<string, BootGlobal | undefined>)[BOOT_GLOBAL];
}

/** The workers' URLs: from the page's props, or from the inline script that ran before them. */
export function setWorkerUrls(u: WorkerUrls): void {
  urls = u;
}

export function workerUrls(): WorkerUrls | null {
  return urls ?? bootGlobal()?.urls ?? null;
}

/** A started worker behind the WorkerLike face; events from before adoption are replayed. */
class Adopted implements WorkerLike {
  private onMsg: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  private onErr: ((e: ErrorEvent) => void) | null = null;
  constructor(
    private readonly w: Worker,
    private backlog: Started['events'],
  ) {
    w.onmessage = (e) => this.onMsg?.(e);
    w.onerror = (e) => {
      e.preventDefault();
      this.onErr?.(e);
    };
    // The channel sets its handlers right after create(): replay then, in order.
    queueMicrotask(() => {
      const early = this.backlog;
      this.backlog = [];
      for (const [kind, e] of early) {
        if (kind === 'message') this.onMsg?.(e as MessageEvent<WorkerResponse>);
        else this.onErr?.(e as ErrorEvent);
      }
    });
  }
  get onmessage() {
    return this.onMsg;
  }
  set onmessage(f) {
    this.onMsg = f;
  }
  get onerror() {
    return this.onErr;
  }
  set onerror(f) {
    this.onErr = f;
  }
  postMessage(m: WorkerRequest) {
    this.w.postMessage(m);
  }
  terminate() {
    this.w.terminate();
  }
}

export function createRunWorker(lang: Lang): WorkerLike {
  const boot = bootGlobal();
  const started = boot?.workers?.[lang];
  if (started) {
    delete boot!.workers![lang];
    return new Adopted(started.worker, started.events);
  }
  const u = workerUrls();
  if (!u) throw new Error('the run workers are not known to this page');
  return new Worker(u[lang]) as unknown as WorkerLike;
}

/** Whether the boot script's worker for this language was given the opening link (and is still to be adopted). */
export function bootRanLink(lang: Lang): boolean {
  return !!bootGlobal()?.workers?.[lang]?.link;
}
