// Each feature of the subset: the program's stdout equals what go1.23.5 prints (cases.ts).
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { cases } from './cases';

describe('Go subset semantics (outputs recorded from go run, go1.23.5)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = runGo(c.src);
      expect(r.diagnostics).toEqual([]);
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toBe(c.stdout);
    });
  }
});
