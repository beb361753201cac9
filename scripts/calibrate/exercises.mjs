// "Try it on your machine", checked: for every exercise (content/lessons/*/exercises/*), generates
// the test file the page offers (lib/exercises/export.ts) around the starting program and around
// the reference solution, compiles and runs each on the real toolchains, and prints the raw fixture
// JSON on stdout (run.sh formats it into tests/fixtures/calibration/exercises.json). It also runs
// both programs as written, for their real output and (Go) their GC cycle counts.
//
// The exported assertions must pass for the solution, and for the starting program fail exactly
// for the checks the exercise says it fails; anything else (or a file that does not compile, unless
// the exercise says its start does not: "runs" in startFails) exits 1.
//
// usage: node scripts/calibrate/exercises.mjs <go-binary> <out-dir> [exercise-id ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const CAL = dirname(fileURLToPath(import.meta.url));
const ROOT = join(CAL, '..', '..');
const RUNS = 3;
const TIMEOUT_MS = 300_000;

const [goBin, outDir, ...only] = process.argv.slice(2);
const log = (...a) => console.error(...a);
function die(msg) {
  log('exercises.mjs: ' + msg);
  process.exit(1);
}
if (!goBin || !outDir) die('usage: node scripts/calibrate/exercises.mjs <go-binary> <out-dir> [exercise-id ...]');

process.chdir(ROOT); // the loader reads content/ relative to the project
const { loadExercises } = await tsImport(join(ROOT, 'lib/exercises/load.ts'), import.meta.url);
const { exportFor, exportableChecks } = await tsImport(join(ROOT, 'lib/exercises/export.ts'), import.meta.url);

const BASE_ENV = { ...process.env };
for (const k of ['GOGC', 'GOMEMLIMIT', 'GODEBUG', 'GOMAXPROCS', 'GOEXPERIMENT', 'RUST_BACKTRACE', 'RUST_LIB_BACKTRACE']) delete BASE_ENV[k];
Object.assign(BASE_ENV, { GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GOWORK: 'off', CGO_ENABLED: '0', GO111MODULE: 'on', RUST_BACKTRACE: '0' });

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: TIMEOUT_MS, ...opts, env: { ...BASE_ENV, ...(opts.env || {}) } });
  if (r.error) die(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? 128 };
}

/** The environment a Go program of this exercise runs with (its settings). */
function goEnv(settings) {
  const env = { GOGC: String(settings.gogc), GOMAXPROCS: String(settings.gomaxprocs) };
  if (settings.memlimitMiB !== null) env.GOMEMLIMIT = `${settings.memlimitMiB}MiB`;
  return env;
}

/** The first error line of a failed build (`main.go:12:5: …` or `error[E0382]: … --> main.rs:13:9`). */
function firstError(lang, out) {
  if (lang === 'go') {
    const m = /^\S*?main(?:_test)?\.go:(\d+):(\d+): (.*)$/m.exec(out) ?? /^\S*?exercise_test\.go:(\d+):(\d+): (.*)$/m.exec(out);
    return m ? { line: Number(m[1]), column: Number(m[2]), message: m[3] } : { message: out.split('\n')[0] };
  }
  const m = /^error(?:\[(E\d+)\])?: (.*)\n\s*--> [^:]+:(\d+):(\d+)/m.exec(out);
  return m ? { code: m[1], message: m[2], line: Number(m[3]), column: Number(m[4]) } : { message: out.split('\n')[0] };
}

/** A starting program may be meant not to compile (its stated failure is the implicit "runs" check). */
const mayNotCompile = (ex, variant) => variant === 'start' && ex.startFails.includes('runs');

