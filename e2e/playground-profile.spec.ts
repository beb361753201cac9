import { expect, expectNoAxeViolations, test } from './support/guards';

// A playground run becomes a real profile: "Profile" runs the program again with call stacks,
// then the file can be downloaded or opened in the profile viewer's views.

test('a Go run opens as its own pprof heap profile in the profile viewer, and downloads as heap.pb.gz', async ({ guarded: page }) => {
  await page.goto('/playground/');
  const run = page.getByRole('button', { name: /^Run( again)?$/ });
  await expect(run).toBeVisible();
  await run.click();
  await expect(page.getByRole('status').filter({ hasText: /^Done/ })).toBeVisible({ timeout: 30_000 });
  const box = page.getByRole('group', { name: 'Profile of this run' });
  await box.getByRole('button', { name: 'Profile' }).click();
  const download = box.getByRole('link', { name: 'Download profile (heap.pb.gz)' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(box.getByRole('status')).toContainText(/heap\.pb\.gz: [\d,]+ allocations with their call stacks/);
  await expectNoAxeViolations(page);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('heap.pb.gz');
  await box.getByRole('link', { name: 'Open profile' }).click();
  await expect(page).toHaveURL(/\/profiles\/$/);
  await expect(page.getByText(/heap\.pb\.gz/).first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Top functions by alloc_space/ })).toContainText('main.main');
  await expect(page.getByRole('img', { name: /Flame graph of alloc_space/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a Rust run opens as its DHAT profile in the profile viewer', async ({ guarded: page }) => {
  await page.goto('/playground/');
  await page.getByRole('radio', { name: 'Rust' }).check();
  const run = page.getByRole('button', { name: /^Run( again)?$/ });
  await run.click();
  await expect(page.getByRole('status').filter({ hasText: /^Done/ })).toBeVisible({ timeout: 30_000 });
  const box = page.getByRole('group', { name: 'Profile of this run' });
  await box.getByRole('button', { name: 'Profile' }).click();
  await expect(box.getByRole('link', { name: 'Download profile (dhat-heap.json)' })).toBeVisible({ timeout: 30_000 });
  await box.getByRole('link', { name: 'Open profile' }).click();
  await expect(page).toHaveURL(/\/profiles\/$/);
  await expect(page.getByRole('status').filter({ hasText: /dhat-heap\.json: a DHAT profile/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Top functions by total_bytes/ })).toContainText('main::main');
});
