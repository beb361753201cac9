// make([]int, 0, n) reserves the whole backing array up front: n appends then
// never grow the slice, so there is exactly one allocation (3000 * 8 = 24000
// bytes, which the allocator serves from the 24576-byte size class) instead of
// the 15 growths of append_one_at_a_time. make reports cap == n exactly.
package main

import "fmt"

func main() {
	s := make([]int, 0, 3000)
	prev := cap(s)
	grows := 0
	for i := range 3000 {
		s = append(s, i)
		if cap(s) != prev {
			grows++
			prev = cap(s)
		}
	}
	fmt.Println("len", len(s), "cap", cap(s), "grows", grows)
	s = append(s, 3000)
	fmt.Println("one more: len", len(s), "cap", cap(s))
}
