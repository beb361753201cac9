// calibrate: GOGC=50 runs=5
// calibrate: GOGC=100 runs=5
// calibrate: GOGC=200 runs=5
// calibrate: GOGC=off runs=5

// A smaller live set (64 pieces of 64 KiB = 4 MiB) and 256 MiB allocated.
// With GOGC=100 the goal is about 9-10 MiB, so a cycle every ~5 MiB of
// allocation; at GOGC=50 the 4 MiB heap minimum (scaled to 2 MiB) does not
// bind because live * 1.5 is larger. GOGC=off with no memory limit never
// collects: the heap grows to the whole 256 MiB.
package main

import "fmt"

const piece = 64 << 10
const liveCount = 64
const total = 4096

var live [][]byte

func main() {
	live = make([][]byte, liveCount)
	for i := range total {
		b := make([]byte, piece)
		b[1] = byte(i)
		live[i%liveCount] = b
	}
	sum := 0
	for _, b := range live {
		sum += int(b[1])
	}
	fmt.Println("allocated", total*piece>>20, "MiB, live", liveCount*piece>>20, "MiB, checksum", sum)
}
