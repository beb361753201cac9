// Times the gctrace importer (issue 11: parse 100 000 lines in at most 200 ms): the real go1.23.5
// logs of tests/fixtures/gctrace/ (cycle, scavenger and program-output lines) repeated to 100 000
// lines, parsed, then fitted and replayed once. The machine's own speed is printed beside it (the
// time to allocate one plain object per cycle, which the parse cannot go below). `--check` fails
// when the parse takes more than 200 ms.
import { readFileSync } from 'node:fs';
import { parseGctrace } from '../lib/go/gctrace-import/parse';
import { fitWorkload } from '../lib/go/gctrace-import/fit';
import { replay } from '../lib/go/gctrace-import/replay';

const DIR = new URL('../tests/fixtures/gctrace/', import.meta.url);
const logs = ['mixed-p2', 'forced-p1', 'memlimit24m-p1', 'gogc50-p1'].map((n) => readFileSync(new URL(`${n}.log`, DIR), 'utf8').trimEnd().split('\n'));
const pool = logs.flat();
const N = 100_000;
const lines: string[] = [];
for (let i = 0; lines.length < N; i++) lines.push(pool[i % pool.length]);
const text = lines.join('\n') + '\n';

/** Median wall ms of `runs` calls; `cpu` gets the median CPU ms (user + system) of the same calls. */
const cpu: number[] = [];
const median = (f: () => void, runs: number) => {
  const t: number[] = [];
  cpu.length = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  return t.sort((a, b) => a - b)[runs >> 1];
};

let cycles = 0;
const parseMs = median(() => (cycles = parseGctrace(text).cycles.length), 7);
const parseCpuMs = cpu[cpu.length >> 1];
console.log('\ngctrace importer (median of 7 runs)');
console.log(
  `parse ${N.toLocaleString('en')} lines (${cycles.toLocaleString('en')} cycles, ${(text.length / 1e6).toFixed(1)} MB): ${parseMs.toFixed(1).padStart(7)} ms ` +
    `(${parseCpuMs.toFixed(1)} ms CPU, the GC's threads included; target <= 200 ms)`,
);
const one = parseGctrace(readFileSync(new URL('gogc100-p1.log', DIR), 'utf8')).cycles;
const fitMs = median(() => fitWorkload(one), 7);
const fit = fitWorkload(one);
const replayMs = median(() => replay(fit, { gcPercent: 50 }), 7);
const baseMs = median(() => {
  const a: { n: number; at: number; h: number }[] = [];
  for (let i = 0; i < cycles; i++) a.push({ n: i, at: i / 10, h: i * 2 });
}, 7);
console.log(`  this machine: ${baseMs.toFixed(1)} ms to allocate ${cycles.toLocaleString('en')} three-field objects`);
console.log(`fit one log (${one.length} cycles): ${fitMs.toFixed(1).padStart(7)} ms; replay 512 MiB at GOGC=50: ${replayMs.toFixed(1).padStart(7)} ms`);
// A long log (the sample's cycles repeated to 1 000, renumbered 10 ms apart): the fit's mark-speed
// refinement replays only its first cycles, so it costs about what a short log does.
const gcLines = readFileSync(new URL('gogc100-p1.log', DIR), 'utf8').split('\n').filter((l) => l.startsWith('gc '));
const longLog = Array.from({ length: 1000 }, (_, i) => gcLines[i < gcLines.length ? i : gcLines.length - 1 - (i % 20)].replace(/^gc \d+ @[\d.]+s/, `gc ${i + 1} @${((i + 1) / 100).toFixed(3)}s`)).join('\n');
const longCycles = parseGctrace(longLog).cycles;
const longFitMs = median(() => fitWorkload(longCycles), 3);
console.log(`fit a ${longCycles.length.toLocaleString('en')}-cycle log: ${longFitMs.toFixed(1).padStart(7)} ms`);
if (parseMs > 200 && process.argv.includes('--check')) process.exitCode = 1;
