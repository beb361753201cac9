import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './support/guards';

// `guarded` fails a test on any console error, page error, dialog or request beyond loopback.

const DEFAULT_GO = readFileSync('content/playground/examples/go-reuse-buffer.go', 'utf8');

const ALLOC_RS = `fn main() {
    let v: Vec<u64> = Vec::with_capacity(1000);
    println!("cap {}", v.capacity());
}
`;
const SYNTAX_RS = `fn main() {
    let x = ;
}
`;
const LOOP_RS = `fn main() {
    let mut i: u64 = 0;
    loop {
        i += 1;
    }
}
`;

const ALLOC_GO = `package main

import "fmt"

var sink []byte

func main() {
	sink = make([]byte, 5000)
	fmt.Println("len", len(sink))
}
`;

const runButton = (page: Page) => page.getByRole('button', { name: /^Run( again)?$/ });
const output = (page: Page) => page.getByRole('region', { name: /^Output/ }).first();

/** Opens the playground and waits for Monaco (desktop) to be ready. */
async function open(page: Page, path = '/playground/') {
  await page.goto(path);
  await expect(runButton(page)).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => !!window.__heaplabMonaco?.editor.getEditors()[0]?.getModel());
}

/** The editor's text, from Monaco's model. */
const editorText = (page: Page) => page.evaluate(() => window.__heaplabMonaco!.editor.getEditors()[0].getValue());

/**
 * Replaces the editor's text by typing it key by key. Auto-indent and auto-closing are switched off
 * first (through the test hook), so the text typed is exactly the text that ends up in the editor.
 */
async function typeProgram(page: Page, code: string): Promise<string> {
  await page.evaluate(() =>
    window.__heaplabMonaco!.editor.getEditors()[0].updateOptions({
      autoClosingBrackets: 'never',
      autoClosingQuotes: 'never',
      autoClosingOvertype: 'never',
      autoSurround: 'never',
      autoIndent: 'none',
    }),
  );
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
  await expect.poll(() => editorText(page)).toBe(code);
  return code;
}

async function useRust(page: Page) {
  await page.getByRole('radio', { name: 'Rust' }).check();
  await expect.poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getEditors()[0].getModel()!.getLanguageId())).toBe('rust');
}

