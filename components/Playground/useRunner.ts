'use client';
// Run, Stop and live diagnostics, through the worker. Runs A then (in compare mode) B; a newer
// run or Stop makes an older one's answer irrelevant.

import { useCallback, useEffect, useRef, useState } from 'react';
import { RunClient, StoppedError, WorkerCrashError, WorkerStartError } from '@/lib/playground/run-client';
import type { HeapMap } from '@/lib/go/heapmap';
import type { ProfileFile } from '@/lib/playground/protocol';
import { editedCode, type PgStoreApi } from './store';

export const CHECK_DELAY_MS = 350;

export interface Runner {
  run: () => void;
  stop: () => void;
  /** Program A's profile file (a run of its own with call stacks recorded). */
  profile: () => Promise<ProfileFile>;
  /** Program A's Go heap as a memory map when it ended (a run of its own). */
  heapMap: () => Promise<HeapMap>;
}

export function useRunner(api: PgStoreApi, makeClient: () => RunClient): Runner {
  const [client] = useState(makeClient);
  const seq = useRef(0);
  useEffect(() => () => client.dispose(), [client]);

  const run = useCallback(() => {
    const s = api.getState();
    // The same program already running (a link's first run, a double press) is joined, not restarted.
    if (client.running && !client.joinable(s.lang, s.code, s.settings)) client.stop();
    const my = ++seq.current;
    s.runStarted();
    void (async () => {
      try {
        const a = await client.run(s.lang, s.code, s.settings);
        if (my !== seq.current) return;
        const c = s.compare;
        const b = c ? await client.run(s.lang, c.mode === 'program' ? c.code : s.code, c.settings) : null;
        if (my !== seq.current) return;
        api.getState().runFinished(a, b);
      } catch (e) {
        if (my !== seq.current) return;
        if (e instanceof StoppedError) api.getState().runStopped();
        else if (e instanceof WorkerStartError || e instanceof WorkerCrashError) api.getState().runFailed(e.message, true);
        else api.getState().runFailed(`The simulator failed on this program: ${e instanceof Error ? e.message : String(e)}`, false);
      }
    })();
  }, [api, client]);

  const stop = useCallback(() => {
    if (!client.running) return;
    client.stop();
  }, [client]);

  // Diagnostics follow the edited code, debounced, on the check worker.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = '';
    const check = () => {
      const s = api.getState();
      const code = editedCode(s);
      const key = `${s.lang}\u0000${code}`;
      if (key === last) return;
      last = key;
      void client.check(s.lang, code).then((d) => {
        if (d && `${api.getState().lang}\u0000${editedCode(api.getState())}` === key) api.getState().setDiagnostics(d);
      });
    };
    // The first check waits for the run worker and the first run: on a cold load they come first.
    let open = false;
    void client.idle().then(() => {
      open = true;
      check();
    });
    const unsub = api.subscribe((s, prev) => {
      if (!open || (editedCode(s) === editedCode(prev) && s.lang === prev.lang)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(check, CHECK_DELAY_MS);
    });
    return () => {
      open = false;
      unsub();
      if (timer) clearTimeout(timer);
    };
  }, [api, client]);

  // Monaco comes after the first result, or once the worker is up and nothing waits on it.
  useEffect(() => {
    let alive = true;
    void client.idle().then(() => alive && api.getState().wantEditor());
    return () => {
      alive = false;
    };
  }, [api, client]);

  const profile = useCallback(() => {
    const s = api.getState();
    return client.profile(s.lang, s.code, s.settings);
  }, [api, client]);

  const heapMap = useCallback(() => {
    const s = api.getState();
    return client.heapMap(s.lang, s.code, s.settings);
  }, [api, client]);

  return { run, stop, profile, heapMap };
}
