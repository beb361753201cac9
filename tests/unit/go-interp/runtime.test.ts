// The simulated runtime: reachability-based GC, pacer-driven cycles, forced GCs, sync.Pool
// tiers, the trace's events and the per-line sites.
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp';
import { runGoDetailed } from '@/lib/go/interp/run';
import { Ev, type Trace } from '@/lib/runtime/trace';

const events = (t: Trace, kind: Ev) => {
  const out: { line: number; a: number; b: number; c: number; time: number }[] = [];
  for (let i = 0; i < t.length; i++) if (t.kind[i] === kind) out.push({ line: t.line[i], a: t.a[i], b: t.b[i], c: t.c[i], time: t.time[i] });
  return out;
};

describe('garbage collection', () => {
  it('runtime.GC frees exactly the unreachable objects', () => {
    const src = `package main

import "runtime"

var keep *[1000]int

func main() {
	keep = new([1000]int)
	n := 2000
	garbage := make([]int, n)
	garbage[0] = 1
	garbage = nil
	runtime.GC()
	_ = keep[0]
}
`;
    const r = runGo(src);
    const allocs = events(r.trace, Ev.Alloc);
    const frees = events(r.trace, Ev.Free);
    const kept = allocs.find((a) => a.line === 8)!;
    const dropped = allocs.find((a) => a.line === 10)!;
    expect(frees.map((f) => f.b)).toContain(dropped.b);
    expect(frees.map((f) => f.b)).not.toContain(kept.b);
    expect(r.stats.gcCycles).toBe(1);
    expect(r.trace.gc[0].forced).toBe(true);
  });

  it('the pacer starts cycles as the heap grows; GOGC=off never collects unless forced', () => {
    const src = `package main

var live [][]byte

func main() {
	live = make([][]byte, 16)
	for i := 0; i < 400; i++ {
		live[i%16] = make([]byte, 64<<10)
	}
}
`;
    const on = runGo(src);
    expect(on.stats.gcCycles).toBeGreaterThan(3);
    expect(on.gc.every((g) => g.goal >= 4 << 20)).toBe(true);
    const off = runGo(src, { gogc: 'off' });
    expect(off.stats.gcCycles).toBe(0);
    expect(off.stats.frees).toBe(0);
    const limited = runGo(src, { gogc: 'off', memlimit: 8 << 20 });
    expect(limited.stats.gcCycles).toBeGreaterThan(0);
  });

  it('GC cycles take virtual time and are recorded with the pacer state', () => {
    const r = runGo(`package main

import "runtime"

func main() {
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
}
`);
    expect(r.trace.gc).toHaveLength(3);
    for (const g of r.trace.gc) {
      expect(g.endTime).toBeGreaterThan(g.startTime);
      expect(g.goal).toBeGreaterThan(0);
    }
    const starts = events(r.trace, Ev.GcStart);
    const ends = events(r.trace, Ev.GcEnd);
    expect(starts.map((e) => e.b)).toEqual([1, 2, 3]);
    expect(ends.map((e) => e.b)).toEqual([1, 2, 3]);
    expect(r.stats.gcCpuFraction).toBeGreaterThan(0);
    expect(r.stats.gcCpuFraction).toBeLessThan(1);
  });

  it('ReadMemStats returns the model counters (Mallocs, Frees, TotalAlloc, HeapAlloc, NumGC)', () => {
    const r = runGo(`package main

import (
	"fmt"
	"runtime"
)

var sink []byte
var a, b runtime.MemStats

func main() {
	runtime.ReadMemStats(&a)
	sink = make([]byte, 5000)
	sink = make([]byte, 100)
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, b.NumGC-a.NumGC, b.Frees-a.Frees >= 2, b.HeapAlloc < a.HeapAlloc+5000)
}
`);
    // 5000 B → 5376-byte class, 100 B → 112; the first GC starts the mark worker (4 objects, 608 B)
    expect(r.stdout).toBe(`6 ${5376 + 112 + 608} 1 true true\n`);
  });
});

describe('sync.Pool', () => {
  it('hits from the private slot, the victim cache after one GC, misses after two', () => {
    const r = runGo(`package main

import (
	"fmt"
	"runtime"
	"sync"
)

type B struct{ n int }

var made int
var p = sync.Pool{New: func() any { made++; return &B{} }}

func main() {
	x := p.Get().(*B)
	p.Put(x)
	y := p.Get().(*B)
	p.Put(y)
	runtime.GC()
	z := p.Get().(*B)
	p.Put(z)
	runtime.GC()
	runtime.GC()
	w := p.Get().(*B)
	fmt.Println(x == y, y == z, z == w, made)
}
`);
    expect(r.stdout).toBe('true true false 2\n');
    const gets = events(r.trace, Ev.PoolGet);
    expect(gets.map((g) => [g.a, g.c])).toEqual([
      [0, 4], // miss: New
      [1, 0], // private
      [1, 3], // victim
      [0, 4], // dropped after two GCs: New
    ]);
    expect(events(r.trace, Ev.PoolPut)).toHaveLength(3);
  });
});

describe('trace and sites', () => {
  it('append growth is a realloc; stack decisions are events; sites aggregate per line', () => {
    const r = runGo(`package main

func main() {
	var s []int
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	for i := 0; i < 5; i++ {
		b := make([]byte, 32)
		b[0] = 1
	}
	_ = s
}
`);
    const reallocs = events(r.trace, Ev.Realloc);
    expect(reallocs.every((e) => e.line === 6)).toBe(true);
    expect(reallocs.map((e) => e.a)).toEqual([16, 32, 64, 128, 256, 512, 1024]);
    expect(events(r.trace, Ev.Alloc).filter((e) => e.line === 6)).toHaveLength(1); // the first append: from nil
    expect(events(r.trace, Ev.Stack).filter((e) => e.line === 9)).toHaveLength(5);
    const heapSite = r.sites.find((s) => s.line === 6)!;
    expect(heapSite).toMatchObject({ kind: 'heap', count: 8, bytes: 8 + 16 + 32 + 64 + 128 + 256 + 512 + 1024 });
    expect(r.sites.find((s) => s.line === 9)).toMatchObject({ kind: 'stack', count: 5, bytes: 160 });
  });

  it('virtual time is monotonic and advances with work', () => {
    const r = runGo(`package main

func main() {
	var keep [][]byte
	for i := 0; i < 50; i++ {
		keep = append(keep, make([]byte, 1000))
	}
	_ = keep
}
`);
    let last = -1;
    for (let i = 0; i < r.trace.length; i++) {
      expect(r.trace.time[i]).toBeGreaterThanOrEqual(last);
      last = r.trace.time[i];
    }
    expect(last).toBeGreaterThan(0);
  });

  it('the MemStats window over main matches what the calibration harness measures', () => {
    const d = runGoDetailed('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n');
    // go1.23.5: 4 mallocs, 360 bytes (pp 208, poolLocal 128, allPools 8, pp.buf 8 in a tiny block)
    expect(d.window).toMatchObject({ mallocs: 4, totalAlloc: 360, numGC: 0 });
  });
});
