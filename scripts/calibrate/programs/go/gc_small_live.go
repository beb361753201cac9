// calibrate: GOGC=50 runs=5
// calibrate: GOGC=100 runs=5

// A tiny live set (16 pieces of 64 KiB = 1 MiB) and 64 MiB allocated. Here
// the heap minimum (4 MiB * GOGC/100) and the sweep distance (marked + 1 MiB)
// decide the goal rather than live * (1 + GOGC/100): at GOGC=50 a cycle
// about every 1 MiB, at GOGC=100 about every 2-3 MiB.
package main

import "fmt"

const piece = 64 << 10
const liveCount = 16
const total = 1024

var live [][]byte

func main() {
	live = make([][]byte, liveCount)
	for i := range total {
		b := make([]byte, piece)
		b[3] = byte(i)
		live[i%liveCount] = b
	}
	sum := 0
	for _, b := range live {
		sum += int(b[3])
	}
	fmt.Println("allocated", total*piece>>20, "MiB, live", liveCount*piece>>20, "MiB, checksum", sum)
}
