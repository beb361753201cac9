// Command-line runner start-up: wall time of a one-line Go and Rust program, median of 15 runs,
// through the launcher (node scripts/scenario.mjs: the prebuilt bundle) and through
// `npm run -s scenario` (which adds npm's own start-up). Target: the runner within 200 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
const files = {
  go: path.join(dir, 'one.go'),
  rust: path.join(dir, 'one.rs'),
};
writeFileSync(files.go, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n');
writeFileSync(files.rust, 'fn main() {\n    println!("hi");\n}\n');

function median(cmd, args, n = 15) {
  execFileSync(cmd, args); // the first run may rebuild a stale bundle: not counted
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    execFileSync(cmd, args);
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(n / 2)];
}

console.log('\nCommand-line runner start-up, one-line program (ms, median of 15; target ≤ 200 for the runner)');
console.log(`  node itself (node -e 0)                     ${median(process.execPath, ['-e', '0']).toFixed(0)}`);
for (const lang of ['go', 'rust']) {
  const ms = median(process.execPath, ['scripts/scenario.mjs', files[lang]]);
  console.log(`  ${lang.padEnd(5)} node scripts/scenario.mjs FILE        ${ms.toFixed(0)}${ms > 200 ? '  OVER TARGET' : ''}`);
  console.log(`  ${lang.padEnd(5)} npm run -s scenario -- FILE           ${median('npm', ['run', '-s', 'scenario', '--', files[lang]], 7).toFixed(0)}`);
}
