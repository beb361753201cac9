// calibrate: GOGC=100 runs=5
// calibrate: GOGC=100 GOMEMLIMIT=20MiB runs=5
// calibrate: GOGC=off GOMEMLIMIT=20MiB runs=5

// A memory limit barely above the live set: 16 MiB live, GOMEMLIMIT=20MiB,
// 64 MiB allocated in 64 KiB pieces. The limit-based goal (limit minus the
// runtime's non-heap memory minus 1 MiB headroom) falls to the live heap, so
// the GC runs back to back (many more cycles than the ~4 at GOGC=100 with no
// limit), and the count varies from run to run.
package main

import "fmt"

const piece = 64 << 10
const liveCount = 256
const total = 1024

var live [][]byte

func main() {
	live = make([][]byte, liveCount)
	for i := range total {
		b := make([]byte, piece)
		b[2] = byte(i)
		live[i%liveCount] = b
	}
	sum := 0
	for _, b := range live {
		sum += int(b[2])
	}
	fmt.Println("allocated", total*piece>>20, "MiB, live", liveCount*piece>>20, "MiB, checksum", sum)
}
