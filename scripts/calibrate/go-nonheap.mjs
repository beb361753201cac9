// Non-heap memory as the pacer counts it (go/nonheap): the GC grid's ring workload under GOGC=100
// and under GOGC=off with the grid's roomy limit (twice the live heap and 6 MiB), GOMAXPROCS 1, 2
// and 4, three live-heap sizes, five runs each, and sizeof(mspan) (go/mspansize). Prints the raw
// fixture JSON (format-fixture.mjs turns it into go-nonheap.json).
//
// usage: node go-nonheap.mjs <go-nonheap binary> <go-mspansize binary> [runs]
import { spawnSync } from 'node:child_process';

const [bin, sizeBin, runsArg] = process.argv.slice(2);
if (!bin || !sizeBin) {
  console.error('usage: node go-nonheap.mjs <go-nonheap binary> <go-mspansize binary> [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 5);
const MiB = 1 << 20;
const lives = [
  [2 * MiB, 64 * MiB],
  [8 * MiB, 64 * MiB],
  [32 * MiB, 96 * MiB],
];
const settings = [];
for (const procs of [1, 2, 4])
  for (const [live, total] of lives) {
    settings.push({ GOGC: '100', GOMEMLIMIT: null, GOMAXPROCS: procs, live, total, obj: 1024 });
    settings.push({ GOGC: 'off', GOMEMLIMIT: 2 * live + 6 * MiB, GOMAXPROCS: procs, live, total, obj: 1024 });
  }

function runOnce(s) {
  const env = { ...process.env, GOGC: s.GOGC, GOMAXPROCS: String(s.GOMAXPROCS) };
  delete env.GOMEMLIMIT;
  delete env.GODEBUG;
  if (s.GOMEMLIMIT !== null) env.GOMEMLIMIT = String(s.GOMEMLIMIT);
  const r = spawnSync(bin, ['-live', String(s.live), '-total', String(s.total), '-obj', String(s.obj)], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`go-nonheap exited with ${r.status}: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout);
}

const size = spawnSync(sizeBin, [], { encoding: 'utf8' });
if (size.status !== 0) throw new Error(`go-mspansize exited with ${size.status}: ${size.stderr.slice(-500)}`);
const runs = settings.map(() => []);
// Interleaved (run 1 of every setting, then run 2, ...) so machine noise spreads over the settings.
for (let k = 0; k < RUNS; k++) settings.forEach((s, i) => runs[i].push(runOnce(s)));
process.stdout.write(
  JSON.stringify({
    description:
      'Non-heap memory as the pacer counts it (mappedReady - heapFree - heapAlloc, from runtime/metrics: total - heap/released - heap/free - heap/objects), the mspan metadata (inuse + free) and MemStats.HeapSys at the end of the GC grid\'s ring workload (scripts/calibrate/go/nonheap), five runs a setting; mspanSize is unsafe.Sizeof(runtime.mspan) on linux/amd64 (scripts/calibrate/go/mspansize).',
    mspanSize: Number(size.stdout.trim()),
    settings: settings.map((s, i) => ({
      settings: s,
      nonHeap: runs[i].map((r) => r.nonHeap),
      mspan: runs[i].map((r) => r.mspan),
      heapSys: runs[i].map((r) => r.heapSys),
      numGC: runs[i].map((r) => r.numGC),
    })),
  }) + '\n',
);
