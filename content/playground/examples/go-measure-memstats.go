// Reading allocation numbers: runtime.ReadMemStats around one call, and
// testing.AllocsPerRun for the same call. Mallocs counts objects, TotalAlloc
// their size-class bytes, HeapAlloc what is still reachable or not yet swept,
// NumGC the cycles that ran in between. AllocsPerRun warms up once, then
// averages Mallocs over its runs.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"testing"
)

// labels builds n labels "item-<i>".
func labels(n int) []string {
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, "item-"+strconv.Itoa(i))
	}
	return out
}

var sink []string

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sink = labels(1000)
	runtime.ReadMemStats(&after)
	fmt.Println("Mallocs:   ", after.Mallocs-before.Mallocs)
	fmt.Println("TotalAlloc:", after.TotalAlloc-before.TotalAlloc)
	fmt.Println("HeapAlloc: ", after.HeapAlloc-before.HeapAlloc)
	fmt.Println("NumGC:     ", after.NumGC-before.NumGC)
	per := testing.AllocsPerRun(10, func() { sink = labels(1000) })
	fmt.Println("AllocsPerRun:", per)
}
