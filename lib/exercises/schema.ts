// The shape of an exercise's exercise.json, checked at build time (lib/exercises/load.ts) and in the
// content test. A mistake fails the build with the file and the field.

import { z } from 'zod';
import { DEFAULT_SETTINGS, LIMITS } from '@/lib/playground/settings';
import { RUNS_CHECK_ID, type Exercise } from './types';

const id = z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes');
const ident = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a function name');
const count = z.number().int().min(0);
const bytes = z.number().int().min(1);

const check = z.discriminatedUnion('kind', [
  z.strictObject({ id, label: z.string().optional(), kind: z.literal('allocs'), func: ident.optional(), max: count, perIteration: z.number().int().min(1).optional() }),
  z.strictObject({ id, label: z.string().optional(), kind: z.literal('heapBytes'), func: ident.optional(), max: bytes }),
  z.strictObject({ id, label: z.string().optional(), kind: z.literal('peakHeap'), max: bytes }),
  z.strictObject({ id, label: z.string().optional(), kind: z.literal('gcCycles'), max: count }),
  z.strictObject({ id, label: z.string().optional(), kind: z.literal('stdout'), sameAsStart: z.literal(true).optional(), equals: z.string().optional() }),
  z.strictObject({ id, kind: z.literal('source'), forbid: z.string().min(1), label: z.string().min(3), message: z.string().min(3) }),
]);

const settings = z.strictObject({
  gogc: z.union([z.literal('off'), z.number().int().min(LIMITS.gogc.min).max(LIMITS.gogc.max)]).optional(),
  memlimitMiB: z.number().int().min(LIMITS.memlimitMiB.min).max(LIMITS.memlimitMiB.max).nullable().optional(),
  gomaxprocs: z.number().int().min(LIMITS.gomaxprocs.min).max(LIMITS.gomaxprocs.max).optional(),
});

export const exerciseFile = z.strictObject({
  title: z.string().min(3),
  language: z.enum(['go', 'rust']),
  prompt: z.string().min(10),
  settings: settings.optional(),
  hints: z.array(z.string().min(3)).min(1),
  checks: z.array(check).min(1),
  startFails: z.array(z.string()).min(1),
  export: z.strictObject({ call: z.string().min(3), resultType: z.string().min(1).optional() }).optional(),
});

export type ExerciseFile = z.infer<typeof exerciseFile>;

export class ExerciseError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'ExerciseError';
  }
}

/** Validates one exercise.json and joins it with its programs; throws an ExerciseError naming the file. */
export function parseExercise(file: string, raw: unknown, parts: { id: string; lesson: string; start: string; solution: string }): Exercise {
  const r = exerciseFile.safeParse(raw);
  if (!r.success) {
    throw new ExerciseError(file, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  const d = r.data;
  if (!/^[a-z0-9-]{1,80}$/.test(parts.id)) throw new ExerciseError(file, `the folder name "${parts.id}" is not a valid exercise id`);
  const ids = new Set<string>([RUNS_CHECK_ID]);
  for (const c of d.checks) {
    if (ids.has(c.id)) throw new ExerciseError(file, `check id "${c.id}" is used twice (or is the implicit "${RUNS_CHECK_ID}")`);
    ids.add(c.id);
    if (c.kind === 'stdout' && !c.sameAsStart === (c.equals === undefined)) throw new ExerciseError(file, `check "${c.id}": give exactly one of sameAsStart or equals`);
    if (c.kind === 'gcCycles' && d.language !== 'go') throw new ExerciseError(file, `check "${c.id}": GC cycles are a Go check`);
    if (c.kind === 'source') {
      try {
        new RegExp(c.forbid);
      } catch (e) {
        throw new ExerciseError(file, `check "${c.id}": forbid is not a regular expression (${(e as Error).message})`);
      }
    }
  }
  for (const f of d.startFails) if (!ids.has(f)) throw new ExerciseError(file, `startFails names "${f}", which is not a check`);
  return {
    id: parts.id,
    lesson: parts.lesson,
    title: d.title,
    language: d.language,
    prompt: d.prompt,
    start: parts.start,
    solution: parts.solution,
    settings: {
      gogc: d.settings?.gogc ?? DEFAULT_SETTINGS.gogc,
      memlimitMiB: d.settings?.memlimitMiB ?? DEFAULT_SETTINGS.memlimitMiB,
      gomaxprocs: d.settings?.gomaxprocs ?? DEFAULT_SETTINGS.gomaxprocs,
    },
    hints: d.hints,
    checks: d.checks,
    startFails: d.startFails,
    ...(d.export ? { export: d.export } : {}),
  };
}
