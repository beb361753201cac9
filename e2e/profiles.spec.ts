import { test, expect, expectNoAxeViolations } from './support/guards';

test('a real Go allocs profile opens in the browser: flame graph, top table, search, zoom by keyboard', async ({ guarded: page }) => {
  await page.goto('/profiles/');
  await page.getByRole('button', { name: 'a Go allocs profile (pprof)' }).click();
  await expect(page.getByText(/22\.38 MiB in 10,941 objects/)).toBeVisible();
  const table = page.getByRole('table', { name: /Top functions by alloc_space/ });
  await expect(table.getByRole('row').nth(1)).toContainText('main.bigScratch');
  await expect(page.getByRole('img', { name: /Flame graph of alloc_space/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search functions' }).fill('makeRecords');
  await expect(page.getByText(/1 frames match “makeRecords”/)).toBeVisible();
  const zoomTo = page.getByRole('combobox', { name: 'Zoom to' });
  const label = (await zoomTo.getByRole('option', { name: /runtime\.main → main\.main/ }).textContent())!;
  await zoomTo.selectOption({ label });
  await expect(page.getByText(/Zoomed on main\.main/)).toBeVisible();
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(page.getByText(/Zoomed on all/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Sample type' }).selectOption({ label: 'inuse_space (bytes)' });
  await expect(page.getByRole('table', { name: /Top functions by inuse_space/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('massif opens on the heap over time; a file that is not a profile gets a message', async ({ guarded: page }) => {
  await page.goto('/profiles/');
  await page.getByRole('button', { name: 'the same program under massif' }).click();
  await expect(page.getByRole('img', { name: /Heap over time, 28 snapshots/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Profile file/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes\n') });
  await expect(page.locator('.pv-error[role=alert]')).toContainText('notes.txt: this is plain text, not a profile');
});
