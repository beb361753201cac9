// Where the idle mark worker runs (go/gcgrid with GODEBUG=gctrace=1): the ring workload with 2 MiB
// live under GOGC=off and a 7 MiB limit, at GOMAXPROCS 1 and 2, three runs each. For each run: the
// cycles, how many of them had no idle-worker CPU, and the median and longest concurrent mark (wall
// ms). Prints the raw fixture JSON (format-fixture.mjs turns it into go-mark-wait.json).
//
// usage: node go-mark-wait.mjs <go-gcgrid binary> [runs]
import { spawnSync } from 'node:child_process';

const [bin, runsArg] = process.argv.slice(2);
if (!bin) {
  console.error('usage: node go-mark-wait.mjs <go-gcgrid binary> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 3);
const MiB = 1 << 20;
// gc N @Ts P%: a+b+c ms clock, a+assist/background/idle+c ms cpu, ...
const gcRe = /^gc \d+ @[\d.]+s \d+%: [\d.]+\+([\d.]+)\+[\d.]+ ms clock, [\d.]+\+([\d.]+)\/([\d.]+)\/([\d.]+)\+/;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function runOnce(procs) {
  const env = { ...process.env, GOGC: 'off', GOMEMLIMIT: String(7 * MiB), GOMAXPROCS: String(procs), GODEBUG: 'gctrace=1' };
  const r = spawnSync(bin, ['-live', String(2 * MiB), '-total', String(64 * MiB), '-obj', '1024'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`go-gcgrid exited with ${r.status}: ${r.stderr.slice(-500)}`);
  const marks = [];
  let idleZero = 0;
  for (const line of r.stderr.split('\n')) {
    const m = gcRe.exec(line);
    if (!m) continue;
    marks.push(Number(m[1]));
    if (Number(m[4]) === 0) idleZero++;
  }
  return { cycles: marks.length, idleZero, markMsMedian: median(marks), markMsMax: Math.max(...marks) };
}

const runs = [];
for (let k = 0; k < RUNS; k++) for (const procs of [1, 2]) runs.push({ GOMAXPROCS: procs, ...runOnce(procs) });
process.stdout.write(
  JSON.stringify({
    description: 'The GC grid ring workload (scripts/calibrate/go/gcgrid), 2 MiB live, GOGC=off, GOMEMLIMIT=7 MiB, GODEBUG=gctrace=1: per run, the cycles, the cycles whose idle mark worker used no CPU, and the median and longest concurrent mark (wall ms).',
    settings: { GOGC: 'off', GOMEMLIMIT: 7 * MiB, live: 2 * MiB, total: 64 * MiB, obj: 1024 },
    runs,
  }) + '\n',
);