/** Runs the program as written: its stdout, exit code and (Go) GC cycles per run. */
function runProgram(ex, code, dir, variant) {
  mkdirSync(dir, { recursive: true });
  const failedBuild = (b) => {
    if (!mayNotCompile(ex, variant)) die(`${ex.id}: the ${variant} program does not build:\n${b.stderr}`);
    return { compiles: false, error: firstError(ex.language, b.stderr) };
  };
  if (ex.language === 'go') {
    writeFileSync(join(dir, 'main.go'), code);
    const b = sh(goBin, ['build', '-o', 'prog', 'main.go'], { cwd: dir });
    if (b.code !== 0) return failedBuild(b);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = sh(join(dir, 'prog'), [], { cwd: dir, env: { ...goEnv(ex.settings), GODEBUG: 'gctrace=1' } });
      runs.push({ stdout: r.stdout, exitCode: r.code, gc: r.stderr.split('\n').filter((l) => /^gc \d+ @/.test(l)).length });
    }
    if (runs.some((r) => r.stdout !== runs[0].stdout || r.exitCode !== runs[0].exitCode)) die(`${ex.id}: the program's output differs between runs`);
    return { stdout: runs[0].stdout, exitCode: runs[0].exitCode, gcCycles: runs.map((r) => r.gc) };
  }
  writeFileSync(join(dir, 'main.rs'), code);
  const b = sh('rustc', ['--edition', '2021', '-O', '-o', 'prog', 'main.rs'], { cwd: dir });
  if (b.code !== 0) return failedBuild(b);
  const r = sh(join(dir, 'prog'), [], { cwd: dir });
  return { stdout: r.stdout, exitCode: r.code };
}

/** Compiles and runs an exported test file RUNS times: per check, pass or fail, and what it measured. */
function runExport(ex, file, dir, checkIds, variant) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file.filename), file.source);
  const runs = [];
  // A start meant not to compile: its test file does not compile either, so every assertion fails.
  const notCompiled = (out, code) => {
    if (!mayNotCompile(ex, variant)) die(`${ex.id}: ${dir}/${file.filename} does not compile:\n${out}`);
    return { exitCode: code, compiles: false, error: firstError(ex.language, out), results: Object.fromEntries(checkIds.map((id) => [id, 'fail'])), runs: [] };
  };
  if (ex.language === 'go') {
    for (let i = 0; i < RUNS; i++) {
      const r = sh(goBin, ['test', '-v', '-count=1', '-bench', '.', '-benchmem', file.filename], { cwd: dir, env: { GOMAXPROCS: String(ex.settings.gomaxprocs) } });
      const out = r.stdout + r.stderr;
      if (/\[(build|setup) failed\]/.test(out)) return notCompiled(out, r.code);
      const results = {};
      const measured = {};
      for (const id of checkIds) {
        const fn = `TestHeaplab_${goIdent(id)}`;
        const m = new RegExp(`--- (PASS|FAIL): ${fn} `).exec(out);
        if (!m) die(`${ex.id}: no result for ${fn} in:\n${out}`);
        results[id] = m[1] === 'PASS' ? 'pass' : 'fail';
        const v = new RegExp(`heaplab ${id}: ([0-9.]+)`).exec(out);
        if (v) measured[id] = Number(v[1]);
      }
      const bench = /^Benchmark\S+\s+\d+\s+[\d.]+ ns\/op\s+(\d+) B\/op\s+(\d+) allocs\/op/m.exec(out);
      runs.push({ exitCode: r.code, results, measured, ...(bench ? { bench: { bytesPerOp: Number(bench[1]), allocsPerOp: Number(bench[2]) } } : {}) });
    }
  } else {
    const b = sh('rustc', ['--edition', '2021', '-O', '--test', file.filename, '-o', 'exercise_test'], { cwd: dir });
    if (b.code !== 0) return notCompiled(b.stderr, b.code);
    for (let i = 0; i < RUNS; i++) {
      const r = sh(join(dir, 'exercise_test'), ['--nocapture', '--test-threads=1'], { cwd: dir });
      const out = r.stdout + r.stderr;
      const results = {};
      const measured = {};
      for (const id of checkIds) {
        const fn = `heaplab_checks::heaplab_${rustIdent(id)}`;
        // With --nocapture the test's own line can come between the name and its result: the
        // failures are read from the list of names at the end instead.
        if (!out.includes(`test ${fn} ... `)) die(`${ex.id}: no result for ${fn} in:\n${out}`);
        const failed = [...out.matchAll(/^failures:\n((?: {4}\S+\n)+)/gm)].some((m) => m[1].split('\n').map((l) => l.trim()).includes(fn));
        results[id] = failed ? 'fail' : 'pass';
        const v = new RegExp(`heaplab ${id}: (\\d+) allocs/op, (\\d+) B/op`).exec(out);
        if (v) measured[id] = { allocs: Number(v[1]), bytes: Number(v[2]) };
      }
      runs.push({ exitCode: r.code, results, measured });
    }
  }
  for (const r of runs) {
    if (JSON.stringify(r.results) !== JSON.stringify(runs[0].results)) die(`${ex.id}: ${file.filename} passes in one run and fails in another: ${JSON.stringify(runs.map((x) => x.results))}`);
  }
  return { exitCode: runs[0].exitCode, results: runs[0].results, runs: runs.map(({ measured, bench }) => ({ measured, ...(bench ? { bench } : {}) })) };
}

