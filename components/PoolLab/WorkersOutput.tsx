'use client';
// The worker-pool view: lib/go/workerpool.ts for both kinds (memoised), three charts, totals with the Rust
// threads beside them, and the samples as a table.

import { useMemo, useState } from 'react';
import { simulateWorkerPool, startingStackSize, type WorkerPoolResult, type WorkerPoolSample } from '@/lib/go/workerpool';
import { defaultMinStack, simulateRustThreads } from '@/lib/rust/threads';
import { LineSwatch } from './BytesChart';
import { fmtBytes, fmtInt } from './format';
import { SeriesChart } from './SeriesChart';
import { workerWorkloadOf, type PoolLabState } from '@/lib/poollab/state';

function useWorkerRuns(lab: PoolLabState): { bounded: WorkerPoolResult; unbounded: WorkerPoolResult } | { error: string } {
  return useMemo(() => {
    try {
      const w = workerWorkloadOf(lab);
      return { bounded: simulateWorkerPool(w, 'bounded'), unbounded: simulateWorkerPool(w, 'unbounded') };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [lab]);
}

const goroutines = (s: WorkerPoolSample) => s.goroutines;
const queue = (s: WorkerPoolSample) => s.queue;
const heap = (s: WorkerPoolSample) => s.liveHeap;

export function WorkersOutput({ lab }: { lab: PoolLabState }) {
  const runs = useWorkerRuns(lab);
  if ('error' in runs) return <p className="pl-error">These settings can’t be simulated: {runs.error}</p>;
  const { bounded: b, unbounded: u } = runs;
  const rw = { requests: lab.requests, perReq: lab.perReq, size: lab.size, workers: lab.workers };
  const rPer = simulateRustThreads(rw, 'perRequest');
  const rPool = simulateRustThreads(rw, 'pool');
  const what = `${fmtInt(lab.requests)} requests, ${lab.workers} workers, capacity ${lab.capacity}`;
  return (
    <div>
      <p className="pl-summary" role="status">
        Bounded: at most {fmtInt(b.peakGoroutines)} goroutines and {fmtBytes(b.peakLiveHeap)} live. A goroutine per request: at most{' '}
        {fmtInt(u.peakGoroutines)} goroutines and {fmtBytes(u.peakLiveHeap)} live.
      </p>
      <ul className="pl-legend">
        <li>
          <LineSwatch which="pool" /> {lab.workers} workers, channel capacity {lab.capacity}
        </li>
        <li>
          <LineSwatch which="none" /> a goroutine per request
        </li>
      </ul>
      <figure className="pl-figure">
        <figcaption className="pl-chart-title">Goroutines alive</figcaption>
        <SeriesChart bounded={b.samples} unbounded={u.samples} value={goroutines} format={fmtInt} label={`Lines: goroutines alive over scheduler steps, ${what}: at most ${fmtInt(b.peakGoroutines)} bounded, ${fmtInt(u.peakGoroutines)} unbounded.`} />
      </figure>
      <figure className="pl-figure">
        <figcaption className="pl-chart-title">Requests waiting in the channel (bounded)</figcaption>
        <SeriesChart bounded={b.samples} unbounded={null} value={queue} format={fmtInt} label={`Line: requests queued in the channel over scheduler steps, at most ${fmtInt(b.peakQueue)}.`} />
      </figure>
      <figure className="pl-figure">
        <figcaption className="pl-chart-title">Live heap: request buffers and g structs</figcaption>
        <SeriesChart bounded={b.samples} unbounded={u.samples} value={heap} format={fmtBytes} label={`Lines: live heap over scheduler steps: at most ${fmtBytes(b.peakLiveHeap)} bounded, ${fmtBytes(u.peakLiveHeap)} unbounded.`} />
      </figure>
      <div className="pl-table-scroll" tabIndex={0} role="region" aria-label="Worker totals table">
        <table>
          <caption>Worker totals</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Go, {lab.workers} workers</th>
              <th scope="col">Go, goroutine per request</th>
              <th scope="col">Rust, {lab.workers} threads + sync_channel</th>
              <th scope="col">Rust, thread per request</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Most alive at once</th>
              <td>{fmtInt(b.peakGoroutines)} goroutines</td>
              <td>{fmtInt(u.peakGoroutines)} goroutines</td>
              <td>{fmtInt(rPool.threads)} threads</td>
              <td>up to {fmtInt(rPer.threads)} threads (the OS decides)</td>
            </tr>
            <tr>
              <th scope="row">Requests in flight at most</th>
              <td>{fmtInt(b.peakHandling)}</td>
              <td>{fmtInt(u.peakHandling)}</td>
              <td>{fmtInt(Math.min(lab.workers, lab.requests))}</td>
              <td>–</td>
            </tr>
            <tr>
              <th scope="row">Most queued</th>
              <td>{fmtInt(b.peakQueue)}</td>
              <td>–</td>
              <td>up to {fmtInt(lab.capacity)}</td>
              <td>–</td>
            </tr>
            <tr>
              <th scope="row">Peak live heap</th>
              <td>{fmtBytes(b.peakLiveHeap)}</td>
              <td>{fmtBytes(u.peakLiveHeap)}</td>
              <td>–</td>
              <td>–</td>
            </tr>
            <tr>
              <th scope="row">Stacks (not heap)</th>
              <td>{fmtBytes(b.peakStackBytes)} at {fmtBytes(startingStackSize)} each</td>
              <td>{fmtBytes(u.peakStackBytes)} at {fmtBytes(startingStackSize)} each</td>
              <td>{fmtBytes(rPool.stackBytes)} mapped, {fmtBytes(defaultMinStack)} each</td>
              <td>up to {fmtBytes(rPer.stackBytes)} mapped</td>
            </tr>
            <tr>
              <th scope="row">Heap allocations</th>
              <td>{fmtInt(b.mallocs)}</td>
              <td>{fmtInt(u.mallocs)}</td>
              <td>at least {fmtInt(rPool.allocs)}</td>
              <td>{fmtInt(rPer.allocs)}</td>
            </tr>
            <tr>
              <th scope="row">Bytes allocated</th>
              <td>{fmtBytes(b.totalAlloc)}</td>
              <td>{fmtBytes(u.totalAlloc)}</td>
              <td>at least {fmtBytes(rPool.bytes)}</td>
              <td>{fmtBytes(rPer.bytes)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <SamplesTable bounded={b.samples} unbounded={u.samples} />
    </div>
  );
}

function SamplesTable({ bounded, unbounded }: { bounded: WorkerPoolSample[]; unbounded: WorkerPoolSample[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="pl-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show the data tables</summary>
      {open &&
        ([
          ['Bounded pool over time', bounded],
          ['Goroutine per request over time', unbounded],
        ] as const).map(([name, rows]) => (
          <div key={name} className="pl-table-scroll" tabIndex={0} role="region" aria-label={`${name} table`}>
            <table>
              <caption>{name} (the charts’ points)</caption>
              <thead>
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Goroutines</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Live heap</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s, i) => (
                  <tr key={i}>
                    <th scope="row">{fmtInt(s.step)}</th>
                    <td>{fmtInt(s.goroutines)}</td>
                    <td>{fmtInt(s.queue)}</td>
                    <td>{fmtBytes(s.liveHeap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </details>
  );
}
