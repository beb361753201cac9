// `npm start`: builds the static export if it is missing or older than the sources, then serves it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sources = ['app', 'components', 'content', 'lib', 'public', 'package.json', 'next.config.ts', 'mdx-components.tsx'];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

const built = existsSync('out/index.html') ? statSync('out/index.html').mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('Building the static export (out/)…');
  execSync('npm run -s build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}
const port = process.env.PORT ?? '3000';
console.log(`Heaplab: http://127.0.0.1:${port}/`);
await import('./serve.mjs');
