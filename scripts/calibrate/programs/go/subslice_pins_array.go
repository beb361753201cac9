// A: a sub-slice keeps its whole backing array alive. Each key is 16 bytes,
// but rec[:16] points into a 128 KiB record, so the GC must keep all 40
// records. Program B copies the 16 bytes out and the records become garbage.
package main

import (
	"fmt"
	"runtime"
)

// load stands in for reading a 128 KiB record from a file.
func load(i int) []byte {
	buf := make([]byte, 131072)
	for j := 0; j < 16; j++ {
		buf[j] = byte(i + j) // only the header bytes matter here
	}
	return buf
}

func main() {
	var keys [][]byte
	for i := 0; i < 40; i++ {
		rec := load(i)
		keys = append(keys, rec[:16]) // pins the whole record
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("keys:", len(keys), "last key:", len(keys[39]), "live MiB after GC:", m.HeapAlloc>>20)
}
