import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LessonError, parseFrontmatter, type LessonFrontmatter } from './frontmatter';
import { tracks } from './tracks';
import { tableOfContents, type TocEntry } from './toc';

// Build-time only (reads the file system): the lesson index, used by the lesson pages and tests.

export interface Lesson extends LessonFrontmatter { slug: string; file: string; toc: TocEntry[] }

export const lessonsDir = path.join(process.cwd(), 'content', 'lessons');

export function loadLessons(dir = lessonsDir): Lesson[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const lessons = files.map((f) => {
    const file = path.join('content', 'lessons', f);
    const source = fs.readFileSync(path.join(dir, f), 'utf8');
    let data: unknown;
    let content: string;
    try {
      ({ data, content } = matter(source));
    } catch (e) {
      throw new LessonError(file, `unreadable front-matter: ${(e as Error).message}`);
    }
    return { ...parseFrontmatter(file, data), slug: f.replace(/\.mdx$/, ''), file, toc: tableOfContents(content) };
  });
  checkLinks(lessons);
  return sortLessons(lessons);
}

function checkLinks(lessons: Lesson[]) {
  const slugs = new Set(lessons.map((l) => l.slug));
  for (const l of lessons) {
    for (const p of l.prerequisites) {
      if (!slugs.has(p)) throw new LessonError(l.file, `prerequisite "${p}" is not a lesson`);
    }
  }
  const seen = new Map<string, string>();
  for (const l of lessons) {
    const key = `${l.track}#${l.order}`;
    if (seen.has(key)) throw new LessonError(l.file, `order ${l.order} in track ${l.track} is also used by ${seen.get(key)}`);
    seen.set(key, l.file);
  }
}

/** Lessons in reading order: by track, then by order within the track. */
export function sortLessons(lessons: Lesson[]): Lesson[] {
  const rank = (t: string) => tracks.findIndex((x) => x.id === t);
  return [...lessons].sort((a, b) => rank(a.track) - rank(b.track) || a.order - b.order);
}

export function lessonsByTrack(lessons: Lesson[]) {
  return tracks
    .map((t) => ({ ...t, lessons: lessons.filter((l) => l.track === t.id) }))
    .filter((t) => t.lessons.length > 0);
}

/** What the browser needs to know of a lesson (onboarding paths, progress, the home page). */
export interface LessonRef { slug: string; title: string; minutes: number; track: string }

export interface TrackSummary { id: string; title: string; blurb: string; minutes: number; lessons: LessonRef[] }

/** Every track, empty ones too, with its lessons in order and the minutes they take. */
export function trackSummaries(lessons: Lesson[]): TrackSummary[] {
  return tracks.map((t) => {
    const ls = lessons.filter((l) => l.track === t.id).map(lessonRef);
    return { id: t.id, title: t.title, blurb: t.blurb, minutes: ls.reduce((m, l) => m + l.minutes, 0), lessons: ls };
  });
}

export function lessonRef(l: Lesson): LessonRef {
  return { slug: l.slug, title: l.title, minutes: l.minutes, track: l.track };
}

export function neighbours(lessons: Lesson[], slug: string) {
  const i = lessons.findIndex((l) => l.slug === slug);
  return { prev: i > 0 ? lessons[i - 1] : undefined, next: i >= 0 && i < lessons.length - 1 ? lessons[i + 1] : undefined };
}
