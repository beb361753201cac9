// Command gcpacer runs the GC-lab ring workload: keep LIVE bytes live in a ring of
// OBJ-byte []byte objects and allocate TOTAL bytes in all, writing every byte.
// It prints NumGC and the memory classes used by the memory-limit goal.
//
//	go build -o /tmp/gcpacer ./gcpacer
//	for g in 50 100 200 400; do GOMAXPROCS=1 GOGC=$g /tmp/gcpacer; done
//	GOMAXPROCS=1 GOMEMLIMIT=20MiB /tmp/gcpacer
//	GODEBUG=gctrace=1,gcpacertrace=1 GOMAXPROCS=1 /tmp/gcpacer
//
// go1.23.5, GOMAXPROCS=1, 2-CPU host, defaults (16 MiB live, 512 MiB, 1 KiB objects):
// GOGC=50/100/200/400 → 57–58 / 23–26 / 12–13 / 6 cycles; GOMEMLIMIT=20MiB → 304–313 cycles.
// lib/go/gcsim reproduces these with markRate 11 (tests/unit/go-runtime/gcsim.test.ts).
package main

import (
	"flag"
	"fmt"
	"runtime"
	"runtime/metrics"
)

var sink [][]byte

func main() {
	live := flag.Int("live", 16<<20, "bytes kept live")
	total := flag.Int("total", 512<<20, "bytes allocated in all")
	obj := flag.Int("obj", 1024, "object size")
	flag.Parse()

	n := *live / *obj
	sink = make([][]byte, n)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < *total / *obj; i++ {
		b := make([]byte, *obj)
		for j := range b {
			b[j] = byte(i + j)
		}
		sink[i%n] = b
	}
	runtime.ReadMemStats(&after)

	s := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	mapped, released, free, objects := s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64(), s[3].Value.Uint64()
	fmt.Printf("numgc=%d mallocs=%d totalalloc=%d heapalloc=%d gccpu=%.4f\n",
		after.NumGC-before.NumGC, after.Mallocs, after.TotalAlloc, after.HeapAlloc, after.GCCPUFraction)
	fmt.Printf("mappedReady=%d nonHeap=%d\n", mapped-released, mapped-released-free-objects)
}
