// `npm run scenario` (and, through scripts/gctrace.mjs, `npm run gctrace`): runs the prebuilt bundle
// of a command-line tool (dist/cli, made at install and by `npm run build`), rebuilding it first if it
// is missing or older than a source, so an edited engine never runs stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tool = globalThis.__heaplabCliTool ?? 'scenario';
const out = `${root}dist/cli/${tool}.mjs`;

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const f of readdirSync(p)) m = Math.max(m, newest(`${p}/${f}`));
  return m;
}

const sources = [`${root}lib`, `${root}scripts/scenario.mts`, `${root}scripts/gctrace.mts`, `${root}tsconfig.json`];
if (!existsSync(out) || statSync(out).mtimeMs < Math.max(...sources.map(newest))) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli(root);
}
await import(out);
