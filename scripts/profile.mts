// `npm run -s profile -- PROG.go|PROG.rs [--gogc N] [--pprof OUT.pb.gz] [--dhat OUT.json]` runs the
// program in the simulated runtime with call stacks recorded and writes its heap profile (Go: pprof,
// Rust: DHAT); without an output flag it prints the profile's totals and top sites.
// `npm run -s profile -- --read FILE [--json] [--top N]`: reads a pprof (heap/allocs, gzipped or
// not), DHAT JSON or massif file and prints its totals and top allocation sites, like `pprof -top`.
// `--json` prints {format, sampleTypes, totals, top: [{function, file, line, flatBytes, cumBytes,
// flatObjects}]} (figures a format does not carry are null). Exit 2 on a file that is not a profile.
import { readFileSync, writeFileSync } from 'node:fs';
import { ProfileError } from '../lib/profile/errors';
import { parseProfileRunArgs, profileRun } from '../lib/profile/run-export';
import { loadEngine } from '../lib/runtime/engine';
import { top, totals, type Profile } from '../lib/profile/model';
import { readProfileAsync } from '../lib/profile/read';

const USAGE = 'usage: npm run -s profile -- --read FILE [--json] [--top N]\n       npm run -s profile -- PROG.go|PROG.rs [--gogc N] [--pprof OUT.pb.gz] [--dhat OUT.json] [--json] [--top N]';
const args = process.argv.slice(2);
const prog = args.find((a) => /\.(go|rs)$/.test(a) && args[args.indexOf(a) - 1] !== '--read');
if (prog && !args.includes('--read')) await runAndWrite();
const flag = (f: string) => args.includes(f);
const value = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
async function runAndWrite() {
  let a;
  try {
    a = parseProfileRunArgs(args);
  } catch (e) {
    console.error(`profile: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const engine = await loadEngine(a.lang);
  const out = profileRun(engine, a.lang, readFileSync(a.file, 'utf8'), a.opts);
  if (out.result.exitCode === 1) {
    process.stderr.write(out.result.stderr);
    process.exit(1);
  }
  if (a.pprof) writeFileSync(a.pprof, out.pprof!);
  if (a.dhat) writeFileSync(a.dhat, out.dhat!);
  if (!a.pprof && !a.dhat) print(out.profile, a.json, a.top);
  else console.error(`profile: wrote ${[a.pprof, a.dhat].filter(Boolean).join(' and ')} (${out.result.stats.heapAllocs.toLocaleString('en-US')} allocations)`);
  process.exit(0);
}

function print(profile: Profile, json: boolean, count: number) {
  const rows = topRows(profile, count);
  const t = totals(profile);
  if (json) {
    console.log(JSON.stringify({ format: profile.format, sampleTypes: profile.sampleTypes, totals: t, top: rows }, null, 2));
  } else {
    const f = (x: number | null) => (x === null ? '—' : x.toLocaleString('en-US'));
    console.log(`${profile.format} profile: ${profile.sampleTypes.map((s) => s.type).join(', ')}`);
    console.log(`allocated ${f(t.allocBytes)} B in ${f(t.allocObjects)} objects; in use ${f(t.inuseBytes)} B in ${f(t.inuseObjects)} objects`);
    console.log(`${'flat B'.padStart(14)} ${'cum B'.padStart(14)}  function (file:line)`);
    for (const r of rows) console.log(`${f(r.flatBytes).padStart(14)} ${f(r.cumBytes).padStart(14)}  ${r.function} (${r.file}:${r.line})`);
  }
}

const file = value('--read');
if (!file || flag('--help')) {
  console.error(USAGE);
  process.exit(file ? 0 : 2);
}
const n = Number(value('--top') ?? 20);

function topRows(p: Profile, count: number) {
  const bytes = p.heapIndex.allocBytes ?? p.heapIndex.inuseBytes!;
  const objects = p.heapIndex.allocObjects ?? p.heapIndex.inuseObjects;
  const objRows = objects === null ? null : new Map(top(p, objects).map((r) => [r.function, r.flat]));
  return top(p, bytes)
    .slice(0, count)
    .map((r) => ({ function: r.function, file: r.file, line: r.line, flatBytes: r.flat, cumBytes: r.cum, flatObjects: objRows ? (objRows.get(r.function) ?? 0) : null }));
}

try {
  const { profile } = await readProfileAsync(new Uint8Array(readFileSync(file === '-' ? 0 : file)));
  print(profile, flag('--json'), n);
} catch (e) {
  if (e instanceof ProfileError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`profile: ${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  throw e;
}
