// runtime/debug.SetGCPercent changes GOGC while the program runs and returns the previous value:
// with 400 the heap may grow to five times the live data before a cycle, so the same loop runs
// far fewer GCs than at 100; -1 turns the collector off. FreeOSMemory forces a collection like
// runtime.GC.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 64<<10)
	}
}

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	start := ms.NumGC
	churn(2000)
	runtime.ReadMemStats(&ms)
	at100 := ms.NumGC - start
	old := debug.SetGCPercent(400)
	runtime.ReadMemStats(&ms)
	start = ms.NumGC
	churn(2000)
	runtime.ReadMemStats(&ms)
	at400 := ms.NumGC - start
	fmt.Println(old, at100 > 2*at400, at400 > 0)
	old = debug.SetGCPercent(-1)
	runtime.ReadMemStats(&ms)
	start = ms.NumGC
	churn(500)
	runtime.ReadMemStats(&ms)
	fmt.Println(old, ms.NumGC-start)
	debug.SetGCPercent(100)
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumForcedGC)
}
