// Command gcgrid runs the GC-lab ring workload once (the one lib/go/gcsim.ts simulates): keep
// -live bytes live in a ring of -obj-byte []byte objects, allocate -total bytes in all and
// write every byte of each object. It prints one JSON line with NumGC, TotalAlloc, the loop's
// wall time and GCCPUFraction; run it with GODEBUG=gctrace=1,gcpacertrace=1 to get the cycles.
// go-gc-grid.mjs runs it over the grid of settings (GOGC, GOMEMLIMIT, GOMAXPROCS, live sizes).
package main

import (
	"encoding/json"
	"flag"
	"os"
	"runtime"
	"time"
)

var sink [][]byte

func main() {
	live := flag.Int("live", 8<<20, "bytes kept live")
	total := flag.Int("total", 64<<20, "bytes allocated in all")
	obj := flag.Int("obj", 1024, "object size")
	flag.Parse()

	n := *live / *obj
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	sink = make([][]byte, n)
	for i := 0; i < *total / *obj; i++ {
		b := make([]byte, *obj)
		for j := range b {
			b[j] = byte(i + j)
		}
		sink[i%n] = b
	}
	elapsed := time.Since(t0)
	runtime.ReadMemStats(&after)
	_ = json.NewEncoder(os.Stdout).Encode(map[string]any{
		"numGC":         after.NumGC - before.NumGC,
		"totalAlloc":    after.TotalAlloc - before.TotalAlloc,
		"mallocs":       after.Mallocs - before.Mallocs,
		"elapsedNs":     elapsed.Nanoseconds(),
		"gcCpuFraction": after.GCCPUFraction,
		"heapSys":       after.HeapSys,
	})
}
