// Budgets: steps (endless loops), simulated memory (huge makes fail like the runtime without the
// host allocating them), trace events (aggregated past the budget, never dropped).
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { Ev } from '@/lib/runtime/trace';

const prog = (body: string, imports = '') => `package main\n${imports}\nfunc main() {\n${body}\n}\n`;

describe('step budget', () => {
  it('an endless loop stops with exit code 3 and the message, keeping output and trace', { timeout: 30_000 }, () => {
    const r = runGo(prog('\tfmt.Println("start")\n\tb := make([]int, 0, 1)\n\tfor {\n\t\tb = append(b[:0], 1)\n\t}', 'import "fmt"\n'));
    expect(r.exitCode).toBe(3);
    expect(r.budget).toEqual({ kind: 'steps', message: 'Stopped after 50,000,000 steps: the program may loop forever. The trace so far is kept.' });
    expect(r.stdout).toBe('start\n');
    expect(r.trace.length).toBeGreaterThan(0);
  });
  it('honours a smaller stepBudget', () => {
    const r = runGo(prog('\tfor {\n\t}'), { stepBudget: 1000 });
    expect(r.exitCode).toBe(3);
    expect(r.budget?.message).toBe('Stopped after 1,000 steps: the program may loop forever. The trace so far is kept.');
  });
});

describe('memory', () => {
  it('make([]byte, 1<<40) fails like the runtime (out of memory) without allocating on the host', () => {
    const before = process.memoryUsage().arrayBuffers;
    const r = runGo(prog('\tb := make([]byte, 1<<40)\n\tb[0] = 1'));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 << 20);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('fatal error: runtime: out of memory');
    expect(r.budget?.kind).toBe('memory');
  });
  it('a length beyond maxAlloc panics: makeslice: len out of range', () => {
    const r = runGo(prog('\tn := 1 << 50\n\tb := make([]byte, n)\n\tb[0] = 1'));
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('panic: runtime error: makeslice: len out of range');
  });
  it('a 512 MiB slice within the budget is sparse on the host and works', () => {
    const before = process.memoryUsage().arrayBuffers;
    const r = runGo(prog('\tb := make([]byte, 512<<20)\n\tb[1<<29-1] = 7\n\tb[3] = 1\n\tfmt.Println(len(b), b[1<<29-1], b[3], b[4])', 'import "fmt"\n'));
    expect(r.stdout).toBe('536870912 7 1 0\n');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 << 20);
    expect(r.stats.heapBytes).toBeGreaterThanOrEqual(512 << 20);
  });
  it('memoryBudget bounds the simulated live heap', () => {
    const src = prog('\tvar keep [][]byte\n\tfor i := 0; i < 100; i++ {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n\tfmt.Println(len(keep))', 'import "fmt"\n');
    const r = runGo(src, { memoryBudget: 32 << 20 });
    expect(r.budget?.kind).toBe('memory');
    expect(r.exitCode).toBe(2);
    expect(runGo(src).stdout).toBe('100\n');
  });
});

describe('event budget', () => {
  it('events past the budget are aggregated per kind and line, not dropped', () => {
    const src = prog('\tvar keep []*int\n\tfor i := 0; i < 5000; i++ {\n\t\tkeep = append(keep, new(int))\n\t}\n\tfmt.Println(len(keep))', 'import "fmt"\n');
    const r = runGo(src, { eventBudget: 1000 });
    expect(r.stdout).toBe('5000\n');
    expect(r.exitCode).toBe(0);
    expect(r.trace.length).toBeLessThanOrEqual(1000);
    expect(r.trace.aggregated).toBeGreaterThan(0);
    let allocs = 0;
    for (let i = 0; i < r.trace.length; i++) {
      if (r.trace.kind[i] === Ev.Alloc) allocs++;
      else if (r.trace.kind[i] === Ev.Aggregate && r.trace.c[i] === Ev.Alloc) allocs += r.trace.b[i];
    }
    expect(allocs).toBe(r.stats.heapAllocs - countRealloc(r.trace));
  });
});

function countRealloc(t: { length: number; kind: Uint8Array; c: Int32Array; b: Float64Array }): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.kind[i] === Ev.Realloc) n++;
    else if (t.kind[i] === Ev.Aggregate && t.c[i] === Ev.Realloc) n += t.b[i];
  }
  return n;
}

describe('host buffers of freed objects', () => {
  it('are reused zeroed: a buffer made after a GC freed a written one reads all zeros', () => {
    const src = prog(
      [
        '\tfor i := 0; i < 4; i++ {',
        '\t\tb := make([]byte, 8192)',
        '\t\tsum := 0',
        '\t\tfor _, v := range b {',
        '\t\t\tsum += int(v)',
        '\t\t}',
        '\t\tfmt.Println(sum)',
        '\t\tfor j := range b {',
        '\t\t\tb[j] = 7',
        '\t\t}',
        '\t\tsink = b',
        '\t\tsink = nil',
        '\t\truntime.GC()',
        '\t}',
      ].join('\n'),
      'import (\n\t"fmt"\n\t"runtime"\n)\n\nvar sink []byte\n',
    );
    const r = runGo(src);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n0\n0\n0\n');
    expect(r.stats.frees).toBeGreaterThanOrEqual(3);
  });
});
