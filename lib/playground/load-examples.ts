// Build time only (reads files): the examples listed in content/playground/examples/index.json.

import fs from 'node:fs';
import path from 'node:path';
import type { Example } from './examples';

interface IndexEntry extends Omit<Example, 'code' | 'compareCode'> {
  file: string;
  /** Program B's file, for an example that opens Compare with two programs. */
  compareFile?: string;
}

export const EXAMPLES_DIR = path.join(process.cwd(), 'content/playground/examples');

export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  return index.map(({ file, compareFile, ...e }) => ({ ...e, code: read(file), ...(compareFile ? { compareCode: read(compareFile) } : {}) }));
}
