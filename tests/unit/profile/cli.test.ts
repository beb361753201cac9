// `npm run -s profile -- --read FILE --json`: the command-line entry the issue asks for, on the real
// fixtures, and its refusal of a file that is not a profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPprof } from '@/lib/profile/pprof';
import { readDhat } from '@/lib/profile/dhat';
import { totals } from '@/lib/profile/model';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'profile.mts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('profile CLI', () => {
  it('prints the totals and the top sites of a real Go allocs profile as JSON', () => {
    const r = cli('--read', 'tests/fixtures/profiles/go-allocs-rate1.pb.gz', '--json', '--top', '3');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.format).toBe('pprof');
    expect(j.totals).toEqual({ allocObjects: 10941, allocBytes: 23464344, inuseObjects: 5003, inuseBytes: 733136 });
    expect(j.top.map((t: { function: string }) => t.function)).toEqual(['main.bigScratch', 'main.makeBuffers', 'main.makeRecords']);
    expect(j.top[1]).toMatchObject({ flatBytes: 2080104, cumBytes: 2080104, flatObjects: 2010 });
  }, 20_000);

  it('exits 2 with a message for a file that is not a profile', () => {
    const r = cli('--read', 'package.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a DHAT profile/);
  }, 20_000);

  it('runs a Go program and writes its pprof heap profile, which reads back with the run\'s figures', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'heaplab-profile-')), 'out.pb.gz');
    const r = cli('scripts/calibrate/programs/go/append_one_at_a_time.go', '--gogc', '100', '--pprof', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote .*out\.pb\.gz \(35 allocations\)/);
    const p = readPprof(readFileSync(out));
    expect(p.sampleTypes.map((t) => t.type)).toEqual(['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
    expect(totals(p).allocBytes).toBe(87800);
  }, 30_000);

  it('runs a Rust program and writes DHAT JSON; refuses --pprof for Rust', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'heaplab-profile-')), 'out.json');
    const r = cli('scripts/calibrate/programs/rust/vec_push_growth.rs', '--dhat', out);
    expect(r.status).toBe(0);
    const t = totals(readDhat(readFileSync(out, 'utf8')));
    expect([t.allocObjects, t.allocBytes]).toEqual([11, 33760]);
    const bad = cli('scripts/calibrate/programs/rust/vec_push_growth.rs', '--pprof', out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--pprof writes a Go run's profile/);
  }, 30_000);
});
