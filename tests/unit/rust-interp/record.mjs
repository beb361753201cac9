// Records the real rustc 1.95 behaviour of tests/unit/rust-interp/programs/*.rs into
// differential.json (stdout, exit code, panic line, counting-allocator figures at -O and at
// -C opt-level=0), with the calibration harness (scripts/calibrate/programs/harness/harness.rs +
// scripts/calibrate/rust/counting_alloc.rs). Run by hand: node tests/unit/rust-interp/record.mjs
// (needs rustc 1.95 and, for Bump programs, Debian's librust-bumpalo-dev).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const WORK = join(tmpdir(), 'heaplab-rust-differential');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  return r;
};
const bumpDir = '/usr/share/cargo/registry/bumpalo-3.12.0';
let bumpLib = null;
function externs(src) {
  if (!/bumpalo::/.test(src)) return [];
  if (!bumpLib) {
    bumpLib = join(WORK, 'libbumpalo.rlib');
    const r = sh('rustc', ['-O', '--edition', '2021', '--crate-type', 'rlib', '--crate-name', 'bumpalo', '--cap-lints', 'allow', '-o', bumpLib, join(bumpDir, 'src', 'lib.rs')]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  return ['--extern', `bumpalo=${bumpLib}`];
}
const stats = (file) => {
  const s = JSON.parse(readFileSync(file, 'utf8'));
  return { allocs: s.allocs, reallocs: s.reallocs, deallocs: s.deallocs, requestedBytes: s.allocBytes + s.reallocBytes, peakLiveBytes: s.peakLiveBytes, events: s.events };
};
const out = { toolchain: sh('rustc', ['--version']).stdout.trim(), programs: [] };
for (const f of readdirSync(join(HERE, 'programs')).filter((x) => x.endsWith('.rs')).sort()) {
  const name = f.slice(0, -3);
  const src = readFileSync(join(HERE, 'programs', f), 'utf8');
  const d = join(WORK, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'user.rs'), src.replace(/^fn main\(\) \{$/m, 'pub fn main() {'));
  copyFileSync(join(ROOT, 'scripts/calibrate/programs/harness/harness.rs'), join(d, 'main.rs'));
  copyFileSync(join(ROOT, 'scripts/calibrate/rust/counting_alloc.rs'), join(d, 'counting_alloc.rs'));
  const res = {};
  for (const [key, flags] of [['stats', ['-O']], ['statsDebug', ['-O', '-C', 'opt-level=0']]]) {
    const b = sh('rustc', [...flags, '--edition', '2021', '-A', 'warnings', ...externs(src), '-o', 'prog', 'main.rs'], { cwd: d });
    if (b.status !== 0) throw new Error(`${name}: ${b.stderr}`);
    const statsFile = join(d, 'stats.json');
    rmSync(statsFile, { force: true });
    const r = sh(join(d, 'prog'), [], { env: { ...process.env, HEAPLAB_STATS: statsFile, RUST_BACKTRACE: '0' } });
    res[key] = existsSync(statsFile) ? stats(statsFile) : null;
    if (key === 'stats') {
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      res.stdout = r.stdout;
      res.exitCode = r.status ?? 128 + 6;
      res.stderrFirstLine = lines[0] ? lines[0].replace(/\(\d+\)/, '(<tid>)').replace(/ at user\.rs:/, ' at src/main.rs:') : null;
      res.panicMessage = lines[0] && / panicked at /.test(lines[0]) ? lines[1] : null;
    }
  }
  out.programs.push({ name, file: `tests/unit/rust-interp/programs/${f}`, ...res });
  console.error(`recorded ${name}`);
}
writeFileSync(join(HERE, 'differential.json'), JSON.stringify(out, null, 1) + '\n');
