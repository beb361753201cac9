// Build time only (reads files): where scripts/build-workers.mjs put each language's run worker.

import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from './settings';

export type WorkerUrls = Record<Lang, string>;

export function loadWorkerUrls(dir = path.join(process.cwd(), 'public/workers')): WorkerUrls {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the run workers are built by \`node scripts/build-workers.mjs\` (part of \`npm run build\`).`);
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WorkerUrls>;
  if (typeof m.go !== 'string' || typeof m.rust !== 'string') throw new Error(`${file} does not name both workers`);
  return { go: m.go, rust: m.rust };
}
