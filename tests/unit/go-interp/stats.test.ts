import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';

const prog = (body: string) => `package main\n\nimport "fmt"\n\ntype P struct{ x, y int }\n\nfunc mk(i int) *P { return &P{i, i} }\n\nfunc main() {\n${body}\n}\n`;

describe('run stats', () => {
  it('peak heap counts every live object, even before a span refill', () => {
    const r = runGo(prog('\tvar ps []*P\n\tfor i := 0; i < 10; i++ {\n\t\tps = append(ps, mk(i))\n\t}\n\tfmt.Println(len(ps))'));
    expect(r.exitCode).toBe(0);
    expect(r.stats.frees).toBe(0);
    // Nothing was freed, so the peak is everything allocated.
    expect(r.stats.peakHeapBytes).toBe(r.stats.heapBytes);
    expect(r.stats.peakHeapBytes).toBeGreaterThan(10 * 16);
  });

  it('peak heap stays below the bytes allocated once a GC frees garbage', () => {
    const r = runGo(prog('\ttotal := 0\n\tn := 64 << 10 // a variable size, so the slice goes to the heap\n\tfor i := 0; i < 2000; i++ {\n\t\tb := make([]byte, n)\n\t\ttotal += len(b)\n\t}\n\tfmt.Println(total)'));
    expect(r.stats.gcCycles).toBeGreaterThan(0);
    expect(r.stats.frees).toBeGreaterThan(0);
    expect(r.stats.peakHeapBytes).toBeGreaterThan(64 << 10);
    expect(r.stats.peakHeapBytes).toBeLessThan(r.stats.heapBytes / 4);
  });
});
