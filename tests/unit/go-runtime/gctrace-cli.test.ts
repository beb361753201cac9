import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGctraceArgs } from '@/lib/go/gctrace-import/cli';
import { parseGctrace } from '@/lib/go/gctrace-import/parse';

// `npm run -s gctrace -- FILE ...` as package.json runs it: node on scripts/gctrace.mjs (the bundle,
// rebuilt when a source is newer); the TypeScript entry through tsx must print the same.
const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const FIX = 'tests/fixtures/gctrace/';
function gctrace(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/gctrace.mjs', ...args], { encoding: 'utf8', timeout: 60_000, input });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('npm run gctrace', () => {
  it('--json prints the cycles, the unparsed lines, the fit and the what-if, heap figures in bytes', () => {
    const args = [`${FIX}gogc100-p1.log`, '--json', '--whatif-gogc', '400'];
    const r = gctrace(args);
    expect(r.status).toBe(0);
    expect(execFileSync(tsx, ['scripts/gctrace.mts', ...args], { encoding: 'utf8' })).toBe(r.stdout);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['cycles', 'fit', 'unparsed', 'whatif']);
    const real = fs.readFileSync(`${FIX}gogc100-p1.log`, 'utf8').split('\n').filter((l) => l.startsWith('gc '));
    expect(out.cycles).toHaveLength(real.length);
    expect(Object.keys(out.cycles[0]).sort()).toEqual(['atSeconds', 'cpuPercent', 'forced', 'goal', 'heapEnd', 'heapMarked', 'heapStart', 'n']);
    const [, h0, h1, h2, g] = /(\d+)->(\d+)->(\d+) MB, (\d+) MB goal/.exec(real[5])!;
    expect(out.cycles[5]).toMatchObject({ n: 6, heapStart: Number(h0) * 2 ** 20, heapEnd: Number(h1) * 2 ** 20, heapMarked: Number(h2) * 2 ** 20, goal: Number(g) * 2 ** 20 });
    expect(out.unparsed).toEqual([]);
    expect(out.fit.gcPercent).toBe(100);
    expect(Object.keys(out.whatif).sort()).toEqual(['gcCpuFraction', 'gcCycles', 'peakHeapBytes']);
    // The real run at GOGC=400 (gogc400-p1.log) had 7 cycles.
    expect(out.whatif.gcCycles).toBeGreaterThanOrEqual(6);
    expect(out.whatif.gcCycles).toBeLessThanOrEqual(9);
  });

  it('reads standard input with -, lists unparsed lines with their numbers, and prints a table', () => {
    const r = gctrace(['-', '--whatif-memlimit', '64MiB'], fs.readFileSync(`${FIX}malformed.txt`, 'utf8'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^n +@s +gc%/);
    expect(r.stdout).toContain('3 cycles, 0 other runtime lines, 1 program lines ignored, 5 gc lines not understood');
    expect(r.stdout).toContain('  line 2: gc 2 @0.008s');
    expect(r.stdout).toMatch(/what-if GOGC=\d+ GOMEMLIMIT=64\.0 MiB GOMAXPROCS=1: \d+ cycles/);
  });

  it('exits 1 on a log with no cycles and 2 on bad flags', () => {
    expect(gctrace(['-'], 'hello\n').status).toBe(1);
    expect(gctrace([`${FIX}gogc100-p1.log`, '--whatif-gogc', 'lots']).status).toBe(2);
    expect(() => parseGctraceArgs([])).toThrow(/usage/);
    expect(parseGctraceArgs(['-', '--whatif-memlimit=512MiB', '--whatif-gogc=off']).whatif).toEqual({ memoryLimit: 512 * 2 ** 20, gcPercent: 'off' });
  });

  it('npm run scenario -- FILE.go --gctrace prints the simulated lines to stderr, stdout unchanged; the importer reads them', () => {
    const file = 'scripts/calibrate/programs/go/gc_churn_live4m.go';
    const r = spawnSync(process.execPath, ['scripts/scenario.mjs', file, '--gctrace', '--gogc', '200'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(spawnSync(process.execPath, ['scripts/scenario.mjs', file, '--gogc', '200'], { encoding: 'utf8' }).stdout);
    const p = parseGctrace(r.stderr);
    expect(p.unparsed).toEqual([]);
    expect(p.cycles.length).toBeGreaterThan(10);
    const back = gctrace(['-', '--json'], r.stderr);
    expect(JSON.parse(back.stdout).fit.gcPercent).toBe(200);
  });
});
