// The page's side of the run workers. Each language has its own worker (a Go run never waits for
// the Rust engine to load), one for runs (Stop terminates it and the next run gets a fresh one) and
// one for diagnostics, so checking as the learner types never waits behind a run.
//
// A worker that fails to start (its script or a chunk it imports did not load) is started once
// more, with the requests it held; a second failure rejects them with WorkerStartError, a plain
// sentence the page shows next to a Retry button. Events from a worker that was already replaced
// are ignored: a terminated worker can still report the import it was in the middle of, and that
// report must not take down its successor (the cause of the "importScripts failed" runs).

import type { Diagnostic } from '@/lib/runtime/result';
import type { HeapMap } from '@/lib/go/heapmap';
import type { ProfileFile, RunView, WorkerRequest, WorkerResponse } from './protocol';
import type { Lang, Settings } from './settings';

export interface WorkerLike {
  postMessage(msg: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export type CreateWorker = (lang: Lang) => WorkerLike;

export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

/** The worker could not be started, twice: a plain sentence for the learner. */
export class WorkerStartError extends Error {
  constructor() {
    super('The simulator could not be loaded (its script did not arrive). Check the connection to this site and try again.');
  }
}

/** The worker died in the middle of a request (out of memory, or a bug in the simulator). */
export class WorkerCrashError extends Error {
  constructor() {
    super('The simulator stopped unexpectedly while running this program.');
  }
}

type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  req: WorkerRequest;
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
}

/** How many times a worker is started before its requests fail. */
export const START_ATTEMPTS = 2;

class Channel {
  private worker: WorkerLike | null = null;
  /** The worker has said something (its 'ready', or any answer): it started. */
  private started = false;
  private attempts = 0;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private readyWaiters: (() => void)[] = [];
  constructor(private readonly create: () => WorkerLike) {}

  private get(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    this.attempts++;
    this.started = false;
    w.onmessage = (e) => {
      if (this.worker !== w) return;
      this.markStarted();
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      p.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      if (this.worker !== w) return;
      if (this.started) return this.kill(new WorkerCrashError());
      this.drop();
      if (this.attempts < START_ATTEMPTS) {
        // One more try, with everything the failed worker held.
        const again = this.get();
        for (const p of this.pending.values()) again.postMessage(p.req);
      } else this.kill(new WorkerStartError());
    };
    this.worker = w;
    return w;
  }

  private markStarted(): void {
    if (this.started) return;
    this.started = true;
    this.attempts = 0;
    const waiting = this.readyWaiters;
    this.readyWaiters = [];
    for (const f of waiting) f();
  }

  private drop(): void {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
  }

  send(req: Unsent): Promise<WorkerResponse> {
    const full = { ...req, id: this.nextId++ } as WorkerRequest;
    return this.await(full, true);
  }

  /** Waits for the answer to a request someone else already sent to this worker (the boot script). */
  expect(req: WorkerRequest): Promise<WorkerResponse> {
    return this.await(req, false);
  }

  private await(req: WorkerRequest, post: boolean): Promise<WorkerResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { req, resolve, reject });
      const w = this.get();
      if (post) w.postMessage(req);
    });
  }

  /** Terminates the worker; whatever was waiting rejects with `why`. The next request starts afresh. */
  kill(why: Error = new StoppedError()): void {
    this.drop();
    this.attempts = 0;
    // Nobody should wait for a worker that is gone (a failed start resolves its waiters too).
    for (const f of this.readyWaiters.splice(0)) f();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(why);
  }

  /** Starts the worker now, so the next request doesn't wait for it to boot. */
  warm(): void {
    this.get();
  }

  /** Resolves once the worker has started (it posts 'ready' when its engine has loaded). */
  ready(): Promise<void> {
    if (this.started && this.worker) return Promise.resolve();
    this.get();
    return new Promise((r) => this.readyWaiters.push(r));
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }
}

interface RunRecord {
  key: string;
  promise: Promise<RunView>;
  done: boolean;
  /** Started ahead of the page (a link's first run): handed out once to the run() that asks for it. */
  unclaimed: boolean;
}

export function runKey(lang: Lang, source: string, settings: Settings): string {
  return JSON.stringify([lang, source, settings]);
}

export class RunClient {
  private runs = new Map<Lang, Channel>();
  private checks = new Map<Lang, Channel>();
  private checkSeq = 0;
  private records: RunRecord[] = [];
  private settleWaiters: (() => void)[] = [];

  constructor(private readonly create: CreateWorker) {}

  private channel(map: Map<Lang, Channel>, lang: Lang): Channel {
    let c = map.get(lang);
    if (!c) {
      c = new Channel(() => this.create(lang));
      map.set(lang, c);
    }
    return c;
  }

  /** Starts the run worker of a language before anything is asked of it. */
  warm(lang: Lang): void {
    this.channel(this.runs, lang).warm();
  }

