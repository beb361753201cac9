import { describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '@/lib/playground/protocol';
import { RunClient, StoppedError, WorkerCrashError, WorkerStartError, type WorkerLike } from '@/lib/playground/run-client';
import type { Lang } from '@/lib/playground/settings';
import { BUDGETS, DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { handleRequest, linkRuns, serveEngine, transferables } from '@/lib/playground/worker-core';
import { LINK_A_ID, LINK_B_ID } from '@/lib/playground/protocol';
import { encodeShare } from '@/lib/playground/share';
import { fakeEngine } from './fake-engine';

describe('the worker core', () => {
  it('runs with the settings as RunOptions and returns the views with their buffers to transfer', () => {
    const run = vi.spyOn(fakeEngine, 'run');
    const { res, transfer } = handleRequest({ id: 7, type: 'run', lang: 'go', source: 'alloc(64)\ngc\nalloc(8)', settings: { gogc: 'off', memlimitMiB: 8, gomaxprocs: 4 } }, fakeEngine);
    expect(run).toHaveBeenCalledWith('go', 'alloc(64)\ngc\nalloc(8)', { gogc: 'off', memlimit: 8 << 20, gomaxprocs: 4, ...BUDGETS });
    expect(res.type).toBe('run');
    if (res.type !== 'run') return;
    expect(res.id).toBe(7);
    expect([...res.view.live]).toEqual([64, 64, 0, 0, 8]);
    expect([...res.view.gcIndex]).toEqual([1]);
    expect(res.view.lines.map((l) => l.line)).toEqual([1, 3]);
    expect(transfer).toEqual(transferables(res.view));
    expect(transfer).toContain(res.view.result.trace.kind.buffer);
    expect(new Set(transfer).size).toBe(transfer.length);
    run.mockRestore();
  });

  it('clips a flood of output and reports engine exceptions as errors', () => {
    const flood = Array.from({ length: 20_000 }, () => 'print(0123456789)').join('\n');
    const { res } = handleRequest({ id: 1, type: 'run', lang: 'go', source: flood, settings: DEFAULT_SETTINGS }, fakeEngine);
    expect(res.type === 'run' && res.view.clipped).toBe(true);
    expect(res.type === 'run' && res.view.result.stdout.length).toBeLessThan(70_000);
    const broken = { ...fakeEngine, check: () => { throw new Error('boom'); } };
    expect(handleRequest({ id: 2, type: 'check', lang: 'rust', source: '' }, broken).res).toEqual({ id: 2, type: 'error', message: 'boom' });
  });
});

/** A worker whose answers the test releases by hand (or never). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  inbox: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: WorkerRequest) {
    this.inbox.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer() {
    const m = this.inbox.shift()!;
    this.onmessage?.({ data: handleRequest(m, fakeEngine).res } as MessageEvent<WorkerResponse>);
  }
  ready() {
    this.onmessage?.({ data: { id: 0, type: 'ready' } } as MessageEvent<WorkerResponse>);
  }
  fail(message = 'Uncaught NetworkError: Failed to execute importScripts') {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

function client() {
  const made: (FakeWorker & { lang: Lang })[] = [];
  const c = new RunClient((lang) => {
    const w = Object.assign(new FakeWorker(), { lang });
    made.push(w);
    return w;
  });
  return { c, made };
}

describe('RunClient under real use', () => {
  it('ignores what a replaced worker reports: a stopped worker\'s aborted import never fails the next run', async () => {
    const { c, made } = client();
    const first = c.run('go', 'alloc(1)', DEFAULT_SETTINGS);
    c.stop();
    await expect(first).rejects.toBeInstanceOf(StoppedError);
    const next = c.run('go', 'alloc(2)', DEFAULT_SETTINGS);
    // The terminated worker still reports the import it was in the middle of (what Chromium does).
    made[0].fail();
    made[1].answer();
    expect((await next).result.stats.heapBytes).toBe(2);
    expect(made[1].terminated).toBe(false);
  });

  it('joins a run of the same program instead of restarting it, and hands a prestarted run out once', async () => {
    const { c, made } = client();
    const pre = c.prestart('rust', 'alloc(3)', DEFAULT_SETTINGS);
    made[0].answer();
    await pre;
    // Finished before anyone asked: the first run() gets it without a second request.
    expect(await c.run('rust', 'alloc(3)', DEFAULT_SETTINGS)).toBe(await pre);
    const again = c.run('rust', 'alloc(3)', DEFAULT_SETTINGS);
    expect(made[0].inbox).toHaveLength(1);
    expect(c.joinable('rust', 'alloc(3)', DEFAULT_SETTINGS)).toBe(true);
    const joined = c.run('rust', 'alloc(3)', DEFAULT_SETTINGS);
    expect(joined).toBe(again);
    expect(made[0].inbox).toHaveLength(1);
    made[0].answer();
    expect((await joined).result.stats.heapBytes).toBe(3);
  });

  it('gives each language its own workers', () => {
    const { c, made } = client();
    c.warm('go');
    void c.run('rust', 'alloc(1)', DEFAULT_SETTINGS);
    void c.check('rust', 'x');
    expect(made.map((w) => w.lang)).toEqual(['go', 'rust', 'rust']);
    expect(made[0].inbox).toHaveLength(0);
  });

  it('starts a worker that failed to load once more, with the run it held', async () => {
    const { c, made } = client();
    const p = c.run('go', 'alloc(5)', DEFAULT_SETTINGS);
    made[0].fail();
    expect(made[0].terminated).toBe(true);
    expect(made).toHaveLength(2);
    expect(made[1].inbox.map((m) => m.type)).toEqual(['run']);
    made[1].answer();
    expect((await p).result.stats.heapBytes).toBe(5);
  });

  it('fails with a plain sentence after the second failed start, and the next run tries afresh', async () => {
    const { c, made } = client();
    const p = c.run('go', 'alloc(5)', DEFAULT_SETTINGS);
    made[0].fail();
    made[1].fail();
    await expect(p).rejects.toBeInstanceOf(WorkerStartError);
    await expect(p).rejects.toThrow(/^The simulator could not be loaded/);
    expect(made).toHaveLength(2);
    const retry = c.run('go', 'alloc(6)', DEFAULT_SETTINGS);
    expect(made).toHaveLength(3);
    made[2].answer();
    expect((await retry).result.stats.heapBytes).toBe(6);
  });

  it('reports a worker that dies after it started as a crash, not a start failure', async () => {
    const { c, made } = client();
    const p = c.run('go', 'alloc(5)', DEFAULT_SETTINGS);
    made[0].ready();
    made[0].fail('out of memory');
    await expect(p).rejects.toBeInstanceOf(WorkerCrashError);
    expect(made).toHaveLength(1);
  });

  it('is idle once the worker is ready and the first run has ended', async () => {
    const { c, made } = client();
    let idle = false;
    void c.idle().then(() => (idle = true));
    const p = c.run('go', 'alloc(1)', DEFAULT_SETTINGS);
    made[0].ready();
    await Promise.resolve();
    await Promise.resolve();
    expect(idle).toBe(false);
    made[0].answer();
    await p;
    await new Promise((r) => setTimeout(r, 0));
    expect(idle).toBe(true);
  });
});

describe('RunClient', () => {
  it('runs on one worker, checks on another, and Stop terminates only the run worker', async () => {
    const made: FakeWorker[] = [];
    const c = new RunClient(() => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    });
    const p = c.run('go', 'alloc(1)\nforever', DEFAULT_SETTINGS);
    const check = c.check('go', 'syntax error here');
    expect(made).toHaveLength(2);
    made[1].answer();
    expect(await check).toEqual([expect.objectContaining({ line: 1, column: 8, message: 'expected expression' })]);
    expect(c.running).toBe(true);
    c.stop();
    await expect(p).rejects.toBeInstanceOf(StoppedError);
    expect(made[0].terminated).toBe(true);
    expect(made[1].terminated).toBe(false);
    expect(made).toHaveLength(3); // a fresh run worker, started at once
    const again = c.run('go', 'alloc(2)', DEFAULT_SETTINGS);
    expect(made).toHaveLength(3);
    made[2].answer();
    expect((await again).result.stats.heapBytes).toBe(2);
  });

  it('drops a superseded check', async () => {
    const made: FakeWorker[] = [];
    const c = new RunClient(() => {
      const w = new FakeWorker();
      made.push(w);
      return w;
    });
    const first = c.check('go', 'a');
    const second = c.check('go', 'b');
    expect(await first).toBeNull();
    made[made.length - 1].answer();
    expect(await second).toEqual([]);
  });
});

describe('the worker serving a language', () => {
  const scope = () => {
    const sent: WorkerResponse[] = [];
    const s = { onmessage: null as ((e: MessageEvent) => void) | null, postMessage: (m: unknown) => void sent.push(m as WorkerResponse) };
    return { s, sent };
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('says it is ready, then runs a link it is handed as runs A and B with the fixed ids, in order', async () => {
    const { s, sent } = scope();
    serveEngine(s, 'go', fakeEngine);
    expect(sent).toEqual([{ id: 0, type: 'ready' }]);
    const hash = await encodeShare({ v: 1, a: { lang: 'go', code: 'alloc(7)', settings: DEFAULT_SETTINGS }, b: { lang: 'go', code: 'alloc(9)', settings: DEFAULT_SETTINGS } });
    s.onmessage!({ data: { type: 'link', hash } } as MessageEvent);
    // A request sent after the link is answered after the link's runs.
    s.onmessage!({ data: { id: 5, type: 'check', lang: 'go', source: 'x' } } as MessageEvent);
    await settle();
    expect(sent.slice(1).map((m) => m.id)).toEqual([LINK_A_ID, LINK_B_ID, 5]);
    const [a, b] = sent.slice(1) as Extract<WorkerResponse, { type: 'run' }>[];
    expect([a.view.result.stats.heapBytes, b.view.result.stats.heapBytes]).toEqual([7, 9]);
  });

  it('runs nothing for a link in another language, or a broken one', async () => {
    expect(await linkRuns(await encodeShare({ v: 1, a: { lang: 'rust', code: 'alloc(1)', settings: DEFAULT_SETTINGS } }), 'go')).toEqual([]);
    expect(await linkRuns('#v=1&z=AAAA', 'go')).toEqual([]);
    expect(await linkRuns('#v=1&z=%3Cscript%3E', 'rust')).toEqual([]);
  });
});
