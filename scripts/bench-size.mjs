// First-load JavaScript (gzip) of every exported page. Run after `npm run build`.
// --check exits 1 when a page is over its budget.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exportedRoutes, firstLoad } from './first-load.mjs';

const budgets = [{ match: /^\/lessons\/[^/]+\/$/, kB: 180, what: 'lesson pages' }];
const out = 'out';
if (!existsSync(path.join(out, 'index.html'))) {
  console.error('No export in out/: run `npm run build` first.');
  process.exit(1);
}

console.log('First-load JS (gzip) per exported page');
console.log('route'.padEnd(34) + 'files'.padStart(6) + 'kB gzip'.padStart(10) + '  budget');
let over = 0;
for (const r of exportedRoutes(out).map((route) => firstLoad(out, route))) {
  const b = budgets.find((x) => x.match.test(r.route));
  const ok = !b || r.kB <= b.kB;
  if (!ok) over++;
  console.log(r.route.padEnd(34) + String(r.files).padStart(6) + r.kB.toFixed(1).padStart(10) + (b ? `  ${b.kB} kB ${ok ? 'ok' : 'OVER'}` : ''));
}
if (process.argv.includes('--check') && over > 0) {
  console.error(`${over} page(s) over budget`);
  process.exit(1);
}
