// The glibc fragmentation runs the rust-allocators lesson quotes (scripts/calibrate/rust-fragmentation.sh,
// rustc 1.95 on glibc 2.36): what the runs show, and that the lesson quotes two of them verbatim.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fixture from '@/tests/fixtures/calibration/rust-fragmentation.json';

/** The resident set size (KiB) after each step of one run, in order. */
function steps(run: string): number[] {
  return run.trim().split('\n').map((line) => {
    const m = /rss\s+(\d+) KiB$/.exec(line);
    if (!m) throw new Error(`not a step line: ${line}`);
    return Number(m[1]);
  });
}

describe('glibc fragmentation (real runs)', () => {
  it('recorded with rustc 1.95 on glibc, several runs of each setting', () => {
    expect(fixture.toolchain).toMatch(/^rustc 1\.95\./);
    expect(fixture.glibc).toMatch(/GLIBC/);
    expect(fixture.runs.length).toBeGreaterThanOrEqual(3);
    expect(fixture.runsNoTcache.length).toBe(fixture.runs.length);
  });

  it('freeing every other block returns nothing, even after malloc_trim; freeing all returns memory only after malloc_trim', () => {
    for (const run of fixture.runs) {
      const [start, live, half, halfTrim, all, allTrim] = steps(run);
      expect(live - start).toBeGreaterThan(30_000); // 40 000 blocks of 1 000 bytes are resident
      expect(half).toBe(live);
      expect(halfTrim).toBe(live);
      expect(all).toBe(live);
      expect(allTrim).toBeLessThan(start + 2_000);
    }
  });

  it('with the tcache turned off, the last free returns the memory by itself', () => {
    for (const run of fixture.runsNoTcache) {
      const [start, live, half, , all] = steps(run);
      expect(half).toBe(live);
      expect(all).toBeLessThan(start + 2_000);
    }
  });

  it('the lesson quotes one run of each setting verbatim', () => {
    const lesson = readFileSync(join(process.cwd(), 'content/lessons/rust-allocators.mdx'), 'utf8');
    const quoted = [...lesson.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(quoted).toHaveLength(2);
    expect(fixture.runs).toContain(quoted[0]);
    expect(fixture.runsNoTcache).toContain(quoted[1]);
  });
});
