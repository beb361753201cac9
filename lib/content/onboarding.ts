// Onboarding links: a title and lessons in order, in the address of /path/ — e.g.
// /path/?t=Memory%20basics&l=slice-growth,escape-analysis. A team lead builds one on /path/new/ and
// sends it; the learner's page shows the lessons with their progress. Pure: used by both pages and tests.
//
// A link is untrusted text. The title is shown as text (never as HTML), cut to TITLE_MAX characters with
// control characters removed; lesson names must be slugs of lessons that exist. What is wrong is said in
// `problems`; a link with no usable lesson is refused with a reason.

export const TITLE_MAX = 120;
export const MAX_LESSONS = 50;
export const MAX_QUERY = 4000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface PathLesson { slug: string; title: string; minutes: number; track: string }

export type ParsedPath =
  | { ok: true; title: string; lessons: PathLesson[]; problems: string[] }
  | { ok: false; reason: string; problems: string[] };

export const DEFAULT_TITLE = 'Onboarding path';

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

/** Reads a /path/ query string (with or without its leading ?) against the lessons that exist. */
export function parsePathQuery(search: string, known: PathLesson[]): ParsedPath {
  const problems: string[] = [];
  if (search.length > MAX_QUERY) return { ok: false, reason: `This link is ${search.length} characters long; an onboarding link is at most ${MAX_QUERY}.`, problems };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ok: false, reason: 'This link cannot be read.', problems };
  }
  let title = (params.get('t') ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (title.length > TITLE_MAX) {
    title = `${title.slice(0, TITLE_MAX - 1)}…`;
    problems.push(`The title was cut to ${TITLE_MAX} characters.`);
  }
  const raw = params.get('l');
  if (raw === null || raw.trim() === '') return { ok: false, reason: 'This link names no lessons (it has no l=… part). Ask for the link again, or build one below.', problems };
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length > MAX_LESSONS) return { ok: false, reason: `This link names ${names.length} lessons; an onboarding path holds at most ${MAX_LESSONS}.`, problems };
  const bySlug = new Map(known.map((l) => [l.slug, l]));
  const lessons: PathLesson[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!SLUG.test(name)) {
      problems.push(`${quote(name)} is not a lesson name, so it was left out.`);
      continue;
    }
    const l = bySlug.get(name);
    if (!l) {
      problems.push(`There is no lesson called ${quote(name)} (it may have been renamed), so it was left out.`);
      continue;
    }
    if (seen.has(name)) {
      problems.push(`${quote(l.title)} was named twice; it is listed once.`);
      continue;
    }
    seen.add(name);
    lessons.push(l);
  }
  if (lessons.length === 0) return { ok: false, reason: 'None of the lessons this link names exists here.', problems };
  return { ok: true, title: title || DEFAULT_TITLE, lessons, problems };
}

/** The query of an onboarding link (commas kept readable). */
export function pathQuery(title: string, slugs: string[]): string {
  const t = title.trim() ? `t=${encodeURIComponent(title.trim())}&` : '';
  return `?${t}l=${slugs.join(',')}`;
}
