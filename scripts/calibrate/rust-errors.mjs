// Compiles every program of the must-not-compile corpus (programs/rust-fail/*.rs) with the real
// rustc and prints the raw fixture JSON on stdout (run.sh passes it through format-fixture.mjs into
// tests/fixtures/calibration/rust-errors.json). See README.md, "Programs that must not compile".
//
// usage: node rust-errors.mjs <out-dir> [name ...]
// With names, only those programs are compiled (for development; run.sh compiles all).
//
// Each program is built with `rustc --edition 2021 --error-format=json` (as a binary, into
// <out-dir>/rust-fail/) and must fail. The fixture keeps the FIRST error: its code, message, the
// primary span's line/column/label and every labelled span (primary or not) in rustc's order; the
// `note:`/`help:` children are kept as plain text (informational). A program that compiles, or
// whose first error has no code, stops the script (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAL = dirname(fileURLToPath(import.meta.url));
const DIR = join(CAL, 'programs', 'rust-fail');

const [outDir, ...only] = process.argv.slice(2);
function die(msg) {
  console.error('rust-errors.mjs: ' + msg);
  process.exit(1);
}
if (!outDir) die('usage: node rust-errors.mjs <out-dir> [name ...]');
const OUT = join(resolve(outDir), 'rust-fail');
mkdirSync(OUT, { recursive: true });

let names = readdirSync(DIR)
  .filter((f) => f.endsWith('.rs'))
  .map((f) => f.slice(0, -3))
  .sort();
if (only.length) {
  for (const n of only) if (!names.includes(n)) die(`no program ${n}.rs in ${DIR}`);
  names = names.filter((n) => only.includes(n));
}

const env = { ...process.env };
delete env.RUSTFLAGS;
const version = spawnSync('rustc', ['--version'], { encoding: 'utf8', env });
if (version.status !== 0) die('rustc not found');

const programs = {};
for (const name of names) {
  const file = join(DIR, name + '.rs');
  const src = readFileSync(file, 'utf8');
  const summary = /^\/\/ (.*)/.exec(src);
  if (!summary) die(`${name}.rs must start with a \`// \` comment saying what it teaches`);
  console.error(`== ${name}`);
  // Relative path and cwd = the folder, so rustc's messages name the file alone.
  const r = spawnSync('rustc', ['--edition', '2021', '--error-format=json', '-o', join(OUT, name), name + '.rs'], { cwd: DIR, encoding: 'utf8', env, maxBuffer: 64 << 20 });
  if (r.error) die(`rustc: ${r.error.message}`);
  if (r.status === 0) die(`${name}.rs compiled: every program here must fail`);
  const diags = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const errors = diags.filter((d) => d.level === 'error' && d.code);
  if (!errors.length) die(`${name}.rs: no error with a code in rustc's output:\n${r.stderr}`);
  const d = errors[0];
  const spanOf = (s) => ({ line: s.line_start, column: s.column_start, endLine: s.line_end, endColumn: s.column_end, ...(s.label ? { label: s.label } : {}) });
  const primary = d.spans.find((s) => s.is_primary);
  if (!primary) die(`${name}.rs: the first error has no primary span`);
  programs[name] = {
    summary: summary[1],
    code: d.code.code,
    message: d.message,
    primary: spanOf(primary),
    // every labelled span, in rustc's order (the primary one too if it has a label; spans that are
    // only highlighted, with an empty label, are left out)
    labels: d.spans.filter((s) => s.label).map((s) => ({ line: s.line_start, column: s.column_start, label: s.label, ...(s.is_primary ? { primary: true } : {}) })),
    children: d.children.map((c) => `${c.level}: ${c.message}`),
    errorCount: errors.length,
  };
}

process.stdout.write(JSON.stringify({ command: 'rustc --edition 2021 --error-format=json NAME.rs', programs }) + '\n');
