// Bundles each language's run worker into one self-contained classic script in public/workers/
// (content-hashed name, minified), and writes public/workers/manifest.json for the page. One file
// per worker means one request and no chunk loading inside the worker, and a URL the page knows
// at build time, so an inline script can start the worker while the page is still parsing.
// Run by `npm run build` (and `npm run dev`) before Next.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const OUT = 'public/workers';
const ENTRIES = { go: 'components/Playground/go.worker.ts', rust: 'components/Playground/rust.worker.ts' };

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) rmSync(path.join(OUT, f));

const manifest = {};
for (const [lang, entry] of Object.entries(ENTRIES)) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  const code = r.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const file = `${lang}.${hash}.js`;
  writeFileSync(path.join(OUT, file), code);
  manifest[lang] = `/workers/${file}`;
  console.log(`worker ${lang}: ${manifest[lang]} (${(code.length / 1000).toFixed(0)} kB)`);
}
writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
