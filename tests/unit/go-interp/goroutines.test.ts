// Goroutines in the trace and the sites table: who created whom, and which goroutine allocated.
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp/run';
import { Ev } from '@/lib/runtime/trace';
import { goroutineList } from '@/components/Playground/views/SitesTable';

const src = `package main

import (
	"fmt"
	"sync"
)

func work(id int, out chan<- string, wg *sync.WaitGroup) {
	out <- fmt.Sprint("worker ", id)
	wg.Done()
}

func main() {
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go work(i, out, &wg)
	}
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		n += len(s)
	}
	fmt.Println(n)
}
`;

describe('goroutines in a run', () => {
  const r = runGo(src);
  it('runs to the end', () => {
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('24\n');
  });
  it('records each go statement as a goroutine creation by main', () => {
    const created: [number, number][] = [];
    for (let i = 0; i < r.trace.length; i++) if (r.trace.kind[i] === Ev.GoCreate) created.push([r.trace.a[i], r.trace.b[i]]);
    expect(created).toHaveLength(3);
    expect(created.every(([, parent]) => parent === 1)).toBe(true);
    expect(new Set(created.map(([g]) => g)).size).toBe(3);
  });
  it('tells which goroutines allocated at each site', () => {
    const sprint = r.sites.filter((s) => s.line === 9 && s.kind === 'heap');
    expect(sprint.length).toBeGreaterThan(0);
    const gs = new Set(sprint.flatMap((s) => s.goroutines ?? []));
    expect(gs.has(1)).toBe(false);
    expect(gs.size).toBe(3);
    const g = r.sites.find((s) => /new\(g\)/.test(s.reason));
    expect(g?.goroutines).toEqual([1]);
  });
  it('a program without goroutines has no goroutine columns', () => {
    const plain = runGo('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(make([]int, 3))\n}\n');
    expect(plain.sites.every((s) => s.goroutines === undefined)).toBe(true);
  });
});

describe('goroutineList', () => {
  it('compacts ids into ranges, and names main alone', () => {
    expect(goroutineList([1])).toBe('main');
    expect(goroutineList([1, 6, 7, 8, 12])).toBe('1, 6–8, 12');
    expect(goroutineList(undefined)).toBe('');
  });
});
