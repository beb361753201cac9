import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/guards';

// The GC lab and the gctrace replay on /labs/gc/. `guarded` fails on console errors and requests beyond loopback.

async function openLab(page: Page, path = '/labs/gc/') {
  await page.goto(path);
  await expect(settingsA(page).getByRole('slider', { name: /GOGC/ })).toBeVisible();
}
const settingsA = (page: Page) => page.getByRole('group', { name: 'Settings A' });
const totals = (page: Page) => page.getByRole('table', { name: /Totals of the run/ });
const cyclesA = (page: Page) => totals(page).getByRole('row', { name: /GC cycles/ }).getByRole('cell').first();

test('GOGC moves by keyboard, its far end is off, and the totals follow', async ({ guarded: page }) => {
  await openLab(page);
  const before = Number((await cyclesA(page).innerText()).replace(/,/g, ''));
  const slider = settingsA(page).getByRole('slider', { name: /GOGC/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '150');
  await expect.poll(async () => Number((await cyclesA(page).innerText()).replace(/,/g, ''))).toBeLessThan(before);
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'off');
  await expect(page).toHaveURL(/[?&]gogc=off/);
});

test('the share link round-trips the settings and the workload', async ({ guarded: page, context }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('spike');
  await settingsA(page).getByRole('spinbutton', { name: 'GOMEMLIMIT (MiB)' }).fill('200');
  await settingsA(page).getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('4');
  await page.getByRole('group', { name: 'Phase 2' }).getByRole('spinbutton', { name: 'Allocation (MiB/s)' }).fill('900');
  await expect(page).toHaveURL(/ph=[^&]*_900_/);
  await expect(page).toHaveURL(/[?&]lim=200/);
  const url = page.url();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);

  // The link's page runs once, from the link; this page's totals may still be catching up with the
  // last edit (the URL is written first), so it is this page that is polled until the two agree.
  const other = await context.newPage();
  await openLab(other, url);
  await expect(settingsA(other).getByRole('spinbutton', { name: 'GOMEMLIMIT (MiB)' })).toHaveValue('200');
  await expect(settingsA(other).getByRole('combobox', { name: 'GOMAXPROCS' })).toHaveValue('4');
  await expect(other.getByRole('group', { name: 'Phase 2' }).getByRole('spinbutton', { name: 'Allocation (MiB/s)' })).toHaveValue('900');
  await expect(totals(other)).toContainText('A: GOGC=100, GOMEMLIMIT 200 MiB, GOMAXPROCS=4');
  await expect(totals(page)).toHaveText(await totals(other).innerText(), { useInnerText: true });
  expect(other.url()).toBe(url);
});

test('a mangled link shows what could not be read as text and keeps the rest', async ({ guarded: page }) => {
  await openLab(page, '/labs/gc/?v=1&gogc=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lim=300');
  const alert = page.getByRole('alert').filter({ hasText: 'GOGC A' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('<img src=x');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(settingsA(page).getByRole('spinbutton', { name: 'GOMEMLIMIT (MiB)' })).toHaveValue('300');
});

test('the per-cycle table twins the chart, and the page passes axe in both themes', async ({ guarded: page }) => {
  await openLab(page, '/labs/gc/?v=1&live=150&g=1&ph=8_100_30_0_100_8&gogc=100&lim=256&p=1&b=off');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('');
  await page.getByText('Per-cycle table').click();
  const table = page.getByRole('table', { name: /^A: GOGC=100, GOMEMLIMIT 256 MiB/ });
  const n = Number((await cyclesA(page).innerText()).replace(/,/g, ''));
  await expect(table.getByRole('row')).toHaveCount(n + 1);
  await expect(page.locator('.gcl-chart line.gcl-cycle')).toHaveCount(n);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('a real gctrace sample is read in the browser, fitted and replayed under another GOGC', async ({ guarded: page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Or load a sample' }).selectOption('mixed-p2.log');
  await expect(page.getByRole('status').filter({ hasText: 'GC cycles read' })).toContainText('33 GC cycles read from 131 lines of mixed-p2.log');
  await expect(page.getByText('Replay on the observed settings')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Replay under other settings' }).check();
  const whatif = page.getByRole('table', { name: /what-if settings/ });
  await expect(whatif).toContainText('GOGC=200');
  await page.getByText('The log’s cycles as a table').click();
  await expect(page.getByRole('table', { name: '33 cycles read from the log' }).getByRole('row')).toHaveCount(34);
  await expectNoAxeViolations(page);

  // A pasted log with a broken GC line lists it by number.
  await page.getByRole('textbox', { name: 'gctrace log' }).fill('starting\ngc 1 @0.010s 1%: 0.010+0.50+0.005 ms clock, 0.010+0.10/0.20/0+0.005 ms cpu, 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P\ngc 2 @0.02s 1%: garbled');
  await expect(page.getByText('Line 3:')).toBeVisible();
});

test('the GC lesson’s prediction reveals the model’s cycle count, and its figures are the lab’s', async ({ guarded: page }) => {
  await page.goto('/lessons/gc-tuning/');
  const lab = page.getByRole('region', { name: 'GC pacer lab' });
  await expect(lab.getByRole('group', { name: 'Settings A' }).getByRole('slider', { name: /GOGC/ })).toBeVisible();
  const cycles = (await lab.getByRole('table', { name: /Totals of the run/ }).getByRole('row', { name: /GC cycles/ }).getByRole('cell').first().innerText()).trim();
  const guess = page.getByRole('textbox', { name: /How many GC cycles run/ });
  await guess.fill('62');
  await page.getByRole('button', { name: 'Commit my guess' }).click();
  await expect(page.getByText(`Answer: ${cycles}`)).toBeVisible();
});
