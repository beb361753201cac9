// Bundles the command-line tools (scripts/scenario.mts, scripts/gctrace.mts) into minified ES modules
// in dist/cli/: the entries, and one chunk per engine that the runner loads for the file it runs.
// `npm run scenario` and `npm run gctrace` then start without compiling TypeScript. Run at install (postinstall) and by `npm run build`;
// scripts/scenario.mjs rebuilds it whenever a source is newer than the bundle.
import { build } from 'esbuild';

export const ENTRY = 'scripts/scenario.mts';
export const ENTRIES = [ENTRY, 'scripts/gctrace.mts'];
export const OUTDIR = 'dist/cli';
export const OUT = `${OUTDIR}/scenario.mjs`;

export async function buildCli(root = process.cwd()) {
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: OUTDIR,
    splitting: true,
    chunkNames: 'engine-[hash]',
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
