// A []byte grown one byte at a time: the first append allocates 8 bytes (the
// smallest size class for it), then the capacity doubles up to 512 and after
// that follows the size classes: 896, 1408, 2048, 3072, 4096, 5376, 6912.
package main

import "fmt"

func main() {
	var b []byte
	prev := cap(b)
	for i := range 7000 {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Printf("len %d cap %d\n", len(b), cap(b))
			prev = cap(b)
		}
	}
}
