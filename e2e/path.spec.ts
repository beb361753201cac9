import fs from 'node:fs';
import { fmtMinutes } from '../lib/content/tracks';
import { expect, expectNoAxeViolations, test } from './support/guards';

// Progress, tracks, onboarding links, search, the glossary and printing. `guarded` fails a test on any
// console error, dialog (an injected alert() would be one) or request beyond loopback.

const LESSON = 'Growing a slice or a Vec';

// The Foundations track as the content holds it: its lessons and their minutes, summed.
const foundationsLessons = fs
  .readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => fs.readFileSync(`content/lessons/${f}`, 'utf8'))
  .filter((t) => /^track: foundations$/m.test(t));
const FOUNDATIONS_N = foundationsLessons.length;
const FOUNDATIONS_MINUTES = foundationsLessons.reduce((m, t) => m + Number(/^minutes: (\d+)$/m.exec(t)![1]), 0);
const ofFoundations = (done: number) => `${done} of ${FOUNDATIONS_N} ${FOUNDATIONS_N === 1 ? 'lesson' : 'lessons'} done`;

/** The Foundations track's progress line (each track has its own; slice-growth is in Foundations). */
const foundations = (page: import('@playwright/test').Page) =>
  page.locator('.track-progress').filter({ has: page.getByRole('progressbar', { name: 'Foundations: lessons done' }) });

async function markLessonDone(page: import('@playwright/test').Page) {
  await page.goto('/lessons/slice-growth/');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await expect(page.getByRole('button', { name: 'Done ✓' })).toBeVisible();
}

