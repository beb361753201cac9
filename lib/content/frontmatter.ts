import { z } from 'zod';
import { trackIds } from './tracks';

// The front-matter every lesson must carry; checked at build time and in the unit tests.
export const lessonFrontmatter = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10),
  track: z.enum(trackIds),
  order: z.number().int().min(1),
  minutes: z.number().int().min(1).max(120),
  objectives: z.array(z.string().min(3)).min(1),
  prerequisites: z.array(z.string()).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;

export class LessonError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'LessonError';
  }
}

/** Validates raw front-matter, throwing a LessonError that names the file and each bad field. */
export function parseFrontmatter(file: string, data: unknown): LessonFrontmatter {
  const result = lessonFrontmatter.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new LessonError(file, `invalid front-matter: ${issues}`);
  }
  return result.data;
}
