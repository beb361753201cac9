import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markCpuUs, parseGctrace } from '@/lib/go/gctrace-import/parse';
import { fitWorkload } from '@/lib/go/gctrace-import/fit';
import { replay, replayError } from '@/lib/go/gctrace-import/replay';

const DIR = 'tests/fixtures/gctrace/';
const MiB = 2 ** 20;
const index = JSON.parse(readFileSync(`${DIR}samples.json`, 'utf8')) as {
  toolchain: string;
  samples: { name: string; GOGC: string; GOMEMLIMIT: string; GOMAXPROCS: number; args: string[] }[];
};
const read = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');
const sample = (name: string) => parseGctrace(read(`${name}.log`));
/** NumGC the workload printed on its last line. */
const numgc = (name: string) => Number(/numgc=(\d+) forced=(\d+)/.exec(read(`${name}.log`))![1]);

describe('real go1.23.5 gctrace samples', () => {
  it('were produced by go1.23', () => {
    expect(index.toolchain).toMatch(/go1\.23\./);
    expect(index.samples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(index.samples.map((s) => s.name))('%s: every gc line parses, one cycle per NumGC', (name) => {
    const r = sample(name);
    expect(r.unparsed).toEqual([]);
    expect(r.cycles.length).toBe(numgc(name));
    expect(r.cycles.map((c) => c.n)).toEqual(r.cycles.map((_, i) => i + 1));
    const s = index.samples.find((x) => x.name === name)!;
    for (const c of r.cycles) {
      expect(c.procs).toBe(s.GOMAXPROCS);
      expect(c.stacks).not.toBeNull();
      expect(c.heapMarked).toBeLessThanOrEqual(c.heapEnd + MiB);
      expect(c.go15).toBeUndefined();
      expect(markCpuUs(c)).toBeGreaterThanOrEqual(0);
    }
    for (let i = 1; i < r.cycles.length; i++) expect(r.cycles[i].atSeconds).toBeGreaterThanOrEqual(r.cycles[i - 1].atSeconds);
  });

  it('forced cycles and scavenger lines (runtime.GC() every 64 MiB, FreeOSMemory at the end)', () => {
    const r = sample('forced-p1');
    const forced = Number(/forced=(\d+)/.exec(read('forced-p1.log'))![1]);
    expect(r.cycles.filter((c) => c.forced).length).toBe(forced);
    expect(r.runtime.filter((l) => l.kind === 'scavenger').length).toBeGreaterThan(0);
    expect(r.runtime.some((l) => l.text.endsWith('(forced)'))).toBe(true);
  });

  it('program output mixed in is listed as ignored, with line numbers', () => {
    const r = sample('mixed-p2');
    expect(r.ignored.length).toBe(65); // 64 progress lines and the result line
    expect(r.ignored.every((l) => /^(progress: |numgc=)/.test(l.text))).toBe(true);
    const lines = read('mixed-p2.log').split('\n');
    // A line of output can land inside a gc line (its end, then the gc line's rest on the next line):
    // this sample has one such line; every other ignored line is a whole line.
    const split = r.ignored.filter((l) => lines[l.line - 1] !== l.text);
    expect(split).toHaveLength(1);
    expect(lines[split[0].line - 1]).toMatch(/^gc \d+ @/);
    expect(lines[split[0].line - 1].endsWith(split[0].text)).toBe(true);
  });

  it('joins a gc line that program output cut in two', () => {
    const text = [
      'gc 1 @0.01s 1%: 0.012+0.53+0.044 ms clock, 0.024+0.040/0.26/0.002+0.089 ms cpu, 4->4->2 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      'gc 2 @0.157s 1%: 0.011+0.50+0.043 ms clock, 0.022+0.056/0.25/0.011+0.087 ms cpu, 33->33->progress: 144 MiB allocated, ring slot 16383',
      '16 MB, 34 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      'gc 3 @0.2s 1%: 0.012+0.53+0.044 ms clock, 0.024+0.040/0.26/0.002+0.089 ms cpu, 33->33->16 MB, 34 MB goal, 0 MB stacks, 0 MB globals, 2 P',
      'gc 4 @0.3s 1%: 0.012+0.53+0.044 ms clock, 0.024+0.040/0.26/0.002+0.089 ms cpu, 33->33->',
      'gc 5 @0.4s 1%: 0.012+0.53+0.044 ms clock',
    ].join('\n');
    const r = parseGctrace(text);
    expect(r.cycles.map((c) => c.n)).toEqual([1, 2, 3]);
    expect(r.cycles[1]).toMatchObject({ line: 2, heapStart: 33 * MiB, heapEnd: 33 * MiB, heapMarked: 16 * MiB, goal: 34 * MiB });
    expect(r.ignored).toEqual([{ line: 2, text: 'progress: 144 MiB allocated, ring slot 16383' }]);
    // A cut that no next line completes stays unparsed, with its own number.
    expect(r.unparsed.map((u) => u.line)).toEqual([5, 6]);
  });
});

describe('older formats and malformed lines', () => {
  it('reads go1.5 to go1.22 cycle lines and every scavenger format', () => {
    const r = parseGctrace(read('older-formats.txt'));
    expect(r.unparsed).toEqual([]);
    expect(r.cycles.map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
    expect(r.cycles[1]).toMatchObject({ globals: MiB, forced: true, procs: 4, heapStart: 8 * MiB, goal: 9 * MiB });
    expect(r.cycles[2]).toMatchObject({ stacks: null, globals: null, heapMarked: MiB, goal: 5 * MiB });
    // gc 5 @0.020s 1%: 0.055+0.88+0.096+1.2+0.18 ms clock, 0.11+0.88+0+0.49/0.31/0.19+0.37 ms cpu
    expect(r.cycles[4].go15).toEqual({ clockMs: [0.055, 0.88, 0.096, 1.2, 0.18], cpuMs: [0.11, 0.88, 0, 0.49, 0.31, 0.19, 0.37] });
    expect(r.cycles[4]).toMatchObject({ clockSweepTermUs: 55, clockMarkUs: 880 + 96 + 1200, clockMarkTermUs: 180, cpuAssistUs: 490, cpuBackgroundUs: 880 + 0 + 310, cpuIdleUs: 190, cpuMarkTermUs: 370 });
    // gc 2 @0.034s 2%: 0.026+1.3+0.018 ms clock, 0.10+0.80/1.1/0.47+0.073 ms cpu
    expect(r.cycles[1]).toMatchObject({ clockSweepTermUs: 26, clockMarkUs: 1300, clockMarkTermUs: 18, cpuSweepTermUs: 100, cpuAssistUs: 800, cpuBackgroundUs: 1100, cpuIdleUs: 470, cpuMarkTermUs: 73 });
    expect(r.runtime.filter((l) => l.kind === 'scavenger')).toHaveLength(8);
    expect(r.runtime.filter((l) => l.kind === 'periodic-gc')).toHaveLength(1);
    expect(r.ignored.every((l) => l.text.startsWith('#'))).toBe(true);
  });

  it('reports each malformed gc line with its number and text, never drops it', () => {
    const r = parseGctrace(read('malformed.txt'));
    expect(r.unparsed.map((u) => u.line)).toEqual([2, 3, 5, 6, 9]);
    expect(r.unparsed[0].text).toContain('3->4->1 MB');
    expect(r.cycles.map((c) => c.n)).toEqual([1, 5, 6]);
    expect(r.cycles[1].forced).toBe(true);
    expect(r.ignored).toEqual([{ line: 4, text: 'a line of program output' }]);
  });

  it('tolerates CRLF and an empty input', () => {
    expect(parseGctrace('').cycles).toEqual([]);
    const r = parseGctrace(read('gogc400-p1.log').replace(/\n/g, '\r\n'));
    expect(r.cycles).toHaveLength(7);
    expect(r.unparsed).toEqual([]);
  });
});

describe('fit and replay', () => {
  it.each([
    ['gogc50-p1', 50, null],
    ['gogc100-p1', 100, null],
    ['gogc400-p1', 400, null],
    ['memlimit24m-p1', 100, 24],
    ['gogcoff-memlimit32m-p2', 'off', 32],
  ] as const)('%s: the goals imply GOGC %s, limit %s MiB', (name, gogc, limitMiB) => {
    const fit = fitWorkload(sample(name).cycles);
    if (gogc === 'off') expect(fit.gcPercent).toBe('off');
    else expect(Math.abs((fit.gcPercent as number) - gogc) / gogc).toBeLessThanOrEqual(0.05);
    if (limitMiB === null) expect(fit.memoryLimit).toBeNull();
    // The fit assumes the model's default non-heap memory (per P, and mspans for the log's peak
    // heap), not the one the logged process held: 24.13 and 31.79 MiB found.
    else expect(Math.abs(fit.memoryLimit! / MiB - limitMiB)).toBeLessThanOrEqual(0.25);
    expect(fit.liveBytes / MiB).toBeGreaterThan(15.5);
    // Marked less black, each a printed MB's middle: up to 1.5 MiB above the ring's 16 MiB.
    expect(fit.liveBytes / MiB).toBeLessThanOrEqual(17.5);
    expect(fit.allocBytesTotal / MiB).toBeGreaterThan(512 * 0.9);
    expect(fit.allocBytesTotal / MiB).toBeLessThan(512 * 1.1);
  });

  // Fitted on one log, replayed under the GOGC of another log of the same workload.
  it.each([
    ['gogc100-p1', 'gogc50-p1', 50],
    ['gogc100-p1', 'gogc200-p1', 200],
    ['gogc100-p1', 'gogc400-p1', 400],
    ['gogc50-p1', 'gogc400-p1', 400],
    ['gogc400-p1', 'gogc50-p1', 50],
    ['gogc100-p2', 'gogc400-p2', 400],
    ['live64m-gogc100-p1', 'live64m-gogc50-p1', 50],
    ['live64m-gogc50-p1', 'live64m-gogc100-p1', 100],
  ] as const)('fit on %s predicts the cycle count of %s within 20%%', (from, to, gcPercent) => {
    const fit = fitWorkload(sample(from).cycles);
    const predicted = replay(fit, { gcPercent }).gcCycles;
    const real = sample(to).cycles.length;
    expect(Math.abs(predicted - real) / real).toBeLessThanOrEqual(0.2);
  });

  // Replayed under the settings it was fitted on: cycles within 20% and peak heap within 15% of the log.
  const OBSERVED_OK = ['gogc100-p1', 'gogc200-p1', 'memlimit24m-p1', 'gogc100-p2', 'gogc400-p2', 'mixed-p2', 'forced-p1', 'live64m-gogc100-p1', 'live64m-gogc50-p1'];
  it.each(OBSERVED_OK)('%s: the replay on the observed settings is within 20%% (cycles) and 15%% (peak heap)', (name) => {
    const e = replayError(fitWorkload(sample(name).cycles));
    expect(e.observed.cycles).toBe(numgc(name));
    expect(Math.abs(e.cyclesError)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(e.peakHeapError)).toBeLessThanOrEqual(0.15);
  });
  // Known gaps, marked as failing so a better model flags them (numbers from the go1.23.5 samples):
  // - gogc50-p1: one cycle (27) marked for 20 ms where the others took 1.5 ms (its worker ran only
  //   after sysmon's preemption), so the heap overshot to 35 and then 38 MB; every other cycle peaks
  //   at 28 MB. The replay follows the typical cycle: 29.5 MB, 23% under the printed peak.
  // - gogc400-p1: the real marked heap stays at 19-21 MB while the replay's grows 20.6 -> 26.7 MB
  //   (what it allocates black during its longer marks), so its goals climb: peak 130 MB for 104 (+24%).
  // - gogcoff-memlimit32m-p2: the real runs trigger at about 0.93 of the runway under the limit's
  //   27 MB goal, the replay at 0.79: 58 cycles for 48 (+21%).
  it.fails.each(['gogc50-p1', 'gogc400-p1', 'gogcoff-memlimit32m-p2'])('%s: known gap, the replay is not within 20%% (cycles) and 15%% (peak heap) on the observed settings', (name) => {
    const e = replayError(fitWorkload(sample(name).cycles));
    expect(Math.abs(e.cyclesError)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(e.peakHeapError)).toBeLessThanOrEqual(0.15);
  });
  it('every sample is either within bounds on its observed settings or a listed gap', () => {
    const listed = new Set([...OBSERVED_OK, 'gogc50-p1', 'gogc400-p1', 'gogcoff-memlimit32m-p2']);
    expect(index.samples.map((s) => s.name).filter((n) => !listed.has(n))).toEqual([]);
  });

  // The mark speed is fitted (a few replays) so that the replayed median mark lasts as long as the
  // printed concurrent-mark wall time: within a factor of 1.4 on every sample (measured 0.90–1.35;
  // gogc50-p1's 1.35 is where its five refinement steps stop).
  it.each(index.samples.map((s) => s.name))(
    '%s: the replayed mark phase lasts as long as the printed one within a factor of 1.4',
    (name) => {
      const cs = sample(name).cycles;
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const observed = med(cs.filter((c) => !c.forced).map((c) => c.clockMarkUs * 1e3));
      const modelled = med(replay(fitWorkload(cs)).cycles.map((c) => c.markTermTime - c.markTime));
      expect(modelled / observed).toBeGreaterThan(1 / 1.4);
      expect(modelled / observed).toBeLessThan(1.4);
    },
  );

  it('a memory limit in a what-if pins the goal: more cycles, lower peak', () => {
    const fit = fitWorkload(sample('gogc100-p1').cycles);
    const free = replay(fit, { gcPercent: 400 });
    const limited = replay(fit, { gcPercent: 400, memoryLimit: 32 * MiB });
    expect(limited.gcCycles).toBeGreaterThan(free.gcCycles * 2);
    expect(limited.peakHeapBytes).toBeLessThan(32 * MiB);
  });
});
