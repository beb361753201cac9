// Playground benchmark, after `npm run build`:
//  1. first-load JS of /playground/ (gzip), computed as scripts/bench-size.mjs does, and a check that
//     no Monaco chunk is in it;
//  2. Monaco's lazily loaded size: gzip of the files a desktop visit fetches that a phone-sized visit
//     (textarea, no Monaco) does not: the editor chunks, CSS, font and editor worker;
//  3. time from Run to first chart, per example (headless Chromium against the export on loopback),
//     for the first run (the worker starts) and a second run (warm).
// usage: node scripts/bench-playground.mjs [--port 4180] [--verbose]
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer, stopServer, waitFor } from './bench-server.mjs';
import { firstLoad, firstLoadScripts as sharedFirstLoadScripts, gzipKB as sharedGzipKB } from './first-load.mjs';

const out = 'out';
const args = process.argv.slice(2);
const port = args.includes('--port') ? args[args.indexOf('--port') + 1] : '4180';
const base = `http://127.0.0.1:${port}`;

// 1. first-load JS comes from the same code as scripts/bench-size.mjs (scripts/first-load.mjs).
const firstLoadScripts = (route) => sharedFirstLoadScripts(out, route);
const gzipKB = (rel) => sharedGzipKB(out, rel);

/** Same-origin files fetched during a visit (pages, their workers included). */
async function fetchedFiles(browser, viewport, ready) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  const files = new Set();
  const note = (u) => {
    const url = new URL(u);
    if (url.origin === base && (url.pathname.startsWith('/_next/') || url.pathname.startsWith('/workers/'))) files.add(url.pathname);
  };
  ctx.on('request', (r) => note(r.url()));
  page.on('worker', (w) => note(w.url()));
  await page.goto(`${base}/playground/`);
  await ready(page);
  // The check worker starts on mount and then imports its chunks: let that settle too.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await ctx.close();
  return files;
}

const monacoReady = (page) => page.waitForFunction(() => !!window.__heaplabMonaco?.editor.getEditors()[0], null, { timeout: 60_000 });
const plainReady = (page) => page.getByRole('textbox', { name: /program source/ }).waitFor();

async function runToChart(page) {
  return page.evaluate(async () => {
    const btn = [...document.querySelectorAll('button')].find((b) => /^Run( again)?$/.test(b.textContent ?? ''));
    const drawn = () => Number(document.querySelector('.pg-chart svg')?.getAttribute('data-drawn') ?? 0);
    const before = drawn();
    const t0 = performance.now();
    btn.click();
    await new Promise((resolve, reject) => {
      const stop = setTimeout(() => reject(new Error('no chart after 60 s')), 60_000);
      const check = () => {
        // A run that did not compile (or failed) draws nothing: stop waiting, there is no time to report.
        const status = document.querySelector('.pg-status')?.textContent ?? '';
        const noChart = /did not compile/.test(document.querySelector('.pg-exit')?.textContent ?? '') || status.startsWith('The run failed');
        if (drawn() > before || (noChart && !status.startsWith('Running'))) {
          clearTimeout(stop);
          resolve();
        } else requestAnimationFrame(check);
      };
      check();
    });
    const ms = performance.now() - t0;
    return document.querySelector('path.pg-heap.pg-s-a')?.getAttribute('d') ? ms : null;
  });
}

const fmtMs = (ms) => (ms === null ? 'no chart' : ms.toFixed(0));

async function main() {
  if (!existsSync(path.join(out, 'playground', 'index.html'))) {
    console.error('No export in out/: run `npm run build` first.');
    process.exit(1);
  }
  const fl = firstLoad(out, '/playground/');
  const server = startServer(port);
  server.on('exit', (code) => code && console.error(`scripts/serve.mjs exited with ${code} (is port ${port} taken?)`));
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    await waitFor(`${base}/playground/`);
    const desktop = await fetchedFiles(browser, { width: 1280, height: 900 }, monacoReady);
    const phone = await fetchedFiles(browser, { width: 390, height: 844 }, plainReady);
    const monacoOnly = [...desktop].filter((f) => !phone.has(f) && existsSync(path.join(out, f)) && statSync(path.join(out, f)).isFile());
    const monacoKB = monacoOnly.reduce((t, f) => t + gzipKB(f), 0);
    const rawKB = monacoOnly.reduce((t, f) => t + statSync(path.join(out, f)).size / 1000, 0);
    const leaked = firstLoadScripts('playground').filter((s) => monacoOnly.includes(s));

    console.log('Playground bundle (gzip)');
    console.log(`  first-load JS of /playground/ (as in bench-size.mjs): ${fl.kB.toFixed(1)} kB in ${fl.files} files${leaked.length ? `  — Monaco chunks in it: ${leaked.join(', ')}` : ' (no Monaco chunk in it)'}`);
    console.log(`  Monaco, loaded lazily on wider screens: ${monacoKB.toFixed(1)} kB gzip (${rawKB.toFixed(0)} kB raw) in ${monacoOnly.length} files`);
    if (args.includes('--verbose')) for (const f of monacoOnly) console.log(`    ${f}  ${gzipKB(f).toFixed(1)} kB`);
    // For context: what every visit loads after the first load (the playground itself, d3, the run worker of the language shown).
    const loadedFirst = new Set(firstLoadScripts('playground'));
    const after = [...phone].filter((f) => !loadedFirst.has(f) && existsSync(path.join(out, f)) && statSync(path.join(out, f)).isFile());
    console.log(`  after first load, on every visit (playground UI, d3, one language's run worker): ${after.reduce((t, f) => t + gzipKB(f), 0).toFixed(1)} kB gzip in ${after.length} files`);

    const examples = JSON.parse(readFileSync('content/playground/examples/index.json', 'utf8'));
    console.log('\nRun → first chart (ms; headless Chromium, 1280×900, Monaco loaded)');
    console.log('example'.padEnd(28) + 'first run'.padStart(11) + 'second run'.padStart(12));
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const ex of examples) {
      const page = await ctx.newPage();
      await page.goto(`${base}/playground/`);
      await monacoReady(page);
      await page.getByRole('radio', { name: ex.lang === 'go' ? 'Go' : 'Rust' }).check();
      await page.getByRole('combobox', { name: 'Example' }).selectOption(ex.id);
      const first = await runToChart(page).catch(() => null);
      const second = await runToChart(page).catch(() => null);
      console.log(`${ex.lang}/${ex.id}`.padEnd(28) + fmtMs(first).padStart(11) + fmtMs(second).padStart(12));
      await page.close();
    }
    await ctx.close();
  } finally {
    await browser?.close();
    await stopServer(server);
  }
}

await main();
