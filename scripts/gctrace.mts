// `npm run -s gctrace -- FILE|- [--json] [--whatif-gogc N|off] [--whatif-memlimit BYTES|512MiB]`:
// reads a GODEBUG=gctrace=1 log (a file, or stdin with -), prints its cycles, the fitted workload,
// the replay's error on the observed settings and the what-if replay (one JSON object with --json).
// `npm run gctrace` runs the bundle of this file (scripts/build-cli.mjs, scripts/gctrace.mjs).
import { readFileSync } from 'node:fs';
import { analyzeGctrace, gctraceJson, gctraceText, parseGctraceArgs } from '../lib/go/gctrace-import/cli';

let args;
try {
  args = parseGctraceArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
} catch (e) {
  process.stderr.write(`${args.file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
  process.exit(1);
}

const report = analyzeGctrace(text, args.whatif);
if (args.json) process.stdout.write(JSON.stringify(gctraceJson(report)) + '\n');
else process.stdout.write(gctraceText(report));
if (report.parsed.cycles.length === 0) {
  process.stderr.write(`${args.file}: no gctrace cycle lines (run the program with GODEBUG=gctrace=1)\n`);
  process.exitCode = 1;
}
