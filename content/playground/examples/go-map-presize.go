// A map sized up front versus grown: make(map[int]int, n) allocates its buckets once, while a map
// made without a hint doubles its bucket array again and again (each growth allocates the new array
// and copies entries over incrementally). Compare the allocation counts and bytes printed below;
// overflow buckets depend on the random hash seed, so real runs differ from each other by a few.
package main

import (
	"fmt"
	"runtime"
)

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func measure(presize bool, n int) (uint64, uint64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var m map[int]int
	if presize {
		m = make(map[int]int, n)
	} else {
		m = make(map[int]int)
	}
	fill(m, n)
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}

func main() {
	const n = 5000
	gm, gb := measure(false, n)
	pm, pb := measure(true, n)
	fmt.Println("grown:    ", gm, "allocations,", gb, "bytes")
	fmt.Println("presized: ", pm, "allocations,", pb, "bytes")
}
