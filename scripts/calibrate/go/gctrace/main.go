// Command gctrace is the workload behind tests/fixtures/gctrace/*.log (scripts/calibrate/
// gctrace-samples.sh runs it under GODEBUG=gctrace=1): the GC-lab ring of gcpacer (LIVE bytes
// live in a ring of OBJ-byte []byte objects, TOTAL bytes allocated, every byte written), with
// optional runtime.GC() calls and program output on stderr between the runtime's lines.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

var sink [][]byte

func main() {
	live := flag.Int("live", 16<<20, "bytes kept live")
	total := flag.Int("total", 512<<20, "bytes allocated in all")
	obj := flag.Int("obj", 1024, "object size")
	forceEvery := flag.Int("force-every", 0, "call runtime.GC() after every this many bytes (0: never)")
	printEvery := flag.Int("print-every", 0, "print a progress line to stderr after every this many bytes (0: never)")
	freeOS := flag.Bool("free-os-memory", false, "call debug.FreeOSMemory() at the end (a forced cycle and a forced scav line)")
	flag.Parse()

	n := *live / *obj
	sink = make([][]byte, n)
	steps := *total / *obj
	for i := 0; i < steps; i++ {
		b := make([]byte, *obj)
		for j := range b {
			b[j] = byte(i + j)
		}
		sink[i%n] = b
		done := (i + 1) * *obj
		if *forceEvery > 0 && done%*forceEvery == 0 {
			runtime.GC()
		}
		if *printEvery > 0 && done%*printEvery == 0 {
			fmt.Fprintf(os.Stderr, "progress: %d MiB allocated, ring slot %d\n", done>>20, i%n)
		}
	}
	if *freeOS {
		debug.FreeOSMemory()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("numgc=%d forced=%d totalalloc=%d\n", ms.NumGC, ms.NumForcedGC, ms.TotalAlloc)
}
