// calibrate: GOGC=100 runs=5
// calibrate: GOGC=200 runs=5

// A growing live set: 256 MiB allocated in 64 KiB pieces, every 8th piece
// kept for good (32 MiB live at the end). Each cycle's goal is computed from
// the heap marked by the previous one, so the cycles get further apart as
// the live set grows.
package main

import "fmt"

const piece = 64 << 10
const total = 4096

var kept [][]byte

func main() {
	var scratch []byte
	for i := range total {
		b := make([]byte, piece)
		b[4] = byte(i)
		if i%8 == 0 {
			kept = append(kept, b)
		} else {
			scratch = b
		}
	}
	sum := 0
	for _, b := range kept {
		sum += int(b[4])
	}
	fmt.Println("kept", len(kept), "pieces (", len(kept)*piece>>20, "MiB), checksum", sum, int(scratch[4]))
}
