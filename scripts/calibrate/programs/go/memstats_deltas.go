// runtime.ReadMemStats around single operations. Mallocs and TotalAlloc are
// exact counters: one make of 100000 bytes is one allocation of 106496 bytes
// (large objects take whole 8 KiB pages); a 100-byte make lands in the
// 112-byte size class; runtime.GC() adds one to NumGC each time.
package main

import (
	"fmt"
	"runtime"
)

var sink []byte
var ptrs []*int

var before, after runtime.MemStats

func main() {
	runtime.ReadMemStats(&before)
	sink = make([]byte, 100000)
	runtime.ReadMemStats(&after)
	fmt.Println("make 100000 B: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc)

	runtime.ReadMemStats(&before)
	sink = make([]byte, 100)
	runtime.ReadMemStats(&after)
	fmt.Println("make 100 B: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc)

	runtime.ReadMemStats(&before)
	ptrs = make([]*int, 100)
	runtime.ReadMemStats(&after)
	fmt.Println("make 100 pointers: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc)

	runtime.ReadMemStats(&before)
	for range 10 {
		sink = make([]byte, 5000)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("10 x make 5000 B: mallocs", after.Mallocs-before.Mallocs, "bytes", after.TotalAlloc-before.TotalAlloc)

	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("3 x runtime.GC: NumGC", after.NumGC-before.NumGC)

	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("after dropping sink and a GC, the 5000 B objects are freed:", after.HeapAlloc < before.HeapAlloc)
}
