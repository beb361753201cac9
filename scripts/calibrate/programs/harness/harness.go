//go:build calibrate_harness

// The real main of a wrapped calibration program (see ../../README.md,
// "Program corpus"). programs.mjs copies a program into a temp dir with its
// `func main()` renamed to `func userMain()` (same line and column, so
// nothing else moves) and builds it together with this file
// (-tags calibrate_harness).
//
// Measured window: from the return of the first runtime.ReadMemStats to the
// start of the second one, i.e. exactly the call heaplabUserMain(), including a
// panic unwinding out of it (the deferred report runs before the runtime
// prints the panic and exits with status 2). Package initialization (the
// program's package-level var initializers, the std packages' init) happens
// before the window and is not counted.
//
// Nothing the harness itself does allocates inside the window: heaplabUserMain is
// a package-level func variable set in init (a call through it is never
// inlined, so userMain is compiled exactly like the program's main), the
// MemStats values are package-level vars, and `defer heaplabReport()` is an
// open-coded defer. programs.mjs checks this with an empty userMain (all
// deltas must be 0).
//
// HEAPLAB_WARM=1 first prints 4 KiB to io.Discard with fmt (before the
// window), so fmt's internal printer state (a *pp from fmt's sync.Pool with a
// 4 KiB buffer) already exists: the "warm" figures leave out fmt's one-time
// cost and keep only what the program's own code allocates, including the
// interface conversions of the arguments passed to fmt.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

var (
	heaplabUserMain             func()
	heaplabStatsPath            string
	heaplabBefore, heaplabAfter runtime.MemStats
)

func init() {
	heaplabUserMain = userMain
	heaplabStatsPath = os.Getenv("HEAPLAB_STATS")
	if os.Getenv("HEAPLAB_WARM") == "1" {
		fmt.Fprint(io.Discard, strings.Repeat("x", 4096))
	}
}

func main() {
	defer heaplabReport()
	runtime.ReadMemStats(&heaplabBefore)
	heaplabUserMain()
}

func heaplabReport() {
	runtime.ReadMemStats(&heaplabAfter)
	// Everything below runs after the window.
	line := fmt.Sprintf(`{"mallocs":%d,"frees":%d,"totalAlloc":%d,"heapAllocBefore":%d,"heapAllocAfter":%d,"numGC":%d}`+"\n",
		heaplabAfter.Mallocs-heaplabBefore.Mallocs, heaplabAfter.Frees-heaplabBefore.Frees, heaplabAfter.TotalAlloc-heaplabBefore.TotalAlloc,
		heaplabBefore.HeapAlloc, heaplabAfter.HeapAlloc, heaplabAfter.NumGC-heaplabBefore.NumGC)
	if heaplabStatsPath != "" {
		os.WriteFile(heaplabStatsPath, []byte(line), 0o644)
	}
}