test('the home page lists three tracks with time estimates and resumes at the last lesson', async ({ guarded: page }) => {
  await page.goto('/');
  for (const t of ['Foundations', 'Techniques', 'Operating']) await expect(page.getByRole('heading', { name: t, level: 3 })).toBeVisible();
  // the estimate is the track's lessons' `minutes` front-matter, summed
  await expect(page.getByText(`about ${fmtMinutes(FOUNDATIONS_MINUTES)}`).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toHaveCount(0);
  await page.goto('/lessons/slice-growth/');
  // The visit is recorded once the page has hydrated.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('heaplab-progress'))).toContain('"path":"/lessons/slice-growth/"');
  await page.goto('/');
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume.getByRole('link', { name: LESSON })).toHaveAttribute('href', '/lessons/slice-growth/');
  await expect(foundations(page)).toContainText(ofFoundations(0));
  await page.goto('/lessons/');
  for (const t of ['Foundations', 'Techniques', 'Operating']) await expect(page.getByRole('heading', { name: new RegExp(`^${t}`), level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('progress survives a reload, and export then import brings it back', async ({ guarded: page }) => {
  await page.goto('/lessons/slice-growth/');
  await page.getByRole('textbox', { name: /How many times does append allocate/ }).fill('12');
  await page.getByRole('button', { name: 'Commit my guess' }).click();
  await markLessonDone(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Done ✓' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/progress/');
  await expect(foundations(page)).toContainText(ofFoundations(1));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const text = fs.readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'heaplab-progress', v: 2, progress: { done: { 'slice-growth': expect.any(Number) } } });

  // A fresh browser: nothing kept.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(foundations(page)).toContainText(ofFoundations(0));
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 lesson, 1 prediction' })).toBeVisible();
  await expect(foundations(page)).toContainText(ofFoundations(1));
  await page.goto('/lessons/slice-growth/');
  await expect(page.getByText(/Your guess of 12 is/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done ✓' })).toBeVisible();
});

test('a hostile or malformed import changes nothing and says why', async ({ guarded: page }) => {
  await markLessonDone(page);
  await page.goto('/progress/');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const input = page.getByLabel('Import progress from a file');
  const files: [string, string, RegExp][] = [
    ['proto.json', '{"format":"heaplab-progress","v":2,"progress":{"done":{},"__proto__":{"polluted":true}}}', /prototype pollution/],
    ['deep.json', `{"format":"heaplab-progress","v":2,"progress":{"done":${'['.repeat(100)}${']'.repeat(100)}}}`, /nests 102 levels deep/],
    ['unknown.json', '{"format":"heaplab-progress","v":2,"progress":{"done":{}},"isAdmin":true}', /Unknown fields: "isAdmin"/],
    ['types.json', '{"format":"heaplab-progress","v":2,"progress":{"done":{"slice-growth":"yesterday"}}}', /is not a time/],
    ['script.json', '{"format":"heaplab-progress","v":2,"progress":{"last":{"path":"javascript:alert(1)","title":"<img src=x onerror=alert(1)>","at":1}}}', /not a page of this site/],
    ['garbage.json', 'not json at all', /not JSON/],
  ];
  for (const [name, body, why] of files) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    // (Next's route announcer is an alert too: take the one that speaks of the file.)
    const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
    await expect(alert).toContainText('The file was not imported; your progress is unchanged.');
    await expect(alert).toContainText(why);
  }
  // Too big: refused from its size, before it is read.
  await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 32) });
  await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toContainText(/The file is 2\.0 MB; a progress file is at most 1 MB/);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(foundations(page)).toContainText(ofFoundations(1));
  await expectNoAxeViolations(page);
});

test('a team lead builds an onboarding link; the learner sees its track and progress', async ({ guarded: page }) => {
  await page.goto('/path/new/');
  await page.getByRole('textbox', { name: 'Title of the path' }).fill('Week 1: memory <basics>');
  await page.getByRole('checkbox', { name: new RegExp(LESSON) }).check();
  await expect(page.getByRole('list').filter({ hasText: LESSON }).last()).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Link to send' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/path\/\?t=Week%201%3A%20memory%20%3Cbasics%3E&l=slice-growth$/);
  await expectNoAxeViolations(page);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 1: memory <basics>');
  const list = page.getByRole('list', { name: 'Lessons in this path' });
  await expect(list.getByRole('link', { name: LESSON })).toBeVisible();
  await expect(list.getByText('Foundations')).toBeVisible();
  await expect(page.getByText('0 of 1 lesson done')).toBeVisible();
  await expect(page.getByRole('link', { name: `Start: ${LESSON}` })).toHaveAttribute('href', '/lessons/slice-growth/');
  await expectNoAxeViolations(page);

  await markLessonDone(page);
  await page.goto(link);
  await expect(page.getByText('1 of 1 lesson done')).toBeVisible();
  await expect(list.getByText('Done ✓')).toBeVisible();
});

test('a hostile or broken onboarding link shows a clear message and runs nothing', async ({ guarded: page }) => {
  await page.goto('/path/?t=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&l=%3Cscript%3Ealert(1)%3C/script%3E,no-such-lesson');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This onboarding link cannot be opened');
  const alert = page.getByRole('alert').filter({ hasText: 'None of' });
  await expect(alert).toContainText('None of the lessons this link names exists here.');
  await expect(alert).toContainText('“<script>alert(1)</script>” is not a lesson name');
  await expect(alert).toContainText('There is no lesson called “no-such-lesson”');
  await expect(page.locator('img[src="x"], main script')).toHaveCount(0);

  await page.goto('/path/?t=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&l=slice-growth,nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link could not be used' })).toContainText('“nope”');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto('/path/');
  await expect(page.getByRole('alert').filter({ hasText: 'This link names no lessons' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('search finds a lesson by a word in its body, offline from the built index', async ({ guarded: page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search lessons and the glossary' });
  await box.fill('896');
  await expect(page.getByRole('status').filter({ hasText: /results? for “896”/ })).toBeVisible();
  const results = page.getByRole('list', { name: 'Search results' });
  const first = results.getByRole('link').first();
  await expect(first).toHaveText(`${LESSON} › Then the allocator rounds up`);
  await expect(results.locator('mark').first()).toHaveText('896');
  expect(page.url()).toContain('?q=896');
  await expectNoAxeViolations(page);
  await first.click();
  await expect(page).toHaveURL(/\/lessons\/slice-growth\/#then-the-allocator-rounds-up$/);

  // A search link opens with its results; a word found nowhere says so.
  await page.goto('/search/?q=victim%20cache');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('Glossary › victim cache');
  await page.getByRole('searchbox').fill('zzqqxx');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing contains every word of “zzqqxx”' })).toBeVisible();
});

test('a lesson links its terms to the glossary', async ({ guarded: page }) => {
  await page.goto('/lessons/slice-growth/');
  await page.getByRole('article').getByRole('link', { name: 'size classes' }).click();
  await expect(page).toHaveURL(/\/glossary\/#size-class$/);
  const entry = page.locator('#size-class');
  await expect(entry.getByRole('term')).toContainText('size class');
  await expect(entry.getByRole('definition')).toContainText('67 object sizes');
  await expect(entry.getByRole('link', { name: LESSON })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a lesson prints cleanly: no site chrome or table of contents, the prose full width', async ({ guarded: page }) => {
  await page.goto('/lessons/slice-growth/');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Lesson pager' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  const article = await page.getByRole('article').boundingBox();
  const width = page.viewportSize()!.width;
  expect(article!.width).toBeGreaterThan(width * 0.9);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
