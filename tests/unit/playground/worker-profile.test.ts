// The run worker's "profile" request: the program runs again with call stacks recorded and the
// answer is the run's file, Go's gzipped pprof heap profile or Rust's DHAT JSON, read back here.
import { describe, expect, it } from 'vitest';
import { runProgram } from '@/lib/runtime/run';
import { checkGo } from '@/lib/go/interp';
import { checkRust } from '@/lib/rust/interp';
import { DEFAULT_SETTINGS } from '@/lib/playground/settings';
import { handleRequest, type Engine } from '@/lib/playground/worker-core';
import { readProfile } from '@/lib/profile/read';
import { totals } from '@/lib/profile/model';

const engine: Engine = { run: (lang, src, opts) => runProgram(lang, src, opts), check: (lang, src) => (lang === 'go' ? checkGo(src) : checkRust(src)) };

const GO = 'package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tkeep = append(keep, make([]byte, 100))\n\t}\n}\n';
const RS = 'fn main() {\n    let v: Vec<u64> = Vec::with_capacity(100);\n    println!("{}", v.capacity());\n}\n';

describe('the worker\'s profile request', () => {
  it('answers a Go run as heap.pb.gz, transferred, with the run\'s allocations and stacks', () => {
    const { res, transfer } = handleRequest({ id: 3, type: 'profile', lang: 'go', source: GO, settings: DEFAULT_SETTINGS }, engine);
    expect(res.type).toBe('profile');
    if (res.type !== 'profile') return;
    expect(res.file.name).toBe('heap.pb.gz');
    expect(transfer).toEqual([res.file.bytes.buffer]);
    const { profile } = readProfile(res.file.bytes);
    expect(profile.format).toBe('pprof');
    const run = runProgram('go', GO);
    expect(totals(profile).allocBytes).toBe(run.stats.heapBytes);
    expect(profile.frames.map((f) => f.function)).toEqual(expect.arrayContaining(['main.main', 'runtime.main']));
  });

  it('answers a Rust run as DHAT JSON', () => {
    const { res } = handleRequest({ id: 4, type: 'profile', lang: 'rust', source: RS, settings: DEFAULT_SETTINGS }, engine);
    if (res.type !== 'profile') throw new Error(`unexpected ${res.type}`);
    expect(res.file.name).toBe('dhat-heap.json');
    const { profile } = readProfile(res.file.bytes);
    expect(profile.format).toBe('dhat');
    expect(totals(profile)).toMatchObject({ allocObjects: 2, allocBytes: 800 + 1024 });
  });

  it('reports a program that does not compile as an error', () => {
    const { res } = handleRequest({ id: 5, type: 'profile', lang: 'go', source: 'package main\nfunc main() { x }\n', settings: DEFAULT_SETTINGS }, engine);
    expect(res).toMatchObject({ id: 5, type: 'error' });
  });
});