  /**
   * Runs a program; rejects with StoppedError when stop() is called meanwhile. The same program
   * with the same settings, still running or started ahead by prestart(), is joined, not restarted.
   */
  run(lang: Lang, source: string, settings: Settings): Promise<RunView> {
    const key = runKey(lang, source, settings);
    const same = this.records.find((r) => r.key === key && (!r.done || r.unclaimed));
    if (same) {
      same.unclaimed = false;
      // Handed out for good once it has ended: the client keeps no finished run.
      if (same.done) this.records = this.records.filter((r) => r !== same);
      return same.promise;
    }
    return this.start(lang, source, settings, false);
  }

  /** Starts a run the page will ask for later (a link's program, before the page has loaded). */
  prestart(lang: Lang, source: string, settings: Settings): Promise<RunView> {
    return this.start(lang, source, settings, true);
  }

  /**
   * Takes over runs the inline boot script already asked the language's first worker for (a link's
   * programs, with their fixed ids); the page's run() of the same programs then joins them.
   */
  adopt(runs: Extract<WorkerRequest, { type: 'run' }>[]): Promise<RunView>[] {
    return runs.map((r) => this.start(r.lang, r.source, r.settings, true, r.id));
  }

  private start(lang: Lang, source: string, settings: Settings, unclaimed: boolean, sentAs?: number): Promise<RunView> {
    const rec: RunRecord = { key: runKey(lang, source, settings), promise: null as unknown as Promise<RunView>, done: false, unclaimed };
    const ch = this.channel(this.runs, lang);
    const answer = sentAs === undefined ? ch.send({ type: 'run', lang, source, settings }) : ch.expect({ id: sentAs, type: 'run', lang, source, settings });
    rec.promise = answer
      .then((res) => {
        if (res.type === 'run') return res.view;
        throw new Error(res.type === 'error' ? res.message : 'unexpected reply');
      })
      .finally(() => {
        rec.done = true;
        if (!rec.unclaimed) this.records = this.records.filter((r) => r !== rec);
        this.settled();
      });
    // A prestarted run nobody claims must not surface as an unhandled rejection.
    rec.promise.catch(() => undefined);
    this.records.push(rec);
    return rec.promise;
  }

  private settled(): void {
    for (const f of this.settleWaiters.splice(0)) f();
  }

  /** Whether run() of this program would join a run (in flight, or started ahead and not yet handed out). */
  joinable(lang: Lang, source: string, settings: Settings): boolean {
    const key = runKey(lang, source, settings);
    return this.records.some((r) => r.key === key && (!r.done || r.unclaimed));
  }

  /** Terminates the running program's worker and starts a fresh one for the next run. */
  stop(): void {
    this.records = [];
    for (const c of this.runs.values()) {
      if (!c.busy) continue;
      c.kill();
      c.warm();
    }
  }

  /** Resolves when no run is in flight and every run worker started so far has loaded its engine. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.records.some((r) => !r.done)) await new Promise<void>((r) => this.settleWaiters.push(r));
      else {
        await Promise.all([...this.runs.values()].map((c) => c.ready()));
        if (!this.records.some((r) => !r.done)) return;
      }
    }
  }

  /** Diagnostics for the latest source; resolves null when a newer check superseded this one. */
  async check(lang: Lang, source: string): Promise<Diagnostic[] | null> {
    const seq = ++this.checkSeq;
    const ch = this.channel(this.checks, lang);
    // A check stuck on a pathological source must not block the next one forever.
    if (ch.busy) ch.kill();
    try {
      const res = await ch.send({ type: 'check', lang, source });
      if (seq !== this.checkSeq) return null;
      return res.type === 'check' ? res.diagnostics : [];
    } catch {
      return null;
    }
  }

  /** The program's profile file: a run of its own with call stacks recorded, on the run worker. */
  async profile(lang: Lang, source: string, settings: Settings): Promise<ProfileFile> {
    const res = await this.channel(this.runs, lang).send({ type: 'profile', lang, source, settings });
    if (res.type === 'profile') return res.file;
    throw new Error(res.type === 'error' ? res.message : 'unexpected reply');
  }

  /** The Go heap's memory map at the end of the program: a run of its own on the run worker. */
  async heapMap(lang: Lang, source: string, settings: Settings): Promise<HeapMap> {
    const res = await this.channel(this.runs, lang).send({ type: 'heapMap', lang, source, settings });
    if (res.type === 'heapMap') return res.map;
    throw new Error(res.type === 'error' ? res.message : 'unexpected reply');
  }

  get running(): boolean {
    for (const c of this.runs.values()) if (c.busy) return true;
    return false;
  }

  dispose(): void {
    this.records = [];
    for (const c of [...this.runs.values(), ...this.checks.values()]) c.kill();
  }
}
