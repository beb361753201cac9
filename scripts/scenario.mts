// The command-line runner: `npm run -s scenario -- FILE.go|FILE.rs [--gogc N|off] [--memlimit BYTES]
// [--gomaxprocs N] [--gctrace] [--json]`. Prints exactly the program's stdout (or one JSON object with
// --json); --gctrace makes a Go run print GODEBUG=gctrace=1 lines to stderr; compile errors go to
// stderr as FILE:LINE:COL: message with exit status 1. `npm run scenario` runs the bundle of this file
// (scripts/build-cli.mjs); the tests run it through tsx as well.
import { readFileSync } from 'node:fs';
import { parseScenarioArgs } from '../lib/runtime/cli-args';
import { loadEngine } from '../lib/runtime/engine';
import { scenarioJson } from '../lib/runtime/scenario-json';

let args;
try {
  args = parseScenarioArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}

let source: string;
try {
  source = readFileSync(args.file, 'utf8');
} catch (e) {
  process.stderr.write(`${args.file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
  process.exit(1);
}

const engine = await loadEngine(args.file.endsWith('.go') ? 'go' : 'rust');
const result = engine.run(source, args.opts);
if (args.json) {
  process.stdout.write(JSON.stringify(scenarioJson(result)) + '\n');
  if (args.opts.gctrace && result.stderr) process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : result.stderr + '\n');
} else {
  process.stdout.write(result.stdout);
  if (result.diagnostics.length > 0) {
    // The compilers' style, one line per place (the engine's own stderr repeats these in the
    // toolchain's format, for the playground).
    for (const d of result.diagnostics) {
      process.stderr.write(`${args.file}:${d.line}:${d.column}: ${d.code ? `error[${d.code}]: ` : ''}${d.message}\n`);
      for (const n of d.notes ?? []) process.stderr.write(`${args.file}:${n.line}:${n.column}: note: ${n.message}\n`);
    }
  } else if (result.stderr) {
    process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : result.stderr + '\n');
  }
  if (result.budget) process.stderr.write(`${result.budget.message}\n`);
}
process.exitCode = result.exitCode;
