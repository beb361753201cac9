// Command nonheap runs the GC grid's ring workload once (see gcgrid) and prints, as one JSON line,
// the runtime/metrics memory classes at the end, MemStats.HeapSys, and the pacer's view of non-heap
// memory (mappedReady - heapFree - heapAlloc). go-nonheap.mjs runs it over GOMAXPROCS and live-heap
// sizes; lib/go/pacer.ts's default non-heap memory is held to what it prints.
package main

import (
	"encoding/json"
	"flag"
	"os"
	"runtime"
	"runtime/metrics"
)

var sink [][]byte

func main() {
	live := flag.Int("live", 8<<20, "bytes kept live")
	total := flag.Int("total", 64<<20, "bytes allocated in all")
	obj := flag.Int("obj", 1024, "object size")
	flag.Parse()

	n := *live / *obj
	sink = make([][]byte, n)
	for i := 0; i < *total / *obj; i++ {
		b := make([]byte, *obj)
		for j := range b {
			b[j] = byte(i + j)
		}
		sink[i%n] = b
	}
	all := metrics.All()
	samples := make([]metrics.Sample, 0, len(all))
	for _, d := range all {
		if len(d.Name) > 16 && d.Name[:16] == "/memory/classes/" {
			samples = append(samples, metrics.Sample{Name: d.Name})
		}
	}
	metrics.Read(samples)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	classes := map[string]uint64{}
	for _, s := range samples {
		classes[s.Name] = s.Value.Uint64()
	}
	// mappedReady = total - released; heapFree = heap/free; heapAlloc = heap/objects.
	nonHeap := classes["/memory/classes/total:bytes"] - classes["/memory/classes/heap/released:bytes"] -
		classes["/memory/classes/heap/free:bytes"] - classes["/memory/classes/heap/objects:bytes"]
	_ = json.NewEncoder(os.Stdout).Encode(map[string]any{
		"classes": classes,
		"heapSys": ms.HeapSys,
		"nonHeap": nonHeap,
		"mspan":   classes["/memory/classes/metadata/mspan/inuse:bytes"] + classes["/memory/classes/metadata/mspan/free:bytes"],
		"numGC":   ms.NumGC,
	})
}
