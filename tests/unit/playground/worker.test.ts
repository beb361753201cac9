import { describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '@/lib/playground/protocol';
import { RunClient, StoppedError, type WorkerLike } from '@/lib/playground/run-client';
import { BUDGETS, DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { handleRequest, transferables } from '@/lib/playground/worker-core';
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
}

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
