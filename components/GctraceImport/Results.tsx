'use client';
// The parsed log's parts: lines that could not be read, the fitted workload with the replay's error
// on the observed settings, and the cycles as a table (the chart's twin).

import { markCpuUs, type GctraceCycle, type GctraceFit, type ReplayError } from '@/lib/go/gctrace-import';
import type { GctraceAnalysis } from './analyze';

const MiB = 2 ** 20;
const mib = (b: number) => `${(b / MiB).toFixed(1)} MiB`;
const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)}%`;
const ms = (us: number) => `${(us / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })} ms`;
export const MAX_CYCLE_ROWS = 500;

export function Unparsed({ result }: { result: GctraceAnalysis }) {
  return (
    <details className="gti-unparsed" open>
      <summary>
        {result.unparsedCount} line{result.unparsedCount === 1 ? '' : 's'} that look like GC output could not be read
      </summary>
      <ul>
        {result.unparsed.map((u) => (
          <li key={u.line}>
            Line {u.line}: <code>{u.text.length > 200 ? `${u.text.slice(0, 200)}…` : u.text}</code>
          </li>
        ))}
      </ul>
      {result.unparsedCount > result.unparsed.length && <p className="lab-note-small">and {result.unparsedCount - result.unparsed.length} more.</p>}
    </details>
  );
}

export function FitSummary({ fit, err }: { fit: GctraceFit; err: ReplayError }) {
  return (
    <div className="gti-fit">
      <h3>The workload fitted to the log</h3>
      <dl>
        <dt>Live heap (steady)</dt>
        <dd>{mib(fit.liveBytes)}</dd>
        <dt>Allocation rate</dt>
        <dd>{mib(fit.allocBytesPerSecond)}/s</dd>
        <dt>Roots scanned (stacks + globals)</dt>
        <dd>{mib(fit.stacksBytes + fit.globalsBytes)}</dd>
        <dt>Settings that explain the goals</dt>
        <dd>
          GOGC={String(fit.gcPercent)}, {fit.memoryLimit === null ? 'no memory limit' : `GOMEMLIMIT ≈ ${mib(fit.memoryLimit)}`}, GOMAXPROCS={fit.procs} (goals off by{' '}
          {(fit.goalError * 100).toFixed(1)}% on average)
        </dd>
        <dt>Replay on the observed settings</dt>
        <dd>
          {err.predicted.cycles} cycles for the log’s {err.observed.cycles} ({pct(err.cyclesError)}); peak heap {mib(err.predicted.peakHeapBytes)} for {mib(err.observed.peakHeapBytes)} (
          {pct(err.peakHeapError)})
        </dd>
      </dl>
    </div>
  );
}

function Row({ c }: { c: GctraceCycle }) {
  return (
    <tr>
      <td>{c.n}</td>
      <td>{c.line}</td>
      <td>{c.atSeconds.toFixed(3)} s</td>
      <td>{c.cpuPercent}%</td>
      <td>{ms(c.clockSweepTermUs + c.clockMarkUs + c.clockMarkTermUs)}</td>
      <td>{ms(markCpuUs(c) + c.cpuSweepTermUs + c.cpuMarkTermUs)}</td>
      <td>{c.heapStart / MiB} MB</td>
      <td>{c.heapEnd / MiB} MB</td>
      <td>{c.heapMarked / MiB} MB</td>
      <td>{c.goal / MiB} MB</td>
      <td>{c.forced ? 'yes' : 'no'}</td>
    </tr>
  );
}

export function CycleList({ cycles }: { cycles: GctraceCycle[] }) {
  const rows = cycles.slice(0, MAX_CYCLE_ROWS);
  return (
    <details className="gcl-data">
      <summary>The log’s cycles as a table</summary>
      <div className="gcl-table-scroll" tabIndex={0} role="region" aria-label="Cycles read from the log">
        <table>
          <caption>{cycles.length.toLocaleString('en-US')} cycles read from the log</caption>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Line</th>
              <th scope="col">At</th>
              <th scope="col">GC CPU so far</th>
              <th scope="col">Wall time</th>
              <th scope="col">CPU time</th>
              <th scope="col">Heap at start</th>
              <th scope="col">At end</th>
              <th scope="col">Marked</th>
              <th scope="col">Goal</th>
              <th scope="col">Forced</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <Row key={c.line} c={c} />
            ))}
          </tbody>
        </table>
        {cycles.length > rows.length && <p className="lab-note-small">Showing the first {rows.length} of {cycles.length.toLocaleString('en-US')} cycles.</p>}
      </div>
    </details>
  );
}
