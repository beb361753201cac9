// First result on a cold load (issue: "the first result in a second"), after `npm run build`:
//  1. a shared link (a Go program, a Go pair compared under two settings, a Rust program): from
//     navigation to the program's output on screen;
//  2. the playground without a link: from pressing Run, as soon as the button takes a press, to the output.
// Each is five loads, each in a fresh browser context (an empty cache); the script prints every
// figure and the median, and the layout shift the page made up to Monaco's arrival (CLS).
// usage: node scripts/bench-first-result.mjs [--port 4181] [--runs 5]
import { readFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer, stopServer, waitFor } from './bench-server.mjs';
import { encodeShare } from './share-link.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const port = opt('--port', '4181');
const runs = Number(opt('--runs', '5'));
const base = `http://127.0.0.1:${port}`;
const TARGET_MS = 1200;

const examples = JSON.parse(readFileSync('content/playground/examples/index.json', 'utf8'));
const firstGo = readFileSync(`content/playground/examples/${examples.find((e) => e.lang === 'go').file}`, 'utf8');

const linkOf = (fixture) => {
  const u = new URL(JSON.parse(readFileSync(`tests/fixtures/share-links/${fixture}`, 'utf8')).link);
  return `${base}${u.pathname}${u.hash}`;
};

/** Sums layout shifts from the start, as the CLS metric does (shifts right after input excluded). */
function observeShifts() {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

const outputShown = () => (document.querySelector('.pg-output .pg-exit') ? performance.now() : false);

async function coldLoad(browser, url, pressRun) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(observeShifts);
  await page.goto(url, { waitUntil: 'commit' });
  let pressedAt = 0;
  if (pressRun) {
    // Press the moment the button takes a press (the skeleton's, or the playground's).
    pressedAt = await page.waitForFunction(
      () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Run' && !x.disabled);
        if (!b) return false;
        b.click();
        return performance.now();
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    ).then((h) => h.jsonValue());
  }
  const shownAt = await page.waitForFunction(outputShown, null, { polling: 'raf', timeout: 30_000 }).then((h) => h.jsonValue());
  await page.waitForFunction(() => !!window.__heaplabMonaco, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.__shift);
  await ctx.close();
  return { ms: shownAt - pressedAt, pressedAt, shift };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!existsSync('out/playground/index.html')) {
    console.error('No export in out/: run `npm run build` first.');
    process.exit(1);
  }
  const server = startServer(port);
  let browser;
  let failed = false;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    await waitFor(`${base}/playground/`);
    const cases = [
      ['Go link (the first example) → output', `${base}/playground/#${await encodeShare({ v: 1, a: { lang: 'go', code: firstGo, settings: { gogc: 100, memlimitMiB: null, gomaxprocs: 1 } } })}`, false],
      ['Go link (two runs, compared) → output', linkOf('v1-go-gogc-compare.json'), false],
      ['Rust link → output', linkOf('v1-rust-edited.json'), false],
      ['no link: Run pressed → output', `${base}/playground/`, true],
    ];
    console.log(`\nFirst result on a cold load (ms; ${runs} loads each, fresh context, 1280×900; target: median ≤ ${TARGET_MS})`);
    for (const [name, url, press] of cases) {
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await coldLoad(browser, url, press));
      const m = median(rs.map((r) => r.ms));
      if (m > TARGET_MS) failed = true;
      const extra = press ? `; pressed at ${rs.map((r) => r.pressedAt.toFixed(0)).join(', ')} ms` : '';
      console.log(`  ${name.padEnd(40)} ${rs.map((r) => r.ms.toFixed(0)).join(', ')}  median ${m.toFixed(0)}${m > TARGET_MS ? '  OVER TARGET' : ''}`);
      console.log(`  ${''.padEnd(40)} layout shift (CLS) up to Monaco: ${rs.map((r) => r.shift.toFixed(3)).join(', ')}${extra}`);
    }
  } finally {
    await browser?.close();
    await stopServer(server);
  }
  if (failed && args.includes("--check")) process.exitCode = 1;
}

await main();