/** Collects main-thread long tasks from now on. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

test('type a program, run it, and see the allocation annotated on its line', async ({ guarded: page }) => {
  await open(page);
  await useRust(page);
  await typeProgram(page, ALLOC_RS);
  await runButton(page).click();
  await expect(output(page)).toContainText('cap 1000');
  await expect(output(page)).toContainText('Exit code 0');
  // The note after line 2 (the with_capacity), in the model and on screen.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const ed = window.__heaplabMonaco!.editor.getEditors()[0];
        return ed
          .getModel()!
          .getAllDecorations()
          .filter((d) => d.options.after?.content)
          .map((d) => [d.range.startLineNumber, d.options.after!.content]);
      }),
    )
    .toContainEqual([2, expect.stringMatching(/1 alloc · 7\.8 KiB/)]);
  await expect(page.locator('.monaco-editor .pg-anno', { hasText: '1 alloc · 7.8 KiB' })).toBeVisible();
  const sites = page.getByRole('table', { name: /allocation sites/ });
  await expect(sites.getByRole('row', { name: /^2 heap 1 7\.8 KiB/ })).toBeVisible();
});

test('type a Go program with tabs, run it, and see the escaping make annotated on line 8', async ({ guarded: page }) => {
  await open(page);
  await typeProgram(page, ALLOC_GO);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(output(page)).toContainText('len 5000');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__heaplabMonaco!.editor.getEditors()[0]
          .getModel()!
          .getAllDecorations()
          .filter((d) => d.options.after?.content)
          .map((d) => d.range.startLineNumber),
      ),
    )
    .toContain(8);
  await expect(page.locator('.monaco-editor .pg-anno', { hasText: /1\salloc\s·\s5\.\d\sKiB/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /allocation sites/ }).getByRole('row', { name: /^8 heap 1 / })).toBeVisible();
});

test('a syntax error shows a marker at its line and column', async ({ guarded: page }) => {
  await open(page);
  await useRust(page);
  await typeProgram(page, SYNTAX_RS);
  await expect
    .poll(() => page.evaluate(() => window.__heaplabMonaco!.editor.getModelMarkers({ owner: 'heaplab' }).map((m) => [m.startLineNumber, m.startColumn, m.message])))
    .toEqual([[2, 13, expect.stringMatching(/syntax error/)]]);
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
});

test('an endless loop stops with the budget message, the page stays responsive and keeps working', async ({ guarded: page }) => {
  await open(page);
  await useRust(page);
  await typeProgram(page, LOOP_RS);
  const runHandle = await runButton(page).elementHandle();
  const longTasks = await watchLongTasks(page);
  await runHandle!.click();
  // Waits with a plain text check: role locators and their failure snapshots run on the page's main
  // thread (40-65 ms a poll on this page) and would be counted as the app's long tasks.
  await page.waitForFunction(() => document.querySelector('.pg-output')?.textContent?.includes('Exit code 3'), undefined, { timeout: 30_000, polling: 250 });
  const tasks = await longTasks();
  await expect(output(page)).toContainText(/Stopped after [\d,]+ steps/);
  await expect(output(page)).toContainText('Exit code 3');
  expect(tasks.filter((d) => d > 50)).toEqual([]);
  // Still works: another program runs.
  await typeProgram(page, ALLOC_RS);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(output(page)).toContainText('cap 1000');
});

test('Stop ends a long run at once, and the next run works', async ({ guarded: page }) => {
  await open(page);
  // Grows a live heap towards the 1 GiB memory budget: seconds of work in the worker.
  await typeProgram(page, 'package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1024))\n\t}\n}\n');
  const stop = page.getByRole('button', { name: 'Stop' });
  const stopHandle = await stop.elementHandle();
  const runHandle = await runButton(page).elementHandle();
  const longTasks = await watchLongTasks(page);
  await runHandle!.click();
  // Plain DOM checks while long tasks are counted (role queries run 40-65 ms on the page's main thread).
  const statusIs = (re: string) =>
    page.waitForFunction((r) => [...document.querySelectorAll('[role=status]')].some((e) => new RegExp(r).test(e.textContent ?? '')), re, { polling: 100, timeout: 10_000 });
  await statusIs('Running…');
  await stopHandle!.click();
  const t0 = Date.now();
  await statusIs('^Stopped\\.');
  expect(Date.now() - t0).toBeLessThan(2000);
  const tasks = await longTasks();
  await expect(page.getByRole('status').filter({ hasText: /^Stopped\./ })).toBeVisible();
  await expect(stop).toBeDisabled();
  expect(tasks.filter((d) => d > 50)).toEqual([]);
  await typeProgram(page, ALLOC_GO);
  await runButton(page).click();
  await expect(output(page)).toContainText('len 5000');
});

test('a share link round-trips the code, language and settings in a fresh page', async ({ guarded: page, context }) => {
  await open(page);
  await useRust(page);
  const codeA = await typeProgram(page, ALLOC_RS.replace('1000', '300'));
  await page.getByRole('checkbox', { name: /Compare with a second run/ }).check();
  await page.getByRole('radio', { name: 'another program' }).check();
  await page.getByRole('radio', { name: 'program B' }).check();
  await typeProgram(page, ALLOC_RS);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/playground\/#v=1&z=[\w-]+$/);

  const other = await context.newPage();
  await open(other, link);
  await expect(other.getByRole('table', { name: /A compared with B/ })).toBeVisible();
  await expect(output(other)).toContainText('cap 300');
  await expect(other.getByRole('region', { name: 'Output of B' })).toContainText('cap 1000');
  await expect.poll(() => editorText(other)).toBe(codeA);
  await expect(other.getByRole('radio', { name: 'Rust' })).toBeChecked();
  await expect(other.getByRole('alert').filter({ hasText: 'link' })).toHaveCount(0);
  await other.close();
});

test('a reload keeps the draft', async ({ guarded: page }) => {
  await open(page);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n// my own note');
  await expect(page.getByText('modified', { exact: true })).toBeVisible();
  await page.waitForTimeout(800);
  await page.reload();
  await open(page);
  await expect.poll(() => editorText(page)).toContain('// my own note');
  await expect(page.getByText('modified', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reset to the example' }).click();
  await expect.poll(() => editorText(page)).toBe(DEFAULT_GO);
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect.poll(() => editorText(page)).toContain('// my own note');
});

test('a full run and scrub by keyboard alone', async ({ guarded: page }) => {
  await open(page);
  // Esc leaves the editor: focus lands on Run.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Escape');
  await expect(runButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(output(page)).toContainText('Exit code 0', { timeout: 30_000 });
  const slider = page.getByRole('slider', { name: /Timeline of A/ });
  for (let i = 0; i < 60 && !(await slider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await expect(slider).toHaveAttribute('aria-valuetext', /^Event 1 of [\d,]+: .* on line \d+/);
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Event 2 of /);
  await page.keyboard.press('End');
  const text = (await slider.getAttribute('aria-valuetext'))!;
  const total = /of ([\d,]+)/.exec(text)![1];
  expect(text.startsWith(`Event ${total} of ${total}`)).toBe(true);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', /^Event 1 of /);
  await page.keyboard.press('PageDown');
  await expect(slider).not.toHaveAttribute('aria-valuetext', /^Event 1 of /);
  // The current event's line is highlighted in the editor.
  await expect(page.locator('.monaco-editor .pg-current-line')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('GOGC under two settings: compared on one time axis, GC cycles marked, and the same run from its link', async ({ guarded: page, context }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Example' }).selectOption('gogc');
  await expect(page.getByRole('spinbutton', { name: 'GOGC (%)' })).toHaveValue('50');
  await page.getByRole('checkbox', { name: /Compare with a second run/ }).check();
  await expect(page.getByRole('spinbutton', { name: 'GOGC for B (%)' })).toHaveValue('200');
  await page.getByRole('spinbutton', { name: 'GOMEMLIMIT for B (MiB)' }).fill('64');
  await runButton(page).click();
  const table = page.getByRole('table', { name: /A compared with B/ });
  await expect(table).toContainText('GOGC=50');
  const gcRow = table.getByRole('row', { name: /^GC cycles/ });
  const [a, b] = (await gcRow.getByRole('cell').allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, '')));
  expect(a).toBeGreaterThan(b);
  expect(await page.locator('rect.pg-gc.pg-s-a').count()).toBe(a);
  await expect(page.locator('line.pg-goal.pg-s-a').first()).toBeAttached();

  const slider = page.getByRole('slider', { name: /Timeline of A/ });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', /GC cycle 1 starts \(heap .*, goal .*\)/);
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', /GC cycle 2 starts/);
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /GC cycle 1 starts/);
  await page.getByText('GC cycles as a table').click();
  await expect(page.getByRole('table', { name: 'A: GC cycles' }).getByRole('row')).toHaveCount(Math.min(a, 200) + 1);

  const expected = await table.innerText();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const other = await context.newPage();
  await open(other, link);
  await expect(other.getByRole('table', { name: /A compared with B/ })).toHaveText(expected, { useInnerText: true });
  await expect(other.getByRole('spinbutton', { name: 'GOMEMLIMIT for B (MiB)' })).toHaveValue('64');
  await other.close();
});

const hostile: [string, string, RegExp][] = [
  ['a script payload', '#v=1&z=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E', /damaged or incomplete/],
  ['garbage', '#v=1&z=q83MzkvMTQ_S0dAEAA__not-really-deflate', /damaged or incomplete/],
  ['1 MB', `#v=1&z=${'A'.repeat(1 << 20)}`, /too long/],
];
for (const [what, hash, message] of hostile) {
  test(`a hostile link (${what}) shows an alert and the default example`, async ({ guarded: page }) => {
    await open(page, `/playground/${hash}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Showing the default example instead' });
    await expect(alert).toContainText(message);
    await expect.poll(() => editorText(page)).toBe(DEFAULT_GO);
    await page.waitForTimeout(300);
    await expect(page.getByRole('region', { name: 'Playground' }).locator('script, img, iframe')).toHaveCount(0);
    await expect(runButton(page)).toBeEnabled();
  });
}

test('the page is axe-clean before and after a run', async ({ guarded: page }) => {
  await open(page);
  await expectNoAxeViolations(page);
  await useRust(page);
  await runButton(page).click();
  await expect(output(page)).toContainText('Exit code 0');
  await expectNoAxeViolations(page);
});

test('on a phone-sized screen a textarea stands in for Monaco', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/playground/');
  const code = page.getByRole('textbox', { name: 'Go program source' });
  await expect(code).toHaveValue(DEFAULT_GO);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Rust' }).check();
  await page.getByRole('textbox', { name: 'Rust program source' }).fill(ALLOC_RS);
  await page.getByRole('textbox', { name: 'Rust program source' }).press('Control+Enter');
  await expect(output(page)).toContainText('cap 1000');
  await expectNoAxeViolations(page);
});

test('the worker pool example: goroutines in the sites table, and a deadlock ends the run as Go does', async ({ guarded: page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Example' }).selectOption('worker-pool');
  await runButton(page).click();
  await expect(output(page)).toContainText('handled 200 requests');
  const sites = page.getByRole('table', { name: /allocation sites/ });
  await expect(sites.getByRole('columnheader', { name: 'Goroutines' })).toBeVisible();
  // The per-request scratch buffers are allocated by the worker goroutines, the g structs by main.
  await expect(sites.getByRole('row', { name: /runtime: a new goroutine/ })).toContainText('main');
  await expect(sites.getByRole('row', { name: /make\(\[\]byte, 256\)/ }).first()).not.toContainText('main');

  await typeProgram(page, 'package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n}\n');
  await runButton(page).click();
  await expect(output(page)).toContainText('fatal error: all goroutines are asleep - deadlock!');
  await expect(output(page)).toContainText('goroutine 1 [chan receive]:');
  await expect(output(page)).toContainText('Exit code 2');
});

test('a borrow error and its fix open side by side: A stops with E0502 at rustc’s line, B runs', async ({ guarded: page }) => {
  await open(page);
  await useRust(page);
  await page.getByRole('combobox', { name: 'Example' }).selectOption('borrow-error');
  await expect(page.getByRole('checkbox', { name: /Compare with a second run/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'another program' })).toBeChecked();
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  await runButton(page).click();
  const a = page.getByRole('region', { name: 'Output of A' });
  const b = page.getByRole('region', { name: 'Output of B' });
  await expect(a).toContainText('did not compile');
  await expect(a).toContainText('E0502');
  await expect(b).toContainText('first = 10, len = 4, capacity = 6');
  await page.getByRole('radio', { name: 'program B' }).check();
  await expect.poll(() => editorText(page)).toContain('let first = scores[0];');
  await expectNoAxeViolations(page);
});
