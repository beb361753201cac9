import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeGctrace } from '@/lib/go/gctrace-import';
import { analyzeForPage, MAX_LOG_CHARS } from './analyze';
import { GCTRACE_SAMPLES } from './GctraceImport';

const MiB = 2 ** 20;

describe('the gctrace page analysis', () => {
  it.each(GCTRACE_SAMPLES.map((s) => s.file))('reads the sample %s served in public/ with no unparsed line, as the CLI does', (file) => {
    const text = readFileSync(`public/gctrace/${file}`, 'utf8');
    expect(text).toBe(readFileSync(`tests/fixtures/gctrace/${file}`, 'utf8'));
    const r = analyzeForPage(text, {});
    const cli = analyzeGctrace(text);
    expect(r.unparsedCount).toBe(0);
    expect(r.cycles).toEqual(cli.parsed.cycles);
    expect(r.observedCurve!.gcCycles).toBe(cli.observedReplay!.predicted.cycles);
    expect(r.whatif).toBeNull();
  });

  it('replays under what-if settings: a higher GOGC runs fewer cycles', () => {
    const text = readFileSync('public/gctrace/gogc100-p1.log', 'utf8');
    const r = analyzeForPage(text, { gcPercent: 400 });
    expect(r.whatif!.settings.gcPercent).toBe(400);
    expect(r.whatif!.gcCycles).toBeLessThan(r.observedCurve!.gcCycles);
    const lim = analyzeForPage(text, { gcPercent: 'off', memoryLimit: 64 * MiB });
    expect(lim.whatif!.peakHeapBytes).toBeLessThanOrEqual(64 * MiB);
  });

  it('lists lines it could not read with their numbers and keeps the cycles it could', () => {
    const good = 'gc 1 @0.010s 1%: 0.010+0.50+0.005 ms clock, 0.010+0.10/0.20/0+0.005 ms cpu, 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P';
    const r = analyzeForPage(['hello from the program', good, 'gc 2 @0.020s 1%: garbled', good.replace('gc 1 @0.010s', 'gc 3 @0.030s')].join('\n'), {});
    expect(r.cycles.map((c) => c.n)).toEqual([1, 3]);
    expect(r.unparsed).toEqual([{ line: 3, text: 'gc 2 @0.020s 1%: garbled' }]);
    expect(r.ignoredLines).toBe(1);
  });

  it('refuses a log past its size budget with a message', () => {
    expect(() => analyzeForPage('x'.repeat(MAX_LOG_CHARS + 1), {})).toThrow(/at most 32 MiB/);
  });
});
