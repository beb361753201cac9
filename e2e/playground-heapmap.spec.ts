import { expect, expectNoAxeViolations, test } from './support/guards';

// A Go run opens its own memory map: the heap's spans when the program ended, slots by what they hold.

test('a Go run opens its memory map: spans by size class, with a table twin, by keyboard, axe clean', async ({ guarded: page }) => {
  await page.goto('/playground/');
  const run = page.getByRole('button', { name: /^Run( again)?$/ });
  await expect(run).toBeVisible();
  await run.click();
  await expect(page.getByRole('status').filter({ hasText: /^Done/ })).toBeVisible({ timeout: 30_000 });
  const box = page.getByRole('group', { name: 'Memory map of this run' });
  const button = box.getByRole('button', { name: 'Memory map' });
  await button.focus();
  await page.keyboard.press('Enter');
  const map = box.getByRole('figure', { name: /The heap when the run ended: \d+ spans?/ });
  await expect(map).toBeVisible({ timeout: 30_000 });
  await expect(map.getByRole('img').first()).toHaveAttribute('aria-label', /span 1: .*allocated, not yet collected/);
  await map.getByText('Show the span table').click();
  const table = map.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'rounding (slot past the object)' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a Rust run offers no memory map', async ({ guarded: page }) => {
  await page.goto('/playground/');
  await page.getByRole('radio', { name: 'Rust' }).check();
  await page.getByRole('button', { name: /^Run( again)?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: 'Profile of this run' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Memory map of this run' })).toHaveCount(0);
});
