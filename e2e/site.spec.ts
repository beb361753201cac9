import { test, expect, expectNoAxeViolations } from './support/guards';

const pages = ['/', '/lessons/', '/lessons/slice-growth/', '/labs/', '/labs/slices/', '/labs/gc/', '/labs/pool/', '/lessons/gc-tuning/', '/lessons/arenas/', '/lessons/pooling/', '/lessons/reading-profiles/', '/lessons/buffer-reuse/', '/lessons/data-layout/', '/lessons/stack-vs-heap/', '/lessons/size-classes/', '/lessons/measuring-allocations/', '/labs/arena/', '/profiles/', '/playground/', '/progress/', '/path/new/', '/path/?t=Week%201&l=slice-growth', '/search/?q=span', '/glossary/'];

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
  for (const path of ['/', '/lessons/slice-growth/', '/labs/slices/', '/labs/pool/', '/glossary/', '/search/?q=size', '/path/?t=Week%201&l=slice-growth', '/progress/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('progress survives a reload: a lesson marked done and a committed prediction', async ({ guarded: page }) => {
  await page.goto('/lessons/slice-growth/');
  const guess = page.getByRole('textbox', { name: /How many times does append allocate/ });
  await guess.fill('12');
  await page.getByRole('button', { name: 'Commit my guess' }).click();
  await expect(page.getByText(/Your guess of 12 is/)).toBeVisible();
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await page.reload();
  await expect(page.getByText(/Your guess of 12 is/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done ✓' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/lessons/');
  await expect(page.getByText('Done ✓')).toBeVisible();
});
