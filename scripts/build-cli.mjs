// Bundles the command-line runner (scripts/scenario.mts) into minified ES modules in dist/cli/:
// the entry, and one chunk per engine that it loads for the file it runs. `npm run scenario` then
// starts without compiling TypeScript. Run at install (postinstall) and by `npm run build`;
// scripts/scenario.mjs rebuilds it whenever a source is newer than the bundle.
import { build } from 'esbuild';

export const ENTRY = 'scripts/scenario.mts';
export const OUTDIR = 'dist/cli';
export const OUT = `${OUTDIR}/scenario.mjs`;

export async function buildCli(root = process.cwd()) {
  await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
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
