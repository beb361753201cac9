import type { Metadata } from 'next';
import { ProfileViewer } from '@/components/ProfileViewer/lazy';

export const metadata: Metadata = {
  title: 'Profile viewer',
  description: 'Open a Go pprof heap profile, a DHAT profile or a massif file in the browser: flame graph, top functions, lines, and the difference from a base profile.',
};

export default function Profiles() {
  return (
    <>
      <h1>Profile viewer</h1>
      <p className="lead">
        Open a memory profile from your own program: a Go heap or allocs profile (<code>go tool pprof</code>’s format,
        gzipped or not), a DHAT profile (valgrind’s or dhat-rs’s JSON) or a massif file. It is read in this tab by a
        worker; nothing is uploaded.
      </p>
      <ProfileViewer />
    </>
  );
}
