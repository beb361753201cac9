import type { Page } from '@playwright/test';
import { deflateRaw, toBase64Url } from '../lib/playground/codec';
import { encodeShare, type SharePayload } from '../lib/playground/share';
import { expect, test } from './support/guards';

// Shared links under real use: Run at any moment after a link opens, labels that say what is true,
// a worker that fails to load, programs nested thousands deep, and a sample of hostile links.

const settings = { gogc: 100, memlimitMiB: null, gomaxprocs: 1 } as const;
const GO = `package main

import "fmt"

func main() {
	b := make([]byte, 0, 64)
	for i := 0; i < 1000; i++ {
		b = append(b, byte(i))
	}
	fmt.Println("go link ran", len(b))
}
`;
const RUST = `fn main() {
    let mut v = Vec::new();
    for i in 0..1000u32 {
        v.push(i);
    }
    println!("rust link ran {}", v.len());
}
`;

const link = async (p: SharePayload) => `/playground/#${await encodeShare(p)}`;
const goLink = () => link({ v: 1, a: { lang: 'go', code: GO, settings } });
const rustLink = () => link({ v: 1, a: { lang: 'rust', code: RUST, settings } });

const outputText = (page: Page) => page.locator('.pg-output pre.pg-stream').first();

for (const [lang, make, expected] of [
  ['Go', goLink, 'go link ran 1000'],
  ['Rust', rustLink, 'rust link ran 1000'],
] as const) {
  for (const delay of [0, 200, 500]) {
    test(`a ${lang} link: Run pressed ${delay} ms after opening ends in the program's result`, async ({ guarded: page }) => {
      await page.goto(await make(), { waitUntil: 'commit' });
      await page.waitForTimeout(delay);
      // The first button that takes a press: the skeleton's, or the playground's (which says
      // "Run again" if the link's own run has already ended).
      await page.getByRole('button', { name: /^Run( again)?$/ }).click();
      await expect(outputText(page)).toHaveText(expected, { timeout: 30_000 });
      await expect(page.getByText(/failed inside the playground|importScripts|NetworkError/)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
    });
  }
}

test('Ctrl+Enter on a link that is still loading ends in the result', async ({ guarded: page }) => {
  await page.goto(await goLink(), { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(outputText(page)).toHaveText('go link ran 1000', { timeout: 30_000 });
});

test('the button says Run until the program has run once in this page', async ({ guarded: page }) => {
  // The worker's script is held back, so the link's first run is still under way when the playground is up.
  await page.route(/\/workers\/go\.[0-9a-f]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto(await goLink());
  await expect(page.getByText('Running…')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Run again' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(outputText(page)).toHaveText('go link ran 1000', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Run again' })).toBeVisible();
});

test('a run worker that fails to load is started once more, and the run ends in its result', async ({ guarded: page }) => {
  let failed = 0;
  await page.route(/\/workers\/go\.[0-9a-f]+\.js$/, (route) => (failed++ === 0 ? route.abort('failed') : route.continue()));
  // The failed load is reported by Chromium as a console error: expected here, and nothing else.
  page.removeAllListeners('console');
  await page.goto(await goLink());
  await expect(outputText(page)).toHaveText('go link ran 1000', { timeout: 30_000 });
  expect(failed).toBeGreaterThanOrEqual(2);
});

test('when the worker cannot load at all, a plain sentence and Retry; Retry runs once it can', async ({ guarded: page }) => {
  let blocked = true;
  await page.route(/\/workers\/go\.[0-9a-f]+\.js$/, (route) => (blocked ? route.abort('failed') : route.continue()));
  page.removeAllListeners('console');
  page.removeAllListeners('response');
  await page.goto(await goLink());
  await expect(page.getByText('The simulator could not be loaded (its script did not arrive). Check the connection to this site and try again.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/NetworkError|importScripts|Uncaught/)).toHaveCount(0);
  blocked = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(outputText(page)).toHaveText('go link ran 1000', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});

test('5,000 nested parentheses run as go1.23 runs them; 5,000 nested blocks stop with the budget message', async ({ guarded: page }) => {
  const parens = `package main\n\nimport "fmt"\n\nfunc main() {\n\tx := ${'('.repeat(5000)}1${')'.repeat(5000)}\n\tfmt.Println(x)\n}\n`;
  await page.goto(await link({ v: 1, a: { lang: 'go', code: parens, settings } }));
  await expect(outputText(page)).toHaveText('1', { timeout: 30_000 });
  const blocks = `fn main() {\n${'{'.repeat(5000)}println!("1");${'}'.repeat(5000)}\n}\n`;
  await page.goto('/');
  await page.goto(await link({ v: 1, a: { lang: 'rust', code: blocks, settings } }));
  await expect(page.locator('.pg-output .pg-budget')).toHaveText(/^Line 2, column 200: This program nests brackets more than 200 levels deep/, { timeout: 30_000 });
  await expect(page.getByText(/internal error|Maximum call stack/)).toHaveCount(0);
});

/** A sample of the generated link families of tests/unit/playground/share-fuzz.test.ts. */
async function hostileSample(): Promise<string[]> {
  const z = async (s: string | Uint8Array) => toBase64Url(await deflateRaw(typeof s === 'string' ? new TextEncoder().encode(s) : s));
  const good = await encodeShare({ v: 1, a: { lang: 'go', code: GO, settings } });
  const flipped = await deflateRaw(new TextEncoder().encode(JSON.stringify({ v: 1, a: { lang: 'go', code: GO, settings } })));
  flipped[7] ^= 0x10;
  return [
    `v=1&z=${toBase64Url(Uint8Array.from({ length: 64 }, (_, i) => (i * 73) % 256))}`,
    good.slice(0, Math.floor(good.length / 2)),
    `v=1&z=${toBase64Url(flipped)}`,
    `v=7&z=${await z(JSON.stringify({ v: 7, a: { lang: 'go', code: GO, settings } }))}`,
    `v=1&z=${await z(new Uint8Array(900_000).fill(32))}`,
    `v=1&z=${await z('['.repeat(100_000) + ']'.repeat(100_000))}`,
    `v=1&z=${await z(JSON.stringify({ v: 1, a: { lang: 'go', code: 'x'.repeat(100 * 1024 + 1), settings } }))}`,
    `v=1&z=${'A'.repeat(70_000)}`,
    `v=1&z=${await z(JSON.stringify({ v: 1, a: { lang: '<img src=x onerror=alert(1)>', code: GO, settings } }))}`,
    `v=1&z=${await z(JSON.stringify({ v: 1, a: { lang: 'go', code: '// <script>alert(1)</script>\npackage main\nfunc main() {}\n', settings: { gogc: '<b>', memlimitMiB: -1, gomaxprocs: 999 } } }))}`,
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E&z=',
  ];
}

test('a sample of hostile and broken links: each shows a plain alert or opens, with no markup from the link', async ({ guarded: page }) => {
  for (const hash of await hostileSample()) {
    await page.goto('/');
    await page.goto(`/playground/#${hash}`);
    // The playground is up (the skeleton is gone): the link is either open or refused with an alert.
    await expect(page.locator('.pg-skeleton')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('combobox', { name: 'Example' })).toBeEnabled();
    await expect(page.locator('img[src="x"], [onerror], [onload]')).toHaveCount(0);
    const alert = page.locator('.pg-alert[role="alert"]');
    if (await alert.count()) await expect(alert).toHaveText(/^(This link|Part of this link)[^<>]*Dismiss$/);
  }
});
