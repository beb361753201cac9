// strings.Builder appends to a []byte with the ordinary append growth, so
// writing 8 bytes at a time reallocates at 8, 16, 32, ... bytes. String()
// does not copy: it returns the builder's bytes as a string.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	prev := sb.Cap()
	for range 300 {
		sb.WriteString("abcdefgh")
		if sb.Cap() != prev {
			fmt.Println("len", sb.Len(), "cap", sb.Cap())
			prev = sb.Cap()
		}
	}
	s := sb.String()
	fmt.Println("result length", len(s))
}
