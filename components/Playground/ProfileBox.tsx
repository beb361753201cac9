'use client';
// The run as a real profile: "Profile" runs the program again with call stacks recorded (the plain
// run records none, so it stays fast) and offers the file, Go's pprof heap profile or Rust's DHAT
// JSON, to open in the profile viewer or to download for `go tool pprof` / DHAT's viewer.

import { useEffect, useState, type MouseEvent } from 'react';
import type { ProfileFile } from '@/lib/playground/protocol';
import { handOffProfile } from '../ProfileViewer/handoff';
import { usePg } from './context';
import type { Runner } from './useRunner';

type State = ({ k: 'idle' } | { k: 'making' } | { k: 'ready'; file: ProfileFile; url: string } | { k: 'failed'; message: string }) & { run?: unknown };

export function ProfileBox({ runner }: { runner: Runner }) {
  const runA = usePg((s) => s.runA);
  const lang = usePg((s) => s.lang);
  const [state, setSt] = useState<State>({ k: 'idle' });
  useEffect(() => () => void (state.k === 'ready' && URL.revokeObjectURL(state.url)), [state]);
  if (!runA || runA.result.exitCode === 1) return null;
  // A new run makes the old profile stale.
  const st: State = state.run === runA ? state : { k: 'idle' };
  const make = async () => {
    const run = runA;
    setSt({ k: 'making', run });
    try {
      const file = await runner.profile();
      setSt({ k: 'ready', file, url: URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime })), run });
    } catch (e) {
      setSt({ k: 'failed', message: `The profile could not be made: ${e instanceof Error ? e.message : String(e)}`, run });
    }
  };
  // The link navigates as links do; the file goes ahead of it in this tab's sessionStorage.
  const open = (e: MouseEvent, file: ProfileFile) => {
    if (handOffProfile(file.name, file.bytes)) return;
    e.preventDefault();
    setSt({ k: 'failed', message: 'This profile is too large to hand to the viewer in this tab: download it and open it on the profile viewer page.', run: runA });
  };
  const what = lang === 'go' ? 'a pprof heap profile, every allocation recorded (MemProfileRate=1)' : 'a DHAT heap profile (valgrind’s JSON)';
  return (
    <div className="pg-profile" role="group" aria-label="Profile of this run">
      {st.k !== 'ready' && (
        <button type="button" className="secondary" onClick={make} disabled={st.k === 'making'}>
          Profile
        </button>
      )}
      {st.k === 'ready' && (
        <>
          <a href="/profiles/" className="pg-profile-open" onClick={(e) => open(e, st.file)}>
            Open profile
          </a>
          <a href={st.url} download={st.file.name}>
            Download profile ({st.file.name})
          </a>
        </>
      )}
      <p className="pg-note" role="status">
        {st.k === 'idle' && `Save this run as ${what}.`}
        {st.k === 'making' && 'Running again with call stacks recorded…'}
        {st.k === 'ready' && `${st.file.name}: ${st.file.allocs.toLocaleString('en-US')} allocations with their call stacks.`}
        {st.k === 'failed' && st.message}
      </p>
    </div>
  );
}
