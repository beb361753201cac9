// First-load JavaScript of every exported page: the gzip size of the <script src> files its
// HTML loads (noModule polyfills excluded, as modern browsers skip them). Run after `npm run build`.
// --check exits 1 when a page is over its budget.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = [{ match: /^\/lessons\/[^/]+\/$/, kB: 180, what: 'lesson pages' }];
const out = 'out';
if (!existsSync(path.join(out, 'index.html'))) {
  console.error('No export in out/: run `npm run build` first.');
  process.exit(1);
}

function pages(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === '_next' ? [] : pages(p);
    return f === 'index.html' ? [p] : [];
  });
}

const gz = new Map();
function gzipKB(src) {
  if (!gz.has(src)) gz.set(src, gzipSync(readFileSync(path.join(out, src.split('?')[0]))).length / 1000);
  return gz.get(src);
}

const rows = pages(out).map((file) => {
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter(Boolean);
  const route = '/' + path.relative(out, path.dirname(file)).split(path.sep).join('/') + '/';
  const kB = [...new Set(scripts)].reduce((sum, s) => sum + gzipKB(s), 0);
  return { route: route.replace('//', '/'), files: new Set(scripts).size, kB };
});

rows.sort((a, b) => a.route.localeCompare(b.route));
console.log('First-load JS (gzip) per exported page');
console.log('route'.padEnd(34) + 'files'.padStart(6) + 'kB gzip'.padStart(10) + '  budget');
let over = 0;
for (const r of rows) {
  const b = budgets.find((x) => x.match.test(r.route));
  const ok = !b || r.kB <= b.kB;
  if (!ok) over++;
  console.log(r.route.padEnd(34) + String(r.files).padStart(6) + r.kB.toFixed(1).padStart(10) + (b ? `  ${b.kB} kB ${ok ? 'ok' : 'OVER'}` : ''));
}
if (process.argv.includes('--check') && over > 0) {
  console.error(`${over} page(s) over budget`);
  process.exit(1);
}
