// strings.Builder.Grow(n) makes room for n more bytes in one allocation
// (rounded up to the size class: 2400 bytes -> cap 2688), so the 2400 bytes
// written below need exactly one allocation and String() then hands those
// bytes out without copying.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.Grow(2400)
	fmt.Println("after Grow(2400): len", sb.Len(), "cap", sb.Cap())
	prev := sb.Cap()
	changes := 0
	for range 300 {
		sb.WriteString("abcdefgh")
		if sb.Cap() != prev {
			changes++
			prev = sb.Cap()
		}
	}
	s := sb.String()
	fmt.Println("result length", len(s), "cap changes", changes)
}
