import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import goFx from '@/tests/fixtures/calibration/programs-go.json';
import rustFx from '@/tests/fixtures/calibration/programs-rust.json';

// The command-line runner as `npm run -s scenario -- FILE ...` calls it: node on scripts/scenario.mjs,
// which runs the prebuilt bundle (rebuilt first when a source is newer). The TypeScript entry is
// also run through tsx once, to hold the bundle to the same output.
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
function scenario(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/scenario.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
type Prog = { name: string; file: string; stdout: string; exitCode: number; stderrFirstLine?: string | null };
const go = (name: string) => (goFx as unknown as { programs: Prog[] }).programs.find((p) => p.name === name)!;
const rust = (name: string) => (rustFx as unknown as { programs: Prog[] }).programs.find((p) => p.name === name)!;

function tmp(name: string, body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scenario-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, body);
  return f;
}

describe('npm run scenario', () => {
  it('prints exactly the program\'s stdout (Go and Rust)', () => {
    for (const p of [go('append_one_at_a_time'), rust('vec_push_growth')]) {
      const r = scenario(p.file);
      expect(r.stdout, p.name).toBe(p.stdout);
      expect(r.status, p.name).toBe(0);
    }
  });

  it('prints one JSON object with --json', () => {
    const p = go('pool_hit_miss');
    const args = [p.file, '--json', '--gogc', '100', '--gomaxprocs', '1'];
    const bundled = execFileSync(process.execPath, ['scripts/scenario.mjs', ...args], { encoding: 'utf8' });
    expect(execFileSync(tsx, ['scripts/scenario.mts', ...args], { encoding: 'utf8' })).toBe(bundled);
    const out = JSON.parse(bundled);
    expect(Object.keys(out).sort()).toEqual(['exitCode', 'gc', 'sites', 'stats', 'stdout']);
    expect(out.stdout).toBe(p.stdout);
    expect(Object.keys(out.stats).sort()).toEqual(['frees', 'gcCpuFraction', 'gcCycles', 'heapAllocs', 'heapBytes', 'peakHeapBytes', 'stackAllocs']);
    expect(out.gc.length).toBe(out.stats.gcCycles);
    expect(out.gc.length).toBeGreaterThan(0);
  });

  it('reports a compile error as FILE:LINE:COL with status 1', () => {
    const f = tmp('bad.go', 'package main\n\nfunc main() {\n\tx := 1\n}\n');
    const r = scenario(f);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:2: declared and not used: x`));
  });

  it('reports rustc\'s error code and each labelled place, once', () => {
    const f = tmp('moved.rs', 'fn main() {\n    let v: Vec<i32> = vec![1, 2, 3];\n    let w = v;\n    println!("{}", v.len());\n}\n');
    const r = scenario(f);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${f}:4:20: error[E0382]: borrow of moved value: \`v\``);
    expect(lines).toContain(`${f}:3:13: note: value moved here`);
    expect(lines.filter((l) => l.includes('borrow of moved value'))).toHaveLength(1);
  });

  it('exits with the language\'s panic status', () => {
    const g = scenario(go('panic_index_out_of_range').file);
    expect(g.status).toBe(2);
    expect(g.stdout).toBe(go('panic_index_out_of_range').stdout);
    expect(g.stderr.split('\n')[0]).toBe(go('panic_index_out_of_range').stderrFirstLine);
    const r = scenario(rust('panic_index_out_of_bounds').file);
    expect(r.status).toBe(101);
    expect(r.stderr).toContain('index out of bounds: the len is 3 but the index is 3');
  });

  it('rejects bad flags with a usage message', () => {
    const r = scenario('x.go', '--gogc', 'lots');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid --gogc/);
  });
});
