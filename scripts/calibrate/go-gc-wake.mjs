// When the idle P joins a mark (go/gcwake under runtime/trace): the ring workload with 2 MiB live at
// GOMAXPROCS=2 under GOGC 25, 50 and 100, three runs each. For every concurrent mark phase in
// `go tool trace -d=1`'s events: the ns from its start until a GC worker first runs (a "GC (...)"
// label) on the P other than the one that began the mark, that P's thread having to wake. Tracing
// costs time, so the marks themselves run long; only the delay is used. Prints the raw fixture JSON.
//
// usage: node go-gc-wake.mjs <go-gcwake binary> <go binary> <scratch dir> [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [bin, goBin, dir, runsArg] = process.argv.slice(2);
if (!bin || !goBin || !dir) {
  console.error('usage: node go-gc-wake.mjs <go-gcwake binary> <go binary> <scratch dir> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 3);
const MiB = 1 << 20;
const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const evRe = /^M=-?\d+ P=(-?\d+) G=-?\d+ (\w+) Time=(\d+)/;

/** Delays (ns) from each mark's start to the first GC worker on the other P; null where none ran. */
function delays(dump) {
  const out = [];
  let cur = null;
  for (const line of dump.split('\n')) {
    const m = evRe.exec(line);
    if (!m) continue;
    const [p, kind, t] = [Number(m[1]), m[2], Number(m[3])];
    if (kind === 'RangeBegin' && line.includes('Name="GC concurrent mark phase"')) cur = { t0: t, p, first: null };
    else if (cur && kind === 'RangeEnd' && line.includes('Name="GC concurrent mark phase"')) {
      out.push(cur.first);
      cur = null;
    } else if (cur && kind === 'Label' && line.includes('Label="GC (') && p !== cur.p && p >= 0 && cur.first === null) cur.first = t - cur.t0;
  }
  return out;
}

const runs = [];
for (let k = 0; k < RUNS; k++)
  for (const gogc of ['25', '50', '100']) {
    const trace = path.join(dir, `gcwake-${gogc}-${k}.trace`);
    const env = { ...process.env, GOGC: gogc, GOMAXPROCS: '2' };
    delete env.GOMEMLIMIT;
    const r = spawnSync(bin, ['-live', String(2 * MiB), '-total', String(64 * MiB), '-obj', '1024', '-trace', trace], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`go-gcwake exited with ${r.status}: ${r.stderr.slice(-500)}`);
    const d = spawnSync(goBin, ['tool', 'trace', '-d=1', trace], { encoding: 'utf8', maxBuffer: 512 * MiB });
    if (d.status !== 0) throw new Error(`go tool trace exited with ${d.status}: ${d.stderr.slice(-500)}`);
    const ds = delays(d.stdout);
    const ran = ds.filter((x) => x !== null);
    runs.push({ GOGC: gogc, marks: ds.length, joined: ran.length, delayNsP10: quantile(ran, 0.1), delayNsMedian: quantile(ran, 0.5), delayNsP90: quantile(ran, 0.9), delaysNs: ran });
  }
const all = runs.flatMap((r) => r.delaysNs);
process.stdout.write(
  JSON.stringify({
    description: 'The GC grid ring workload under runtime/trace (scripts/calibrate/go/gcwake), 2 MiB live, GOMAXPROCS=2: per run, the mark phases, how many the other P joined, and the delay (ns) from the mark phase\'s start to the first GC worker on that P (p10, median, p90, all); delayNsMedian over all runs.',
    settings: { GOMAXPROCS: 2, live: 2 * MiB, total: 64 * MiB, obj: 1024, runs: RUNS },
    delayNsMedian: quantile(all, 0.5),
    runs,
  }) + '\n',
);
