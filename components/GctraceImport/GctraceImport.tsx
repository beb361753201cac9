'use client';
// Paste, drop or open a GODEBUG=gctrace=1 log: its cycles, the lines that could not be read, the
// workload fitted to it and the replay under other GOGC / GOMEMLIMIT / GOMAXPROCS values, drawn over
// the observation. Parsing, fitting and replaying run in a worker; nothing is uploaded.

import { useEffect, useId, useRef, useState } from 'react';
import { REPLAY_SIMPLIFICATIONS, type ReplaySettings } from '@/lib/go/gctrace-import';
import { GogcSlider, MemLimitField } from '@/components/GcLab/GcKnobs';
import type { Gogc } from '@/lib/gclab/state';
import type { GctraceAnalysis } from './analyze';
import { analyzeInWorker } from './client';
import { CycleList, FitSummary, Unparsed } from './Results';
import { ReplayChart } from './ReplayChart';
import './GctraceImport.css';

export const GCTRACE_SAMPLES = [
  { file: 'gogc100-p1.log', label: 'GOGC=100, GOMAXPROCS=1 (Go 1.23.5)' },
  { file: 'memlimit24m-p1.log', label: 'GOMEMLIMIT=24MiB, GOMAXPROCS=1 (Go 1.23.5)' },
  { file: 'mixed-p2.log', label: 'Program output mixed in, forced cycles, GOMAXPROCS=2 (Go 1.23.5)' },
];

const MiB = 2 ** 20;

export interface WhatIf {
  gogc: Gogc | null;
  memLimitMiB: number | null;
  gomaxprocs: number | null;
}

const toReplay = (w: WhatIf, on: boolean): ReplaySettings =>
  on ? { gcPercent: w.gogc ?? undefined, memoryLimit: w.memLimitMiB === null ? null : w.memLimitMiB * MiB, gomaxprocs: w.gomaxprocs ?? undefined } : {};

