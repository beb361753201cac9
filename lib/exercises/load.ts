// Build time only (reads files): every exercise in content/lessons/<lesson>/exercises/<id>/, each an
// exercise.json with its start and solution programs beside it (start.go and solution.go, or .rs).

import fs from 'node:fs';
import path from 'node:path';
import { ExerciseError, parseExercise } from './schema';
import type { Exercise } from './types';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

const EXT = { go: 'go', rust: 'rs' } as const;

export function loadExercises(dir = LESSONS_DIR): Exercise[] {
  const out: Exercise[] = [];
  const seen = new Map<string, string>();
  for (const lesson of fs.readdirSync(dir).sort()) {
    const exDir = path.join(dir, lesson, 'exercises');
    if (!fs.existsSync(exDir) || !fs.statSync(exDir).isDirectory()) continue;
    for (const id of fs.readdirSync(exDir).sort()) {
      const folder = path.join(exDir, id);
      if (!fs.statSync(folder).isDirectory()) continue;
      const rel = path.relative(process.cwd(), path.join(folder, 'exercise.json'));
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(path.join(folder, 'exercise.json'), 'utf8'));
      } catch (e) {
        throw new ExerciseError(rel, `unreadable: ${(e as Error).message}`);
      }
      const lang = (raw as { language?: unknown })?.language === 'rust' ? 'rust' : 'go';
      const read = (name: string) => {
        const f = path.join(folder, `${name}.${EXT[lang]}`);
        if (!fs.existsSync(f)) throw new ExerciseError(rel, `${name}.${EXT[lang]} is missing beside it`);
        return fs.readFileSync(f, 'utf8');
      };
      const ex = parseExercise(rel, raw, { id, lesson, start: read('start'), solution: read('solution') });
      if (seen.has(id)) throw new ExerciseError(rel, `exercise id "${id}" is also used by ${seen.get(id)}`);
      seen.set(id, rel);
      out.push(ex);
    }
  }
  return out;
}

let cache: Exercise[] | null = null;

/** One exercise by id, for the page that shows it; a wrong id fails the build with the ids there are. */
export function exerciseById(id: string): Exercise {
  cache ??= loadExercises();
  const ex = cache.find((e) => e.id === id);
  if (!ex) throw new Error(`<Exercise id="${id}">: no such exercise (there are: ${cache.map((e) => e.id).join(', ') || 'none'})`);
  return ex;
}
