// Records some corpus programs on the real toolchain and merges them into the committed fixture
// (the other programs' entries stay as recorded). For adding or re-recording a few programs
// without a full `npm run calibrate`; run.sh still regenerates everything.
//
// usage: node scripts/calibrate/add-programs.mjs go|rust name [name ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAL = dirname(fileURLToPath(import.meta.url));
const ROOT = join(CAL, '..', '..');
const OUT = join(CAL, 'out');
const [lang, ...names] = process.argv.slice(2);
if ((lang !== 'go' && lang !== 'rust') || names.length === 0) {
  console.error('usage: node scripts/calibrate/add-programs.mjs go|rust name [name ...]');
  process.exit(2);
}
const GO = process.env.GO || '/usr/lib/go-1.23/bin/go';
mkdirSync(OUT, { recursive: true });
const args = lang === 'go' ? [join(CAL, 'programs.mjs'), 'go', GO, OUT, ...names] : [join(CAL, 'programs.mjs'), 'rust', OUT, ...names];
const r = spawnSync('node', args, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 1);
const fresh = JSON.parse(r.stdout);
const fixturePath = join(ROOT, 'tests', 'fixtures', 'calibration', `programs-${lang}.json`);
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
const toolchain = lang === 'go' ? spawnSync(GO, ['version'], { encoding: 'utf8' }).stdout.trim() : spawnSync('rustc', ['--version'], { encoding: 'utf8' }).stdout.trim();
if (fixture.toolchain !== toolchain) {
  console.error(`add-programs: the fixture was recorded with ${fixture.toolchain}, this is ${toolchain}; run the full calibration instead`);
  process.exit(1);
}
for (const k of Object.keys(fresh)) {
  // harnessCheck varies in heapAlloc; programs.mjs already failed if the harness measured anything.
  // bumpalo is null when none of the programs recorded here uses it (its build is skipped).
  if (k === 'bumpalo' && fresh[k] === null) continue;
  if (k !== 'programs' && k !== 'harnessCheck' && JSON.stringify(fresh[k]) !== JSON.stringify(fixture[k])) {
    console.error(`add-programs: "${k}" differs from the fixture's (${JSON.stringify(fresh[k])}); run the full calibration instead`);
    process.exit(1);
  }
}
const byName = new Map(fixture.programs.map((p) => [p.name, p]));
for (const p of fresh.programs) byName.set(p.name, p);
const rest = { ...fixture };
delete rest.toolchain;
delete rest.generatedBy;
const raw = { ...rest, programs: [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
const rawPath = join(OUT, `programs-${lang}.merged.raw.json`);
writeFileSync(rawPath, JSON.stringify(raw));
const f = spawnSync('node', [join(CAL, 'format-fixture.mjs'), toolchain, rawPath, fixturePath], { stdio: 'inherit' });
if (f.status !== 0) process.exit(f.status ?? 1);
console.error(`add-programs: ${fresh.programs.map((p) => p.name).join(', ')} merged into ${fixturePath}`);
