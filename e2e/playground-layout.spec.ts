import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/guards';

// The playground's layout, measured: side by side from 1280 px (the editor, the output and the heap
// chart on one 1440x900 screen, growing with a 1920 window), stacked on a phone.

type Box = { x: number; y: number; width: number; height: number };

async function box(l: ReturnType<Page['locator']>): Promise<Box> {
  const b = await l.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

/** Opens the playground at a size, runs the first example, and measures the parts at scroll 0. */
async function measure(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('/playground/');
  const run = page.getByRole('button', { name: /^Run( again)?$/ });
  await expect(run).toBeEnabled();
  if (width >= 640) await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  else await expect(page.getByRole('textbox', { name: 'Go program source' })).toBeVisible();
  await run.click();
  const output = page.getByRole('region', { name: 'Output' });
  await expect(output).toContainText('Exit code 0');
  const chart = page.getByRole('img', { name: /^Live heap over/ });
  await expect(chart).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const boxes = {
    // The editor's frame (Monaco or, on a phone, the textarea), found from its labelled text box.
    editor: await box(page.locator('.pg-editor').filter({ has: page.getByRole('textbox', { name: 'Go program source' }) })),
    output: await box(output),
    chart: await box(chart),
    scrubber: await box(page.getByRole('slider', { name: /^Timeline of A/ })),
    sites: await box(page.getByRole('table', { name: /allocation sites/ })),
  };
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const r = (b: Box) => `x ${Math.round(b.x)} y ${Math.round(b.y)} w ${Math.round(b.width)} h ${Math.round(b.height)}`;
  console.log(`playground at ${width}x${height}: ` + Object.entries(boxes).map(([k, b]) => `${k} ${r(b)}`).join('; '));
  return { ...boxes, overflow };
}

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;

test('at 1440x900 the editor, the output and the heap chart are side by side on one screen', async ({ guarded: page }) => {
  const m = await measure(page, 1440, 900);
  // Side by side: the output and the chart stand to the right of the editor.
  expect(m.output.x).toBeGreaterThanOrEqual(right(m.editor));
  expect(m.chart.x).toBeGreaterThanOrEqual(right(m.editor));
  // All on screen without scrolling: the editor (most of it), the output and the whole chart.
  expect(m.editor.y).toBeGreaterThanOrEqual(0);
  expect(Math.min(bottom(m.editor), 900) - m.editor.y).toBeGreaterThanOrEqual(400);
  expect(bottom(m.output)).toBeLessThanOrEqual(900);
  expect(bottom(m.chart)).toBeLessThanOrEqual(900);
  // The page uses the width: editor and chart together span most of the window.
  expect(right(m.chart) - m.editor.x).toBeGreaterThan(1440 * 0.9);
  // The scrubber and the sites table are one short scroll away (within the next screen).
  expect(m.scrubber.y).toBeGreaterThan(900 - 100);
  expect(m.scrubber.y).toBeLessThan(900 * 1.5);
  expect(m.sites.y).toBeLessThan(900 * 2);
  expect(m.overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('at 1920x1080 the layout grows with the window', async ({ guarded: page }) => {
  const wide = await measure(page, 1920, 1080);
  const base = await measure(page, 1440, 900);
  expect(wide.editor.width).toBeGreaterThan(base.editor.width + 150);
  expect(wide.chart.width).toBeGreaterThan(base.chart.width + 150);
  expect(bottom(wide.chart)).toBeLessThanOrEqual(1080);
  expect(wide.overflow).toBeLessThanOrEqual(0);
});

test('at 1024 px the views stay below the editor, as before', async ({ guarded: page }) => {
  const m = await measure(page, 1024, 768);
  expect(m.output.x).toBeGreaterThanOrEqual(right(m.editor)); // the output beside the editor, as before
  expect(m.chart.y).toBeGreaterThan(bottom(m.editor)); // the chart below both
  expect(m.overflow).toBeLessThanOrEqual(0);
});

test('at 375 px everything stacks, without sideways scrolling', async ({ guarded: page }) => {
  const m = await measure(page, 375, 800);
  expect(m.output.y).toBeGreaterThanOrEqual(bottom(m.editor));
  expect(m.chart.y).toBeGreaterThanOrEqual(bottom(m.output));
  expect(m.scrubber.y).toBeGreaterThanOrEqual(bottom(m.chart));
  for (const b of [m.editor, m.output, m.chart]) expect(right(b)).toBeLessThanOrEqual(375);
  expect(m.overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
