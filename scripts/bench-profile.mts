// Times the profile importer and the flame graph's data (issue 13: a 50 MB profile read in at most
// 2 s; a 100 000-node flame graph that stays smooth). A synthetic pprof profile of about 50 MB is
// built with the library's own encoder: stacks ending at random nodes of a 120 000-node call tree
// over 4 000 functions. Prints read, flame-tree and layout times.
import { gzipSync } from 'fflate';
import { encodePprof } from '../lib/profile/pprof';
import { readProfile, readProfileAsync } from '../lib/profile/read';
import { flameTree, layoutFlame, countNodes } from '../lib/profile/flame';
import type { Profile } from '../lib/profile/model';

let seed = 7;
const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
const FUNCS = 4000;
const frames = Array.from({ length: FUNCS }, (_, i) => ({ function: `pkg${i % 40}.fn${i}`, file: `/src/pkg${i % 40}/f${i % 97}.go`, line: 10 + (i % 300) }));
// A call tree of 120 000 nodes (each a function called from an earlier node), and samples that end at
// random nodes: the stacks a real service's profile has, with the node count the issue names.
const TREE = 120_000;
const parent = new Int32Array(TREE);
const fn = new Int32Array(TREE);
parent[0] = -1;
for (let i = 1; i < TREE; i++) {
  parent[i] = rnd(i); // a random recursive tree: depth about ln(n), 12 here
  fn[i] = rnd(FUNCS);
}
const samples: Profile['samples'] = [];
const target = 58 << 20; // the estimate runs high: this encodes to 50 MB
let size = 0;
while (size < target) {
  const stack: number[] = [];
  for (let n = rnd(TREE); n >= 0; n = parent[n]) stack.push(fn[n]);
  samples.push({ stack, values: [1 + rnd(50), 64 * (1 + rnd(4000)), rnd(3), 64 * rnd(100)] });
  size += 14 + stack.length * 2; // about the bytes of one encoded sample
}
const p: Profile = {
  format: 'pprof',
  sampleTypes: ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'].map((type, i) => ({ type, unit: i % 2 ? 'bytes' : 'count' })),
  heapIndex: { allocObjects: 0, allocBytes: 1, inuseObjects: 2, inuseBytes: 3 },
  frames,
  samples,
  meta: {},
};
const raw = encodePprof(p, { period: 1 });
const gz = gzipSync(raw, { level: 6 });
let lastCpu = 0;
/** Wall time of f; its CPU time (this process, JIT and GC threads included) is left in lastCpu. */
const t = (f: () => void) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const ms = performance.now() - t0;
  lastCpu = process.cpuUsage(c0).user / 1000;
  return ms;
};
let read: ReturnType<typeof readProfile> | null = null;
const readRaw = t(() => (read = readProfile(raw)));
const rawCpu = lastCpu;
const readGz = t(() => (read = readProfile(gz)));
const gzCpu = lastCpu;
// The viewer's worker inflates with the platform's DecompressionStream (readProfileAsync).
const c0 = process.cpuUsage();
const t0 = performance.now();
read = await readProfileAsync(gz);
const readGzNative = performance.now() - t0;
const gzNativeCpu = process.cpuUsage(c0).user / 1000;
let tree: ReturnType<typeof flameTree> | null = null;
const build = t(() => (tree = flameTree(read!.profile, 1)));
const nodes = countNodes(tree!);
let rects = 0;
const layout = t(() => (rects = layoutFlame(tree!, 1200).rects.length));
console.log('Profile importer');
console.log(`read ${(raw.length / 2 ** 20).toFixed(1)} MB profile.proto (${samples.length.toLocaleString('en-US')} samples, ${read!.profile.samples.length.toLocaleString('en-US')} distinct stacks): ${readRaw.toFixed(0)} ms wall, ${rawCpu.toFixed(0)} ms CPU (target <= 2000 ms)`);
console.log(`read the same gzipped (${(gz.length / 2 ** 20).toFixed(1)} MB), fflate: ${readGz.toFixed(0)} ms wall, ${gzCpu.toFixed(0)} ms CPU`);
console.log(`read the same gzipped, DecompressionStream (the viewer's worker): ${readGzNative.toFixed(0)} ms wall, ${gzNativeCpu.toFixed(0)} ms CPU`);
console.log(`flame tree: ${nodes.toLocaleString('en-US')} nodes in ${build.toFixed(0)} ms; layout at 1200 px: ${rects.toLocaleString('en-US')} rectangles in ${layout.toFixed(1)} ms (smaller than a pixel folded)`);
if (process.argv.includes('--check') && readRaw > 2000) {
  console.error('bench-profile: reading took more than 2 s');
  process.exit(1);
}
