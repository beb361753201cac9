import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { parseGctrace } from '@/lib/go/gctrace-import/parse';
import { fitWorkload } from '@/lib/go/gctrace-import/fit';
import { parseScenarioArgs } from '@/lib/runtime/cli-args';

// The simulated runtime's GODEBUG=gctrace=1: lines in the real format on stderr, which the
// importer reads back (round trip).
const MiB = 2 ** 20;
const churn = readFileSync('scripts/calibrate/programs/go/gc_churn_live4m.go', 'utf8');

describe('gctrace from the simulated runtime', () => {
  const r = runGo(churn, { gctrace: true, gogc: 50 });
  const parsed = parseGctrace(r.stderr);

  it('prints one line per cycle, in the real format, and nothing without the option', () => {
    expect(r.exitCode).toBe(0);
    expect(r.stats.gcCycles).toBeGreaterThan(20);
    expect(parsed.unparsed).toEqual([]);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.cycles).toHaveLength(r.stats.gcCycles);
    parsed.cycles.forEach((c, i) => {
      const g = r.gc[i];
      expect(c).toMatchObject({ n: g.n, procs: 1, forced: false, stacks: 0, globals: 0 });
      expect([c.heapStart, c.heapEnd, c.heapMarked, c.goal]).toEqual([g.heapStart, g.heapEnd, g.heapMarked, g.goal].map((b) => Math.floor(b / MiB) * MiB));
    });
    expect(runGo(churn, { gogc: 50 }).stderr).toBe('');
  });

  it('the fit reads the GOGC back from the simulated goals', () => {
    const fit = fitWorkload(parsed.cycles);
    expect(fit.gcPercent).toBe(50);
    expect(fit.memoryLimit).toBeNull();
    expect(fit.liveBytes / MiB).toBeGreaterThan(3.5);
    expect(fit.liveBytes / MiB).toBeLessThan(5.5);
  });

  it('interleaves with println in order; runtime.GC() prints (forced)', () => {
    const src = 'package main\n\nimport "runtime"\n\nfunc main() {\n\tprintln("before")\n\truntime.GC()\n\tprintln("between")\n\truntime.GC()\n\tprintln("after")\n}\n';
    const out = runGo(src, { gctrace: true, gomaxprocs: 2 });
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('before');
    expect(lines[1]).toMatch(/^gc 1 @\d+\.\d{3}s \d+%: .* 2 P \(forced\)$/);
    expect(lines[2]).toBe('between');
    expect(lines[3]).toMatch(/^gc 2 @.* \(forced\)$/);
    expect(lines[4]).toBe('after');
    const p = parseGctrace(out.stderr);
    expect(p.cycles.map((c) => c.forced)).toEqual([true, true]);
    expect(p.ignored.map((l) => l.text)).toEqual(['before', 'between', 'after']);
  });

  it('the runner takes --gctrace', () => {
    expect(parseScenarioArgs(['x.go', '--gctrace']).opts.gctrace).toBe(true);
    expect(parseScenarioArgs(['x.go']).opts.gctrace).toBeUndefined();
  });
});
