// Run-time panics print like the Go runtime (first line exact, verified with go run) and exit
// with status 2; output written before the panic is kept; the trace up to the panic is kept.
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { panicCases } from './panic-cases';

describe('runtime panics', () => {
  for (const c of panicCases) {
    it(c.name, () => {
      const r = runGo(c.src);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr.split('\n')[0]).toBe(c.first);
    });
  }

  it('prints the goroutine trace and exit status', () => {
    const src = 'package main\n\nfunc pick(s []int, i int) int {\n\treturn s[i]\n}\n\nfunc main() {\n\tpick([]int{1}, 3)\n}\n';
    const r = runGo(src);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('panic: runtime error: index out of range [3] with length 1');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('goroutine 1 [running]:');
    expect(lines[3]).toBe('main.pick(...)');
    expect(lines[4]).toMatch(/^\tprog\.go:4|^\t\/tmp\/prog\.go:4/);
    expect(lines[5]).toBe('main.main()');
    expect(lines[6]).toMatch(/prog\.go:8/);
    expect(r.stderr.endsWith('exit status 2\n')).toBe(true);
  });

  it('nil dereference adds the signal line', () => {
    const r = runGo('package main\n\ntype T struct{ x int }\n\nfunc main() {\n\tvar p *T\n\tp.x = 1\n}\n');
    expect(r.stderr.split('\n')[1]).toMatch(/^\[signal SIGSEGV: segmentation violation/);
    expect(r.exitCode).toBe(2);
  });

  it('deep recursion ends as a stack overflow, not a host crash', () => {
    const r = runGo('package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('fatal error: stack overflow');
  });

  it('a bounds panic allocates its boundsError (24 bytes) like the runtime', () => {
    const r = runGo('package main\n\nfunc main() {\n\ts := []int{1}\n\ti := 2\n\t_ = s[i]\n}\n');
    const heap = r.sites.filter((s) => s.kind === 'heap');
    expect(heap.some((s) => s.reason.includes('boundsError') && s.bytes === 24)).toBe(true);
  });
});
