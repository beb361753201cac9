// The page's side of the run worker: one worker for runs (Stop terminates it and the next run gets
// a fresh one) and one for diagnostics, so checking as the learner types never waits behind a run.

import type { Diagnostic } from '@/lib/runtime/result';
import type { RunView, WorkerRequest, WorkerResponse } from './protocol';
import type { Lang, Settings } from './settings';

export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
}

class Channel {
  private worker: WorkerLike | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  constructor(private readonly create: () => WorkerLike) {}

  private get(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      p.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.kill(new Error(e.message || 'the run worker failed to start'));
    };
    this.worker = w;
    return w;
  }

  send(req: Unsent): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.get().postMessage({ ...req, id } as WorkerRequest);
    });
  }

  /** Terminates the worker; whatever was waiting rejects with `why`. */
  kill(why: Error = new StoppedError()): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(why);
  }

  /** Starts the worker now, so the next request doesn't wait for it to boot. */
  warm(): void {
    this.get();
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }
}

export class RunClient {
  private runs: Channel;
  private checks: Channel;
  private checkSeq = 0;

  constructor(create: () => WorkerLike) {
    this.runs = new Channel(create);
    this.checks = new Channel(create);
  }

  /** Runs a program; rejects with StoppedError when stop() is called meanwhile. */
  async run(lang: Lang, source: string, settings: Settings): Promise<RunView> {
    const res = await this.runs.send({ type: 'run', lang, source, settings });
    if (res.type === 'run') return res.view;
    throw new Error(res.type === 'error' ? res.message : 'unexpected reply');
  }

  /** Terminates the running program's worker and starts a fresh one for the next run. */
  stop(): void {
    this.runs.kill();
    this.runs.warm();
  }

  /** Diagnostics for the latest source; resolves null when a newer check superseded this one. */
  async check(lang: Lang, source: string): Promise<Diagnostic[] | null> {
    const seq = ++this.checkSeq;
    // A check stuck on a pathological source must not block the next one forever.
    if (this.checks.busy) this.checks.kill();
    try {
      const res = await this.checks.send({ type: 'check', lang, source });
      if (seq !== this.checkSeq) return null;
      return res.type === 'check' ? res.diagnostics : [];
    } catch {
      return null;
    }
  }

  get running(): boolean {
    return this.runs.busy;
  }

  dispose(): void {
    this.runs.kill();
    this.checks.kill();
  }
}
