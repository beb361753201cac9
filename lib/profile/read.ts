// Any profile file → the shared model: sniffs the format (gzip or raw pprof, DHAT JSON, massif text)
// and applies the size budgets before parsing anything.

import { readDhat } from './dhat';
import { LIMITS, ProfileError } from './errors';
import { gunzipBounded, gunzipNative, isGzip } from './gzip';
import { massifProfile, parseMassif, type Massif } from './massif';
import type { Profile } from './model';
import { readPprof } from './pprof';

export interface ReadResult {
  profile: Profile;
  /** massif's snapshots, for the heap-over-time view. */
  massif?: Massif;
}

export function readProfile(data: Uint8Array): ReadResult {
  checkFileSize(data);
  return readInflated(isGzip(data) ? gunzipBounded(data) : data);
}

/** readProfile with gzip undone by the platform's native inflater where there is one (the worker's way). */
export async function readProfileAsync(data: Uint8Array): Promise<ReadResult> {
  checkFileSize(data);
  if (!isGzip(data)) return readInflated(data);
  return readInflated((await gunzipNative(data)) ?? gunzipBounded(data));
}

function checkFileSize(data: Uint8Array): void {
  if (data.length === 0) throw new ProfileError('the file is empty');
  if (data.length > LIMITS.fileBytes) throw new ProfileError(`the file is ${(data.length / 2 ** 20).toFixed(0)} MiB, over the ${LIMITS.fileBytes >> 20} MiB limit`);
}

function readInflated(bytes: Uint8Array): ReadResult {
  const first = bytes.slice(0, 64);
  const head = new TextDecoder('utf-8', { fatal: false }).decode(first).trimStart();
  if (head.startsWith('{')) return { profile: readDhat(new TextDecoder().decode(bytes)) };
  if (/^(desc|cmd|time_unit):/.test(head)) {
    const m = parseMassif(new TextDecoder().decode(bytes));
    return { profile: massifProfile(m), massif: m };
  }
  if (/^(heap profile|--- memprofile|goroutine profile)/i.test(head)) throw new ProfileError('this is a Go profile in the legacy text format (debug=1); write it with debug=0 (the default) to get profile.proto');
  // Text that is none of the above: profile.proto is binary, so say what was expected.
  if (first.length > 0 && first.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127))) throw new ProfileError('this is plain text, not a profile: expected a pprof profile (binary, usually .pb.gz), DHAT JSON or a massif file');
  return { profile: readPprof(bytes) };
}
