// The glossary as the pages see it (bundled JSON); the remark step reads the same file from disk.
import data from '@/content/glossary.json';
import type { GlossaryTerm } from './remark-glossary.mjs';

export type { GlossaryTerm };
export const glossary: GlossaryTerm[] = data as GlossaryTerm[];
