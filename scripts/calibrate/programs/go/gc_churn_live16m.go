// calibrate: GOGC=50 runs=5
// calibrate: GOGC=100 runs=5
// calibrate: GOGC=200 runs=5
// calibrate: GOGC=100 GOMEMLIMIT=64MiB runs=5
// calibrate: GOGC=off GOMEMLIMIT=64MiB runs=5

// GC pacing with a fixed live set: 512 MiB allocated in 64 KiB pieces while
// a ring of 256 pieces (16 MiB) stays reachable. The heap goal is about
// marked * (1 + GOGC/100), so the number of cycles is roughly
// total / (marked * GOGC/100); the marked heap is a little above 16 MiB
// (objects allocated during marking count as marked), so this gives ~60 at
// GOGC=50, ~28 at 100 and ~11 at 200. A 64 MiB memory limit does not bind at
// GOGC=100 (goal ~40 MiB); with GOGC=off it is the only goal (~60 MiB), so
// the GC runs only when the heap nears it.
package main

import "fmt"

const piece = 64 << 10
const liveCount = 256
const total = 8192

var live [][]byte

func main() {
	live = make([][]byte, liveCount)
	for i := range total {
		b := make([]byte, piece)
		b[0] = byte(i)
		live[i%liveCount] = b
	}
	sum := 0
	for _, b := range live {
		sum += int(b[0])
	}
	fmt.Println("allocated", total*piece>>20, "MiB in", total, "pieces of", piece, "bytes")
	fmt.Println("live", liveCount*piece>>20, "MiB, checksum", sum)
}
