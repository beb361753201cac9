// GOGC sets how far the heap may grow past the live data before the next
// GC: a 4 MiB live set, 64 MiB allocated in 64 KiB pieces. Run it at
// GOGC=50, 100 and 200 (or compare two settings) and count the cycles.
package main

import "fmt"

const piece = 64 << 10
const liveCount = 64
const total = 1024

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
