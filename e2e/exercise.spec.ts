import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/guards';

// The slice-growth lesson's first exercise, "Make this loop allocate once", done the way a keyboard
// user would: find Check by Tab, fail it, read the feedback, open the editor, fix the line, check again.

const LESSON = '/lessons/slice-growth/';
const TITLE = /Make this loop allocate once/;

const exercise = (page: Page) => page.getByRole('region', { name: TITLE });

/** Presses Tab (or Shift+Tab, going back) until the locator has the focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 250) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

async function open(page: Page) {
  await page.goto(LESSON);
  // The widget has loaded when Check can be pressed (the skeleton draws it disabled).
  await expect(exercise(page).getByRole('button', { name: 'Check', exact: true })).toBeEnabled();
}

test('an exercise completed by keyboard alone: a failed check with its feedback, the fix, the draft after a reload', async ({ guarded: page }) => {
  await open(page);
  const ex = exercise(page);
  const check = ex.getByRole('button', { name: 'Check', exact: true });

  // Tab from the top of the page to Check: the code box is passed by without opening the editor.
  await tabTo(page, check);
  await expect(ex.locator('.monaco-editor')).toHaveCount(0);
  await page.keyboard.press('Enter');

  // The starting program fails, and the feedback says which line allocates and how much.
  const status = ex.getByRole('status').first();
  await expect(status).toHaveText('2 of 4 checks pass. squares made 12 heap allocations, 24.6 KiB in all; at most 1 is allowed.');
  const checks = ex.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('listitem').filter({ hasText: 'Fails: squares makes at most 1 heap allocation' })).toContainText(
    'Line 9: 12 heap allocations, 24.6 KiB: append grows the slice',
  );
  await expect(checks.getByRole('listitem').filter({ hasText: 'Fails: squares allocates at most 8 KiB' })).toBeVisible();
  await expect(checks.getByRole('listitem').filter({ hasText: "Passes: The output is the same as the starting program's" })).toBeVisible();
  await expect(ex.getByLabel('Standard output')).toHaveText('1000 100 998001');
  await expectNoAxeViolations(page);

  // Back to the code box, Enter opens the editor with the focus in it; the failed checks are markers on line 9.
  await page.keyboard.press('Shift+Tab');
  await expect(ex.getByRole('textbox', { name: /Go code of the exercise/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ex.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getModelMarkers({}).map((m) => [m.startLineNumber, m.severity])))
    .toEqual([
      [9, 4],
      [9, 4],
    ]);
  // Typed key by key, exactly (Monaco's auto-closing off through the test hook).
  await page.evaluate(() =>
    window.__heaplabMonaco!.editor.getEditors()[0].updateOptions({ autoClosingBrackets: 'never', autoClosingQuotes: 'never', autoClosingOvertype: 'never', autoSurround: 'never', autoIndent: 'none' }),
  );
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('out := make([]int, 0, n)');
  await expect.poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getEditors()[0].getModel()!.getLineContent(7))).toBe('\tout := make([]int, 0, n)');
  await expect(status).toHaveText('You changed the code since the last run: Check again.');

  // Esc leaves the editor for Check; Enter checks again and every check passes.
  await page.keyboard.press('Escape');
  expect(await isFocused(check)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('All 4 checks pass. Exercise complete (recorded in this browser).');
  await expect(checks.locator('.ex-check.ex-pass')).toHaveCount(4);
  await expect(ex.getByText('Completed ✓')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getModelMarkers({}).length)).toBe(0);
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('heaplab-progress') ?? '{}'));
  expect(Object.keys(progress.exercises ?? {})).toContain('append-once');

  // A reload keeps the attempt (the draft) and the completion; dark theme too is axe-clean.
  await page.reload();
  await expect(check).toBeEnabled();
  await expect(ex.getByRole('textbox', { name: /Go code of the exercise/ })).toContainText('out := make([]int, 0, n)');
  await expect(ex.getByText('Completed ✓')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('line links, hints one at a time, the solution only with an undo, and the test file to run on your machine', async ({ guarded: page }) => {
  await open(page);
  const ex = exercise(page);
  const start = await ex.getByRole('textbox', { name: /Go code of the exercise/ }).textContent();
  const code = async () => page.evaluate(() => window.__heaplabMonaco!.editor.getEditors()[0].getValue());

  // A line link in the feedback opens the editor on that line.
  await tabTo(page, ex.getByRole('button', { name: 'Check', exact: true }));
  await page.keyboard.press('Enter');
  const link = ex.getByRole('button', { name: 'Highlight line 9 in the editor' }).first();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(ex.locator('.monaco-editor .pg-current-line')).toHaveCount(1, { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getEditors()[0].getVisibleRanges()[0].startLineNumber <= 9)).toBe(true);

  // A hint takes the focus when it opens; the next one is one more press away.
  await tabTo(page, ex.getByRole('button', { name: 'Show hint 1 of 3' }));
  await page.keyboard.press('Enter');
  await expect(ex.getByRole('listitem').filter({ hasText: 'Press Check first' })).toBeFocused();
  await expect(ex.getByText(/you already know how many elements/)).toHaveCount(0);
  // (Back: Tab from the end of the page would land in the editor, where Tab indents.)
  await tabTo(page, ex.getByRole('button', { name: 'Show hint 2 of 3' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(ex.getByRole('listitem').filter({ hasText: 'you already know how many elements' })).toBeFocused();

  // The solution is shown beside the code, and replaces it only on request, with an undo.
  await tabTo(page, ex.getByRole('button', { name: 'Show the solution' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(ex.getByLabel('The reference solution')).toContainText('out := make([]int, 0, n)');
  await expect.poll(code).toBe(start);
  await tabTo(page, ex.getByRole('button', { name: 'Put the solution in the editor' }));
  await page.keyboard.press('Enter');
  await expect.poll(code).toContain('out := make([]int, 0, n)');
  const undo = ex.getByRole('button', { name: 'Undo: bring my code back' });
  await tabTo(page, undo, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(code).toBe(start);
  await expect(undo).toHaveCount(0);

  // Try it on your machine: the Go test file, downloaded.
  await tabTo(page, ex.getByText('Try it on your machine'));
  await page.keyboard.press('Enter');
  await expect(ex.getByText('go test -v -count=1 -bench . -benchmem exercise_test.go', { exact: true })).toBeVisible();
  const download = ex.getByRole('button', { name: 'Download exercise_test.go' });
  await tabTo(page, download);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('exercise_test.go');
  const text = await new Promise<string>((resolve, reject) => {
    void file.createReadStream().then((s) => {
      let out = '';
      s.on('data', (c: Buffer) => (out += c.toString('utf8')));
      s.on('end', () => resolve(out));
      s.on('error', reject);
    }, reject);
  });
  expect(text).toContain('func TestHeaplab_Allocs(t *testing.T)');
  expect(text).toContain('var out []int');
  await expectNoAxeViolations(page);
});
