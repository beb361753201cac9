import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/guards';

// `guarded` fails a test on any console error, page error, dialog or request beyond loopback.

// The lab loads lazily: wait for a real control before touching anything.
async function openLab(page: Page, path = '/labs/pool/') {
  await page.goto(path);
  await expect(page.getByRole('spinbutton', { name: 'Requests', exact: true })).toBeVisible();
}

const totals = (page: Page) => page.getByRole('table', { name: 'Totals' });
const totalsRow = (page: Page, name: string) => totals(page).getByRole('row', { name: new RegExp(`^${name}`) });
const tierChart = (page: Page) => page.getByRole('img', { name: /Stacked bars: where each Get was served/ });

test('keyboard alone: a preset, the Put radio and GOMAXPROCS change the run', async ({ guarded: page }) => {
  await openLab(page);
  const preset = page.getByRole('combobox', { name: 'Preset' });
  await preset.focus();
  await preset.selectOption('victim'); // a focused select; the value is what the keyboard would choose
  await expect(page.getByText(/Each Get is then served from the victim cache/i)).toBeVisible();
  await expect(tierChart(page)).toHaveAttribute('aria-label', /victim cache 3,996/);

  const pointer = page.getByRole('radio', { name: /a pointer/ });
  await pointer.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /the value/ })).toBeChecked();
  await expect(totalsRow(page, 'Boxes made by Put')).toContainText('4,000');
  // The settings no longer match a preset.
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('');

  const procs = page.getByRole('combobox', { name: 'GOMAXPROCS' });
  await procs.focus();
  await page.keyboard.press('ArrowDown');
  await expect(procs).toHaveValue('2');
  await expect(page).toHaveURL(/[?&]p=2/);

  // Tab reaches the number fields; typing commits a valid value.
  const requests = page.getByRole('spinbutton', { name: 'Requests', exact: true });
  await requests.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('500');
  await expect(page).toHaveURL(/[?&]r=500/);
  await expect(totalsRow(page, 'Boxes made by Put')).toContainText('2,000');
});

test('the share link round-trips the settings', async ({ guarded: page, context }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('8');
  await page.getByRole('radio', { name: /forced/ }).check();
  await page.getByRole('spinbutton', { name: /runtime\.GC\(\) every/ }).fill('25');
  await page.getByRole('spinbutton', { name: 'Requests', exact: true }).fill('400');
  await page.getByRole('spinbutton', { name: 'Objects per request' }).fill('6');
  await page.getByRole('spinbutton', { name: /Object size/ }).fill('2048');
  await page.getByRole('radio', { name: /the value/ }).check();
  await expect(page).toHaveURL(/[?&]put=val/);
  const url = page.url();
  expect(url).toMatch(/[?&]p=8&r=400&k=6&sz=2048&gc=forced&every=25&put=val/);
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);
  const expected = await totals(page).innerText();
  const label = await tierChart(page).getAttribute('aria-label');

  const other = await context.newPage();
  await openLab(other, url);
  await expect(other.getByRole('combobox', { name: 'GOMAXPROCS' })).toHaveValue('8');
  await expect(other.getByRole('radio', { name: /forced/ })).toBeChecked();
  await expect(other.getByRole('spinbutton', { name: /runtime\.GC\(\) every/ })).toHaveValue('25');
  await expect(other.getByRole('spinbutton', { name: 'Objects per request' })).toHaveValue('6');
  await expect(other.getByRole('radio', { name: /the value/ })).toBeChecked();
  await expect(totals(other)).toHaveText(expected, { useInnerText: true });
  await expect(tierChart(other)).toHaveAttribute('aria-label', label!);
  await expect(other.getByRole('alert').filter({ hasText: 'could not be fully read' })).toHaveCount(0);
  expect(other.url()).toBe(url);
});

test('the table twins hold what the charts draw', async ({ guarded: page }) => {
  await openLab(page, '/labs/pool/?v=1&p=8&r=1000&k=4&sz=1024&gc=forced&every=100&put=ptr');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('steal');
  await page.getByText('Show the data tables').click();
  const tiers = page.getByRole('table', { name: /Gets by tier/ });
  const rows = tiers.getByRole('row');
  // One row per bar (10 GCs in 1000 requests, the last after the last Get: 10 intervals) plus the header.
  await expect(rows).toHaveCount(11);
  await expect(page.locator('.pl-chart g.pl-bar')).toHaveCount(10);
  // The chart's text says how many Gets were stolen in all; the table's column adds up to it.
  const label = (await tierChart(page).getAttribute('aria-label'))!;
  const stolen = Number(/stolen from another P ([\d,]+)/.exec(label)![1].replace(/,/g, ''));
  expect(stolen).toBeGreaterThan(0);
  const cells = await tiers.locator('tbody tr td:nth-child(5)').allInnerTexts();
  expect(cells.reduce((a, c) => a + Number(c.replace(/,/g, '')), 0)).toBe(stolen);
  const bytes = page.getByRole('table', { name: /Bytes allocated and GC cycles/ });
  await expect(bytes.getByRole('row').last()).toContainText('1,000');
  await expect(bytes.getByRole('row').last()).toContainText((await totalsRow(page, 'Bytes allocated').locator('td').first().innerText()).trim());
});

test('a mangled link shows an alert and the defaults for what it could not read', async ({ guarded: page }) => {
  await openLab(page, '/labs/pool/?p=99&gc=%3Cimg%20src%3Dx%3E&r=300');
  const alert = page.getByRole('alert').filter({ hasText: 'This link could not be fully read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('GOMAXPROCS');
  await expect(page.getByRole('combobox', { name: 'GOMAXPROCS' })).toHaveValue('1');
  await expect(page.getByRole('spinbutton', { name: 'Requests', exact: true })).toHaveValue('300');
  await expect(page.getByRole('region', { name: 'Simulator' }).locator('img')).toHaveCount(0);
});

test('axe-clean in the light and the dark theme, tables open', async ({ guarded: page }) => {
  await openLab(page, '/labs/pool/?v=1&p=2&r=500&k=4&sz=1024&gc=forced&every=10&put=val');
  await page.getByText('Show the data tables').click();
  await expect(page.getByRole('table', { name: /Gets by tier/ })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('bounded vs unbounded workers: goroutines, queue and heap, by keyboard, with its link and tables', async ({ guarded: page, context }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('workers');
  const totalsW = page.getByRole('table', { name: 'Worker totals' });
  await expect(totalsW.getByRole('row', { name: /^Most alive at once/ })).toContainText('5 goroutines');
  await expect(totalsW.getByRole('row', { name: /^Most alive at once/ })).toContainText('1,001 goroutines');
  await expect(totalsW.getByRole('row', { name: /^Most queued/ })).toContainText('16');
  await expect(page.getByRole('img', { name: /goroutines alive over scheduler steps/ })).toBeVisible();

  const workers = page.getByRole('spinbutton', { name: 'Workers (N)' });
  await workers.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2');
  await expect(page).toHaveURL(/[?&]view=workers&n=2&c=16/);
  await expect(totalsW.getByRole('row', { name: /^Most alive at once/ })).toContainText('3 goroutines');

  const url = page.url();
  const other = await context.newPage();
  await openLab(other, url);
  await expect(other.getByRole('spinbutton', { name: 'Workers (N)' })).toHaveValue('2');
  await expect(other.getByRole('table', { name: 'Worker totals' })).toHaveText(await totalsW.innerText(), { useInnerText: true });

  await page.getByText('Show the data tables').click();
  const rows = page.getByRole('table', { name: /Goroutine per request over time/ }).getByRole('row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});
