// B: copy the 16 bytes you keep into their own slice. Nothing points into
// the 128 KiB record any more, so the GC frees it; only the keys stay live.
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
		key := make([]byte, 16)
		copy(key, rec[:16]) // the record is garbage after this line
		keys = append(keys, key)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("keys:", len(keys), "last key:", len(keys[39]), "live MiB after GC:", m.HeapAlloc>>20)
}
