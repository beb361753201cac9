'use client';
// Pick or drop a file, or open a sample. The file is read here and parsed in a worker; nothing is sent anywhere.
import { useId, useState } from 'react';
import { useViewer } from './context';
import { parseProfile } from './parse-client';

export const SAMPLES = [
  { href: '/profiles/go-allocs-sample.pb.gz', label: 'a Go allocs profile (pprof)' },
  { href: '/profiles/go-allocs-default-rate.pb.gz', label: 'the same Go program at the default sampling rate' },
  { href: '/profiles/rust-dhat-sample.json', label: 'a Rust program under DHAT' },
  { href: '/profiles/rust-massif-sample.out', label: 'the same program under massif' },
];

export function useLoad() {
  const setLoaded = useViewer((s) => s.setLoaded);
  const setLoading = useViewer((s) => s.setLoading);
  const setError = useViewer((s) => s.setError);
  return async (which: 'current' | 'base', name: string, bytes: ArrayBuffer) => {
    setLoading(which);
    const t0 = performance.now();
    try {
      const r = await parseProfile(name, bytes);
      setLoaded(which, { ...r, name, ms: performance.now() - t0 });
    } catch (e) {
      setError((e as Error).message);
    }
  };
}

export function FilePicker({ which, label }: { which: 'current' | 'base'; label: string }) {
  const id = useId();
  const load = useLoad();
  const loading = useViewer((s) => s.loading);
  const [over, setOver] = useState(false);
  const readFile = async (f: File | undefined) => f && load(which, f.name, await f.arrayBuffer());
  return (
    <div
      className={`pv-drop${over ? ' pv-drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void readFile(e.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".pb,.gz,.pprof,.json,.out,application/octet-stream,application/json,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
      <p className="pv-note">or drop it here. It is read in this browser tab; nothing is uploaded.{loading === which ? ' Reading…' : ''}</p>
    </div>
  );
}

export function Samples() {
  const load = useLoad();
  return (
    <p className="pv-samples">
      No profile at hand? Open{' '}
      {SAMPLES.map((s, i) => (
        <span key={s.href}>
          {i > 0 && (i === SAMPLES.length - 1 ? ' or ' : ', ')}
          <button type="button" className="pv-link" onClick={async () => load('current', s.href.split('/').pop()!, await (await fetch(s.href)).arrayBuffer())}>
            {s.label}
          </button>
        </span>
      ))}
      .
    </p>
  );
}
