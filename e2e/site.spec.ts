import { test, expect, expectNoAxeViolations } from './support/guards';

const pages = ['/', '/lessons/', '/lessons/slice-growth/', '/labs/', '/labs/slices/', '/playground/'];

for (const path of pages) {
  test(`${path} renders with no errors and passes axe in both themes`, async ({ guarded: page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
}

test('the theme choice persists and is applied before first paint', async ({ guarded: page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // A fresh load must start dark: check the attribute the inline head script set, before hydration.
  const themes: string[] = [];
  await page.exposeFunction('__recordTheme', (t: string) => themes.push(t));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => (window as unknown as { __recordTheme: (t: string) => void }).__recordTheme(document.documentElement.dataset.theme ?? ''));
  });
  await page.reload();
  await expect.poll(() => themes[0]).toBe('dark');
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const res = await page.goto('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the lesson has a table of contents, anchors and maths', async ({ guarded: page }) => {
  await page.goto('/lessons/slice-growth/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const first = toc.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^#/);
  await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('pre.shiki').first()).toBeVisible();
});

test('the layout fits a 375-px phone without horizontal scrolling', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/', '/lessons/slice-growth/', '/labs/slices/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
