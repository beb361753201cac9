import type { Page } from '@playwright/test';
import { expect, test } from './support/guards';

// `guarded` fails a test on any console error, page error, dialog or request beyond loopback.

// The lab loads lazily: wait for a real control before touching anything.
async function openLab(page: Page, path = '/labs/slices/') {
  await page.goto(path);
  await expect(page.getByRole('slider', { name: 'Number of elements' })).toBeVisible();
}

const totals = (page: Page) => page.getByRole('table', { name: 'Totals' });
const stepsPath = (page: Page) => page.getByRole('img', { name: /Step chart of capacity/ }).locator('path.sgl-steps').first();

test('the slider moves n by keyboard and redraws totals and chart', async ({ guarded: page }) => {
  await openLab(page);
  const beforeTotals = await totals(page).innerText();
  const beforePath = await stepsPath(page).getAttribute('d');
  const n = page.getByRole('spinbutton', { name: 'Exact number of elements' });
  const beforeN = await n.inputValue();

  const slider = page.getByRole('slider', { name: 'Number of elements' });
  await slider.focus();
  for (let i = 0; i < 4; i++) await slider.press('ArrowRight');

  await expect(n).not.toHaveValue(beforeN);
  expect(Number(await n.inputValue())).toBeGreaterThan(Number(beforeN));
  await expect(totals(page)).not.toHaveText(beforeTotals, { useInnerText: true });
  await expect.poll(() => stepsPath(page).getAttribute('d')).not.toBe(beforePath);
});

test('the share link round-trips the settings', async ({ guarded: page, context }) => {
  await openLab(page);
  await page.getByRole('radio', { name: 'Rust' }).check();
  await page.getByRole('combobox', { name: 'Element type' }).selectOption({ label: 'String (24 B)' });
  await page.getByRole('spinbutton', { name: 'Exact number of elements' }).fill('4321');
  await page.getByRole('combobox', { name: /Strategy A/ }).selectOption('reserve');
  await page.getByRole('spinbutton', { name: /Chunk size A/ }).fill('37');
  await page.getByRole('checkbox', { name: 'Compare with a second strategy' }).check();
  await page.getByRole('combobox', { name: /Strategy B/ }).selectOption('shrinkToFit');
  await expect(page).toHaveURL(/[?&]b=shrinkToFit/);

  const url = page.url();
  expect(url).toMatch(/[?&]n=4321/);
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);
  const expectedTotals = await totals(page).innerText();

  const other = await context.newPage();
  await openLab(other, url);
  await expect(other.getByRole('radio', { name: 'Rust' })).toBeChecked();
  await expect(other.getByRole('combobox', { name: 'Element type' })).toHaveValue('String');
  await expect(other.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveValue('4321');
  await expect(other.getByRole('combobox', { name: /Strategy A/ })).toHaveValue('reserve');
  await expect(other.getByRole('spinbutton', { name: /Chunk size A/ })).toHaveValue('37');
  await expect(other.getByRole('combobox', { name: /Strategy B/ })).toHaveValue('shrinkToFit');
  await expect(totals(other)).toHaveText(expectedTotals, { useInnerText: true });
  // Next's route announcer is also role=alert: look for ours by its text.
  await expect(other.getByRole('alert').filter({ hasText: 'could not be fully read' })).toHaveCount(0);
  expect(other.url()).toBe(url);
});

test('a mangled link shows an alert and the defaults, and runs nothing', async ({ guarded: page }) => {
  await openLab(page, '/labs/slices/?lang=cobol&n=%3Cscript%3E');
  const alert = page.getByRole('alert').filter({ hasText: 'This link could not be fully read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Showing defaults for those settings');
  await expect(page.getByRole('radio', { name: 'Go' })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Exact number of elements' })).toHaveValue('1000');
  await expect(page.getByRole('combobox', { name: /Strategy A/ })).toHaveValue('append');
  // The address bar is rewritten to the settings actually shown.
  await expect(page).toHaveURL(/\?v=1&lang=go&t=int&n=1000&/);
  // Give anything injected a moment to run; the guard fails the test on a dialog or page error.
  await page.waitForTimeout(300);
  await expect(page.getByRole('region', { name: 'Simulator' }).locator('script, img')).toHaveCount(0);
});
