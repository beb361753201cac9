// Command gcwake runs the GC grid's ring workload (as go/gcgrid: -live bytes live in a ring of
// -obj-byte []byte objects, -total bytes allocated, every byte written) under runtime/trace and
// writes the trace to -trace. go-gc-wake.mjs reads it to time when a GC worker first runs on the
// P that was idle when the mark began (its thread has to wake).
package main

import (
	"flag"
	"os"
	"runtime/trace"
)

var sink [][]byte

func main() {
	live := flag.Int("live", 2<<20, "bytes kept live")
	total := flag.Int("total", 64<<20, "bytes allocated in all")
	obj := flag.Int("obj", 1024, "object size")
	out := flag.String("trace", "trace.out", "trace file")
	flag.Parse()

	f, err := os.Create(*out)
	if err != nil {
		panic(err)
	}
	if err := trace.Start(f); err != nil {
		panic(err)
	}
	n := *live / *obj
	sink = make([][]byte, n)
	for i := 0; i < *total / *obj; i++ {
		b := make([]byte, *obj)
		for j := range b {
			b[j] = byte(i + j)
		}
		sink[i%n] = b
	}
	trace.Stop()
	if err := f.Close(); err != nil {
		panic(err)
	}
}