export default function GctraceImport({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const id = useId().replace(/:/g, '');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [whatOn, setWhatOn] = useState(false);
  const [what, setWhat] = useState<WhatIf>({ gogc: 200, memLimitMiB: null, gomaxprocs: null });
  const [analysis, setResult] = useState<GctraceAnalysis | null>(null);
  const [failure, setError] = useState<string | null>(null);
  const empty = text.trim() === '';
  // An emptied box shows nothing, whatever the last analysis said.
  const result = empty ? null : analysis;
  const error = empty ? null : failure;
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (text.trim() === '') return;
    timer.current = setTimeout(() => {
      setBusy(true);
      analyzeInWorker(text, toReplay(what, whatOn)).then(
        (r) => {
          setResult(r);
          setError(null);
          setBusy(false);
        },
        (e: Error) => {
          setError(e.message);
          setResult(null);
          setBusy(false);
        },
      );
    }, 250);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [text, what, whatOn]);

  const readFile = (f: File | undefined) => {
    if (!f) return;
    f.text().then(
      (t) => {
        setSource(f.name);
        setText(t);
      },
      () => setError(`${f.name} could not be read`),
    );
  };
  const loadSample = (file: string) => {
    if (!file) return;
    fetch(`/gctrace/${file}`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then(
        (t) => {
          setSource(file);
          setText(t);
        },
        () => setError(`the sample ${file} could not be loaded`),
      );
  };

  const status = busy ? 'Reading the log…' : result ? summaryLine(result, source) : '';
  return (
    <section className="lab gti" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="lab-title">
        Replay your gctrace
      </Heading>
      <p>
        Run your program with <code>GODEBUG=gctrace=1</code> and paste what it printed to standard error, drop the file
        here or open it. Lines from Go 1.5 to 1.23 are read in this tab; nothing is uploaded. Program output in between
        is skipped, and any line that looks like the GC’s but could not be read is listed.
      </p>
      <div className="lab-field">
        <label htmlFor={`${id}-log`}>gctrace log</label>
        <textarea
          id={`${id}-log`}
          className="gti-log"
          rows={8}
          spellCheck={false}
          value={text}
          placeholder="gc 1 @0.012s 2%: 0.015+1.2+0.004 ms clock, …"
          onChange={(e) => {
            setSource('');
            setText(e.target.value);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            if (e.dataTransfer.files.length === 0) return;
            e.preventDefault();
            readFile(e.dataTransfer.files[0]);
          }}
        />
      </div>
      <div className="gti-sources">
        <div className="lab-field">
          <label htmlFor={`${id}-file`}>Open a log file</label>
          <input id={`${id}-file`} type="file" accept=".log,.txt,text/plain" onChange={(e) => readFile(e.target.files?.[0])} />
        </div>
        <div className="lab-field">
          <label htmlFor={`${id}-sample`}>Or load a sample</label>
          <select id={`${id}-sample`} value="" onChange={(e) => loadSample(e.target.value)}>
            <option value="">Choose a real Go 1.23 log…</option>
            {GCTRACE_SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="gti-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="gcl-bad">
          {error}
        </p>
      )}
      {result && result.unparsedCount > 0 && <Unparsed result={result} />}
      {result && result.fit && result.observedReplay && (
        <>
          <FitSummary fit={result.fit} err={result.observedReplay} />
          <fieldset className="gti-whatif">
            <legend>What if</legend>
            <label className="gcl-check" htmlFor={`${id}-won`}>
              <input id={`${id}-won`} type="checkbox" checked={whatOn} onChange={(e) => setWhatOn(e.target.checked)} /> Replay under other settings
            </label>
            <GogcSlider id={`${id}-wgogc`} value={what.gogc} disabled={!whatOn} onChange={(gogc) => setWhat({ ...what, gogc })} />
            <MemLimitField id={`${id}-wlim`} value={what.memLimitMiB} disabled={!whatOn} onChange={(memLimitMiB) => setWhat({ ...what, memLimitMiB })} />
            <div className="lab-field">
              <label htmlFor={`${id}-wp`}>GOMAXPROCS</label>
              <select id={`${id}-wp`} disabled={!whatOn} value={what.gomaxprocs ?? ''} onChange={(e) => setWhat({ ...what, gomaxprocs: e.target.value ? Number(e.target.value) : null })}>
                <option value="">as observed ({result.fit.procs})</option>
                {[1, 2, 4, 8].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <WhatIfResult result={result} />
          <figure className="gti-figure">
            <ReplayChart
              observed={result.cycles}
              fitted={result.observedCurve}
              whatif={result.whatif}
              label={`Heap over time: the log's ${result.cycles.length} cycles, the replay under the observed settings${result.whatif ? ' and under the what-if settings' : ''}.`}
            />
            <figcaption>
              <ul className="gcl-legend">
                <li>
                  <svg width="24" height="10" aria-hidden="true" focusable="false">
                    <line x1="0" y1="5" x2="24" y2="5" className="gti-series gti-observed" />
                  </svg>{' '}
                  Observed (a dot at each cycle start)
                </li>
                <li>
                  <svg width="24" height="10" aria-hidden="true" focusable="false">
                    <line x1="0" y1="5" x2="24" y2="5" className="gti-series gti-fitted" />
                  </svg>{' '}
                  Replay, observed settings
                </li>
                {result.whatif && (
                  <li>
                    <svg width="24" height="10" aria-hidden="true" focusable="false">
                      <line x1="0" y1="5" x2="24" y2="5" className="gti-series gti-whatif" />
                    </svg>{' '}
                    Replay, what-if settings
                  </li>
                )}
              </ul>
            </figcaption>
          </figure>
        </>
      )}
      {result && result.cycles.length > 0 && <CycleList cycles={result.cycles} />}
      <aside className="lab-notes" aria-labelledby={`${id}-notes`}>
        <h3 id={`${id}-notes`}>What the replay leaves out</h3>
        <ul>
          {REPLAY_SIMPLIFICATIONS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </aside>
    </section>
  );
}

function summaryLine(r: GctraceAnalysis, source: string): string {
  const parts = [`${r.cycles.length.toLocaleString('en-US')} GC cycle${r.cycles.length === 1 ? '' : 's'} read from ${r.totalLines.toLocaleString('en-US')} lines${source ? ` of ${source}` : ''}`];
  if (r.runtimeLines) parts.push(`${r.runtimeLines} scavenger or runtime line${r.runtimeLines === 1 ? '' : 's'}`);
  if (r.ignoredLines) parts.push(`${r.ignoredLines.toLocaleString('en-US')} line${r.ignoredLines === 1 ? '' : 's'} of program output skipped`);
  if (r.unparsedCount) parts.push(`${r.unparsedCount} line${r.unparsedCount === 1 ? '' : 's'} could not be read (listed below)`);
  if (r.cycles.length === 0) parts.push('no gctrace line found: is this the program’s standard error with GODEBUG=gctrace=1?');
  return `${parts.join('; ')}.`;
}

function WhatIfResult({ result }: { result: GctraceAnalysis }) {
  const o = result.observedCurve;
  const w = result.whatif;
  if (!o || !w) return null;
  const row = (label: string, a: string, b: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{a}</td>
      <td>{b}</td>
    </tr>
  );
  const set = (s: typeof o.settings) => `GOGC=${s.gcPercent}, ${s.memoryLimit === null ? 'no limit' : `${Math.round(s.memoryLimit / MiB)} MiB limit`}, GOMAXPROCS=${s.gomaxprocs}`;
  return (
    <table className="gti-compare">
      <caption>Replay under the observed settings and under the what-if settings</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Observed settings ({set(o.settings)})</th>
          <th scope="col">What if ({set(w.settings)})</th>
        </tr>
      </thead>
      <tbody>
        {row('GC cycles', o.gcCycles.toLocaleString('en-US'), w.gcCycles.toLocaleString('en-US'))}
        {row('Peak heap', `${(o.peakHeapBytes / MiB).toFixed(1)} MiB`, `${(w.peakHeapBytes / MiB).toFixed(1)} MiB`)}
        {row('GC CPU share', `${(o.gcCpuFraction * 100).toFixed(1)}%`, `${(w.gcCpuFraction * 100).toFixed(1)}%`)}
      </tbody>
    </table>
  );
}