// Kept in step with lib/exercises/export.ts.
const goIdent = (s) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch) => (ch ? ch.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());
const rustIdent = (s) => s.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();

const exercises = loadExercises().filter((e) => only.length === 0 || only.includes(e.id));
if (only.length && exercises.length !== only.length) die(`unknown exercise id among: ${only.join(', ')}`);
const base = join(resolve(outDir), 'exercises');
rmSync(base, { recursive: true, force: true });
const out = [];
for (const ex of exercises) {
  log(`== ${ex.id} (${ex.language})`);
  const checks = exportableChecks(ex).map((c) => c.id);
  const entry = { id: ex.id, lesson: ex.lesson, language: ex.language, settings: ex.settings, asserts: checks, startFails: ex.startFails, variants: {} };
  for (const variant of ['start', 'solution']) {
    const code = ex[variant];
    const dir = join(base, ex.id, variant);
    const program = runProgram(ex, code, join(dir, 'program'), variant);
    const file = exportFor(ex, code);
    const v = { program };
    if (file) {
      v.export = { filename: file.filename, command: file.command, source: file.source, ...runExport(ex, file, join(dir, 'export'), checks, variant) };
      for (const id of checks) {
        // A start that does not compile fails everything; otherwise exactly what it says it fails.
        const want = variant === 'solution' || !(ex.startFails.includes(id) || mayNotCompile(ex, variant)) ? 'pass' : 'fail';
        if (v.export.results[id] !== want) die(`${ex.id} ${variant}: the exported check "${id}" should ${want === 'pass' ? 'pass' : 'fail'} on the real toolchain but it ${v.export.results[id] === 'pass' ? 'passes' : 'fails'} (see ${join(dir, 'export')})`);
      }
      const shouldFail = variant === 'start' && (mayNotCompile(ex, variant) || checks.some((id) => ex.startFails.includes(id)));
      if (shouldFail !== (v.export.exitCode !== 0)) die(`${ex.id} ${variant}: the test file exited with ${v.export.exitCode}`);
      log(`   ${variant}: ${JSON.stringify(v.export.results)} ${v.export.compiles === false ? `does not compile: ${JSON.stringify(v.export.error)}` : JSON.stringify(v.export.runs[0].measured)}`);
    }
    entry.variants[variant] = v;
  }
  if (entry.variants.start.program.compiles !== false && entry.variants.start.program.stdout !== entry.variants.solution.program.stdout) log(`   note: the start and the solution print different output`);
  out.push(entry);
}
process.stdout.write(JSON.stringify({ exercises: out }) + '\n');
