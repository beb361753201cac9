// A value sent straight to a parked receiver lives in the receiver's sudog until the receiver runs
// (real Go copies it into the receiver's stack: chan.go sendDirect). A GC cycle in between must keep
// it: before the fix the first record was freed and its memory reused, so the receiver read another
// record's bytes (go1.23.5 prints "bad 0").
import { describe, expect, it } from 'vitest';
import { runGo } from '@/lib/go/interp/run';

const src = `package main

import "fmt"

func produce(n int, out chan<- []byte) {
	for i := 0; i < n; i++ {
		rec := make([]byte, 8192)
		rec[0] = byte(i)
		out <- rec
	}
	close(out)
}

func main() {
	queue := make(chan []byte, 600)
	go produce(600, queue)
	i, bad := 0, 0
	for rec := range queue {
		if rec[0] != byte(i) {
			bad++
		}
		i++
	}
	fmt.Println("bad", bad)
}
`;

describe('a value handed to a parked receiver across a GC cycle', () => {
  const r = runGo(src);
  it('is still the value that was sent', () => {
    expect(r.exitCode).toBe(0);
    expect(r.stats.gcCycles).toBeGreaterThan(0);
    expect(r.stdout).toBe('bad 0\n');
  });
});
