import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/guards';

// `guarded` fails a test on any console error, page error, dialog or request beyond loopback.

// The lab loads lazily: wait for a real control before touching anything.
async function openLab(page: Page, path = '/labs/arena/') {
  await page.goto(path);
  await expect(page.getByRole('spinbutton', { name: 'Objects per request' })).toBeVisible();
}

const totals = (page: Page) => page.getByRole('table', { name: 'Totals' });
const arenaLine = (page: Page) => page.getByRole('img', { name: /Line chart of bytes held/ }).locator('path.arl-line.arl-arenaHeld');

test('arena, objects and the memory map step work from the keyboard', async ({ guarded: page }) => {
  await openLab(page);
  const beforeTotals = await totals(page).innerText();
  const beforeLine = await arenaLine(page).getAttribute('d');

  // Radios: arrow keys move the choice.
  const bump = page.getByRole('radio', { name: 'Rust bumpalo::Bump' });
  await expect(bump).toBeChecked();
  await bump.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Rust typed_arena::Arena<T>' })).toBeChecked();
  await expect(totals(page)).not.toHaveText(beforeTotals, { useInnerText: true });

  const objects = page.getByRole('spinbutton', { name: 'Objects per request' });
  await objects.focus();
  await page.keyboard.press('ArrowUp');
  await expect(objects).toHaveValue('2001');
  await expect.poll(() => arenaLine(page).getAttribute('d')).not.toBe(beforeLine);

  // The map steps with the arrow keys; its caption and rows follow.
  const step = page.getByRole('slider', { name: 'Memory map step' });
  await expect(step).toHaveAttribute('aria-valuetext', /step 1: request 1, after its allocations/);
  await step.focus();
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('aria-valuetext', /step 2: request 1, after it ends/);
  await page.keyboard.press('End');
  await expect(page.getByRole('figure', { name: /Arena chunks at step 16 of 16/ })).toBeVisible();
});

test('the share link round-trips the settings', async ({ guarded: page, context }) => {
  await openLab(page);
  await page.getByRole('radio', { name: 'Go arena (GOEXPERIMENT=arenas)' }).check();
  await page.getByRole('spinbutton', { name: 'Objects per request' }).fill('3000');
  await page.getByRole('spinbutton', { name: 'Object size (bytes)' }).fill('100');
  await page.getByRole('spinbutton', { name: 'Requests' }).fill('5');
  await page.getByRole('spinbutton', { name: 'Large allocations per request' }).fill('1');
  await page.getByRole('checkbox', { name: 'Objects hold pointers' }).uncheck();
  await page.getByRole('radio', { name: 'One for the program' }).check();
  await expect(page).toHaveURL(/[?&]scope=program/);

  const url = page.url();
  expect(url).toMatch(/[?&]a=go/);
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(url);
  const expectedTotals = await totals(page).innerText();

  const other = await context.newPage();
  await openLab(other, url);
  await expect(other.getByRole('radio', { name: 'Go arena (GOEXPERIMENT=arenas)' })).toBeChecked();
  await expect(other.getByRole('spinbutton', { name: 'Objects per request' })).toHaveValue('3000');
  await expect(other.getByRole('spinbutton', { name: 'Object size (bytes)' })).toHaveValue('100');
  await expect(other.getByRole('spinbutton', { name: 'Requests' })).toHaveValue('5');
  await expect(other.getByRole('checkbox', { name: 'Objects hold pointers' })).not.toBeChecked();
  await expect(other.getByRole('radio', { name: 'One for the program' })).toBeChecked();
  await expect(totals(other)).toHaveText(expectedTotals, { useInnerText: true });
  await expect(other.getByRole('alert').filter({ hasText: 'could not be fully read' })).toHaveCount(0);
  expect(other.url()).toBe(url);
});

test('presets, the table twins and a mangled link', async ({ guarded: page }) => {
  await openLab(page, '/labs/arena/?v=1&a=jemalloc&n=%3Cscript%3E');
  await expect(page.getByRole('alert').filter({ hasText: 'This link could not be fully read' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Rust bumpalo::Bump' })).toBeChecked();

  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Large allocations bypass the Go arena' });
  await expect(page.getByRole('radio', { name: 'Go arena (GOEXPERIMENT=arenas)' })).toBeChecked();
  await expect(page.getByText(/12 large allocations went to the heap \(over 2 MiB\)/)).toBeVisible();

  // The chart's twin: one row per step, the same numbers as the chart.
  await page.getByText('Show the data table').click();
  const stepsTable = page.getByRole('table', { name: 'Bytes held at each step' });
  await expect(stepsTable.locator('tbody tr')).toHaveCount(12);
  // The memory map's twin: one row per chunk drawn.
  await page.getByText('Show the chunk table').click();
  const chunks = page.getByRole('table', { name: /Arena chunks at step 1/ });
  await expect(chunks.locator('tbody tr')).toHaveCount(1);
  await expect(chunks.locator('tbody tr').first()).toContainText('8,257,488 B');

  // Past the simulation budget the lab says so instead of freezing the page.
  await page.getByRole('spinbutton', { name: 'Requests' }).fill('200');
  await page.getByRole('spinbutton', { name: 'Objects per request' }).fill('20000');
  await expect(page.getByRole('status').filter({ hasText: 'more than the lab simulates' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Requests' }).fill('20');
  await expect(totals(page)).toBeVisible();
});

test('the lab page is axe-clean in both themes, with its tables open', async ({ guarded: page }) => {
  await openLab(page, '/labs/arena/?v=1&k=1');
  await page.getByText('Show the data table').click();
  await page.getByText('Show the chunk table').click();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('narrow column: the main controls, then the chart, then the other controls', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await openLab(page);
  const y = async (name: string | RegExp, role: 'spinbutton' | 'img') => (await page.getByRole(role, { name }).first().boundingBox())!.y;
  const objects = await y('Objects per request', 'spinbutton');
  const chart = await y(/Line chart of bytes held/, 'img');
  const requests = await y('Requests', 'spinbutton');
  expect(objects).toBeLessThan(chart);
  expect(chart).toBeLessThan(requests);
  // Nothing makes the page scroll sideways (wide tables scroll inside their own regions).
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});
