import { describe, expect, it } from 'vitest';
import { MAX_LESSONS, parsePathQuery, pathQuery, TITLE_MAX } from '@/lib/content/onboarding';

const known = [
  { slug: 'slice-growth', title: 'Growing a slice', minutes: 15, track: 'foundations' },
  { slug: 'escape', title: 'Escape analysis', minutes: 10, track: 'foundations' },
];

describe('onboarding links', () => {
  it('round-trips a title and lessons in order', () => {
    const q = pathQuery('Week 1: memory & you', ['escape', 'slice-growth']);
    expect(q).toBe('?t=Week%201%3A%20memory%20%26%20you&l=escape,slice-growth');
    const r = parsePathQuery(q, known);
    expect(r).toEqual({ ok: true, title: 'Week 1: memory & you', lessons: [known[1], known[0]], problems: [] });
  });

  it('keeps hostile titles as text, without control or direction characters, and cuts long ones', () => {
    const r = parsePathQuery(`?t=${encodeURIComponent('<script>alert(1)</script>\u202e\u0000x')}&l=escape`, known);
    expect(r.ok && r.title).toBe('<script>alert(1)</script> x');
    const long = parsePathQuery(`?t=${'a'.repeat(500)}&l=escape`, known);
    expect(long.ok && long.title.length).toBe(TITLE_MAX);
    expect(long.problems).toEqual([`The title was cut to ${TITLE_MAX} characters.`]);
  });

  it('leaves out names that are not lessons, and says so', () => {
    const r = parsePathQuery('?l=escape,nope,%3Cimg%20src%3Dx%3E,escape,javascript:alert(1)', known);
    expect(r.ok && r.lessons.map((l) => l.slug)).toEqual(['escape']);
    expect(r.problems).toEqual([
      'There is no lesson called “nope” (it may have been renamed), so it was left out.',
      '“<img src=x>” is not a lesson name, so it was left out.',
      '“Escape analysis” was named twice; it is listed once.',
      '“javascript:alert(1)” is not a lesson name, so it was left out.',
    ]);
  });

  it('refuses a link with no usable lesson, too many lessons, or too long', () => {
    expect(parsePathQuery('?t=x', known)).toMatchObject({ ok: false, reason: expect.stringMatching(/names no lessons/) });
    expect(parsePathQuery('?l=nope', known)).toMatchObject({ ok: false, reason: 'None of the lessons this link names exists here.' });
    expect(parsePathQuery(`?l=${Array(MAX_LESSONS + 1).fill('escape').join(',')}`, known)).toMatchObject({ ok: false });
    expect(parsePathQuery(`?l=escape&t=${'x'.repeat(5000)}`, known)).toMatchObject({ ok: false, reason: expect.stringMatching(/characters long/) });
  });

  it('gives an untitled link a default title', () => {
    expect(parsePathQuery('l=slice-growth', known)).toMatchObject({ ok: true, title: 'Onboarding path' });
  });
});
