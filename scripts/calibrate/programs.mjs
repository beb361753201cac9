// Runs the calibration program corpus (scripts/calibrate/programs/{go,rust})
// on the real toolchains and prints the raw fixture JSON on stdout (run.sh
// passes it through format-fixture.mjs). See README.md, "Program corpus".
//
// usage: node programs.mjs go   <go-binary> <out-dir> [name ...]
//        node programs.mjs rust <out-dir> [name ...]
// With names, only those programs run (for development; run.sh runs all).
//
// Everything runs one step after another (2-core machine). Any
// inconsistency (a stdout or exit code that differs between runs or
// variants, a non-zero harness check, a build failure) exits 1.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAL = dirname(fileURLToPath(import.meta.url));
const ROOT = join(CAL, '..', '..');
const PROGRAMS = join(CAL, 'programs');
const HARNESS = join(PROGRAMS, 'harness');
const RUN_TIMEOUT_MS = 300_000;

const [lang, ...rest] = process.argv.slice(2);
const log = (...a) => console.error(...a);
function die(msg) {
  log('programs.mjs: ' + msg);
  process.exit(1);
}

// Environment of every build and run: the machine's, minus anything that
// changes the runtimes' behaviour, plus what each run sets explicitly.
const BASE_ENV = { ...process.env };
for (const k of ['GOGC', 'GOMEMLIMIT', 'GODEBUG', 'GOMAXPROCS', 'GOEXPERIMENT', 'RUST_BACKTRACE', 'RUST_LIB_BACKTRACE', 'RUST_MIN_STACK']) {
  delete BASE_ENV[k];
}
Object.assign(BASE_ENV, { GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GOWORK: 'off', CGO_ENABLED: '0', GO111MODULE: 'on' });

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: RUN_TIMEOUT_MS,
    ...opts,
    env: { ...BASE_ENV, ...(opts.env || {}) },
  });
  if (r.error) die(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? 128 + (r.signal ? 1 : 0), signal: r.signal };
}

function mustOk(r, what) {
  if (r.code !== 0) die(`${what} failed (exit ${r.code}):\n${r.stdout}${r.stderr}`);
  return r;
}

function listPrograms(dir, ext, only) {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
  if (only.length) {
    for (const n of only) if (!names.includes(n)) die(`no program ${n}${ext} in ${dir}`);
    return names.filter((n) => only.includes(n));
  }
  return names;
}

