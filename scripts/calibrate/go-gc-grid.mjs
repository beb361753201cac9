// The GC grid (go/gcgrid): the ring workload under GOGC 25…800, GOGC=off with two memory limits and
// GOGC=100 with a limit below its goal,
// GOMAXPROCS 1, 2 and 4, three live-heap sizes, 21 runs each (nine gave medians that moved by more than 15% from one recording to the next), with GODEBUG=gctrace=1,gcpacertrace=1.
// Prints the raw fixture JSON (format-fixture.mjs turns it into go-gc-grid.json). Runs are
// interleaved (run 1 of every setting, then run 2, …) so machine noise spreads over the grid.
//
// usage: node go-gc-grid.mjs <go-gcgrid binary> [runs]
import { spawnSync } from 'node:child_process';

const [bin, runsArg] = process.argv.slice(2);
if (!bin) {
  console.error('usage: node go-gc-grid.mjs <go-gcgrid binary> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 21);
const MiB = 1 << 20;
const OBJ = 1024;
const lives = [
  [2 * MiB, 64 * MiB],
  [8 * MiB, 64 * MiB],
  [32 * MiB, 96 * MiB],
];
const gogcs = ['25', '50', '100', '200', '400', '800'];
const settings = [];
// PROCS=1,2 records a subset (the fixture holds 1, 2 and 4).
const procsList = (process.env.PROCS ?? '1,2,4').split(',').map(Number);
for (const procs of procsList)
  for (const [live, total] of lives) {
    for (const gogc of gogcs) settings.push({ GOGC: gogc, GOMEMLIMIT: null, GOMAXPROCS: procs, live, total, obj: OBJ });
    // GOGC=off: the memory limit alone paces, set a little above twice the live heap.
    settings.push({ GOGC: 'off', GOMEMLIMIT: 2 * live + 6 * MiB, GOMAXPROCS: procs, live, total, obj: OBJ });
    // A tight limit (about 2 MiB of room over the live heap once non-heap memory is counted) and a
    // limit below GOGC=100's goal, where the two goals meet.
    settings.push({ GOGC: 'off', GOMEMLIMIT: live + 5 * MiB, GOMAXPROCS: procs, live, total, obj: OBJ });
    settings.push({ GOGC: '100', GOMEMLIMIT: Math.round(1.5 * live) + 4 * MiB, GOMAXPROCS: procs, live, total, obj: OBJ });
  }

const gcRe = /^gc (\d+) @[\d.]+s \d+%: .* (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, .* (\d+) P( \(forced\))?$/;
const pacerEndRe = /^pacer: (\d+)% CPU \(25 exp\.\) for (\d+)\+(\d+)\+(\d+) B work \((\d+) B exp\.\) in (\d+) B -> (\d+) B \(∆goal (-?\d+), cons\/mark ([-+.\de]+)\)$/;

function runOnce(s) {
  const env = { ...process.env, GOGC: s.GOGC, GOMAXPROCS: String(s.GOMAXPROCS), GODEBUG: 'gctrace=1,gcpacertrace=1' };
  delete env.GOMEMLIMIT;
  if (s.GOMEMLIMIT !== null) env.GOMEMLIMIT = String(s.GOMEMLIMIT);
  const r = spawnSync(bin, ['-live', String(s.live), '-total', String(s.total), '-obj', String(s.obj)], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  if (r.status !== 0) throw new Error(`go-gcgrid exited with ${r.status}: ${r.stderr.slice(-500)}`);
  return { stats: JSON.parse(r.stdout), stderr: r.stderr };
}

function parse(stderr) {
  const cycles = [];
  let pacer = null;
  for (const line of stderr.split('\n')) {
    const p = pacerEndRe.exec(line);
    if (p) {
      const live = Number(p[7]);
      pacer = { cpuPercent: Number(p[1]), scanWork: Number(p[2]) + Number(p[3]) + Number(p[4]), triggered: Number(p[6]), heapLive: live, goal: live - Number(p[8]), consMark: Number(p[9]) };
      continue;
    }
    const g = gcRe.exec(line);
    if (!g) continue;
    cycles.push({
      n: Number(g[1]),
      heapStart: Number(g[2]),
      heapEnd: Number(g[3]),
      heapMarked: Number(g[4]),
      goal: Number(g[5]),
      forced: !!g[7],
      // exact bytes from gcpacertrace's end-of-mark line (absent when heapLive did not grow)
      triggered: pacer?.triggered ?? null,
      heapEndBytes: pacer?.heapLive ?? null,
      goalBytes: pacer?.goal ?? null,
      consMark: pacer?.consMark ?? null,
    });
    pacer = null;
  }
  return cycles;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const results = settings.map(() => []);
for (let r = 0; r < RUNS; r++) {
  settings.forEach((s, i) => {
    const { stats, stderr } = runOnce(s);
    const cycles = parse(stderr);
    const peak = Math.max(0, ...cycles.map((c) => c.heapEndBytes ?? c.heapEnd * MiB));
    results[i].push({ numGC: cycles.length, peakHeap: peak, cycles, stats });
  });
  process.stderr.write(`run ${r + 1}/${RUNS} done\n`);
}

const grid = settings.map((s, i) => {
  const rs = results[i];
  const counts = rs.map((x) => x.numGC);
  const peaks = rs.map((x) => x.peakHeap);
  const med = median(counts);
  const mid = rs.find((x) => x.numGC === med);
  return {
    settings: s,
    counts,
    medianCycles: med,
    peaks,
    medianPeakHeap: median(peaks),
    elapsedNs: rs.map((x) => x.stats.elapsedNs),
    gcCpuFraction: rs.map((x) => Math.round(x.stats.gcCpuFraction * 1e4) / 1e4),
    trace: mid.cycles,
  };
});
process.stdout.write(
  JSON.stringify({
    description:
      'Ring workload (scripts/calibrate/go/gcgrid): live bytes in a ring of 1 KiB []byte objects, every byte written; counts/peaks of ' +
      RUNS +
      ' runs per setting (peak = largest heapLive at mark end, exact bytes from gcpacertrace); trace = the cycles of the first median run (MB as gctrace prints them, exact bytes where the pacer line has them).',
    grid,
  }),
);
