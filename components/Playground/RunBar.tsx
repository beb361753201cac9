'use client';
// Run and Stop, and what the run is doing (a polite status line). When the simulator itself could
// not load, a Retry button stands beside the sentence that says so.

import { fmtTime } from '@/lib/playground/format';
import { usePg } from './context';
import type { Runner } from './useRunner';

function statusText(status: string, ms: number | null, failure: string | null): string {
  switch (status) {
    case 'running':
      return 'Running…';
    case 'done':
      return ms === null ? 'Done.' : `Done (the simulation took ${fmtTime(ms * 1e6)} of real time).`;
    case 'stopped':
      return 'Stopped. The program was ended; Run starts it afresh.';
    case 'failed':
      return failure ?? 'The run failed.';
    default:
      return 'Not run yet.';
  }
}

export function RunBar({ idBase, runner }: { idBase: string; runner: Runner }) {
  const status = usePg((s) => s.status);
  const failure = usePg((s) => s.failure);
  const retryable = usePg((s) => s.retryable && s.status === 'failed');
  const ranOnce = usePg((s) => s.ranOnce);
  const ms = usePg((s) => (s.runA ? s.runA.ms + (s.runB?.ms ?? 0) : null));
  const running = status === 'running';
  return (
    <div className="pg-runbar">
      <button type="button" id={`${idBase}-run`} onClick={runner.run} aria-keyshortcuts="Control+Enter Meta+Enter">
        {ranOnce ? 'Run again' : 'Run'}
      </button>
      <button type="button" className="secondary" onClick={runner.stop} disabled={!running}>
        Stop
      </button>
      <p className={`pg-status${status === 'failed' ? ' pg-bad' : ''}`} role="status">
        {statusText(status, ms, failure)}
      </p>
      {retryable && (
        <button type="button" className="secondary" onClick={runner.run}>
          Retry
        </button>
      )}
    </div>
  );
}