/** The program's leading comment (minus `// calibrate:` lines), as one paragraph. */
function summary(src) {
  const out = [];
  for (const l of src.split('\n')) {
    if (l.startsWith('// calibrate:')) continue;
    if (l.startsWith('//')) out.push(l.replace(/^\/\/ ?/, ''));
    else if (l.trim() === '' && out.length === 0) continue;
    else break;
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** Field-wise median of a list of flat numeric objects (runs is odd, so each value was observed). */
function medianStats(list) {
  const out = {};
  for (const k of Object.keys(list[0])) out[k] = median(list.map((s) => s[k]));
  return out;
}

/** Checks that every observation has the same stdout and exit code; returns the first. */
function sameOutcome(name, obs) {
  const [first] = obs;
  for (const o of obs) {
    if (o.stdout !== first.stdout || o.exitCode !== first.exitCode || o.stderrFirstLine !== first.stderrFirstLine) {
      die(
        `${name}: runs differ (${o.what} vs ${first.what}):\n` +
          JSON.stringify({ a: first, b: o }, (k, v) => (k === 'stderr' ? undefined : v), 2),
      );
    }
  }
  return first;
}

function withoutMain(src, replacement, file) {
  const re = /^func main\(\) \{$|^fn main\(\) \{$/m;
  const n = (src.match(new RegExp(re.source, 'gm')) || []).length;
  if (n !== 1) die(`${file}: expected exactly one \`${replacement.includes('fn') ? 'fn' : 'func'} main() {\` line, found ${n}`);
  return src.replace(re, replacement);
}

// ---------------------------------------------------------------------------
// Go

const GO_SETTINGS_KEYS = ['GOGC', 'GOMEMLIMIT', 'GOMAXPROCS', 'runs'];

/** `// calibrate: GOGC=50 GOMEMLIMIT=64MiB runs=5` lines (one per variant) at the top of a program. */
function goVariants(src, file) {
  const lines = src.split('\n').filter((l) => l.startsWith('// calibrate:'));
  const specs = lines.length ? lines : ['// calibrate:'];
  return specs.map((l) => {
    const s = { GOMAXPROCS: 1, GOGC: '100', GOMEMLIMIT: null, runs: 3 };
    for (const tok of l.slice('// calibrate:'.length).trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = tok.split('=');
      if (!GO_SETTINGS_KEYS.includes(k) || v === undefined) die(`${file}: bad calibrate token ${tok}`);
      s[k] = k === 'runs' || k === 'GOMAXPROCS' ? Number(v) : v;
    }
    if (!(s.runs >= 1 && s.runs % 2 === 1)) die(`${file}: runs must be odd (median), got ${s.runs}`);
    return s;
  });
}

// gc 3 @0.012s 2%: 0.010+0.50+0.003 ms clock, 0.010+0.10/0.20/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)
const GC_LINE =
  /^gc (\d+) @[\d.]+s \d+%: \S+ ms clock, \S+ ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$/;

function splitGoStderr(stderr) {
  const gc = [];
  const other = [];
  for (const l of stderr.split('\n')) {
    if (l.startsWith('gc ') && / MB goal, /.test(l)) {
      const m = GC_LINE.exec(l);
      if (!m) die(`unparsed gctrace line: ${l}`);
      gc.push({ n: +m[1], heapStart: +m[2], heapEnd: +m[3], heapMarked: +m[4], goal: +m[5], forced: !!m[6] });
    } else if (l !== '') other.push(l);
  }
  return { gc, other };
}

const GO_STATS_FIELDS = ['mallocs', 'frees', 'totalAlloc', 'heapAllocBefore', 'heapAllocAfter', 'numGC'];

function goRunWrapped(bin, settings, warm, statsFile) {
  rmSync(statsFile, { force: true });
  const env = { GOMAXPROCS: String(settings.GOMAXPROCS), GOGC: settings.GOGC, HEAPLAB_STATS: statsFile };
  if (settings.GOMEMLIMIT) env.GOMEMLIMIT = settings.GOMEMLIMIT;
  if (warm) env.HEAPLAB_WARM = '1';
  const r = sh(bin, [], { env });
  if (!existsSync(statsFile)) die(`${bin}: no stats written (exit ${r.code}):\n${r.stderr}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const firstLine = r.stderr.split('\n').find((l) => l !== '') ?? null;
  return { stats, obs: { what: `${basename(bin)} ${warm ? 'warm' : 'cold'}`, stdout: r.stdout, exitCode: r.code, stderrFirstLine: firstLine } };
}

/** Builds the wrapped program; returns the binary and the -m lines of user.go ("line:col: message"). */
function goBuildWrapped(go, work, name, userSrc) {
  const dir = join(work, name + '.wrap');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'user.go'), userSrc);
  copyFileSync(join(HARNESS, 'harness.go'), join(dir, 'harness.go'));
  const bin = join(work, name + '.wrapped');
  const r = mustOk(
    sh(go, ['build', '-tags', 'calibrate_harness', '-gcflags=-m', '-o', bin, 'user.go', 'harness.go'], { cwd: dir }),
    `go build (wrapped ${name})`,
  );
  return { bin, escape: escapeLines(r.stderr, 'user.go') };
}

function escapeLines(stderr, file) {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith(`./${file}:`))
    .map((l) => l.slice(`./${file}:`.length));
}

function runGo(go, out, only) {
  const dir = join(PROGRAMS, 'go');
  const work = join(out, 'programs-go');
  mkdirSync(work, { recursive: true });
  const names = listPrograms(dir, '.go', only);

  // Harness check: an empty userMain must measure 0 in every field.
  log('== go programs: harness check (empty main)');
  const emptyBin = goBuildWrapped(go, work, '_empty', 'package main\n\nfunc userMain() {\n}\n').bin;
  const harnessCheck = {};
  for (const warm of [false, true]) {
    const runs = [0, 1, 2].map(() => goRunWrapped(emptyBin, { GOGC: '100' }, warm, join(work, '_empty.stats.json')).stats);
    for (const s of runs) {
      if (s.mallocs || s.frees || s.totalAlloc || s.numGC || s.heapAllocAfter !== s.heapAllocBefore) {
        die(`harness check failed (${warm ? 'warm' : 'cold'}): the empty program measured ${JSON.stringify(s)}`);
      }
    }
    harnessCheck[warm ? 'warm' : 'cold'] = runs;
  }

  const programs = [];
  for (const name of names) {
    const file = `${name}.go`;
    const rel = relative(ROOT, join(dir, file));
    const src = readFileSync(join(dir, file), 'utf8');
    const variants = goVariants(src, rel);
    log(`== go ${name} (${variants.map((v) => `GOGC=${v.GOGC}${v.GOMEMLIMIT ? ' GOMEMLIMIT=' + v.GOMEMLIMIT : ''} x${v.runs}`).join(', ')})`);

    // The program as written: its binary, and the compiler's escape analysis (-m) lines.
    const bin = join(work, name);
    const b = mustOk(sh(go, ['build', '-gcflags=-m', '-o', bin, file], { cwd: dir }), `go build ${file}`);
    const escape = escapeLines(b.stderr, file);
    const w = goBuildWrapped(go, work, name, withoutMain(src, 'func userMain() {', rel));
    const wrapped = w.bin;
    // The wrapped copy must be compiled exactly like the program (userMain not inlined into the harness).
    const renamed = w.escape.map((l) => l.replace(/\buserMain\b/g, 'main'));
    if (JSON.stringify(renamed) !== JSON.stringify(escape)) {
      die(`${name}: the wrapped build's -m output differs from the program's:\n${renamed.join('\n')}\n---\n${escape.join('\n')}`);
    }

    const obs = [];
    const outVariants = [];
    for (const settings of variants) {
      const gcRuns = [];
      const cold = [];
      const warm = [];
      for (let i = 0; i < settings.runs; i++) {
        const env = { GOMAXPROCS: String(settings.GOMAXPROCS), GOGC: settings.GOGC, GODEBUG: 'gctrace=1' };
        if (settings.GOMEMLIMIT) env.GOMEMLIMIT = settings.GOMEMLIMIT;
        const r = sh(bin, [], { env });
        const { gc, other } = splitGoStderr(r.stderr);
        gcRuns.push(gc);
        obs.push({ what: `run ${i} ${JSON.stringify(settings)}`, stdout: r.stdout, exitCode: r.code, stderrFirstLine: other[0] ?? null });
        const c = goRunWrapped(wrapped, settings, false, join(work, name + '.stats.json'));
        const w = goRunWrapped(wrapped, settings, true, join(work, name + '.stats.json'));
        obs.push(c.obs, w.obs);
        cold.push(c.stats);
        warm.push(w.stats);
      }
      const counts = gcRuns.map((g) => g.length);
      const med = median(counts);
      const trace = gcRuns[counts.indexOf(med)];
      outVariants.push({
        settings,
        stats: medianStats(cold),
        statsWarm: medianStats(warm),
        statsRuns: { cold: cold.map((s) => GO_STATS_FIELDS.map((k) => s[k])), warm: warm.map((s) => GO_STATS_FIELDS.map((k) => s[k])) },
        gc: { runs: settings.runs, counts, min: Math.min(...counts), max: Math.max(...counts), median: med, forced: trace.filter((t) => t.forced).length, trace },
      });
    }
    const o = sameOutcome(name, obs);
    programs.push({ name, file: rel, summary: summary(src), stdout: o.stdout, exitCode: o.exitCode, stderrFirstLine: o.stderrFirstLine, variants: outVariants, escape });
  }
  return { statsFields: GO_STATS_FIELDS, harnessCheck, programs };
}

// ---------------------------------------------------------------------------
// Rust

const RUST_FLAGS = ['-O', '--edition', '2021'];

function bumpaloSource() {
  const reg = '/usr/share/cargo/registry';
  if (!existsSync(reg)) return null;
  const d = readdirSync(reg).filter((n) => /^bumpalo-\d/.test(n)).sort().pop();
  return d ? { dir: join(reg, d), version: d.slice('bumpalo-'.length) } : null;
}

const RUST_STATS_FIELDS = ['allocs', 'reallocs', 'deallocs', 'allocBytes', 'reallocBytes', 'requestedBytes', 'deallocBytes', 'peakLiveBytes', 'endLiveBytes'];

function rustStats(raw) {
  const s = {
    allocs: raw.allocs,
    reallocs: raw.reallocs,
    deallocs: raw.deallocs,
    allocBytes: raw.allocBytes,
    reallocBytes: raw.reallocBytes,
    requestedBytes: raw.allocBytes + raw.reallocBytes,
    deallocBytes: raw.deallocBytes,
    peakLiveBytes: raw.peakLiveBytes,
    endLiveBytes: raw.endLiveBytes,
    allocsZeroed: raw.allocsZeroed,
    eventCount: raw.eventCount,
    eventsTruncated: raw.eventsTruncated,
    events: raw.events,
  };
  return s;
}

/** First stderr line with the thread id (which differs per run) replaced by `<tid>`. */
function rustStderr(stderr) {
  const lines = stderr.split('\n').filter((l) => l !== '');
  const first = lines[0] ? lines[0].replace(/^thread '([^']*)' \(\d+\) panicked/, "thread '$1' (<tid>) panicked") : null;
  const panicMessage = first && / panicked at /.test(first) ? (lines[1] ?? null) : null;
  return { first, panicMessage };
}

function runRust(out, only) {
  const dir = join(PROGRAMS, 'rust');
  const work = join(out, 'programs-rust');
  mkdirSync(work, { recursive: true });
  const names = listPrograms(dir, '.rs', only);

  let bump = null;
  const needsBump = names.some((n) => /\bbumpalo::/.test(readFileSync(join(dir, n + '.rs'), 'utf8')));
  if (needsBump) {
    const srcInfo = bumpaloSource();
    if (!srcInfo) die('the Bump programs need bumpalo\'s source: apt-get install -y librust-bumpalo-dev');
    const lib = join(work, 'libbumpalo.rlib');
    log(`== rust: bumpalo ${srcInfo.version} as an rlib`);
    mustOk(
      sh('rustc', [...RUST_FLAGS, '--crate-type', 'rlib', '--crate-name', 'bumpalo', '--cap-lints', 'allow', '-o', lib, join(srcInfo.dir, 'src', 'lib.rs')]),
      'rustc bumpalo',
    );
    bump = { version: srcInfo.version, source: srcInfo.dir, lib };
  }
  const externs = (src) => (/\bbumpalo::/.test(src) ? ['--extern', `bumpalo=${bump.lib}`] : []);

  function buildWrapped(name, userSrc, extra = []) {
    const wdir = join(work, name + '.wrap');
    rmSync(wdir, { recursive: true, force: true });
    mkdirSync(wdir, { recursive: true });
    writeFileSync(join(wdir, 'user.rs'), userSrc);
    copyFileSync(join(HARNESS, 'harness.rs'), join(wdir, 'main.rs'));
    copyFileSync(join(CAL, 'rust', 'counting_alloc.rs'), join(wdir, 'counting_alloc.rs'));
    const bin = join(work, name + '.wrapped' + (extra.length ? '-debug' : ''));
    mustOk(sh('rustc', [...RUST_FLAGS, ...extra, '-A', 'warnings', ...externs(userSrc), '-o', bin, 'main.rs'], { cwd: wdir }), `rustc (wrapped ${name})`);
    return bin;
  }
  function runWrapped(bin, warm) {
    const statsFile = bin + '.stats.json';
    rmSync(statsFile, { force: true });
    const env = { HEAPLAB_STATS: statsFile, RUST_BACKTRACE: '0' };
    if (warm) env.HEAPLAB_WARM = '1';
    const r = sh(bin, [], { env });
    if (!existsSync(statsFile)) die(`${bin}: no stats written (exit ${r.code}):\n${r.stderr}`);
    const stats = rustStats(JSON.parse(readFileSync(statsFile, 'utf8')));
    const e = rustStderr(r.stderr);
    return { stats, obs: { what: `${basename(bin)} ${warm ? 'warm' : 'cold'}`, stdout: r.stdout, exitCode: r.code, stderrFirstLine: e.first && e.first.replace(/ at \S+$/, ' at …'), panicMessage: e.panicMessage } };
  }
  const figures = (s) => Object.fromEntries(RUST_STATS_FIELDS.map((k) => [k, s[k]]));
  const sameStats = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  log('== rust programs: harness check (empty main)');
  const emptyBin = buildWrapped('_empty', 'pub fn main() {\n}\n');
  const harnessCheck = {};
  for (const warm of [false, true]) {
    const s = runWrapped(emptyBin, warm).stats;
    if (s.allocs || s.reallocs || s.deallocs || s.allocBytes || s.peakLiveBytes) die(`harness check failed (${warm ? 'warm' : 'cold'}): ${JSON.stringify(s)}`);
    harnessCheck[warm ? 'warm' : 'cold'] = figures(s);
  }

  const programs = [];
  for (const name of names) {
    const file = `${name}.rs`;
    const rel = relative(ROOT, join(dir, file));
    const src = readFileSync(join(dir, file), 'utf8');
    log(`== rust ${name}`);
    const bin = join(work, name);
    mustOk(sh('rustc', [...RUST_FLAGS, ...externs(src), '-o', bin, file], { cwd: dir }), `rustc ${file}`);
    const userSrc = withoutMain(src, 'pub fn main() {', rel);
    const wrapped = buildWrapped(name, userSrc);
    const wrappedDebug = buildWrapped(name, userSrc, ['-C', 'opt-level=0']);

    const obs = [];
    let plain = null;
    for (let i = 0; i < 2; i++) {
      const r = sh(bin, [], { env: { RUST_BACKTRACE: '0' } });
      const e = rustStderr(r.stderr);
      plain ??= { stdout: r.stdout, exitCode: r.code, stderrFirstLine: e.first, panicMessage: e.panicMessage };
      obs.push({ what: `run ${i}`, stdout: r.stdout, exitCode: r.code, stderrFirstLine: e.first && e.first.replace(/ at \S+$/, ' at …'), panicMessage: e.panicMessage });
    }
    const cold = [runWrapped(wrapped, false), runWrapped(wrapped, false)];
    const warm = [runWrapped(wrapped, true), runWrapped(wrapped, true)];
    const debug = [runWrapped(wrappedDebug, false)];
    obs.push(...[...cold, ...warm, ...debug].map((x) => x.obs));
    sameOutcome(name, obs);
    for (const [a, b, what] of [[cold[0], cold[1], 'cold'], [warm[0], warm[1], 'warm']]) {
      if (!sameStats(a.stats, b.stats)) die(`${name}: allocator figures differ between two ${what} runs`);
    }
    const stats = cold[0].stats;
    const statsDebug = figures(debug[0].stats);
    programs.push({
      name,
      file: rel,
      summary: summary(src),
      stdout: plain.stdout,
      exitCode: plain.exitCode,
      stderrFirstLine: plain.stderrFirstLine,
      panicMessage: plain.panicMessage,
      stats,
      statsWarm: figures(warm[0].stats),
      // -C opt-level=0 build, recorded only where LLVM's optimizations changed the figures
      ...(sameStats(figures(stats), statsDebug) ? {} : { statsDebug }),
    });
  }
  return {
    bumpalo: bump ? { version: bump.version, source: `Debian librust-bumpalo-dev (${bump.source})` } : null,
    statsFields: RUST_STATS_FIELDS,
    harnessCheck,
    programs,
  };
}

// ---------------------------------------------------------------------------

let result;
if (lang === 'go') {
  const [go, outArg, ...only] = rest;
  const out = outArg && resolve(outArg);
  if (!go || !out) die('usage: node programs.mjs go <go-binary> <out-dir> [name ...]');
  result = runGo(go, out, only);
} else if (lang === 'rust') {
  const [outArg, ...only] = rest;
  const out = outArg && resolve(outArg);
  if (!out) die('usage: node programs.mjs rust <out-dir> [name ...]');
  result = runRust(out, only);
} else {
  die('usage: node programs.mjs go|rust ...');
}
process.stdout.write(JSON.stringify(result) + '\n');
